"""Document variables and their values: the SQL.

Values arrive here checked and in their stored form (:mod:`qda_app.variable_values`);
no row means no value. Writing many values (an import of a spreadsheet) reads the keys
already there once and then inserts and updates in two batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from .. import variable_records as vr
from ..errors import InvalidValueError
from ..ids import norm_uuid
from ..variable_values import Value, read_stored
from . import named_rows
from .models import Document, Variable, VariableValue

_IDS_PER_QUERY = 500
"""Ids per ``IN (…)``: far below every database's limit on bound parameters."""


def _record(row: Variable | tuple[int, str, str, str, int], values: int = 0,
            value: str | None = None) -> vr.Variable:
    _id, uuid, name, kind, order = (row.id, row.uuid, row.name, row.type, row.sort_order) \
        if isinstance(row, Variable) else row
    return vr.Variable(uuid, name, kind, order, values,
                       None if value is None else read_stored(kind, value))


_COLUMNS = (Variable.id, Variable.uuid, Variable.name, Variable.type, Variable.sort_order)


def list_variables(s: Session) -> list[vr.Variable]:
    """Every variable in column order, with how many documents have a value."""
    counts = dict(s.execute(select(VariableValue.variable_id, func.count())
                            .group_by(VariableValue.variable_id)).all())
    rows = s.execute(select(*_COLUMNS).order_by(Variable.sort_order, Variable.id))
    return [_record(row, counts.get(row[0], 0)) for row in rows]


def of_document(s: Session, doc_id: int) -> list[vr.Variable]:
    """Every variable, each with this document's value (``None``: none)."""
    values = dict(s.execute(select(VariableValue.variable_id, VariableValue.value)
                            .where(VariableValue.document_id == doc_id)).all())
    return [replace(v, value=None if i not in values else read_stored(v.type, values[i]))
            for i, v in zip([r[0] for r in variable_rows(s)], list_variables(s), strict=True)]


def find(s: Session, ref: object) -> Variable:
    """A variable by name (exactly, else ignoring case if that is unique), UUID or record."""
    key = ref.uuid if isinstance(ref, vr.Variable) else ref
    return named_rows.find(s, Variable, key, "variable")


def check_name(s: Session, name: str, own_id: int | None = None) -> str:
    return named_rows.check_name(s, Variable, name, "variable", own_id)


def insert_variable(s: Session, name: str, kind: str, uuid: str | None = None,
                    position: int | None = None) -> Variable:
    """A new variable, last (or at ``position`` among the others)."""
    row = Variable(name=check_name(s, name), type=kind)
    if uuid:
        if s.scalar(select(Variable.id).where(Variable.uuid == norm_uuid(uuid))) is not None:
            raise InvalidValueError(f"a variable with the UUID {uuid} exists already")
        row.uuid = norm_uuid(uuid)
    ordered = list(s.scalars(select(Variable.id).order_by(Variable.sort_order, Variable.id)))
    at = len(ordered) if position is None else max(0, min(position, len(ordered)))
    row.sort_order = at
    s.add(row)
    s.flush()
    _renumber(s, [*ordered[:at], row.id, *ordered[at:]])
    return row


def _renumber(s: Session, ids: Sequence[int]) -> None:
    current = dict(s.execute(select(Variable.id, Variable.sort_order)).all())
    for order, var_id in enumerate(ids):
        if current.get(var_id) != order:
            s.execute(update(Variable).where(Variable.id == var_id).values(sort_order=order))


def rename(s: Session, row: Variable, new_name: str) -> None:
    row.name = check_name(s, new_name, row.id)
    s.flush()


def retype(s: Session, row: Variable, kind: str, values: Mapping[int, str]) -> None:
    """Give ``row`` the type ``kind`` and the converted ``values`` (document id -> text)."""
    row.type = kind
    for doc_id, value in values.items():
        s.execute(update(VariableValue).where(VariableValue.variable_id == row.id,
                                              VariableValue.document_id == doc_id)
                  .values(value=value))
    s.flush()


def remove(s: Session, row: Variable) -> None:
    s.execute(delete(Variable).where(Variable.id == row.id))
    _renumber(s, list(s.scalars(select(Variable.id).order_by(Variable.sort_order,
                                                             Variable.id))))


def values_of(s: Session, var_id: int) -> dict[int, str]:
    """Document id -> stored value, of one variable."""
    return dict(s.execute(select(VariableValue.document_id, VariableValue.value)
                          .where(VariableValue.variable_id == var_id)).all())


def values_by_uuid(s: Session, var_id: int) -> dict[str, str]:
    """Document UUID -> stored value, of one variable."""
    return dict(s.execute(select(Document.uuid, VariableValue.value)
                          .join(Document, Document.id == VariableValue.document_id)
                          .where(VariableValue.variable_id == var_id)).all())


def all_values(s: Session) -> list[tuple[int, int, str]]:
    """(document id, variable id, stored value) of every value in the project."""
    return list(s.execute(select(VariableValue.document_id, VariableValue.variable_id,
                                 VariableValue.value)))


def snapshot(s: Session, row: Variable) -> vr.VariableSnapshot:
    values = values_by_uuid(s, row.id)
    return vr.VariableSnapshot(_record(row, len(values)), tuple(sorted(values.items())))


def write_values(s: Session, var_id: int, values: Mapping[int, str | None]) -> int:
    """Store ``values`` (document id -> text; ``None`` clears) of one variable in a few
    statements; returns how many values changed."""
    before = values_of(s, var_id)
    gone = [d for d, v in values.items() if v is None and d in before]
    new = [{"document_id": d, "variable_id": var_id, "value": v}
           for d, v in values.items() if v is not None and d not in before]
    changed = [(d, v) for d, v in values.items()
               if v is not None and d in before and before[d] != v]
    for first in range(0, len(gone), _IDS_PER_QUERY):
        s.execute(delete(VariableValue).where(
            VariableValue.variable_id == var_id,
            VariableValue.document_id.in_(gone[first:first + _IDS_PER_QUERY])))
    if new:
        s.execute(insert(VariableValue), new)
    for doc_id, value in changed:
        s.execute(update(VariableValue).where(VariableValue.variable_id == var_id,
                                              VariableValue.document_id == doc_id)
                  .values(value=value))
    return len(gone) + len(new) + len(changed)


def restore(s: Session, snap: vr.VariableSnapshot, doc_ids: Mapping[str, int]) -> Variable:
    """Put ``snap`` back: the variable (by UUID; made again if gone) with exactly its
    values then, for the documents that still exist (``doc_ids``: UUID -> id)."""
    v = snap.variable
    row = s.scalar(select(Variable).where(Variable.uuid == v.uuid))
    if row is None:
        row = insert_variable(s, v.name, v.type, v.uuid, v.sort_order)
    else:
        row.name = check_name(s, v.name, row.id)
        row.type = v.type
        s.flush()
    s.execute(delete(VariableValue).where(VariableValue.variable_id == row.id))
    rows = [{"document_id": doc_ids[u], "variable_id": row.id, "value": value}
            for u, value in snap.values if u in doc_ids]
    if rows:
        s.execute(insert(VariableValue), rows)
    return row


def table(s: Session, doc_rows: Iterable[tuple[int, str, str]]) -> vr.VariableTable:
    """Every document (id, UUID, name; in list order) with every variable's value."""
    variables = list_variables(s)
    column = {row[0]: i for i, row in enumerate(s.execute(
        select(Variable.id).order_by(Variable.sort_order, Variable.id)))}
    kinds = [v.type for v in variables]
    docs = list(doc_rows)
    line = {doc_id: i for i, (doc_id, _u, _n) in enumerate(docs)}
    cells: list[list[Value | None]] = [[None] * len(variables) for _ in docs]
    for doc_id, var_id, value in all_values(s):
        if doc_id in line and var_id in column:
            c = column[var_id]
            cells[line[doc_id]][c] = read_stored(kinds[c], value)
    return vr.VariableTable(tuple(variables), tuple((u, n) for _i, u, n in docs),
                            tuple(tuple(row) for row in cells))


def document_rows(s: Session) -> list[tuple[int, str, str]]:
    """(id, UUID, name) of every document, in the document list's order."""
    return list(s.execute(select(Document.id, Document.uuid, Document.name)
                          .order_by(Document.sort_order, Document.id)))


def variable_rows(s: Session) -> list[tuple[int, str, str, str, int]]:
    """(id, UUID, name, type, sort order) of every variable, in column order."""
    return [tuple(row) for row in s.execute(  # type: ignore[misc]
        select(*_COLUMNS).order_by(Variable.sort_order, Variable.id))]
