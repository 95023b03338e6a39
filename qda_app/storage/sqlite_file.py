"""The ``.qda`` file as SQLite sees it, looked at before a project opens.

A project that cannot be opened is not necessarily damaged, and the user
must hear which case it is:

- A program killed in the middle of a change leaves ``P.qda-journal`` beside
  the file, a *hot journal*. The committed data is intact: the journal holds
  the pages as they were before the unfinished change, and SQLite writes them
  back the first time a **read-write** connection reads the file. A read-only
  connection cannot, and fails with "attempt to write a readonly database";
  so :func:`roll_back_hot_journal` opens read-write first, and only when
  the file or its folder is read-only is the project refused (saying so).
- Another program in the middle of writing holds a lock: "in use", after
  waiting :data:`BUSY_TIMEOUT_S` for it to finish.
- WAL mode (switched on by another tool; it is a property of the file) keeps
  recent changes in ``P.qda-wal`` beside the file, so copying or mailing
  ``P.qda`` alone would lose them, and WAL does not work on network folders.
  Switching it back would rewrite the file on open, so such a file is
  refused with one line saying how to switch it back (nothing is touched).
- A file cut short (an interrupted copy or download) is damaged, however
  well the rest reads: SQLite would read the missing bytes as zeros.

Everything here only reads, except the rollback of a hot journal, which
restores the last committed state exactly as any later open would.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ..errors import NewerSchemaError, NotAProjectError, QdaError
from . import check_content, migrations, sqlite_errors

APPLICATION_ID = 0x4B6F6457  # "KodW": marks a SQLite file as a Kodierwerk project
SCHEMA_VERSION = migrations.CURRENT_VERSION
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
"""How long opening and writing wait for another program's write to finish."""


@dataclass(frozen=True)
class Header:
    """The first 100 bytes of the file, as far as opening needs them."""

    size: int
    page_size: int
    """0 when the header's value is impossible."""
    pages: int | None
    """The page count the header promises, when SQLite would trust it."""
    wal: bool
    application_id: int

    def problems(self) -> list[str]:
        """Damage visible from the header and the file size alone."""
        if not self.page_size:
            return ["its header is damaged (impossible page size)"]
        whole, rest = divmod(self.size, self.page_size)
        if rest:
            lacking = self.page_size - rest
            return [f"the file is cut short: its last page lacks {lacking} "
                    f"byte{'s' if lacking > 1 else ''} (an interrupted copy or download?)"]
        if self.pages is not None and whole < self.pages:
            return [f"the file is cut short: it holds {whole} of its {self.pages} pages "
                    "(an interrupted copy or download?)"]
        return []


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def wal_refusal(path: Path) -> str:
    return (f"{path} is in WAL mode (switched on by another program), but a project must stay "
            f'one self-contained file; switch it back with: sqlite3 "{path}" '
            '"PRAGMA journal_mode=DELETE"')


def path_kind(path: Path) -> str:
    """``"file"``, ``"folder"`` or ``"none"``; a name no file can have is refused in one line."""
    if "\0" in str(path):
        raise NotAProjectError(f"{str(path)!r} is not a possible file name")
    try:
        return "file" if path.is_file() else "folder" if path.is_dir() else "none"
    except OSError as exc:  # e.g. a name too long for the file system
        raise NotAProjectError(f"{str(path)[:80]!r}… cannot be a file name here "
                               f"({exc.strerror})") from None


def read_header(path: Path) -> Header:
    """The header; refuses what is no file, unreadable or not an SQLite database."""
    kind = path_kind(path)
    if kind != "file":
        raise NotAProjectError(f"{path} is a folder, not a project file" if kind == "folder"
                               else f"{path}: no such project file")
    try:
        with path.open("rb") as fh:
            raw = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise NotAProjectError(f"{path} cannot be read ({exc.strerror})") from None
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        raise NotAProjectError(f"{path} is not a Kodierwerk project (not an SQLite database)")
    page_size = int.from_bytes(raw[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        page_size = 0
    counter_valid = raw[24:28] == raw[92:96]  # else SQLite ignores the stored page count
    pages = int.from_bytes(raw[28:32], "big") if counter_valid else None
    return Header(size=size, page_size=page_size, pages=pages or None,
                  wal=raw[18] == 2 or raw[19] == 2,
                  application_id=int.from_bytes(raw[68:72], "big"))


def refuse_unusable(path: Path, header: Header) -> None:
    """Refuse, before any connection touches it, a file we must not open."""
    if header.application_id != APPLICATION_ID:
        raise NotAProjectError(f"{path} is an SQLite database but not a Kodierwerk project")
    if header.wal:
        raise QdaError(wal_refusal(path))
    problems = header.problems()
    if problems:
        raise sqlite_errors.damaged(path, problems)


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_ro(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor create it)."""
    return sqlite3.connect(_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_S)


def lenient_text(value: bytes) -> str:
    """Text as far as it is UTF-8: for SQLite's reports, which quote damaged bytes."""
    return value.decode("utf-8", "replace")


def connect_rw(path: Path) -> sqlite3.Connection:
    """Read-write when the file allows it (SQLite falls back to read-only); never creates."""
    return sqlite3.connect(_uri(path, "rw"), uri=True, timeout=BUSY_TIMEOUT_S,
                           isolation_level=None)


def _has_journal(path: Path) -> bool:
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def roll_back_hot_journal(path: Path) -> bool:
    """Roll back a change that a crashed program left unfinished; True if there was one.

    A journal that belongs to a program still writing is not hot: SQLite
    leaves it alone, the read sees the last committed state, and this returns
    False. Refuses (one line) when the rollback needs write access it lacks
    or another program is in the middle of a commit.
    """
    if not _has_journal(path):
        return False
    try:
        with closing(connect_rw(path)) as conn:
            conn.execute("PRAGMA schema_version").fetchone()  # the first read rolls back
    except sqlite_errors.FILE_ERRORS as exc:
        if sqlite_errors.error_kind(exc) == "SQLITE_READONLY":
            raise sqlite_errors.crashed_change_read_only(path) from None
        raise sqlite_errors.on_open(path, exc) from None
    return not _has_journal(path)


def ensure_not_in_use(path: Path) -> None:
    """Refuse a file another program is writing to (waits :data:`BUSY_TIMEOUT_S` first).

    Takes SQLite's write lock for a moment and gives it back: nothing is
    written. A read-only file is left alone (nobody can be writing to it,
    and reading it works).
    """
    if not os.access(path, os.W_OK):
        return
    try:
        with closing(connect_rw(path)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except sqlite_errors.FILE_ERRORS as exc:
        if sqlite_errors.error_kind(exc) == "SQLITE_READONLY":
            return  # read-only after all (e.g. a read-only mount): reading works
        raise sqlite_errors.on_open(path, exc) from None


def inspect(path: Path) -> int:
    """Check through a read-only connection that ``path`` is a sound project; its version.

    The file must have passed :func:`refuse_unusable` and had any hot
    journal rolled back. Reads only.
    """
    try:
        with closing(connect_ro(path)) as conn:
            conn.text_factory = lenient_text  # only reports and names are read here
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version < 1:
                raise sqlite_errors.damaged(path, "it has no project format version")
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    f"{path} was written by a newer Kodierwerk (project format {version}; "
                    f"this version reads up to {SCHEMA_VERSION}); please update Kodierwerk"
                )
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise sqlite_errors.damaged(path, problems)
            missing = migrations.expected_tables(version) - check_content.tables_of(conn)
            if missing:
                raise sqlite_errors.damaged(path, f"table {sorted(missing)[0]!r} is missing")
            problem = check_content.first_open_problem(conn)
            if problem:
                raise sqlite_errors.damaged(path, problem)
    except sqlite_errors.FILE_ERRORS as exc:
        raise sqlite_errors.on_open(path, exc) from None
    return version


@dataclass(frozen=True)
class Inspection:
    version: int
    notices: tuple[str, ...]
    """One line each about what was found and fixed (a crashed change rolled back)."""


def inspect_file(path: Path) -> Inspection:
    """Refuse (one line) what cannot be opened, roll back a crashed change; the version.

    Apart from that rollback, the file is only read: a file we refuse stays
    untouched.
    """
    header = read_header(path)
    refuse_unusable(path, header)
    notices = (rolled_back_notice(path),) if roll_back_hot_journal(path) else ()
    return Inspection(inspect(path), notices)


def rolled_back_notice(path: Path) -> str:
    return f"{path.name}: an unfinished change from a crashed program was rolled back"
