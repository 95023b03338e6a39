"""``qda export KIND …``: each ``export_*.py`` module in this package adds its kinds."""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export", help="export codebooks, segments, transcripts, tables, REFI-QDA",
        description="Write what leaves the tool: Word, Excel/CSV and REFI-QDA files. An "
                    "existing file is replaced only with --force.",
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    package = importlib.import_module(__package__ or "qda_app.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("export_"):
            importlib.import_module(f"{package.__name__}.{info.name}").register(kinds)
