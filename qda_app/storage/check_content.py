"""What the rows of a project file must hold, checked with plain SQL on any connection.

SQLite keeps whatever value a row is given (a damaged byte can turn a text
into a blob or a number into text), and the app trusts the schema's types.
Opening runs :func:`first_open_problem` (one pass per table in SQLite, about
30 ms for 100,000 codings) so that such a file is refused with one line
instead of failing somewhere later; ``qda check`` reports every bad row
(:func:`type_problems` and the other functions here). Everything works on
files of any schema version: only the columns a file has are looked at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from sqlalchemy import Boolean, Float, Integer, Table

from ..errors import QdaError
from .models import Base, UTCDateTime, parse_ts

MAX_ROWS_PER_KIND = 10
"""Bad rows reported per table and column; a summary line counts the rest."""

_LABELS = {"project": "project", "document": "document", "speaker_turn": "speaker turn",
           "code": "code", "coder": "coder", "coding": "coding", "memo": "memo",
           "document_page": "document page", "memo_link": "memo link",
           "variable": "variable", "variable_value": "variable value",
           "document_set": "document set", "set_member": "set member"}
_KINDS: dict[type, tuple[str, ...]] = {
    Integer: ("integer",), Boolean: ("integer",), Float: ("real", "integer")}
"""What ``typeof()`` a column of each SQL type may give (SQLite stores a whole float as an
integer); every other type holds text."""


def label(table: str) -> str:
    """How a report names a row of ``table`` ("speaker turn row 3")."""
    return _LABELS.get(table, table)


def model_tables() -> Iterator[tuple[Table, None]]:
    """The tables of the current models (for a server project, which has them all)."""
    for table in Base.metadata.sorted_tables:
        yield table, None


def tables_of(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def expected_types(conn: sqlite3.Connection) -> Iterator[tuple[Table, dict[str, tuple[str, ...]]]]:
    """Per model table present in the file: column -> the ``typeof()`` values it may hold."""
    present = tables_of(conn)
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        have = _columns(conn, table.name)
        allowed: dict[str, tuple[str, ...]] = {}
        for column in table.columns:
            if column.name not in have or column.primary_key:
                continue  # an INTEGER PRIMARY KEY is the rowid: always an integer
            kinds = _KINDS.get(type(column.type), ("text",))
            allowed[column.name] = (*kinds, "null") if column.nullable else kinds
        yield table, allowed


def _bad(column: str, kinds: tuple[str, ...]) -> str:
    return f"typeof(\"{column}\") NOT IN ({', '.join(repr(k) for k in kinds)})"


def first_open_problem(conn: sqlite3.Connection) -> str | None:
    """The first reason the rows cannot be trusted, or ``None``: what opening checks."""
    rows = project_row_problems(conn)
    if rows:
        return rows[0]
    for table, allowed in expected_types(conn):
        if not allowed:
            continue
        where = " OR ".join(_bad(c, k) for c, k in allowed.items())
        row = conn.execute(f'SELECT rowid FROM "{table.name}" WHERE {where} LIMIT 1').fetchone()
        if row is not None:
            label = _LABELS.get(table.name, table.name)
            return f"{label} row {row[0]} holds a value of the wrong kind"
    return None


def type_problems(conn: sqlite3.Connection) -> list[str]:
    """Every value of the wrong kind for its column (a blob for a text, a text for a number)."""
    problems: list[str] = []
    for table, allowed in expected_types(conn):
        label = _LABELS.get(table.name, table.name)
        for column, kinds in allowed.items():
            rows = conn.execute(
                f'SELECT rowid, typeof("{column}") FROM "{table.name}" WHERE {_bad(column, kinds)}'
            ).fetchall()
            for rowid, kind in rows[:MAX_ROWS_PER_KIND]:
                shown = "binary data (a blob)" if kind == "blob" else f"a value of kind {kind}"
                problems.append(f"{label} row {rowid}: {column!r} holds {shown}, not {kinds[0]}")
            if len(rows) > MAX_ROWS_PER_KIND:
                problems.append(f"{label}: {len(rows) - MAX_ROWS_PER_KIND} more rows with a "
                                f"wrong kind of value in {column!r}")
    return problems


def project_row_problems(conn: sqlite3.Connection) -> list[str]:
    count = conn.execute("SELECT count(*) FROM project").fetchone()[0]
    return [] if count == 1 else [f"the project table holds {count} rows instead of one"]


def text_encoding_problems(conn: sqlite3.Connection) -> list[str]:
    """Texts that are not valid UTF-8 (the app could not read them at all)."""
    problems: list[str] = []
    for table, allowed in expected_types(conn):
        label = _LABELS.get(table.name, table.name)
        for column, kinds in allowed.items():
            if kinds[0] != "text":
                continue
            bad = 0
            for rowid, value in conn.execute(
                f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table.name}" '
                f"WHERE typeof(\"{column}\") = 'text'"
            ):
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    bad += 1
                    if bad <= MAX_ROWS_PER_KIND:
                        problems.append(f"{label} row {rowid}: {column!r} is not valid UTF-8 text")
            if bad > MAX_ROWS_PER_KIND:
                problems.append(f"{label}: {bad - MAX_ROWS_PER_KIND} more rows whose "
                                f"{column!r} is not valid UTF-8 text")
    return problems


def timestamp_problems(conn: sqlite3.Connection) -> list[str]:
    """Dates the app cannot read back (it stores UTC as ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    problems: list[str] = []
    for table, allowed in expected_types(conn):
        label = _LABELS.get(table.name, table.name)
        for column in table.columns:
            if column.name not in allowed or not isinstance(column.type, UTCDateTime):
                continue
            bad = 0
            for rowid, value in conn.execute(
                f'SELECT rowid, "{column.name}" FROM "{table.name}" '
                f"WHERE typeof(\"{column.name}\") = 'text'"
            ):
                try:
                    parse_ts(value)
                except QdaError:
                    bad += 1
                    if bad <= MAX_ROWS_PER_KIND:
                        problems.append(f"{label} row {rowid}: {column.name!r} is not a date "
                                        f"({value[:40]!r})")
            if bad > MAX_ROWS_PER_KIND:
                problems.append(f"{label}: {bad - MAX_ROWS_PER_KIND} more rows whose "
                                f"{column.name!r} is not a date")
    return problems
