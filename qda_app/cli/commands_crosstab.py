"""``qda crosstab``: codes × a variable's values (or × sets, × speakers)."""

from __future__ import annotations

import argparse

from ..analysis.crosstab import Crosstab, crosstab
from ..exporters.crosstab_table import column_title
from ..exporters.labels import labels
from .analysis_arguments import add_crosstab_arguments, crosstab_query
from .command_parsers import project_command
from .output import open_project, print_json, print_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "crosstab", cmd_crosstab, help="codes x a variable's values, x sets or x speakers",
        description="For each code and column: its codings, and the documents of the column "
                    "with at least one; each column's number of documents beside its name. "
                    "A column per value of --variable (numbers and dates in order, then "
                    "'(no value)'), per set with --sets, per speaker with --speakers. A "
                    "code counts its own codings unless --subcodes is given.")
    add_crosstab_arguments(p)
    p.add_argument("--json", action="store_true",
                   help='print {"columns": [...], "codes": [...], "codings": [[...]], '
                        '"documents": [[...]]}')


def cmd_crosstab(args: argparse.Namespace) -> int:
    query = crosstab_query(args)
    with open_project(args.project) as project:
        table = crosstab(project, query)
    if args.json:
        print_json(table.to_json())
        return 0
    _print(table, "codings", table.codings)
    print()
    _print(table, "documents with codings", table.documents)
    return 0


def _print(table: Crosstab, what: str, counts: tuple[tuple[int, ...], ...]) -> None:
    words = labels("en")
    titles = [f"{column_title(c, table.query.by, 'en', words)} (n={c.documents})"
              for c in table.columns]
    print(f"{what}:")
    print_table(["code", *titles],
                [[code.path, *row] for code, row in zip(table.codes, counts, strict=True)])
