"""``qda export KIND …``: one subcommand per entry of the exporter registry."""

from __future__ import annotations

import argparse
import sys

from ..exporters import registry
from ..exporters.registry import Exporter, exporter_for, outcome_line
from .export_arguments import add_arguments, options_of
from .output import open_project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export", help="export codebooks, segments, transcripts, tables, REFI-QDA",
        description="Write what leaves the tool: Word, Excel/CSV and REFI-QDA files. An "
                    "existing file is replaced only with --force.",
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    for exporter in registry.EXPORTERS:
        add_kind(kinds, exporter)


def add_kind(kinds: argparse._SubParsersAction[argparse.ArgumentParser],
             exporter: Exporter) -> argparse.ArgumentParser:
    """``qda export KIND`` for one registry entry."""
    p = kinds.add_parser(exporter.kind, help=exporter.help, description=exporter.description)
    add_arguments(p, exporter)
    p.set_defaults(func=cmd_export)
    return p


def cmd_export(args: argparse.Namespace) -> int:
    # the exporter's module (python-docx, openpyxl, lxml) loads only now, so that
    # `qda --help` and every other command stay quick
    exporter = exporter_for(args.export_kind)
    options = options_of(args, exporter)
    with open_project(args.project) as project:
        for warning in exporter.check(project, options):  # said, then written all the same
            print(f"warning: {warning.line()}", file=sys.stderr)
        result = exporter.run(project, args.out, options)
    print(outcome_line(result) or f"wrote {result}")
    return 0
