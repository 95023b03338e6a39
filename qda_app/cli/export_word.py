"""``qda export codebook|segments|transcript``: Word exports (and segment tables)."""

from __future__ import annotations

import argparse

from ..exporters.labels import LANGUAGES
from ..exporters.selection import GROUPINGS, SegmentQuery
from .output import open_project


def add_common(p: argparse.ArgumentParser) -> None:
    """Options every export kind has."""
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--lang", choices=sorted(LANGUAGES), default="de",
                   help="language of headings and labels in the file (default: de)")


def add_delimiter(p: argparse.ArgumentParser) -> None:
    p.add_argument("--delimiter", choices=("comma", "semicolon", "tab"), default="comma",
                   help="CSV only: field separator (semicolon suits a German Excel; "
                        "default: comma)")


def add_filters(p: argparse.ArgumentParser, documents: bool) -> None:
    """The filters of `qda segments`."""
    p.add_argument("--code", action="append", default=[], metavar="PATH",
                   help="only this code (repeatable)")
    p.add_argument("--no-subcodes", action="store_true",
                   help="a --code without its subcodes' codings")
    p.add_argument("--coder", action="append", default=[], metavar="NAME",
                   help="only this coder (repeatable)")
    if documents:
        p.add_argument("--doc", action="append", default=[], metavar="NAME",
                       help="only this document (repeatable)")


def query_of(args: argparse.Namespace, by: str = "code") -> SegmentQuery:
    documents = tuple(args.doc) if isinstance(args.doc, list) else ()  # transcript: one --doc
    return SegmentQuery(codes=tuple(args.code), include_subcodes=not args.no_subcodes,
                        coders=tuple(args.coder), documents=documents, by=by)


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = kinds.add_parser(
        "codebook", help="the code system as a Word codebook",
        description="Title page, then every code in tree order (Heading 1-4) with colour, "
                    "counts, description and memos, and a summary table.")
    p.add_argument("project", metavar="P.qda")
    p.add_argument("out", metavar="OUT.docx")
    p.add_argument("--examples", type=int, default=0, metavar="N",
                   help="up to N example excerpts per code (default: 0)")
    add_common(p)
    p.set_defaults(func=cmd_codebook)

    p = kinds.add_parser(
        "segments", help="coded excerpts to Word, Excel or CSV",
        description="Coded segments (filtered like `qda segments`) to .docx, .xlsx or .csv, "
                    "chosen by OUT's extension.")
    p.add_argument("project", metavar="P.qda")
    p.add_argument("out", metavar="OUT.docx|OUT.xlsx|OUT.csv")
    add_filters(p, documents=True)
    p.add_argument("--by", choices=GROUPINGS, default="code",
                   help="group by code, then document (default), or the other way round")
    add_common(p)
    add_delimiter(p)
    p.set_defaults(func=cmd_segments)

    p = kinds.add_parser(
        "transcript", help="one document with its codings as Word comments",
        description="The document as it reads in the app, speaker labels in bold, every "
                    "coding a Word comment on exactly its span (author: the coder).")
    p.add_argument("project", metavar="P.qda")
    p.add_argument("--doc", required=True, metavar="NAME", help="the document to export")
    p.add_argument("out", metavar="OUT.docx")
    add_filters(p, documents=False)
    add_common(p)
    p.set_defaults(func=cmd_transcript)


# python-docx and openpyxl load only when an export runs, so `qda --help` stays quick.


def cmd_codebook(args: argparse.Namespace) -> int:
    from ..exporters.docx_codebook import export_codebook

    with open_project(args.project) as project:
        path = export_codebook(project, args.out, examples=args.examples, force=args.force,
                               lang=args.lang)
    print(f"wrote {path}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    from ..exporters.segments import export_segments

    query = query_of(args, args.by)
    with open_project(args.project) as project:
        path = export_segments(project, args.out, query, force=args.force, lang=args.lang,
                               delimiter=args.delimiter)
    print(f"wrote {path}")
    return 0


def cmd_transcript(args: argparse.Namespace) -> int:
    from ..exporters.docx_transcript import export_transcript

    with open_project(args.project) as project:
        path = export_transcript(project, args.doc, args.out, query_of(args), force=args.force,
                                 lang=args.lang)
    print(f"wrote {path}")
    return 0
