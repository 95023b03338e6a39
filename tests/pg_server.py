"""The tests' throw-away PostgreSQL server (``pg_server`` fixture in ``conftest.py``).

One cluster per test run, made with the same :mod:`qda_app.cluster` that ``qda
server`` uses: ``initdb`` and ``pg_ctl`` as the ``postgres`` user when the tests
run as root, on a free port of 127.0.0.1, ``trust`` logins (it lives for one run
and listens on this machine only), no fsync.

**A project per test, fast.** ``CREATE DATABASE … TEMPLATE`` takes 0.3 s here
(it copies the 8 MB of system catalogs), longer than most tests. So the tests'
projects live in one database, ``kw_tests``, a schema each: the URL names it
with libpq's ``options=-csearch_path=…``, as an institute that gives a study a
schema rather than a database would. Each build function (``write_sample``…)
fills a template schema once, through ``Project.create``; a test gets a work
schema with a copy of its rows (4 ms: delete, ``INSERT … SELECT``, sequences set
on), and the work schema is reused by a later test once this one has ended.
Without PostgreSQL's programs the tests that need the server skip, saying so;
every other failure to start it is an error.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.dialects.postgresql import psycopg as pg_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from qda_app.cluster import Cluster, find_bindir, free_port
from qda_app.errors import QdaError
from qda_app.storage.models import Base
from qda_app.storage.postgres_backend import MARKER

Build = Callable[[Path], None]
DATABASE = "kw_tests"
TABLES = Base.metadata.sorted_tables


def _ddl() -> str:
    dialect = pg_dialect.dialect()
    statements = []
    for table in TABLES:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements += [str(CreateIndex(i).compile(dialect=dialect)) for i in table.indexes]
    statements.append(f"COMMENT ON TABLE project IS '{MARKER}'")
    return ";\n".join(statements)


class PgServer:
    """A running cluster, its template schemas and the work schemas free for reuse."""

    def __init__(self, cluster: Cluster, url: str) -> None:
        self.cluster = cluster
        self.base = url.rsplit("/", 1)[0]
        """``postgresql://kodierwerk@127.0.0.1:PORT``: a database name completes it."""
        with psycopg.connect(f"{self.base}/postgres", autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {DATABASE}")
            admin.execute(f"CREATE ROLE {LOGIN} LOGIN PASSWORD '{PASSWORD}'")
        self.conn = psycopg.connect(f"{self.base}/{DATABASE}", autocommit=True)
        self.conn.execute("SET lock_timeout = '5s'")
        self._ddl = _ddl()
        self._templates: dict[Build, str] = {}
        self._free: dict[str, list[str]] = {}
        self._numbers = itertools.count(1)

    def url(self, schema: str) -> str:
        """The URL of the project in ``schema`` of the tests' database."""
        return f"{self.base}/{DATABASE}?options=-csearch_path%3D{schema}"

    def _new_schema(self, prefix: str = "kw_test_") -> str:
        name = f"{prefix}{next(self._numbers)}"
        self.conn.execute(f"CREATE SCHEMA {name}")
        return name

    def _template(self, build: Build) -> str:
        if build not in self._templates:
            schema = self._new_schema("kw_template_")
            build(self.url(schema))  # type: ignore[arg-type]  # the builders take URLs too
            self._templates[build] = schema
        return self._templates[build]

    def copy(self, build: Build, made: list[tuple[str, str]]) -> str:
        """The URL of a fresh copy of the project ``build`` writes (built once per run)."""
        template = self._template(build)
        free = self._free.setdefault(template, [])
        schema = free.pop() if free else None
        if schema is None:
            schema = self._new_schema()
            with self.conn.transaction():
                self.conn.execute(f"SET LOCAL search_path = {schema}")
                self.conn.execute(self._ddl)
        self._fill(schema, template)
        made.append((template, schema))
        return self.url(schema)

    def _fill(self, schema: str, template: str) -> None:
        with self.conn.transaction():
            for table in reversed(TABLES):
                self.conn.execute(f'DELETE FROM {schema}."{table.name}"')
            for table in TABLES:
                self.conn.execute(f'INSERT INTO {schema}."{table.name}" '
                                  f'SELECT * FROM {template}."{table.name}"')
                if "id" in table.c:
                    self.conn.execute(
                        f"SELECT setval(pg_get_serial_sequence('{schema}.{table.name}', 'id'), "
                        f'coalesce((SELECT max(id) FROM {schema}."{table.name}"), 0) + 1, false)')

    def empty(self, made: list[tuple[str, str]]) -> str:
        """The URL of a new, empty schema (no project in it), dropped after the test."""
        schema = self._new_schema()
        made.append(("", schema))
        return self.url(schema)

    def release(self, made: list[tuple[str, str]]) -> None:
        """The test has ended: its work schemas may serve the next one."""
        for template, schema in made:
            if template:  # reused: rights a test gave the second login go with the test
                self.conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {LOGIN}")
                self.conn.execute(f"REVOKE ALL ON SCHEMA {schema} FROM {LOGIN}")
                self._free.setdefault(template, []).append(schema)
            else:
                self.conn.execute(f"DROP SCHEMA {schema} CASCADE")
        made.clear()

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """The server stopped (``pg_ctl stop -m fast``: every session is cut off, as when
        an institute's server goes down), then started again on the same port, whatever
        the test did meanwhile: the next tests need it."""
        port = self.cluster.port()
        self.conn.close()
        self.cluster.stop()
        try:
            yield
        finally:
            self.start(port)

    def start(self, port: int) -> None:
        """Start the stopped server on ``port`` again and reconnect the fixture's session."""
        if not self.cluster.running():
            self.cluster.start(port=port, fast=True)
        self.conn.close()
        self.conn = psycopg.connect(f"{self.base}/{DATABASE}", autocommit=True)
        self.conn.execute("SET lock_timeout = '5s'")

    def close(self) -> None:
        self.conn.close()


LOGIN = "kw_coder"
"""A login with a password (the tests' superuser needs none), for the password tests."""
PASSWORD = "Geheim-Passwort-42"


def _passwords_for_everyone_else(cluster: Cluster) -> None:
    """The superuser logs in without a password; every other login needs one (SCRAM)."""
    hba = cluster.data / "pg_hba.conf"
    hba.write_text("host all kodierwerk 127.0.0.1/32 trust\n"
                   "host all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")


def running_server() -> Iterator[PgServer]:
    try:
        find_bindir()
    except QdaError as exc:
        pytest.skip(f"no PostgreSQL server programs here, so no team-project tests: {exc}")
    folder = Path(tempfile.mkdtemp(prefix="qda-test-pg-"))
    cluster = Cluster(folder)
    try:
        cluster.init(trust=True)
        _passwords_for_everyone_else(cluster)
        server = PgServer(cluster, cluster.start(port=free_port(), fast=True))
        try:
            yield server
        finally:
            server.close()
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
