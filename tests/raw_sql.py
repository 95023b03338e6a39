"""Raw SQL on a test's project, whichever backend holds it: what another program does.

Tests use it to damage a project behind the app's back, or to look at rows the API
does not show. A file is reached with :mod:`sqlite3`, a server project with psycopg
(its URL names the schema, ``tests/pg_server.py``); ``?`` placeholders are written
once and become ``%s`` for psycopg.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import psycopg

from qda_app import Project


def execute(project: Project, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run ``sql`` in its own committed transaction; the rows it returns (if any)."""
    if project.path is not None:
        with closing(sqlite3.connect(project.path)) as conn, conn:
            conn.execute("PRAGMA foreign_keys = ON")  # as the app has it
            return [tuple(row) for row in conn.execute(sql, params).fetchall()]
    with psycopg.connect(project.location) as conn, conn.cursor() as cursor:
        cursor.execute(sql.replace("?", "%s"), params)  # type: ignore[arg-type]
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []


def integrity_error(project: Project) -> type[Exception]:
    """What the database raises when a row breaks a constraint."""
    return sqlite3.IntegrityError if project.path is not None else psycopg.IntegrityError
