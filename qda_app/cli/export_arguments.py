"""How ``qda export KIND`` asks for the export options: the arguments, and reading them back.

Each kind gets the arguments of the options its registry entry says matter
(:mod:`qda_app.exporters.registry`), always in the same order and with the
same words, so every kind reads alike in ``--help``.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..exporters.labels import LANGUAGES
from ..exporters.options import MATRIX_COLUMNS, ExportOptions
from ..exporters.registry import Exporter
from ..exporters.selection import GROUPINGS, SegmentQuery
from . import analysis_arguments, assist_arguments
from .document_scope import add_scope_arguments, set_of, where_of


def add_arguments(p: argparse.ArgumentParser, exporter: Exporter) -> None:
    """``P.qda [--doc NAME] OUT`` and the options that apply, ``--force`` always."""
    applies = exporter.applies
    p.add_argument("project", metavar="P.qda|URL")
    if exporter.one_document:
        p.add_argument("--doc", required=True, metavar="NAME", help="the document to export")
    p.add_argument("out", metavar="|".join(f"OUT{suffix}" for suffix in exporter.suffixes))
    if "examples" in applies:
        p.add_argument("--examples", type=int, default=0, metavar="N",
                       help="up to N example excerpts per code (default: 0)")
    if "query" in applies:
        _add_filters(p, documents=not exporter.one_document)
    if "by" in applies:
        p.add_argument("--by", choices=MATRIX_COLUMNS, default="document",
                       help="a column per document (default), or per speaker: the codings "
                            "that start in the speaker's turns, across the documents")
    if "by_coder" in applies:
        p.add_argument("--by-coder", action="store_true",
                       help="one column per document (or speaker) and coder")
    if "documents" in applies:
        p.add_argument("--doc", action="append", default=[], metavar="NAME",
                       help="only this document (repeatable; default: all)")
        add_scope_arguments(p)
    if "cooccurrence" in applies:
        analysis_arguments.add_cooccurrence_arguments(p)
    if "words" in applies:
        analysis_arguments.add_word_arguments(p)
    if "crosstab" in applies:
        analysis_arguments.add_crosstab_arguments(p)
    if "consistency" in applies:
        assist_arguments.add_consistency_arguments(p)
    if "unique_names" in applies:
        p.add_argument("--unique-names", action="store_true",
                       help="codes that share a name get their parent's in the file, e.g. "
                            "'Sonstiges (Schule)' (QualCoder needs unique code names; the "
                            "project keeps its names)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    if "lang" in applies:
        p.add_argument("--lang", choices=sorted(LANGUAGES), default="de",
                       help="language of headings and labels in the file (default: de)")
    if "delimiter" in applies:
        p.add_argument("--delimiter", choices=("comma", "semicolon", "tab"), default="comma",
                       help="CSV only: field separator (semicolon suits a German Excel; "
                            "default: comma)")


def _add_filters(p: argparse.ArgumentParser, documents: bool) -> None:
    """The filters of ``qda segments``; over several documents also the grouping."""
    p.add_argument("--code", action="append", default=[], metavar="PATH",
                   help="only this code (repeatable)")
    p.add_argument("--no-subcodes", action="store_true",
                   help="a --code without its subcodes' codings")
    p.add_argument("--coder", action="append", default=[], metavar="NAME",
                   help="only this coder (repeatable)")
    p.add_argument("--speaker", action="append", default=[], metavar="NAME",
                   help="only codings that start in this speaker's turns (repeatable)")
    if documents:
        p.add_argument("--doc", action="append", default=[], metavar="NAME",
                       help="only this document (repeatable)")
        add_scope_arguments(p)
        p.add_argument("--by", choices=GROUPINGS, default="code",
                       help="group by code, then document (default), or the other way round")


def options_of(args: argparse.Namespace, exporter: Exporter) -> ExportOptions:
    """The options as typed; those that do not apply keep their defaults."""
    one_document = exporter.one_document
    values: dict[str, Any] = {"force": args.force}
    for name in ("examples", "by", "by_coder", "lang", "delimiter", "unique_names"):
        if name in exporter.applies:
            values[name] = getattr(args, name)
    if "documents" in exporter.applies:
        values["documents"] = tuple(args.doc)
        values["set"], values["where"] = set_of(args), where_of(args)
    if one_document:
        values["document"] = args.doc
    if "query" in exporter.applies:
        values["query"] = SegmentQuery(
            codes=tuple(args.code), include_subcodes=not args.no_subcodes,
            coders=tuple(args.coder), documents=() if one_document else tuple(args.doc),
            set=set_of(args), where=where_of(args), speakers=tuple(args.speaker),
            by="code" if one_document else args.by)
    if "cooccurrence" in exporter.applies:
        values["cooccurrence"] = analysis_arguments.cooccurrence_query(args)
    if "words" in exporter.applies:
        values["words"] = analysis_arguments.word_query(args)
    if "crosstab" in exporter.applies:
        values["crosstab"] = analysis_arguments.crosstab_query(args)
    if "consistency" in exporter.applies:
        values["consistency"] = assist_arguments.consistency_query(args)
    return ExportOptions(**values)
