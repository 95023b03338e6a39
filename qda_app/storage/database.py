"""The backend seam: one project API over a ``.qda`` file or a PostgreSQL database.

The facade (:mod:`qda_app.project`) talks to a :class:`Database` only: units of
work (:meth:`Database.write`, :meth:`Database.read`), a watch for what others
commit (:meth:`Database.watch`), the announcement of its own commits
(:meth:`Database.announce`) and ``qda check`` (:meth:`Database.check`). Two
backends implement it:

- :mod:`.sqlite_backend` (``P.qda``): one self-contained SQLite file, built beside
  its name and renamed into place, hot journals rolled back, older files upgraded
  after a backup (:mod:`.sqlite_file`, :mod:`.upgrade`, :mod:`.sqlite_errors`).
- :mod:`.postgres_backend` (``postgresql://user@host:port/db``): the same tables
  from the same models (:mod:`.models`), created in one transaction; errors
  through :mod:`.postgres_errors`, changes heard through ``LISTEN/NOTIFY``
  (:mod:`.postgres_watch`), ``check`` by :mod:`.postgres_check`.

Every query module of :mod:`qda_app.storage` is written once, portably (SQLAlchemy
Core and ORM, no ``?`` placeholders, no ``PRAGMA``), and runs on both. What differs
lives in the backend modules and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..errors import QdaError
from ..locations import is_server_url
from ..records import Changes
from ..team_records import PasswordSource
from .sqlite_file import APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC
from .watch import Watch

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "SQLITE_MAGIC", "Database", "check",
           "create", "create_team", "open_existing"]


class Database:
    """An open project: its engine, the session factory for units of work, and the
    hooks a backend fills in (error translation, watching, announcing, checking)."""

    kind = ""
    """``"file"`` or ``"server"``."""

    def __init__(self, engine: Engine, location: str, name: str,
                 notices: tuple[str, ...] = ()) -> None:
        self.engine = engine
        self.location = location
        """The file's path, or the server URL without its password."""
        self.name = name
        """How a message names the project: ``P.qda``, or ``team project host:5432/db``."""
        self.path: Path | None = None
        """The file of a file project; ``None`` on a server."""
        self.stem = name
        """A short name for files made from the project (a file's stem, a database's name)."""
        self.notices = notices
        """One line each about what opening found and set right."""
        self.login: str | None = None
        """The server login this program is connected as (a team project)."""
        # info["documents"] caches loaded documents across sessions (see documents.load)
        self.sessions = sessionmaker(engine, expire_on_commit=False, info={"documents": {}})

    def translate(self, exc: BaseException, writing: bool) -> BaseException | None:
        """The one-line :class:`~qda_app.errors.QdaError` for a database error, or ``None``
        when it is not about the database itself (our SQL, a constraint: the caller's)."""
        return None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed (durably) when the block exits.

        A failure of the file or the server ends as a one-line
        :class:`~qda_app.errors.QdaError`; the transaction is rolled back.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except Exception as exc:
            error = self.translate(exc, writing=True)
            if error is None:
                raise
            raise error from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self.sessions() as session:
                yield session
        except Exception as exc:
            error = self.translate(exc, writing=False)
            if error is None:
                raise
            raise error from None

    def watch(self) -> Watch:
        """What tells the facade of commits by others (another program, another coder)."""
        raise NotImplementedError

    def announce(self, changes: Changes) -> None:
        """Tell other readers of the project what a commit of ours changed (servers only:
        another program's SQLite connection sees the file's ``data_version`` move)."""

    def programs_online(self, s: Session) -> int | None:
        """How many programs have the project open now (a server's sessions), or ``None``
        where that is not known (a file)."""
        return None

    def check(self) -> list[str]:
        """``qda check``: every problem found (empty when all is well)."""
        raise NotImplementedError

    def close(self) -> None:
        self.engine.dispose()


def open_existing(where: str | Path, password: str | None = None) -> Database:
    """Open a project file or a team project on a server (a ``postgresql://`` URL)."""
    if is_server_url(where):
        from . import postgres_backend

        return postgres_backend.open_server(str(where), password)
    from . import sqlite_backend

    return sqlite_backend.open_file(Path(where))


def create(where: str | Path, title: str | None = None, password: str | None = None
           ) -> Database:
    """A new, empty project: a ``.qda`` file, or the tables in a server's database."""
    if is_server_url(where):
        from . import postgres_backend

        return postgres_backend.create_server(str(where), title, password)
    from . import sqlite_backend

    path = Path(where)
    return sqlite_backend.create_file(path, title or path.stem)


def create_team(where: str | Path, lead: str, lead_password: PasswordSource,
                title: str | None = None, password: str | None = None) -> Database:
    """A team project with roles at a server URL (see ``Project.create_team``)."""
    if not is_server_url(where):
        raise QdaError(f"a team with roles needs a PostgreSQL server: give a postgresql:// "
                       f"URL, not {where} (a .qda file belongs to one person)")
    from . import postgres_backend

    return postgres_backend.create_team(str(where), lead, lead_password, title, password)


def check(where: str | Path, password: str | None = None) -> list[str]:
    """``qda check`` on a file (also one that opening refuses) or a server project."""
    if is_server_url(where):
        with _closing(open_existing(where, password)) as db:
            return db.check()
    from .check import check_file

    return check_file(Path(where))


@contextmanager
def _closing(db: Database) -> Iterator[Database]:
    try:
        yield db
    finally:
        db.close()
