"""Helpers shared by the commands: opening projects and printing tables or JSON."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from ..errors import PasswordRequiredError
from ..locations import is_server_url, public_url
from ..project import Project
from ..text_format import one_line as one_line  # re-exported: the commands import it here

T = TypeVar("T")


def where(text: str) -> str | Path:
    """A command's project argument: a ``postgresql://`` URL as it is, else a file path."""
    return text if is_server_url(text) else Path(text)


def shown(place: str) -> str:
    """How a command names the project it was given: a URL without its password."""
    return public_url(place) if is_server_url(place) else place


def with_password(action: Callable[[str | None], T], place: str) -> T:
    """``action(None)``; when a server asks for a password that the URL, ``~/.pgpass`` and
    ``PGPASSWORD`` did not give, ask for it on the terminal (never echoed) and try once
    more. Without a terminal (a script, CI) the one-line error stands."""
    try:
        return action(None)
    except PasswordRequiredError:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise
    password = getpass.getpass(f"password for {public_url(place)}: ", stream=sys.stderr)
    return action(password)


def open_project(place: str) -> Project:
    """The project at a path or URL, after a ``note:`` line for each thing opening did (a
    crashed change rolled back, an upgrade and what it folded)."""
    project = with_password(lambda password: Project.open(where(place), password=password),
                            place)
    for notice in project.notices:
        print(f"note: {notice}", file=sys.stderr)
    return project


def create_project(place: str, title: str | None) -> Project:
    """A new project at a path or URL (see :meth:`Project.create`)."""
    return with_password(
        lambda password: Project.create(where(place), title=title, password=password), place)


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
