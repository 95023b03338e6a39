"""``qda check`` on a team project: the row checks that make sense on PostgreSQL.

PostgreSQL enforces what SQLite leaves to us: every value has its column's type,
every text is valid UTF-8, and foreign keys hold (they are checked on every
write, not only with a pragma switched on). So there are no type, encoding or
foreign-key scans here, and no file integrity check (the server has its own,
``pg_amcheck``, for its administrator). What remains is what only Kodierwerk
knows: one project row, every table of the version present, the code tree
without loops, each text matching its SHA-256, spans inside their texts, dates
the app can read and variable values in their type's stored form.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from ..errors import QdaError
from ..timestamps import parse_ts
from . import check, check_content, migrations
from .models import UTCDateTime

_SPANS = (("coding", "coding"), ("speaker turn", "speaker_turn"), ("memo in the text", "memo"))


def check_server(conn: Connection) -> list[str]:
    """Every problem found in the team project behind ``conn``; empty when all is well."""
    problems: list[str] = []
    version = int(conn.scalar(text("SELECT max(schema_version) FROM project")) or 0)
    count = conn.scalar(text("SELECT count(*) FROM project"))
    if count != 1:
        problems.append(f"the project table holds {count} rows instead of one")
    present = set(conn.scalars(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
    missing = migrations.expected_tables(max(version, 1)) - present
    problems.extend(f"table {name!r} is missing" for name in sorted(missing))
    if missing:
        return problems
    parent = {int(i): p for i, p in conn.execute(text("SELECT id, parent_id FROM code"))}
    names = {int(i): n for i, n in conn.execute(text("SELECT id, name FROM code"))}
    problems += check.cycle_problems(parent, names)
    problems += check.hash_problems(
        (name, body.encode("utf-8"), sha)
        for name, body, sha in conn.execute(text("SELECT name, text, sha256 FROM document")))
    problems += _span_problems(conn)
    problems += _timestamp_problems(conn)
    problems += check.variable_value_problems(conn.execute(text(check.VARIABLE_VALUES)))
    return problems


def _span_problems(conn: Connection) -> list[str]:
    problems: list[str] = []
    for label, table in _SPANS:
        rows = conn.execute(text(
            f'SELECT d.name, t.start, t."end", length(d.text) FROM {table} t '
            "JOIN document d ON d.id = t.document_id "
            'WHERE t.start < 0 OR t."end" <= t.start OR t."end" > length(d.text)'))
        problems.extend(f"{label} {start}–{end} in {name!r} is outside its text (0–{length})"
                        for name, start, end, length in rows)
    return problems


def _timestamp_problems(conn: Connection) -> list[str]:
    """Dates the app cannot read back (stored as text, as in a ``.qda`` file)."""
    problems: list[str] = []
    for table, _allowed in check_content.model_tables():
        label = check_content.label(table.name)
        for column in table.columns:
            if not isinstance(column.type, UTCDateTime):
                continue
            bad = 0
            for rowid, value in conn.execute(text(
                    f'SELECT id, "{column.name}" FROM "{table.name}" '
                    f'WHERE "{column.name}" IS NOT NULL')):
                try:
                    parse_ts(value)
                except QdaError:
                    bad += 1
                    if bad <= check_content.MAX_ROWS_PER_KIND:
                        problems.append(f"{label} row {rowid}: {column.name!r} is not a date "
                                        f"({value[:40]!r})")
            if bad > check_content.MAX_ROWS_PER_KIND:
                problems.append(f"{label}: {bad - check_content.MAX_ROWS_PER_KIND} more rows "
                                f"whose {column.name!r} is not a date")
    return problems
