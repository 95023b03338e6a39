"""``qda cooccurrence``: which codes occur together (the Code Relations Browser)."""

from __future__ import annotations

import argparse

from ..analysis.cooccurrence import code_cooccurrence
from .analysis_arguments import add_cooccurrence_arguments, cooccurrence_query
from .command_parsers import project_command
from .output import open_project, print_json, print_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "cooccurrence", cmd_cooccurrence, help="code x code co-occurrence",
        description="For each two codes, the pairs of their codings in the same document "
                    "that overlap (or share a paragraph or speaker turn, or lie near each "
                    "other); the diagonal is each code's number of codings. Codings of "
                    "every coder count unless --coder is given.")
    add_cooccurrence_arguments(p)
    p.add_argument("--json", action="store_true",
                   help='print {"codes": [paths], "matrix": [[counts]], ...}')


def cmd_cooccurrence(args: argparse.Namespace) -> int:
    query = cooccurrence_query(args)
    with open_project(args.project) as project:
        matrix = code_cooccurrence(project, query)
    if args.json:
        print_json(matrix.to_json())
        return 0
    print(f"pairs of {query.describe()}; the diagonal: codings per code")
    numbers = [str(i + 1) for i in range(len(matrix.codes))]
    print_table(["#", "code", *numbers],
                [[n, code.path, *counts]
                 for n, code, counts in zip(numbers, matrix.codes, matrix.counts, strict=True)])
    return 0
