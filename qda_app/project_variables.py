"""Document variables, the part of the :class:`~qda_app.Project` facade that holds their rules.

The project calls this with its own units of work (``write``/``read``), so every
change here is one transaction announced with ``Changes(variables=True)``, as
everything else the facade does; the SQL is :mod:`.storage.variables`'. Values are
checked and put into their stored form here (:mod:`.variable_values`), so a bad value is
refused with one line before anything is written, whoever typed it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy.orm import Session

from . import variable_values as vv
from .errors import InvalidValueError, QdaError
from .records import Changes
from .storage import documents as doc_store
from .storage import variables as var_store
from .variable_records import Variable, VariableSnapshot, VariableTable, VariableWrite

Write = Callable[[Changes | None], AbstractContextManager[Session]]
Read = Callable[[], AbstractContextManager[Session]]
VARIABLES = Changes(variables=True)


def _value_error(exc: QdaError, variable: str, document: str | None = None) -> QdaError:
    where = f"{document}, {variable}" if document else variable
    return InvalidValueError(f"{where}: {exc}")


class VariableBook:
    """Variables defined once per project, a typed value per document."""

    def __init__(self, write: Write, read: Read, notify: Callable[[Changes], None]) -> None:
        """``notify`` is for a change whose extent is known only once it is written."""
        self._write, self._read, self._notify = write, read, notify

    # -- definitions ----------------------------------------------------------------------

    def add(self, name: str, kind: str = "text", uuid: str | None = None,
            position: int | None = None) -> Variable:
        kind = vv.type_named(kind)
        with self._write(VARIABLES) as s:
            row = var_store.insert_variable(s, name, kind, uuid, position)
            return var_store.snapshot(s, row).variable

    def every(self, document: object | None = None) -> list[Variable]:
        with self._read() as s:
            if document is None:
                return var_store.list_variables(s)
            return var_store.of_document(s, doc_store.find_id(s, document))

    def get(self, ref: object) -> Variable:
        with self._read() as s:
            return var_store.snapshot(s, var_store.find(s, ref)).variable

    def types(self) -> dict[str, str]:
        """Name -> type of every variable (what a condition is checked against)."""
        return {v.name: v.type for v in self.every()}

    def rename(self, ref: object, new_name: str) -> Variable:
        with self._write(VARIABLES) as s:
            row = var_store.find(s, ref)
            var_store.rename(s, row, new_name)
            return var_store.snapshot(s, row).variable

    def retype(self, ref: object, kind: str) -> Variable:
        """Give a variable another type, converting its values; refused (one line, nothing
        changed) when a value does not fit the new type."""
        kind = vv.type_named(kind)
        with self._write(VARIABLES) as s:
            row = var_store.find(s, ref)
            values = var_store.values_of(s, row.id)
            converted: dict[int, str] = {}
            misfits: list[tuple[int, str]] = []
            for doc_id, value in values.items():
                try:
                    converted[doc_id] = vv.convert(row.type, kind, value)
                except InvalidValueError:
                    misfits.append((doc_id, value))
            if misfits:
                order = {i: n for n, (i, _u, _name) in enumerate(var_store.document_rows(s))}
                doc_id, value = min(misfits, key=lambda m: order[m[0]])
                name = doc_store.load(s, doc_id).name
                count = f"{len(misfits)} values do not fit" if len(misfits) > 1 else \
                    "a value does not fit"
                raise InvalidValueError(
                    f"cannot make {row.name} {vv.KINDS[kind]}: {count}, e.g. "
                    f"{vv.neutral_text(row.type, value)!r} ({name}); change them first")
            var_store.retype(s, row, kind, converted)
            return var_store.snapshot(s, row).variable

    def delete(self, ref: object) -> VariableSnapshot:
        """Delete a variable with all its values; returns them for :meth:`restore`."""
        with self._write(VARIABLES) as s:
            row = var_store.find(s, ref)
            snap = var_store.snapshot(s, row)
            var_store.remove(s, row)
        return snap

    def snapshot(self, ref: object) -> VariableSnapshot:
        with self._read() as s:
            return var_store.snapshot(s, var_store.find(s, ref))

    def restore(self, snap: VariableSnapshot) -> Variable:
        with self._write(VARIABLES) as s:
            ids = {uuid: i for i, uuid, _name in var_store.document_rows(s)}
            row = var_store.restore(s, snap, ids)
            return var_store.snapshot(s, row).variable

    # -- values ---------------------------------------------------------------------------

    def value(self, document: object, ref: object) -> vv.Value | None:
        with self._read() as s:
            row = var_store.find(s, ref)
            stored = var_store.values_of(s, row.id).get(doc_store.find_id(s, document))
            return None if stored is None else vv.read_stored(row.type, stored)

    def values(self, ref: object) -> dict[str, vv.Value]:
        """Document UUID -> value of one variable (documents without one are left out)."""
        with self._read() as s:
            row = var_store.find(s, ref)
            found = {u: vv.read_stored(row.type, v)
                     for u, v in var_store.values_by_uuid(s, row.id).items()}
            return {u: v for u, v in found.items() if v is not None}

    def set(self, document: object, ref: object, value: object, define: bool = False
            ) -> Variable:
        """Store one document's value (``None`` or ``""`` clears it); returns the variable
        with the value. With ``define``, a variable that does not exist is made, its type
        guessed from the value."""
        with self._read() as s:
            doc_uuid = doc_store.load(s, doc_store.find_id(s, document)).uuid
        with self._write(Changes(variables=True, document_uuids=frozenset({doc_uuid}))) as s:
            doc_id = doc_store.find_id(s, doc_uuid)
            row = self._find_or_define(s, ref, [value] if define else None)
            try:
                stored = vv.canonical(row.type, value)
            except InvalidValueError as exc:
                raise _value_error(exc, row.name) from None
            var_store.write_values(s, row.id, {doc_id: stored})
            return var_store.of_document(s, doc_id)[_column(s, row.id)]

    def _find_or_define(self, s: Session, ref: object, values: list[object] | None) -> Any:
        if values is not None and isinstance(ref, str):
            try:
                return var_store.find(s, ref)
            except QdaError:
                return var_store.insert_variable(s, ref, vv.guess_type(values))
        return var_store.find(s, ref)

    def set_many(self, writes: Iterable[VariableWrite | tuple[object, str, object]],
                 define: Iterable[tuple[str, str]] = ()) -> int:
        """Store many values in one transaction, after defining the variables ``define``
        names ((name, type) pairs; existing ones keep theirs). All of them, or nothing if
        one is refused. Returns how many values changed."""
        items = [w if isinstance(w, VariableWrite) else VariableWrite(*w) for w in writes]
        docs: set[str] = set()
        with self._write(None) as s:
            for name, kind in define:
                try:
                    var_store.find(s, name)
                except QdaError:
                    var_store.insert_variable(s, name, vv.type_named(kind))
            index = _DocumentIndex(var_store.document_rows(s))
            grouped: dict[int, dict[int, str | None]] = defaultdict(dict)
            rows: dict[str, Any] = {}
            for item in items:
                row = rows.get(item.variable) or rows.setdefault(
                    item.variable, var_store.find(s, item.variable))
                doc_id, doc_uuid, doc_name = index.find(s, item.document)
                try:
                    grouped[row.id][doc_id] = vv.canonical(row.type, item.value)
                except InvalidValueError as exc:
                    raise _value_error(exc, row.name, doc_name) from None
                docs.add(doc_uuid)
            changed = sum(var_store.write_values(s, var_id, values)
                          for var_id, values in grouped.items())
        self._notify(Changes(variables=True, document_uuids=frozenset(docs)))
        return changed

    def table(self) -> VariableTable:
        with self._read() as s:
            return var_store.table(s, var_store.document_rows(s))

    def by_document(self) -> dict[str, dict[str, vv.Value]]:
        """Document UUID -> {variable name: value}, every document listed (for conditions)."""
        with self._read() as s:
            return values_by_document(s)


def values_by_document(s: Session) -> dict[str, dict[str, vv.Value]]:
    variables = {row[0]: (row[2], row[3]) for row in var_store.variable_rows(s)}
    uuids = {i: u for i, u, _n in var_store.document_rows(s)}
    found: dict[str, dict[str, vv.Value]] = {u: {} for u in uuids.values()}
    for doc_id, var_id, value in var_store.all_values(s):
        name, kind = variables[var_id]
        typed = vv.read_stored(kind, value)
        if typed is not None:
            found[uuids[doc_id]][name] = typed
    return found


def _column(s: Session, var_id: int) -> int:
    return [row[0] for row in var_store.variable_rows(s)].index(var_id)


class _DocumentIndex:
    """Documents by name and UUID, read once for a batch of many values."""

    def __init__(self, rows: list[tuple[int, str, str]]) -> None:
        self.by_key: dict[str, tuple[int, str, str]] = {}
        for doc_id, uuid, name in rows:
            self.by_key[uuid] = self.by_key[name] = (doc_id, uuid, name)

    def find(self, s: Session, ref: object) -> tuple[int, str, str]:
        key = getattr(ref, "uuid", ref)
        if isinstance(key, str) and key in self.by_key:
            return self.by_key[key]
        doc = doc_store.load(s, doc_store.find_id(s, ref))  # refuses an unknown one
        return self.by_key[doc.uuid]
