"""The SQLite backend: opening and creating ``.qda`` files, behind :mod:`.database`.

A file project is one SQLite file. We keep SQLite's rollback journal (not WAL) and
``synchronous=FULL`` so that the ``.qda`` file alone is complete whenever a
call has returned: a user may copy or mail it while the app is open. Opening
a file never writes to it, except to roll back a change a crashed program
left unfinished (:mod:`.sqlite_file`) and to upgrade a file from an older
version (:mod:`.upgrade`, after a backup). A new file is built beside its
final name and renamed into place, so a crash while creating leaves no half
project. SQLite's errors leave here as one-line :class:`~qda_app.errors.QdaError`\\ s
(:mod:`.sqlite_errors`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from ..errors import NotAProjectError, ProjectExistsError, QdaError, SaveFailedError
from . import sqlite_errors, sqlite_file, upgrade
from .database import Database
from .models import Base, format_ts, new_uuid, utcnow
from .sqlite_file import APPLICATION_ID, SCHEMA_VERSION, journal_path
from .watch import ChangeWatch, Watch


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(sqlite_file.BUSY_TIMEOUT_S * 1000)}")
    # Only switch when needed: setting the mode a file already has writes nothing.
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "delete":
        cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _file_error(exc: BaseException) -> BaseException | None:
    """The :mod:`sqlite3` error about the file behind ``exc``, if that is what it is."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if isinstance(orig, BaseException) and sqlite_errors.is_file_error(orig):
        return orig
    return None


class FileDatabase(Database):
    """An open ``.qda`` file."""

    kind = "file"

    def __init__(self, path: Path, notices: tuple[str, ...] = ()) -> None:
        super().__init__(make_engine(path), str(path), path.name, notices)
        self.path: Path | None = path
        self.stem = path.stem
        self._file = path

    def translate(self, exc: BaseException, writing: bool) -> BaseException | None:
        orig = _file_error(exc)
        if orig is None:
            return None
        return (sqlite_errors.on_write if writing else sqlite_errors.on_read)(self._file, orig)

    def watch(self) -> Watch:
        return ChangeWatch(self._file)

    def check(self) -> list[str]:
        from .check import check_file

        return check_file(self._file)


def open_file(path: Path) -> FileDatabase:
    """Open a project; refuses (one line) what is not one, is damaged, newer or in use.

    A change a crashed program left unfinished is rolled back and an older
    file is upgraded; :attr:`Database.notices` says so in one line each.
    """
    inspection = sqlite_file.inspect_file(path)
    notices = list(inspection.notices)
    if inspection.version < SCHEMA_VERSION:
        backup, notes = upgrade.upgrade(path, inspection.version)
        notices.append(f"{path.name} was upgraded to project format {SCHEMA_VERSION}; "
                       f"the file as it was is kept as {backup.name}")
        notices.extend(notes)
    else:
        sqlite_file.ensure_not_in_use(path)
    return FileDatabase(path, tuple(notices))


# -- creating -------------------------------------------------------------------------------


def create_file(path: Path, title: str) -> FileDatabase:
    """A new, empty project at ``path``: there completely, or not at all."""
    if sqlite_file.path_kind(path) != "none":
        raise ProjectExistsError(f"{path} exists already; choose another name")
    if sqlite_file.path_kind(path.parent) != "folder":
        raise NotAProjectError(f"cannot create {path}: folder {path.parent} does not exist")
    part = path.with_name(path.name + ".part")
    try:
        _build(part, title)
        # A journal without its file belongs to nothing; beside the new file, SQLite
        # would take it for this project's unfinished change and "roll it back".
        journal_path(path).unlink(missing_ok=True)
        if path.exists():
            raise ProjectExistsError(f"{path} exists already; choose another name")
        os.replace(part, path)
        _sync_folder(path.parent)
    except BaseException as exc:
        for leftover in (part, journal_path(part)):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, (sqlite3.Error, OSError)) and not isinstance(exc, QdaError):
            raise _create_error(path, exc) from None
        raise
    return FileDatabase(path)


def _build(part: Path, title: str) -> None:
    """Write the whole new file in one transaction, then flush it to disk once.

    The file is not the project until it is renamed, so it needs no journal
    and no syncing between statements: one ``fsync`` at the end.
    """
    for leftover in (part, journal_path(part)):  # from a create that crashed
        leftover.unlink(missing_ok=True)
    with closing(sqlite3.connect(part, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        for statement in _schema():
            conn.execute(statement)
        conn.execute(
            "INSERT INTO project (uuid, title, schema_version, created) VALUES (?, ?, ?, ?)",
            (new_uuid(), title, SCHEMA_VERSION, format_ts(utcnow())),
        )
        conn.execute("COMMIT")
    with part.open("rb+") as fh:
        os.fsync(fh.fileno())


def _schema() -> Iterator[str]:
    dialect = sqlite_dialect.dialect()
    for table in Base.metadata.sorted_tables:
        yield str(CreateTable(table).compile(dialect=dialect))
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            yield str(CreateIndex(index).compile(dialect=dialect))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder; the file is synced
    finally:
        os.close(fd)


def _create_error(path: Path, exc: BaseException) -> QdaError:
    kind = sqlite_errors.error_kind(exc)
    code = getattr(exc, "errno", None)
    if kind == "SQLITE_FULL" or code == errno.ENOSPC:
        why = "the disk is full"
    elif (kind in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")
          or code in (errno.EACCES, errno.EPERM, errno.EROFS)):
        why = f"the folder {path.parent} is read-only"
    else:
        why = getattr(exc, "strerror", None) or sqlite_errors.detail(exc)
    error = SaveFailedError(f"cannot create {path}: {why}")
    error.reason = why
    return error
