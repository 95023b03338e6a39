"""The tests' throw-away PostgreSQL server (``pg_server`` fixture in ``conftest.py``).

One cluster per test run, made with the same :mod:`qda_app.cluster` that ``qda
server`` uses: ``initdb`` and ``pg_ctl`` as the ``postgres`` user when the tests
run as root, on a free port of 127.0.0.1, ``trust`` logins (it lives for one run
and listens on this machine only), no fsync. Each project a test asks for is a
database of its own, copied with ``CREATE DATABASE … TEMPLATE`` from a template
database that the build function (``write_sample``…) filled once; it is dropped
when the test ends. Without PostgreSQL's programs the tests that need the server
skip, saying so; every other failure to start it is an error.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from qda_app.cluster import Cluster, find_bindir, free_port
from qda_app.errors import QdaError

Build = Callable[[Path], None]


class PgServer:
    """A running cluster, and the template databases built on it so far."""

    def __init__(self, cluster: Cluster, url: str) -> None:
        self.cluster = cluster
        self.base = url.rsplit("/", 1)[0]
        """``postgresql://kodierwerk@127.0.0.1:PORT``: a database name completes it."""
        self.admin = psycopg.connect(self.url("postgres"), autocommit=True)
        self._templates: dict[Build, str] = {}
        self._numbers = itertools.count(1)

    def url(self, database: str) -> str:
        return f"{self.base}/{database}"

    def new_name(self, prefix: str = "t") -> str:
        return f"{prefix}{next(self._numbers)}"

    def copy(self, build: Build, made: list[str]) -> str:
        """The URL of a new database holding what ``build`` writes (built once per run)."""
        if build not in self._templates:
            name = self.new_name("template")
            build(self.url(name))  # type: ignore[arg-type]  # the builders take URLs too
            self._templates[build] = name
        name = self.new_name()
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._templates[build]}"')
        made.append(name)
        return self.url(name)

    def empty(self, made: list[str]) -> str:
        """The URL of a new, empty database (no project in it)."""
        name = self.new_name()
        self.admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return self.url(name)

    def drop(self, names: list[str]) -> None:
        for name in names:
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        names.clear()

    def close(self) -> None:
        self.admin.close()


def running_server() -> Iterator[PgServer]:
    try:
        find_bindir()
    except QdaError as exc:
        pytest.skip(f"no PostgreSQL server programs here, so no team-project tests: {exc}")
    folder = Path(tempfile.mkdtemp(prefix="qda-test-pg-"))
    cluster = Cluster(folder)
    try:
        cluster.init(trust=True)
        server = PgServer(cluster, cluster.start(port=free_port(), fast=True))
        try:
            yield server
        finally:
            server.close()
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
