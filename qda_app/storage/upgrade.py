"""Upgrading a file from an older Kodierwerk: checked first, one backup, one transaction.

An upgrade rewrites the file, so a copy is kept as ``NAME.qda.bak``. An
upgrade that cannot run (the file or its folder is read-only, another program
is writing) must not leave a backup behind, and trying again must not add one
per attempt: the backup is written only once SQLite's write lock is held, it
is removed again if the upgrade fails, and a backup identical to the file
(left by an earlier attempt that was killed and rolled back) is reused.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from ..errors import QdaError, SaveFailedError
from . import migrations, sqlite_errors
from .sqlite_file import SCHEMA_VERSION, connect_rw


def upgrade(path: Path, version: int) -> tuple[Path, list[str]]:
    """Bring ``path`` from ``version`` to the current format.

    Returns the backup's path and what the migration steps want the user told.
    """
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise SaveFailedError(
            f"{path} is from an older Kodierwerk and must be upgraded to project format "
            f"{SCHEMA_VERSION}, but the file or its folder is read-only: make both writable "
            "and open it again (nothing was changed)"
        )
    with closing(connect_rw(path)) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")  # nobody else writes while we copy and upgrade
        except sqlite_errors.FILE_ERRORS as exc:
            raise sqlite_errors.on_open(path, exc) from None
        try:
            backup, made = _backup(path)
        except OSError as exc:
            conn.execute("ROLLBACK")
            raise SaveFailedError(f"cannot write a backup of {path} before upgrading it "
                                  f"({exc.strerror}); nothing was changed") from None
        try:
            notes = migrations.apply(conn, version)
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if made:
                backup.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.Error):
                raise _failed(path, exc) from None
            raise
    return backup, notes


def _failed(path: Path, exc: sqlite3.Error) -> QdaError:
    kind = sqlite_errors.error_kind(exc)
    if kind in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return sqlite_errors.in_use(path)
    why = "the disk is full" if kind == "SQLITE_FULL" else sqlite_errors.detail(exc)
    return SaveFailedError(f"{path} could not be upgraded to project format {SCHEMA_VERSION} "
                           f"({why}); nothing was changed")


def _backup(path: Path) -> tuple[Path, bool]:
    """The backup of ``path`` and whether it was written now (False: an identical one exists)."""
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        if filecmp.cmp(path, candidate, shallow=False):
            return candidate, False
        candidate = path.with_name(f"{path.name}.bak{n}")
        n += 1
    try:
        shutil.copy2(path, candidate)
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise
    return candidate, True
