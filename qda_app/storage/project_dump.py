"""Moving a whole project between a file and a server, every UUID kept (push and pull).

:func:`dump` reads every row a project's content consists of, in one read;
:func:`load` writes such rows into an empty project inside the caller's one
transaction. Rows keep their ids (the target is empty, so nothing clashes), which
keeps every reference between them as it was: speaker turns, pages, subcodes,
codings, memos and their links, variable values, set members. Only coders are
matched, by name: a team project prepared with ``qda team create`` has the lead's
(and maybe others') coder records with their logins already, and those rows take
the UUIDs of the file's coders of the same name, so UUIDs stay the file's.

Written once with SQLAlchemy Core for both backends (the columns' types convert
timestamps and booleans); PostgreSQL's id sequences are moved past the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from ..errors import ProjectExistsError
from ..merge_records import TRANSFER_KINDS, ProjectDump
from .models import Base, Coder, ProjectInfo

TABLES = ("document", "speaker_turn", "document_page", "code", "coder", "coding", "memo",
          "memo_link", "variable", "variable_value", "document_set", "set_member")
"""What a project's content is, parents before children."""
LEFT_OUT = {"coder": {"login"}}
"""Columns that belong to one place: a server login means nothing elsewhere."""
CONTENT = ("document", "code", "coding", "memo", "variable", "document_set")
"""What an "empty" target may not hold (coders it may: a prepared team has its lead)."""
CODER_COLUMNS = {"coding": ("coder_id",), "memo": ("coder_id",), "code": ("created_by",)}
"""Columns naming a coder: the target's coder ids differ, they are matched by name."""
_CHUNK = 1000


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def dump(s: Session) -> ProjectDump:
    """Every row of the project's content (what this login may read of it)."""
    uuid, title, created = s.execute(
        select(ProjectInfo.uuid, ProjectInfo.title, ProjectInfo.created)).one()
    tables: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]] = {}
    for name in TABLES:
        table = _table(name)
        columns = [c for c in table.columns if c.name not in LEFT_OUT.get(name, set())]
        order = list(table.primary_key.columns)
        rows = [tuple(row) for row in s.execute(select(*columns).order_by(*order))]
        tables[name] = (tuple(c.name for c in columns), rows)
    return ProjectDump(uuid, title, created, tables)


def refuse_unless_empty(s: Session, label: str) -> None:
    held = [(word, n) for table, word in TRANSFER_KINDS if table in CONTENT
            and (n := s.scalar(select(func.count()).select_from(_table(table))) or 0)]
    if held:
        what = ", ".join(f"{n} {word if n != 1 else word.rstrip('s')}" for word, n in held)
        raise ProjectExistsError(f"{label} is not empty (it holds {what}); a project is "
                                 "pushed into an empty one only (merge into one that has work)")


def load(s: Session, data: ProjectDump, label: str) -> None:
    """Write ``data`` into the empty project of ``s`` (refused in one line if not empty)."""
    refuse_unless_empty(s, label)
    s.execute(update(ProjectInfo).values(uuid=data.uuid, title=data.title,
                                         created=data.created))
    coder_ids = _coders(s, data)
    for name in TABLES:
        if name == "coder":
            continue
        columns, rows = data.tables.get(name, ((), []))
        for column in CODER_COLUMNS.get(name, ()):
            if column in columns:  # a dump made before codes knew who added them has none
                rows = _recoded(columns, rows, coder_ids, column)
        if name == "code":
            rows = _parents_first(columns, rows)
        for start in range(0, len(rows), _CHUNK):
            s.execute(insert(_table(name)), [dict(zip(columns, row, strict=True))
                                             for row in rows[start:start + _CHUNK]])
    if s.get_bind().dialect.name == "postgresql":
        _move_sequences(s)


def _coders(s: Session, data: ProjectDump) -> dict[Any, Any]:
    """Source coder id -> target coder id; a coder the target has by name takes the
    source's UUID, the others are added."""
    columns, rows = data.tables.get("coder", ((), []))
    have = dict(s.execute(select(Coder.name, Coder.id)).all())
    ids: dict[Any, Any] = {}
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        source_id = values.pop("id")
        if values["name"] in have:
            target = have[values["name"]]
            s.execute(update(Coder).where(Coder.id == target).values(uuid=values["uuid"]))
        else:
            key = s.connection().execute(insert(Coder).values(**values)).inserted_primary_key
            assert key is not None
            target = key[0]
        ids[source_id] = target
    return ids


def _recoded(columns: tuple[str, ...], rows: list[tuple[object, ...]],
             coder_ids: dict[Any, Any], column: str) -> list[tuple[object, ...]]:
    at = columns.index(column)
    return [(*row[:at], coder_ids.get(row[at]) if row[at] is not None else None,
             *row[at + 1:]) for row in rows]


def _parents_first(columns: tuple[str, ...], rows: list[tuple[object, ...]]
                   ) -> list[tuple[object, ...]]:
    """Code rows ordered so that a parent is written before its subcodes."""
    at_id, at_parent = columns.index("id"), columns.index("parent_id")
    children: dict[object, list[tuple[object, ...]]] = {}
    for row in rows:
        children.setdefault(row[at_parent], []).append(row)
    out: list[tuple[object, ...]] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        row = stack.pop()
        out.append(row)
        stack.extend(reversed(children.get(row[at_id], [])))
    reached = {row[at_id] for row in out}  # a loop or a missing parent: the database says so
    return out + [row for row in rows if row[at_id] not in reached]


def _move_sequences(s: Session, tables: Iterable[str] = TABLES) -> None:
    """PostgreSQL's id sequences past the ids written (SQLite takes max(id) + 1 itself)."""
    for name in tables:
        if "id" not in _table(name).c:
            continue
        s.execute(text(
            "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
            f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"), {"t": name})
