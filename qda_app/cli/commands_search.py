"""``qda search`` and ``qda autocode``: find text in all documents, and code every hit."""

from __future__ import annotations

import argparse

from ..analysis.autocode import apply_autocode, plan_autocode
from ..analysis.unit_spans import UNITS
from ..project import Project
from ..text_format import counted
from ..text_search import SearchHit
from .document_scope import add_scope_arguments, set_of, where_of
from .output import one_line, open_project, print_json, print_table


def _query_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", metavar="P.qda|URL")
    p.add_argument("query", metavar="QUERY",
                   help="text to find (case ignored, German ß = ss), or a regular expression")
    p.add_argument("--doc", action="append", metavar="NAME",
                   help="search only this document (repeatable; default: all)")
    add_scope_arguments(p)
    p.add_argument("--whole-words", action="store_true",
                   help="only hits that do not cut a word")
    p.add_argument("--case-sensitive", action="store_true", help="tell upper and lower case")
    p.add_argument("--regex", action="store_true",
                   help="QUERY is a Python regular expression")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="find text in all documents",
                       description="Every occurrence of QUERY in the documents, with its "
                                   "position and some words either side.")
    _query_arguments(p)
    p.add_argument("--json", action="store_true",
                   help="print JSON (document, document_uuid, start, end, text, context)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("autocode", help="code every hit of a search",
                       description="Search as `qda search` does and code each hit, or the "
                                   "sentence, paragraph or speaker turn around it, with a "
                                   "code; overlapping units become one coding, codings "
                                   "that exist already are not added again.")
    _query_arguments(p)
    p.add_argument("--code", required=True, metavar="PATH")
    p.add_argument("--unit", choices=UNITS, default="hit",
                   help="what to code around each hit (default: the hit)")
    p.add_argument("--coder", metavar="NAME", help="default: your user name")
    p.add_argument("--dry-run", action="store_true", help="only say what it would do")
    p.set_defaults(func=cmd_autocode)


def _search(project: Project, args: argparse.Namespace) -> list[SearchHit]:
    return project.search(args.query, documents=args.doc, whole_words=args.whole_words,
                           case_sensitive=args.case_sensitive, regex=args.regex,
                           set=set_of(args), where=where_of(args))


def cmd_search(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        hits = _search(project, args)
    if args.json:
        print_json([hit.as_json() for hit in hits])
        return 0
    print_table(["document", "start", "end", "context"],
                [[h.document, h.start, h.end, one_line(h.context, 100)] for h in hits])
    documents = len({h.document_uuid for h in hits})
    print(f"{counted(len(hits), 'hit')} in {counted(documents, 'document')}")
    return 0


def cmd_autocode(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        hits = _search(project, args)
        plan = plan_autocode(project, hits, args.code, args.unit, args.coder)
        unit = "" if args.unit == "hit" else f" ({args.unit}s)"
        lost = (f"; {counted(plan.without_unit, 'hit')} in no {args.unit}"
                if plan.without_unit else "")
        if args.dry_run:
            print(f"would add {counted(plan.new, 'coding')}{unit} with {plan.code_path} "
                  f"({plan.coder}); {plan.existing} already there; "
                  f"from {counted(plan.hits, 'hit')}{lost}; nothing written")
            return 0
        result = apply_autocode(project, plan)
    print(f"added {counted(len(result.added), 'coding')}{unit} with {plan.code_path} "
          f"({plan.coder}); {result.existing} already there; from {counted(plan.hits, 'hit')}"
          f"{lost}")
    return 0
