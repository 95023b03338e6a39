"""Helpers shared by the commands: opening projects and printing tables or JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ..project import Project
from ..text_format import one_line as one_line  # re-exported: the commands import it here


def open_project(path: str) -> Project:
    """The project, after a ``note:`` line for each thing opening did (a crashed change
    rolled back, an upgrade and what it folded)."""
    project = Project.open(Path(path))
    for notice in project.notices:
        print(f"note: {notice}", file=sys.stderr)
    return project


def print_json(data: Any) -> None:
    def default(value: object) -> str:
        if isinstance(value, datetime):
            return value.isoformat()
        raise TypeError(f"cannot serialise {type(value).__name__}")

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=default)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain aligned table; the last column is never padded."""
    cells = [[str(h) for h in headers], *[["" if v is None else str(v) for v in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        padded = [c.ljust(w) for c, w in zip(row[:-1], widths[:-1], strict=True)] + [row[-1]]
        print("  ".join(padded).rstrip())
