"""SQLite's complaints about a file, as the one line a user can act on.

SQLite speaks of "database is locked", "attempt to write a readonly database"
or "database or disk is full"; a researcher needs to hear that another program
is using the project, that the folder is read-only or that the disk is full,
and what to do about it. Opening, reading and writing all pass their
:mod:`sqlite3` errors through here, so each situation reads the same everywhere.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..errors import DamagedProjectError, ProjectInUseError, QdaError, SaveFailedError

FILE_ERRORS = (sqlite3.Error, UnicodeDecodeError)
"""What a :mod:`sqlite3` call on a file can raise: its own errors, and UnicodeDecodeError
when SQLite's message quotes damaged bytes of the file (Python decodes messages strictly)."""

_UNDECODABLE = re.compile(r"Could not decode to UTF-8 column '([^']*)'")

MAX_DETAIL = 160
"""Longest SQLite detail quoted in a message (self-check rows can be long)."""

_BY_MESSAGE = (  # Python 3.10 has no sqlite_errorname: recognise SQLite's own words
    ("database is locked", "SQLITE_BUSY"),
    ("database table is locked", "SQLITE_LOCKED"),
    ("readonly database", "SQLITE_READONLY"),
    ("database or disk is full", "SQLITE_FULL"),
    ("disk i/o error", "SQLITE_IOERR"),
    ("unable to open database file", "SQLITE_CANTOPEN"),
    ("malformed", "SQLITE_CORRUPT"),
    ("file is not a database", "SQLITE_NOTADB"),
    ("could not decode to utf-8", "SQLITE_CORRUPT"),  # raised by Python's sqlite3 itself
)


def error_kind(exc: BaseException) -> str:
    """SQLite's primary result code name (``SQLITE_BUSY``, ``SQLITE_IOERR``…) or ``""``."""
    text = str(exc).lower()
    if isinstance(exc, UnicodeDecodeError) or "could not decode to utf-8" in text:
        return "SQLITE_CORRUPT"
    name = getattr(exc, "sqlite_errorname", None)  # Python 3.11+: the extended code's name
    if isinstance(name, str) and name.startswith("SQLITE_"):
        return "_".join(name.split("_")[:2])
    return next((kind for needle, kind in _BY_MESSAGE if needle in text), "")


def is_file_error(exc: BaseException) -> bool:
    """True for SQLite errors about the file (locks, disk, damage), not about our SQL."""
    if isinstance(exc, sqlite3.OperationalError):
        return True
    return type(exc) is sqlite3.DatabaseError  # "malformed", "not a database"


def detail(exc: BaseException | str) -> str:
    """SQLite's own words, on one line and not too long."""
    if isinstance(exc, UnicodeDecodeError):
        return "its structure holds bytes that should be text but are not UTF-8"
    undecodable = _UNDECODABLE.match(str(exc))
    if undecodable:
        return f"a {undecodable.group(1)!r} in it is not valid UTF-8 text"
    text = " ".join(str(exc).split())
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def report_lines(rows: Sequence[str]) -> list[str]:
    """SQLite's self-check rows as single lines (a row may hold several, under a banner)."""
    return [line.strip() for row in rows for line in str(row).splitlines()
            if line.strip() and not line.startswith("*** in database")]


def damaged(path: Path | str, problems: Sequence[str] | str) -> DamagedProjectError:
    """"P.qda is damaged: <first problem> (and N more); run `qda check` for details"."""
    rows = report_lines([problems] if isinstance(problems, str) else problems)
    more = f" (and {len(rows) - 1} more)" if len(rows) > 1 else ""
    first = detail(rows[0]) if rows else "unknown problem"
    return DamagedProjectError(f"{path} is damaged: {first}{more}; run `qda check` for details")


def in_use(path: Path | str) -> ProjectInUseError:
    return ProjectInUseError(
        f"{path} is in use by another program (it is writing to the project right now); "
        "try again when it has finished, or close it"
    )


def crashed_change_read_only(path: Path | str) -> QdaError:
    return QdaError(
        f"{path} has an unfinished change from a program that crashed, and it can only be "
        "rolled back with write access: make the file and its folder writable, then open it again"
    )


def on_open(path: Path, exc: BaseException) -> QdaError:
    """An error while opening or inspecting ``path`` (full path in the message)."""
    kind = error_kind(exc)
    if kind in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return in_use(path)
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
        return crashed_change_read_only(path)
    if kind in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"):
        return QdaError(f"{path} cannot be opened ({detail(exc)}); check that you may read it")
    if kind == "SQLITE_IOERR":
        return QdaError(f"{path} cannot be read: disk I/O error; check that the drive or "
                        "network folder is still there and try again")
    return damaged(path, detail(exc))


def on_write(path: Path, exc: BaseException) -> QdaError:
    """An error while changing the open project (file name only; nothing was saved)."""
    name = path.name
    kind = error_kind(exc)
    not_saved = "your last change was not saved"
    if kind in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return ProjectInUseError(f"{name} is in use by another program, so {not_saved}; "
                                 "try again when it has finished")
    if kind == "SQLITE_FULL":
        return SaveFailedError(f"cannot save to {name}: the disk is full, so {not_saved}; "
                               "free some space and try again")
    if kind in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"):
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            return crashed_change_read_only(name)
        return SaveFailedError(f"cannot save to {name}: the file or its folder is read-only, so "
                               f"{not_saved}; make both writable (or copy the project to a "
                               "folder you can write to) and try again")
    if kind == "SQLITE_IOERR":
        return SaveFailedError(f"cannot save to {name}: disk I/O error, so {not_saved}; "
                               "check that the drive or network folder is still there")
    if kind in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return damaged(name, detail(exc))
    return SaveFailedError(f"cannot save to {name} ({detail(exc)}), so {not_saved}")


def on_read(path: Path, exc: BaseException) -> QdaError:
    """An error while reading the open project (file name only)."""
    name = path.name
    kind = error_kind(exc)
    if kind in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return ProjectInUseError(f"{name} is in use by another program; try again when it "
                                 "has finished")
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
        return crashed_change_read_only(name)
    if kind == "SQLITE_IOERR":
        return QdaError(f"cannot read {name}: disk I/O error; check that the drive or "
                        "network folder is still there")
    if kind in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return damaged(name, detail(exc))
    return QdaError(f"cannot read {name} ({detail(exc)})")
