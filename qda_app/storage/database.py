"""Opening, creating and checking ``.qda`` files.

A project is one SQLite file. We keep SQLite's rollback journal (not WAL) and
``synchronous=FULL`` so that the ``.qda`` file alone is complete whenever a
call has returned: a user may copy or mail it while the app is open. Opening
a file never writes to it unless a migration runs, and a migration first
copies the file to ``NAME.qda.bak``.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..errors import NewerSchemaError, NotAProjectError, ProjectExistsError
from . import migrations
from .models import Base, ProjectInfo

APPLICATION_ID = 0x4B6F6457  # "KodW": marks a SQLite file as a Kodierwerk project
SCHEMA_VERSION = migrations.CURRENT_VERSION
SQLITE_MAGIC = b"SQLite format 3\x00"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
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


class Database:
    """An open project file: its engine and the session factory for units of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        # info["documents"] caches loaded documents across sessions (see documents.load)
        self.sessions = sessionmaker(engine, expire_on_commit=False, info={"documents": {}})
        self.notices: list[str] = []
        """What opening did that the user should hear of (a migration's one-line notes)."""

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed (and on disk) when the block exits."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def create(path: Path, title: str) -> Database:
    if path.exists():
        raise ProjectExistsError(f"{path} exists already; choose another name")
    if not path.parent.is_dir():
        raise NotAProjectError(f"cannot create {path}: folder {path.parent} does not exist")
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
            Base.metadata.create_all(conn)
        db = Database(path, engine)
        with db.write() as s:
            s.add(ProjectInfo(title=title, schema_version=SCHEMA_VERSION))
    except BaseException:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return db


def open_existing(path: Path) -> Database:
    version = inspect_file(path)
    notices: list[str] = []
    if version < SCHEMA_VERSION:
        backup = backup_path(path)
        shutil.copy2(path, backup)
        with closing(sqlite3.connect(path)) as conn:
            notices = migrations.migrate(conn, version)
    db = Database(path, make_engine(path))
    db.notices = notices
    return db


def backup_path(path: Path) -> Path:
    backup = path.with_name(path.name + ".bak")
    n = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.bak{n}")
        n += 1
    return backup


def inspect_file(path: Path) -> int:
    """Check that ``path`` is a readable Kodierwerk project; return its schema version.

    Reads only: the file is opened read-only, so a file we refuse stays untouched.
    """
    if not path.is_file():
        raise NotAProjectError(f"{path}: no such project file")
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(f"{path} is not a Kodierwerk project (not an SQLite database)")
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAProjectError(
                    f"{path} is an SQLite database but not a Kodierwerk project"
                )
            if version < 1:
                raise NotAProjectError(f"{path} is damaged: it has no project format version")
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    f"{path} was written by a newer Kodierwerk (project format {version}; "
                    f"this version reads up to {SCHEMA_VERSION}); please update Kodierwerk"
                )
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise NotAProjectError(f"{path} is damaged: {problems[0]}")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            missing = migrations.expected_tables(version) - tables
            if missing:
                raise NotAProjectError(
                    f"{path} is damaged: table {sorted(missing)[0]!r} is missing"
                )
    except sqlite3.DatabaseError as exc:
        raise NotAProjectError(f"{path} is damaged and cannot be read ({exc})") from None
    return int(version)
