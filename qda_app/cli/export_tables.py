"""``qda export matrix``: the code × document matrix to Excel or CSV."""

from __future__ import annotations

import argparse

from .export_word import add_common, add_delimiter
from .output import open_project


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = kinds.add_parser(
        "matrix", help="code x document counts to Excel or CSV",
        description="How many codings each code has in each document (a code's own codings, "
                    "not its subcodes'); .xlsx adds totals and shades cells by count.")
    p.add_argument("project", metavar="P.qda")
    p.add_argument("out", metavar="OUT.xlsx|OUT.csv")
    p.add_argument("--by-coder", action="store_true",
                   help="one column per document and coder")
    add_common(p)
    add_delimiter(p)
    p.set_defaults(func=cmd_matrix)


def cmd_matrix(args: argparse.Namespace) -> int:
    from ..exporters.matrix import export_matrix

    with open_project(args.project) as project:
        path = export_matrix(project, args.out, by_coder=args.by_coder, force=args.force,
                             lang=args.lang, delimiter=args.delimiter)
    print(f"wrote {path}")
    return 0
