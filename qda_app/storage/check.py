"""What ``qda check`` verifies: the file, every row's values, references, offsets, text hashes.

:func:`check_file` works on a path, not on an open project, so that it can
look into exactly the files that opening refuses as damaged and say what is
wrong with them. It reads through its own read-only connection and treats
every value as suspect (a blob where a text belongs, a text that is not
UTF-8, a date that is none), so a damaged file gives ``problem:`` lines,
never a crash.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from ..errors import DamagedProjectError, NewerSchemaError, NotAProjectError
from ..variable_values import DESCRIBED, is_stored_form
from . import check_content, migrations, sqlite_errors, sqlite_file
from .sqlite_file import APPLICATION_ID, SCHEMA_VERSION

log = logging.getLogger(__name__)


def check_file(path: Path) -> list[str]:
    """Every problem found in the project file at ``path``; empty when all is well.

    Raises a one-line :class:`~qda_app.errors.QdaError` only when the file
    cannot be looked into at all: it is missing, not a Kodierwerk project,
    from a newer Kodierwerk, in use by another program, or has a crashed
    change that cannot be rolled back (read-only). A crashed change that can
    be rolled back is, and logged; it is not a problem.
    """
    header = sqlite_file.read_header(path)
    if header.application_id != APPLICATION_ID:
        raise NotAProjectError(f"{path} is an SQLite database but not a Kodierwerk project")
    if header.wal:
        return [sqlite_file.wal_refusal(path)]
    problems = header.problems()
    try:
        if sqlite_file.roll_back_hot_journal(path):
            log.warning("%s", sqlite_file.rolled_back_notice(path))
    except DamagedProjectError:
        pass  # the checks below say what is damaged
    try:
        with closing(sqlite_file.connect_ro(path)) as conn:
            conn.text_factory = sqlite_file.lenient_text  # bad UTF-8 has its own check
            _check(conn, path, problems)
    except sqlite_errors.FILE_ERRORS as exc:
        error = sqlite_errors.on_open(path, exc)
        if not isinstance(error, DamagedProjectError):
            raise error from None  # in use, unreadable: nothing to report on
        problems.append(f"SQLite cannot read on: {sqlite_errors.detail(exc)}")
    return problems


def _check(conn: sqlite3.Connection, path: Path, problems: list[str]) -> None:
    """Append what is wrong to ``problems`` (kept when a later query fails)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(f"{path} was written by a newer Kodierwerk (project format "
                               f"{version}); this version cannot check it")
    if version < 1:
        problems.append("it has no project format version")
    integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.extend(f"integrity: {line}" for line in sqlite_errors.report_lines(integrity))
    missing = migrations.expected_tables(max(version, 1)) - check_content.tables_of(conn)
    problems.extend(f"table {name!r} is missing" for name in sorted(missing))
    if missing:
        return  # the row checks below need every table
    for find in (check_content.project_row_problems, check_content.type_problems,
                 check_content.text_encoding_problems, check_content.timestamp_problems,
                 _foreign_key_problems, code_cycle_problems, _text_problems, _span_problems,
                 _variable_problems):
        problems.extend(find(conn))


def _foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    return [f"foreign key: {table} row {rowid} points to a missing {parent}"
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")]


def code_cycle_problems(conn: sqlite3.Connection) -> list[str]:
    """Codes that are their own ancestor (the parent chain loops; the tree cannot show them)."""
    parent: dict[int, int | None] = dict(conn.execute(
        "SELECT id, parent_id FROM code WHERE typeof(parent_id) IN ('integer', 'null')"))
    return cycle_problems(parent, dict(conn.execute("SELECT id, name FROM code")))


def cycle_problems(parent: dict[int, int | None], names: dict[int, object]) -> list[str]:
    """The loops in a code tree given as ``{code id: parent id}`` (any backend)."""
    done: set[int] = set()
    problems: list[str] = []
    for start in parent:
        chain: list[int] = []
        on_chain: set[int] = set()
        node: int | None = start
        while node is not None and node in parent and node not in done:
            if node in on_chain:
                loop = [*chain[chain.index(node):], node]
                shown = " → ".join(str(names.get(n)) for n in loop)
                problems.append(f"code {str(names.get(node))!r} (row {node}) is its own "
                                f"ancestor: its parent chain loops ({shown})")
                break
            chain.append(node)
            on_chain.add(node)
            node = parent[node]
        done.update(chain)
    return problems


def _text_problems(conn: sqlite3.Connection) -> list[str]:
    return hash_problems(conn.execute(
        "SELECT name, CAST(text AS BLOB), sha256 FROM document WHERE typeof(text) = 'text'"))


def hash_problems(rows: Iterable[tuple[str, bytes, str]]) -> list[str]:
    """Documents whose UTF-8 text does not match its stored SHA-256 (any backend)."""
    return [f"document {name!r}: text does not match its SHA-256 (changed?)"
            for name, text, sha in rows if hashlib.sha256(text).hexdigest() != sha]


def _span_problems(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    spans = [("coding", "coding"), ("speaker turn", "speaker_turn")]
    if "start" in {row[1] for row in conn.execute("PRAGMA table_info(memo)")}:  # version 5
        spans.append(("memo in the text", "memo"))
    for label, table in spans:
        rows = conn.execute(
            f'SELECT d.name, t.start, t."end", length(d.text) FROM {table} t '
            "JOIN document d ON d.id = t.document_id "
            "WHERE typeof(t.start) = 'integer' AND typeof(t.\"end\") = 'integer' "
            "AND typeof(d.text) = 'text' "
            'AND (t.start < 0 OR t."end" <= t.start OR t."end" > length(d.text))'
        )
        problems.extend(f"{label} {start}–{end} in {name!r} is outside its text (0–{length})"
                        for name, start, end, length in rows)
    return problems


def _variable_problems(conn: sqlite3.Connection) -> list[str]:
    """Variable values not in their type's stored form ("vierzig" in a whole number), which
    the app shows as no value (files before version 5 have no variables)."""
    if "variable_value" not in check_content.tables_of(conn):
        return []
    return variable_value_problems(conn.execute(VARIABLE_VALUES))


VARIABLE_VALUES = ("SELECT v.name, v.type, d.name, x.value FROM variable_value x "
                   "JOIN variable v ON v.id = x.variable_id "
                   "JOIN document d ON d.id = x.document_id")


def variable_value_problems(rows: Iterable[tuple[object, object, object, object]]
                            ) -> list[str]:
    """Values not in their type's stored form, from :data:`VARIABLE_VALUES` (any backend)."""
    problems = []
    for name, kind, document, value in rows:
        if not isinstance(value, str) or not is_stored_form(str(kind), value):
            problems.append(f"variable {name!r} of {document!r} holds {value!r}, which is not "
                            f"{DESCRIBED.get(str(kind), 'a value of its type')}")
    return problems
