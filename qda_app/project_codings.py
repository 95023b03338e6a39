"""The coding part of the :class:`~qda_app.Project` facade: code, uncode, retrieve."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from . import records
from .errors import CoderNotFound, InvalidValueError
from .project_base import ProjectBase
from .records import Changes, CodingSpec
from .storage import codings as coding_store
from .storage.code_tree import CodeTree
from .storage.models import Coder, Coding

_UNSET: Any = object()


def _as_spec(item: object) -> CodingSpec:
    if isinstance(item, CodingSpec):
        return item
    if isinstance(item, dict):
        return CodingSpec(**item)
    if isinstance(item, (tuple, list)):
        return CodingSpec(*item)
    raise InvalidValueError(f"not a coding: {item!r}")


def _many(value: object) -> list[object]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


class CodingsMixin(ProjectBase):
    def add_coding(
        self,
        document: object,
        code: object,
        start: int,
        end: int,
        coder: str | None = None,
        memo: str | None = None,
        uuid: str | None = None,
    ) -> records.Coding:
        """Code ``document.text[start:end]`` (code points, end exclusive) with ``code``."""
        spec = CodingSpec(document, code, start, end, coder, memo, uuid)
        return self.add_codings([spec])[0]

    def add_codings(self, items: Iterable[CodingSpec | dict[str, Any] | tuple[Any, ...]]
                    ) -> list[records.Coding]:
        """Add many codings in one transaction: all of them, or none if one is invalid."""
        specs = [_as_spec(i) for i in items]
        with self._write() as s:
            resolver = coding_store.Resolver(s)
            before = s.scalar(select(func.max(Coding.id))) or 0
            uuids = set(coding_store.insert_many(s, resolver, specs, self.coder))
            added = [c for c in coding_store.fetch(s, resolver.tree, Coding.id > before)
                     if c.uuid in uuids]
        self._notify_codings(added=added, new_coders=bool(resolver.new_coders))
        return added

    def _notify_codings(self, added: Sequence[records.Coding] = (),
                        removed: Sequence[records.Coding] = (), new_coders: bool = False) -> None:
        changed = [*added, *removed]
        if changed:
            self._notify(Changes(
                codings=True, coders=new_coders,
                document_uuids=frozenset(c.document_uuid for c in changed),
                code_uuids=frozenset(c.code_uuid for c in changed),
                coding_uuids=frozenset(c.uuid for c in changed),
                added=tuple(added), removed=tuple(removed),
            ))

    def coding(self, ref: object) -> records.Coding:
        """A coding by UUID or record."""
        with self._read() as s:
            coding_id = coding_store.find_id(s, ref)
            return coding_store.fetch(s, CodeTree.load(s), Coding.id == coding_id)[0]

    def remove_coding(self, coding: object) -> records.Coding:
        """Remove one coding; returns it as it was (undo re-adds it with the same UUID)."""
        return self.remove_codings([coding])[0]

    def remove_codings(self, codings: Iterable[object]) -> list[records.Coding]:
        with self._write() as s:
            ids = [coding_store.find_id(s, c) for c in codings]
            removed = coding_store.fetch(s, CodeTree.load(s), Coding.id.in_(ids))
            coding_store.delete_ids(s, ids)
        self._notify_codings(removed=removed)
        return removed

    def update_coding(
        self,
        coding: object,
        start: int | None = None,
        end: int | None = None,
        memo: str | None = _UNSET,
        code: object | None = None,
        modified: datetime | None = None,
    ) -> records.Coding:
        """Change a coding's bounds, memo (``None`` clears it) or code.

        ``modified`` defaults to now; undo passes the old time to restore it exactly.
        """
        changes: dict[str, Any] = {"modified": modified}
        if start is not None:
            changes["start"] = start
        if end is not None:
            changes["end"] = end
        if memo is not _UNSET:
            changes["memo"] = memo
        if code is not None:
            changes["code"] = code
        with self._write() as s:
            coding_id = coding_store.find_id(s, coding)
            resolver = coding_store.Resolver(s)
            before = coding_store.fetch(s, resolver.tree, Coding.id == coding_id)[0]
            coding_store.update_one(s, resolver, coding_id, **changes)
            after = coding_store.fetch(s, resolver.tree, Coding.id == coding_id)[0]
        self._notify_codings(added=[after], removed=[before])
        return after

    def segments(
        self,
        code: object | Sequence[object] | None = None,
        include_subcodes: bool = True,
        coder: str | Sequence[str] | None = None,
        document: object | Sequence[object] | None = None,
    ) -> list[records.Coding]:
        """Coded segments with their text, code path, coder, document and speaker.

        Each filter takes one value or a list; ``None`` means all. Codes are
        paths, UUIDs or records; with ``include_subcodes`` a code brings its
        subcodes' codings too (MAXQDA's retrieval). An unknown code, coder or
        document raises a :class:`~qda_app.errors.NotFoundError`: a misspelt
        name would otherwise select nothing without saying why.
        """
        with self._read() as s:
            tree = CodeTree.load(s)
            where: list[ColumnElement[bool]] = []
            if code is not None:
                ids: set[int] = set()
                for ref in _many(code):
                    node = tree.find(ref.uuid if isinstance(ref, records.Code) else str(ref))
                    ids.update(n.id for n in (tree.subtree(node) if include_subcodes else [node]))
                where.append(Coding.code_id.in_(ids))
            if coder is not None:
                names = [c.name if isinstance(c, records.Coder) else str(c) for c in _many(coder)]
                known = {name: id_ for name, id_ in s.execute(select(Coder.name, Coder.id))}
                unknown = [n for n in names if n not in known]
                if unknown:
                    raise CoderNotFound(f"no coder {unknown[0]!r} in this project (coders: "
                                        f"{', '.join(sorted(known)) or 'none yet'})")
                where.append(Coding.coder_id.in_([known[n] for n in names]))
            if document is not None:
                resolver = coding_store.Resolver(s, tree)
                where.append(Coding.document_id.in_([resolver.document(d)
                                                     for d in _many(document)]))
            return coding_store.fetch(s, tree, *where)

    def _count_codings(self, s: Session, document_id: int) -> int:
        return s.scalar(select(func.count()).where(Coding.document_id == document_id)) or 0
