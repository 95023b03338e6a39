"""The PostgreSQL backend: a team project in one database of a PostgreSQL server.

**Creating** (:func:`create_server`) builds the tables from the same SQLAlchemy
models as a ``.qda`` file (``Base.metadata.create_all``), marks the ``project``
table with :data:`MARKER` (``COMMENT ON TABLE``: a random database that happens to
have a ``project`` table is not taken for a project) and writes the project row
with its ``schema_version``, all in one transaction: PostgreSQL's DDL is
transactional, so a failed create leaves the database as it was. A database that
does not exist yet is created first when the login may (``CREATEDB``). A team
project's roles, grants and row-level security policies (:mod:`.team_roles`) are
made in the same transaction, after the tables (:func:`create_team`).

**Opening** (:func:`open_server`) connects (a one-line error for each way that can
fail, :mod:`.postgres_errors`), checks the marker and the version: newer is
refused, older is migrated with :data:`.migrations.SERVER_STEPS`.

**Watching and announcing**: every committed action's
:class:`~qda_app.records.Changes` goes out with ``pg_notify`` on
:data:`.postgres_watch.CHANNEL` (:meth:`ServerDatabase.announce`); the watch of
every other open project hears it (:mod:`.postgres_watch`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, func, insert, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ..errors import (
    DamagedProjectError,
    NewerSchemaError,
    NotAProjectError,
    PermissionDeniedError,
    ProjectExistsError,
    QdaError,
)
from ..ids import new_uuid
from ..locations import mask, public_url, server_label
from ..records import Changes
from ..team_records import PasswordSource
from ..timestamps import utcnow
from . import migrations, postgres_errors, project_info, team_roles
from .database import Database
from .models import Base, ProjectInfo
from .postgres_watch import CHANNEL, LISTENER_PREFIX, ServerWatch, encode, programs_online
from .sqlite_file import SCHEMA_VERSION
from .watch import Watch

log = logging.getLogger(__name__)

MARKER = "Kodierwerk project"
"""The comment on the ``project`` table that makes a database a Kodierwerk project."""
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "Kodierwerk"
"""Shown in ``pg_stat_activity``: an administrator sees which sessions are ours."""


def engine_url(url: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL for ``url`` with the psycopg 3 driver (and ``password`` if given)."""
    try:
        parsed = make_url(url.strip().replace("postgres://", "postgresql://", 1))
    except (sa_exc.ArgumentError, ValueError):
        raise QdaError(f"{mask(url, url)!r} is not a server URL of the form "
                       "postgresql://user@host:port/database") from None
    parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed if password is None else parsed.set(password=password)


def connect_args(sa_url: URL) -> tuple[list[Any], dict[str, Any]]:
    """What ``psycopg.connect`` takes for ``sa_url`` (``sslmode`` and other libpq
    parameters in the URL's query are passed on as they are)."""
    engine = create_engine(sa_url)  # no connection is made: only the dialect is used
    args, kwargs = engine.dialect.create_connect_args(sa_url)
    kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    kwargs.setdefault("application_name", APPLICATION_NAME)
    return list(args), dict(kwargs)


def make_engine(url: str, password: str | None = None) -> Engine:
    try:
        import psycopg  # noqa: F401  # loaded only for team projects
    except ImportError:
        raise QdaError("team projects on a PostgreSQL server need psycopg: "
                       "pip install 'psycopg[binary]'") from None
    sa_url = engine_url(url, password)
    _args, kwargs = connect_args(sa_url)
    # pre-ping: after a server restart the pooled connections are dead; each is tested
    # (one round trip) before use and replaced, so the first action after it works
    return create_engine(sa_url, connect_args={k: kwargs[k] for k in (
        "connect_timeout", "application_name")}, pool_size=2, max_overflow=4,
        pool_pre_ping=True)


class ServerDatabase(Database):
    """An open team project on a PostgreSQL server."""

    kind = "server"

    def __init__(self, url: str, engine: Engine, notices: tuple[str, ...] = ()) -> None:
        public = public_url(url)
        super().__init__(engine, public, f"team project {server_label(public)}", notices)
        self.stem = engine.url.database or "team-project"
        self._url = url  # with its password, if it had one: for masking and reconnecting
        self.origin = new_uuid()
        """Marks this project's announcements, so that its own watch ignores them."""
        self.listener_name = LISTENER_PREFIX
        """The ``application_name`` of this project's listening connections (its UUID
        added when the watch starts)."""

    def translate(self, exc: BaseException, writing: bool) -> BaseException | None:
        return postgres_errors.translate(self._url, exc, writing)

    def watch(self) -> Watch:
        with self.read() as s:
            uuid = project_info.uuid(s)
            self.login = str(s.scalar(text("SELECT current_user")))
        self.listener_name = f"{LISTENER_PREFIX}{uuid}"
        args, kwargs = connect_args(self.engine.url)
        kwargs["application_name"] = self.listener_name
        return ServerWatch(args, kwargs, self.origin, server_label(self.location).split("/")[0])

    def programs_online(self, s: Session) -> int | None:
        return programs_online(s, self.listener_name)

    def announce(self, changes: Changes) -> None:
        """``pg_notify`` with what ``changes`` names, after the commit (its own statement:
        a failed announcement must not turn a saved action into a failed one).

        One autocommit statement, one round trip instead of three. PostgreSQL holds one
        lock for every notifying commit of the cluster until that commit is on disk; the
        action is committed (and durable) already, so the announcement's commit does not
        wait for the disk (``synchronous_commit`` off for this statement only)."""
        payload = encode(self.origin, changes)
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.execute(select(func.set_config("synchronous_commit", "off", True),
                                    func.pg_notify(CHANNEL, payload)))
        except sa_exc.DBAPIError as exc:
            log.warning("could not announce a change to %s: %s", self.name,
                        mask(str(exc.orig), self._url))

    def check(self) -> list[str]:
        from .postgres_check import check_server

        with self.engine.connect() as conn:
            return check_server(conn)


def _connect(engine: Engine, url: str) -> Connection:
    try:
        return engine.connect()
    except sa_exc.DBAPIError as exc:
        raise postgres_errors.on_connect(url, exc) from None


def project_version(conn: Connection, label: str) -> int:
    """The schema version of the project in ``conn``'s database; refuses a database that is
    not a Kodierwerk project (empty, or another program's tables) in one line."""
    comment = conn.scalar(text(
        "SELECT obj_description(to_regclass('project'), 'pg_class')"))
    _refuse_without_role(conn, label, visible=comment == MARKER)
    if comment != MARKER:
        tables = conn.scalar(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"))
        if not tables:
            raise NotAProjectError(f"{label} is an empty database, not a Kodierwerk project "
                                   "yet; create one there with `qda init URL`")
        raise NotAProjectError(f"{label} is a database but not a Kodierwerk project")
    versions = conn.execute(select(ProjectInfo.schema_version)).scalars().all()
    if len(versions) != 1:
        raise DamagedProjectError(f"{label} is damaged: the project table holds "
                                  f"{len(versions)} rows instead of one; run `qda check`")
    return int(versions[0])


_HIDDEN_PROJECT = (  # a marked project table in a schema of the search path this login
    "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "  # may not use
    "WHERE c.relname = 'project' AND c.relkind = 'r' "
    "AND obj_description(c.oid, 'pg_class') = :marker "
    "AND n.nspname = ANY(string_to_array(replace(replace(current_setting('search_path'), "
    "' ', ''), '\"', ''), ',')) AND NOT has_schema_privilege(n.oid, 'USAGE') LIMIT 1")


def _refuse_without_role(conn: Connection, label: str, visible: bool) -> None:
    """A login the project gives no right to read (a member whose role was taken away, a
    login never added) hears that, not that the database is empty or someone else's."""
    if visible:
        allowed = conn.scalar(text("SELECT has_table_privilege('project', 'SELECT')"))
    else:
        allowed = not conn.scalar(text(_HIDDEN_PROJECT), {"marker": MARKER})
    if not allowed:
        user = conn.scalar(text("SELECT current_user"))
        raise PermissionDeniedError(
            f"{user} has no role in the {label}: its lead asks the server's administrator "
            "for one (`qda team add-coder URL NAME --role coder`)")


def open_server(url: str, password: str | None = None) -> ServerDatabase:
    """Open the team project at ``url``; refuses (one line) what is not one, or is newer."""
    engine = make_engine(url, password)
    label = f"team project {server_label(url)}"
    try:
        notices = _open_checks(engine, url, label)
    except BaseException:
        engine.dispose()
        raise
    return ServerDatabase(url, engine, notices)


def _open_checks(engine: Engine, url: str, label: str) -> tuple[str, ...]:
    with _connect(engine, url) as conn, conn.begin():
        try:
            version = project_version(conn, label)
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    f"the {label} was written by a newer Kodierwerk (project format {version}; "
                    f"this version reads up to {SCHEMA_VERSION}); please update Kodierwerk")
            if version < migrations.SERVER_FIRST_VERSION:
                raise DamagedProjectError(f"{label} is damaged: it claims project format "
                                          f"{version}, older than any team project")
            if version == SCHEMA_VERSION:
                return ()
            notes = migrations.apply_server(conn, version)
        except sa_exc.DBAPIError as exc:
            error = postgres_errors.translate(url, exc, writing=False)
            if error is None:
                raise
            raise error from None
    return (f"the {label} was upgraded to project format {SCHEMA_VERSION}", *notes)


# -- creating -------------------------------------------------------------------------------


def create_server(url: str, title: str | None = None, password: str | None = None
                  ) -> ServerDatabase:
    """A new, empty team project in the database of ``url``: all of it, or nothing."""
    def build(conn: Connection, engine: Engine) -> None:
        _refuse_used(conn, url)
        build_schema(conn, title or engine.url.database or "Team project")

    return _creating(url, password, build)


def create_team(url: str, lead: str, lead_password: PasswordSource, title: str | None = None,
                password: str | None = None) -> ServerDatabase:
    """``qda team create``: a new project with roles in an empty database, or roles for the
    project without them that the database holds; one transaction either way."""
    def build(conn: Connection, engine: Engine) -> None:
        team_roles.refuse_unless_admin(conn, "prepare a team project")
        if conn.scalar(text(_MARKED)) != MARKER:
            _refuse_used(conn, url)
            build_schema(conn, title or engine.url.database or "Team project",
                         (lead, lead_password))
            return
        label = f"team project {server_label(url)}"
        if project_version(conn, label) != SCHEMA_VERSION:
            raise QdaError(f"the {label} is of an older project format; open it once "
                           "(`qda check URL`) so that it is upgraded, then give it roles")
        team_roles.install(conn, lead, lead_password)

    return _creating(url, password, build)


_MARKED = "SELECT obj_description(to_regclass('project'), 'pg_class')"


def _creating(url: str, password: str | None, build: Callable[[Connection, Engine], object]
              ) -> ServerDatabase:
    """Run ``build`` in one transaction on the database of ``url`` (made if missing)."""
    engine = make_engine(url, password)
    try:
        conn = _connect_or_create(engine, url, password)
        with conn:
            try:
                with conn.begin():
                    build(conn, engine)
            except sa_exc.DBAPIError as exc:
                error = postgres_errors.translate(url, exc, writing=True)
                if error is None:
                    raise
                raise error from None
    except BaseException:
        engine.dispose()
        raise
    return ServerDatabase(url, engine)


def build_schema(conn: Connection, title: str,
                 team: tuple[str, PasswordSource] | None = None) -> None:
    """Tables, marker and project row, inside the caller's transaction; with ``team``
    (the lead's name and password), the roles, grants and row-level security policies
    after the tables (:mod:`.team_roles`)."""
    Base.metadata.create_all(conn)
    conn.execute(text(f"COMMENT ON TABLE project IS '{MARKER}'"))
    conn.execute(insert(ProjectInfo).values(
        uuid=new_uuid(), title=title, schema_version=SCHEMA_VERSION,
        created=utcnow()))
    if team is not None:
        team_roles.install(conn, *team)


def _refuse_used(conn: Connection, url: str) -> None:
    label = server_label(url)
    comment = conn.scalar(text("SELECT obj_description(to_regclass('project'), 'pg_class')"))
    if comment == MARKER:
        raise ProjectExistsError(f"{label} holds a Kodierwerk project already; open it, or "
                                 "choose another database")
    tables = conn.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"))
    if tables:
        raise ProjectExistsError(f"{label} is not empty (it has {tables} tables of another "
                                 "program); a team project needs a database of its own")


def _connect_or_create(engine: Engine, url: str, password: str | None) -> Connection:
    """A connection to the database of ``url``, which is created first if it is missing."""
    try:
        return engine.connect()
    except sa_exc.DBAPIError as exc:
        if postgres_errors.sqlstate(exc) != "3D000" and "does not exist" not in str(exc.orig):
            raise postgres_errors.on_connect(url, exc) from None
    name = engine.url.database or ""
    admin = create_engine(engine.url.set(database="postgres"),
                          connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                        "application_name": APPLICATION_NAME},
                          isolation_level="AUTOCOMMIT", poolclass=_null_pool())
    try:
        with admin.connect() as conn:
            quoted = conn.dialect.identifier_preparer.quote(name)
            conn.execute(text(f"CREATE DATABASE {quoted}"))
    except sa_exc.DBAPIError as exc:
        if postgres_errors.sqlstate(exc) == "42501":
            raise QdaError(f"there is no database {name!r} on {server_label(url).split('/')[0]}"
                           f" and {engine.url.username or 'you'} may not create one; ask the "
                           f"server's administrator to run: createdb {name}") from None
        raise postgres_errors.on_connect(url, exc) from None
    finally:
        admin.dispose()
    return _connect(engine, url)


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool
