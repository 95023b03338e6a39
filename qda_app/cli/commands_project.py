"""``qda init``, ``import``, ``docs``, ``codes``, ``code add``, ``code-text``,
``segments`` and ``check``: the project core on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import QdaError
from ..importers import import_file
from ..project import Project
from ..records import Turn
from .command_parsers import project_command
from .document_scope import add_scope_arguments, set_of, where_of
from .output import (
    create_project,
    one_line,
    open_project,
    print_json,
    print_table,
    shown,
    where,
    with_password,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "init", cmd_init, help="create a project file",
        description="Create a new, empty project (or the sample project).")
    p.add_argument("--title", help="project title (default: the file name)")
    p.add_argument("--sample", action="store_true",
                   help="fill it with the bundled workshop protocol, code tree and codings")

    p = project_command(
        sub, "import", cmd_import, help="import transcripts (.txt, .md, .docx, .odt, .rtf, .pdf)",
        description="Import transcripts; each file is one transaction.")
    p.add_argument("files", metavar="FILE", nargs="+")

    p = project_command(
        sub, "docs", cmd_docs, help="list documents",
        description="Documents with characters, speakers and codings; "
                    "--json also lists each document's speaker turns.")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = project_command(
        sub, "codes", cmd_codes, help="list the code system",
        description="Codes in tree order with colour, description and codings; "
                    "categories (they group codes) are marked.")
    p.add_argument("--json", action="store_true", help="print JSON")

    code = sub.add_parser("code", help="change the code system",
                          description="Change the code system.")
    code_sub = code.add_subparsers(dest="code_command", metavar="ACTION", required=True)
    p = project_command(
        code_sub, "add", cmd_code_add, help="add a code (and missing parents)",
        description="Add a code; parents in PATH are created as needed.")
    p.add_argument("path", metavar="PATH", help='e.g. "Arbeit und Ausbildung/Sprache"')
    p.add_argument("--color", help="#RRGGBB (default: a distinct palette colour)")
    p.add_argument("--description", default="", help="one line saying what the code means")

    p = project_command(
        sub, "code-text", cmd_code_text, help="code a span of a document",
        description="Code document text [START, END) (code points) with a code.")
    p.add_argument("--doc", required=True, metavar="NAME")
    p.add_argument("--code", required=True, metavar="PATH")
    p.add_argument("--start", required=True, type=int, metavar="N")
    p.add_argument("--end", required=True, type=int, metavar="N")
    p.add_argument("--coder", metavar="NAME", help="default: your user name")
    p.add_argument("--memo", metavar="TEXT")

    p = project_command(
        sub, "segments", cmd_segments, help="retrieve coded segments",
        description="Coded segments, with subcodes, filtered by code, coder, "
                    "document and speaker.")
    p.add_argument("--code", action="append", metavar="PATH", help="repeatable")
    p.add_argument("--no-subcodes", action="store_true", help="only the code itself")
    p.add_argument("--coder", action="append", metavar="NAME", help="repeatable")
    p.add_argument("--doc", action="append", metavar="NAME", help="repeatable")
    add_scope_arguments(p)
    p.add_argument("--speaker", action="append", metavar="NAME",
                   help="codings that start in this speaker's turns (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = project_command(
        sub, "check", cmd_check, help="check a project file",
        description="Integrity, values, references, code tree, offsets and "
                    "text hashes; also of a file that cannot be opened.")


def cmd_init(args: argparse.Namespace) -> int:
    if args.sample:
        from ..sample import build_sample

        project = with_password(
            lambda password: build_sample(where(args.project), title=args.title,
                                          password=password), args.project)
    else:
        project = create_project(args.project, args.title)
    with project:
        docs, codes, codings = len(project.documents()), len(project.codes()), len(
            project.segments())
        place = project.location
    print(f"created {place} ({docs} documents, {codes} codes, {codings} codings)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    failed = 0
    with open_project(args.project) as project:
        for name in args.files:
            try:
                doc = import_file(project, Path(name))
            except QdaError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failed += 1
                continue
            speakers = len(doc.speakers())
            pages = f"{len(doc.pages)} pages, " if doc.pages else ""
            print(f"imported {doc.name} ({len(doc.text)} characters, {pages}{len(doc.turns)} "
                  f"turns, {speakers} speakers)")
    return 1 if failed else 0


def cmd_docs(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        docs = project.documents()
        # the turns only for JSON: the table lists documents without reading their texts
        turns = {d.uuid: project.document(d.uuid).turns for d in docs} if args.json else {}
    if args.json:
        print_json([{"name": d.name, "uuid": d.uuid, "chars": d.chars,
                     "speakers": list(d.speakers), "codings": d.codings,
                     "turns": [_turn_json(t) for t in turns[d.uuid]]} for d in docs])
    else:
        print_table(["name", "chars", "codings", "speakers"],
                    [[d.name, d.chars, d.codings, one_line(", ".join(d.speakers), 60)]
                     for d in docs])
    return 0


def _turn_json(turn: Turn) -> dict[str, object]:
    """A speaker turn as ``qda docs --json`` lists it: ``seconds`` is its time in the
    recording (a transcript's timestamp), ``null`` where the transcript has none."""
    return {"speaker": turn.speaker, "start": turn.start, "end": turn.end,
            "seconds": turn.seconds}


def cmd_codes(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        codes = project.codes()
    if args.json:
        print_json([{"path": c.path, "uuid": c.uuid, "color": c.color,
                     "description": c.description, "codings": c.codings,
                     "category": not c.codable} for c in codes])
    else:  # a category groups codes (REFI-QDA's isCodable="false")
        print_table(["path", "colour", "codings", "description"],
                    [["  " * c.depth + c.name + ("" if c.codable else " (category)"), c.color,
                      c.codings, one_line(c.description, 60)] for c in codes])
    return 0


def cmd_code_add(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        code = project.add_code(args.path, color=args.color, description=args.description)
    print(f"added {code.path} ({code.color})")
    return 0


def cmd_code_text(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        coding = project.add_coding(args.doc, args.code, args.start, args.end,
                                    coder=args.coder, memo=args.memo)
    print(f"coded {coding.document} {coding.start}–{coding.end} with {coding.code} "
          f"({coding.coder}): {one_line(coding.text, 60)}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        segments = project.segments(code=args.code, include_subcodes=not args.no_subcodes,
                                    coder=args.coder, document=args.doc, speaker=args.speaker,
                                    set=set_of(args), where=where_of(args))
    if args.json:
        print_json([
            {"document": s.document, "code": s.code, "coder": s.coder, "start": s.start,
             "end": s.end, "text": s.text, "memo": s.memo, "speaker": s.speaker,
             "page": s.page, "uuid": s.uuid}
            for s in segments
        ])
    else:
        print_table(["document", "start", "end", "code", "coder", "speaker", "text"],
                    [[s.document, s.start, s.end, s.code, s.coder, s.speaker or "",
                      one_line(s.text, 50)] for s in segments])
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    problems = with_password(  # also looks into files that open refuses
        lambda password: Project.check_file(where(args.project), password=password),
        args.project)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if problems:
        n = len(problems)
        print(f"error: {shown(args.project)}: {n} problem{'s' if n != 1 else ''} found",
              file=sys.stderr)
        return 1
    with open_project(args.project) as project:
        summary = (f"{len(project.documents())} documents, {len(project.codes())} codes, "
                   f"{len(project.segments())} codings")
    print(f"{shown(args.project)}: ok ({summary})")
    return 0
