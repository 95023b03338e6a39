"""``qda similar``, ``qda suggest``, ``qda consistency``: the assistance, computed here.

Each builds or updates the project's index first when it has to (``P.qda.assist``, beside
the project; said once on stderr), then answers. Nothing leaves this computer.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..assist.places import Passage, resolve
from ..errors import InvalidValueError
from ..project import Project
from .assist_arguments import (
    add_consistency_arguments,
    add_engine_arguments,
    consistency_query,
    indexing_note,
    say,
)
from .command_parsers import project_command
from .output import one_line, open_project, print_json, print_table

if TYPE_CHECKING:
    from ..assist.ready import ReadyIndex

PRIVATE = "Computed on this computer: nothing is sent anywhere, no model is downloaded."


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "similar", cmd_similar, help="passages like a text or a passage (more like this)",
        description="The passages most like --text, or like the passage --doc/--start/--end, "
                    "best first, with their score (cosine, 1 = the same) and the codes "
                    f"already on them. {PRIVATE}")
    p.add_argument("--text", help="the text to find passages like")
    _passage_arguments(p, required=False)
    p.add_argument("--in", dest="within", action="append", default=[], metavar="NAME",
                   help="look only in this document (repeatable; default: all)")
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="at most N passages (default: 20)")
    add_engine_arguments(p)
    p.add_argument("--json", action="store_true",
                   help="print JSON: document, start, end, score, text, codes")

    p = project_command(
        sub, "suggest", cmd_suggest,
        help="codes that fit a passage, with the nearest codings as the reason",
        description="The codes whose codings are nearest to the passage, each with its "
                    f"nearest codings. Nothing is coded. {PRIVATE}")
    _passage_arguments(p, required=True)
    p.add_argument("--limit", type=int, default=5, metavar="N",
                   help="at most N codes (default: 5)")
    p.add_argument("--examples", type=int, default=3, metavar="N",
                   help="nearest codings shown per code (default: 3)")
    add_engine_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = project_command(
        sub, "consistency", cmd_consistency, help="possible misses and slips of codes",
        description="For each code: passages very like its codings but not coded with it "
                    "(possible misses), and codings far from all its other codings "
                    f"(possible slips). Questions for the team, nothing is changed. {PRIVATE}")
    add_consistency_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON")


def _passage_arguments(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--doc", required=required, metavar="NAME",
                   help="the document of the passage")
    p.add_argument("--start", type=int, required=required, metavar="N",
                   help="where the passage starts (characters from 0, as qda prints them)")
    p.add_argument("--end", type=int, required=required, metavar="N",
                   help="where it ends (exclusive)")


def _source(args: argparse.Namespace) -> object:
    text = getattr(args, "text", None)
    passage = args.doc is not None or args.start is not None or args.end is not None
    if passage and (args.doc is None or args.start is None or args.end is None):
        raise InvalidValueError("a passage needs --doc, --start and --end")
    if text is not None and passage:
        raise InvalidValueError("give --text or a passage (--doc, --start, --end), not both")
    if text is None and not passage:
        raise InvalidValueError("give --text, or a passage with --doc, --start and --end")
    return text if text is not None else Passage(args.doc, args.start, args.end)


def _ready(project: Project, args: argparse.Namespace) -> ReadyIndex:
    from ..assist.ready import prepare

    ready = prepare(project, args.unit, args.engine, indexing_note())
    say(ready.notes)
    return ready


def cmd_similar(args: argparse.Namespace) -> int:
    from ..assist.more_like_this import similar

    source = _source(args)
    with open_project(args.project) as project:
        resolve(project, source)  # a passage outside its document: said before any indexing
        found = similar(project, source, documents=args.within, limit=args.limit,
                        index=_ready(project, args))
    if args.json:
        print_json([m.to_json() for m in found])
        return 0
    if not found:
        print("no passage has anything in common with it")
        return 0
    print_table(["score", "document", "start", "end", "codes", "text"],
                [[f"{m.score:.3f}", m.document, m.start, m.end, ", ".join(m.codes),
                  one_line(m.text, 90)] for m in found])
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from ..assist.suggest import suggest_codes

    source = _source(args)
    with open_project(args.project) as project:
        resolve(project, source)
        result = suggest_codes(project, source, limit=args.limit, examples=args.examples,
                               index=_ready(project, args))
    if args.json:
        print_json(result.to_json())
        return 0
    if result.already:
        print(f"already on it: {', '.join(result.already)}")
    if not result.suggestions:
        print("no code has codings near this passage")
    for s in result.suggestions:
        print(f"{s.score:.3f}  {s.code}")
        for e in s.examples:
            print(f"        {e.score:.3f}  {e.document} {e.start}-{e.end}: "
                  f"{one_line(e.text, 80)}")
    return 0


def cmd_consistency(args: argparse.Namespace) -> int:
    from ..assist.consistency import consistency_check

    query = consistency_query(args)
    with open_project(args.project) as project:
        report = consistency_check(project, query, index=_ready(project, args))
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"possible misses (score ≥ {report.miss_threshold:.2f}): {len(report.misses)}")
    if report.misses:
        print_table(["code", "score", "document", "start", "end", "text", "like the coding"],
                    [[m.code, f"{m.score:.3f}", m.document, m.start, m.end,
                      one_line(m.text, 60), one_line(m.like.text, 40)] for m in report.misses])
    print(f"possible slips (nearest other coding ≤ {report.slip_threshold:.2f}): "
          f"{len(report.slips)}")
    if report.slips:
        print_table(["code", "nearest", "coder", "document", "start", "end", "text"],
                    [[s.code, f"{s.nearest:.3f}", s.coding.coder, s.coding.document,
                      s.coding.start, s.coding.end, one_line(s.coding.text, 70)]
                     for s in report.slips])
    return 0
