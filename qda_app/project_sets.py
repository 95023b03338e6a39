"""Document sets and variable conditions, the part of the :class:`~qda_app.Project` facade
that chooses documents.

A set is made from documents named, or from a condition on the variables
(:mod:`.conditions`): the documents it matches then become its members, and the set
keeps the condition to say how it came about. :meth:`SetBook.resolve` is the one place
that turns "these documents, this set, this condition" into documents: every analysis
that takes documents takes a set and a condition through it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager

from sqlalchemy.orm import Session

from .conditions import bind
from .records import Changes, DocumentInfo
from .storage import documents as doc_store
from .storage import sets as set_store
from .storage import variables as var_store
from .variable_records import DocumentSet
from .variable_values import Value, read_stored

Write = Callable[[Changes | None], AbstractContextManager[Session]]
Read = Callable[[], AbstractContextManager[Session]]
SETS = Changes(sets=True)


def matching_ids(s: Session, condition: str) -> list[int]:
    """Ids of the documents whose variables satisfy ``condition``, in list order; one line
    (naming the character) when the condition cannot be read or names no variable."""
    rows = var_store.variable_rows(s)
    test = bind(condition, {name: kind for _i, _u, name, kind, _o in rows})
    names = {i: (name, kind) for i, _u, name, kind, _o in rows}
    values: dict[int, dict[str, Value]] = {}
    for doc_id, var_id, value in var_store.all_values(s):
        name, kind = names[var_id]
        read = read_stored(kind, value)  # a damaged value counts as none
        if read is not None:
            values.setdefault(doc_id, {})[name] = read
    return [i for i, _u, _n in var_store.document_rows(s) if test.matches(values.get(i, {}))]


def _many(value: object) -> list[object]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


class SetBook:
    def __init__(self, write: Write, read: Read) -> None:
        self._write, self._read = write, read

    def every(self) -> list[DocumentSet]:
        with self._read() as s:
            return set_store.list_sets(s)

    def get(self, ref: object) -> DocumentSet:
        with self._read() as s:
            return set_store.load(s, set_store.find(s, ref))

    def add(self, name: str, documents: object | Sequence[object] = (),
            where: str | None = None, uuid: str | None = None) -> DocumentSet:
        """A new set of ``documents``, or of the documents that satisfy ``where`` (which
        the set keeps); both given: the documents named that satisfy it."""
        with self._write(SETS) as s:
            ids = [doc_store.find_id(s, d) for d in _many(documents)] if documents else []
            condition = where.strip() if where is not None else None
            if condition is not None:
                matching = matching_ids(s, condition)
                ids = [i for i in matching if i in set(ids)] if documents else matching
            row = set_store.insert_set(s, name, condition or None, ids, uuid)
            return set_store.load(s, row)

    def members(self, ref: object) -> list[DocumentInfo]:
        wanted = set(self.get(ref).documents)
        with self._read() as s:
            return [d for d in doc_store.list_infos(s) if d.uuid in wanted]

    def rename(self, ref: object, new_name: str) -> DocumentSet:
        with self._write(SETS) as s:
            row = set_store.find(s, ref)
            set_store.rename(s, row, new_name)
            return set_store.load(s, row)

    def delete(self, ref: object) -> DocumentSet:
        """Delete a set (its documents stay); returns it as it was, for :meth:`restore`."""
        with self._write(SETS) as s:
            row = set_store.find(s, ref)
            before = set_store.load(s, row)
            set_store.remove(s, row)
        return before

    def restore(self, snap: DocumentSet) -> DocumentSet:
        with self._write(SETS) as s:
            ids = {uuid: i for i, uuid, _n in var_store.document_rows(s)}
            return set_store.load(s, set_store.restore(s, snap, ids))

    def add_documents(self, ref: object, documents: object | Sequence[object]) -> list[str]:
        """Put documents into a set; returns the UUIDs of those that were not in it."""
        with self._write(SETS) as s:
            row = set_store.find(s, ref)
            ids = [doc_store.find_id(s, d) for d in _many(documents)]
            return _uuids(s, set_store.add_members(s, row.id, ids))

    def remove_documents(self, ref: object, documents: object | Sequence[object]
                         ) -> list[str]:
        """Take documents out of a set; returns the UUIDs of those that were in it."""
        with self._write(SETS) as s:
            row = set_store.find(s, ref)
            ids = [doc_store.find_id(s, d) for d in _many(documents)]
            return _uuids(s, set_store.remove_members(s, row.id, ids))

    def where(self, condition: str) -> list[DocumentInfo]:
        with self._read() as s:
            wanted = set(matching_ids(s, condition))
            rows = {u: i for i, u, _n in var_store.document_rows(s)}
            return [d for d in doc_store.list_infos(s) if rows.get(d.uuid) in wanted]

    def resolve(self, documents: object | Sequence[object] | None = None,
                set_name: object | Iterable[object] | None = None,
                where: str | None = None) -> list[str] | None:
        """UUIDs (in list order) of the documents named, in the set(s) and satisfying the
        condition, all that are given; ``None`` when none is (all documents)."""
        if documents is None and set_name is None and where is None:
            return None
        with self._read() as s:
            rows = var_store.document_rows(s)
            chosen = [i for i, _u, _n in rows]
            if documents is not None:
                named = {doc_store.find_id(s, d) for d in _many(documents)}
                chosen = [i for i in chosen if i in named]
            if set_name is not None:
                for ref in _many(set_name):
                    members = set_store.member_ids(s, set_store.find(s, ref).id)
                    chosen = [i for i in chosen if i in members]
            if where is not None:
                matching = set(matching_ids(s, where))
                chosen = [i for i in chosen if i in matching]
            uuid_of = {i: u for i, u, _n in rows}
            return [uuid_of[i] for i in chosen]


def _uuids(s: Session, ids: Iterable[int]) -> list[str]:
    uuid_of = {i: u for i, u, _n in var_store.document_rows(s)}
    return [uuid_of[i] for i in ids]
