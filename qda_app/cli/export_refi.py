"""``qda export qdc|qdpx``: the REFI-QDA exchange files other QDA tools read."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from .output import open_project

if TYPE_CHECKING:
    from ..refi import ExportResult


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = kinds.add_parser(
        "qdc", help="the code system as a REFI-QDA codebook (.qdc)",
        description="Codes with GUIDs, names, colours, descriptions and hierarchy, for "
                    "MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA codebook exchange).")
    p.add_argument("project", metavar="P.qda")
    p.add_argument("out", metavar="OUT.qdc")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_qdc)

    p = kinds.add_parser(
        "qdpx", help="the whole project as a REFI-QDA project (.qdpx)",
        description="Coders, codes, texts (UTF-8), codings with their positions and memos, "
                    "as a REFI-QDA project exchange file; validated against the official "
                    "schema before it is written.")
    p.add_argument("project", metavar="P.qda")
    p.add_argument("out", metavar="OUT.qdpx")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_qdpx)


def cmd_qdc(args: argparse.Namespace) -> int:
    from ..refi import export_qdc

    return _export(args, export_qdc)


def cmd_qdpx(args: argparse.Namespace) -> int:
    from ..refi import export_qdpx

    return _export(args, export_qdpx)


def _export(args: argparse.Namespace, exporter: Callable[..., ExportResult]) -> int:
    with open_project(args.project) as project:
        result = exporter(project, args.out, force=args.force)
    print(result.line())
    return 0
