"""The index: every passage of every document, with its vector, for one engine and unit.

Built once and then kept up to date, never recomputed whole without need: its
**fingerprint** is the engine and its version, the unit, and each document's SHA-256.
When documents are added only theirs are cut into passages and encoded; when documents
are removed their passages are dropped; when the engine (or its version) is another,
everything is built again. A document's text never changes after import, so a document
with the same UUID and SHA-256 needs nothing.

:func:`plan` says what an index lacks; :func:`update` does it. ``update`` works on plain
records and touches neither the project nor Qt, so the window runs it in a thread of
its own while the user goes on coding; ``progress(done, total)`` is told as passages are
encoded and cancels by answering ``False``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from ..errors import QdaError
from ..files import Progress
from ..records import Document, DocumentInfo
from .engine import Engine, Store
from .passages import check_unit, unit_spans
from .terms import guess_language


class IndexCancelled(QdaError):
    """The user cancelled building the index; the one there was is kept."""


@dataclass(frozen=True, slots=True)
class IndexedDocument:
    uuid: str
    sha256: str
    language: str
    first: int
    """Its passages are the index's rows ``first`` to ``first + count``."""
    count: int


@dataclass
class UnitIndex:
    """The passages of one unit (sentence, paragraph, turn) and their vectors."""

    engine: str
    engine_version: str
    unit: str
    documents: list[IndexedDocument]
    starts: np.ndarray
    ends: np.ndarray
    store: Store
    _rows: dict[str, IndexedDocument] = field(default_factory=dict, repr=False)

    @property
    def rows(self) -> int:
        return int(self.starts.shape[0])

    def document(self, uuid: str) -> IndexedDocument | None:
        if len(self._rows) != len(self.documents):
            self._rows = {d.uuid: d for d in self.documents}
        return self._rows.get(uuid)

    def document_of_rows(self) -> np.ndarray:
        """For each row, the position of its document in :attr:`documents`."""
        return np.repeat(np.arange(len(self.documents)), [d.count for d in self.documents])

    def rows_within(self, uuid: str, start: int, end: int) -> range:
        """The rows of document ``uuid`` that share a character with ``[start, end)``."""
        doc = self.document(uuid)
        if doc is None:
            return range(0)
        block = slice(doc.first, doc.first + doc.count)
        first = int(np.searchsorted(self.ends[block], start, side="right"))
        last = int(np.searchsorted(self.starts[block], max(end, start + 1), side="left"))
        return range(doc.first + first, doc.first + max(first, last))

    def cover(self, spans: Sequence[tuple[str, int, int]]) -> sparse.csr_matrix:
        """Spans × rows, 1 where a passage shares a character with a span."""
        indptr, columns = [0], list[int]()
        for uuid, start, end in spans:
            columns.extend(self.rows_within(uuid, start, end))
            indptr.append(len(columns))
        data = np.ones(len(columns), dtype=np.float32)
        return sparse.csr_matrix((data, np.array(columns, dtype=np.int64), indptr),
                                 shape=(len(spans), self.rows))


def empty(engine: Engine, unit: str) -> UnitIndex:
    none = np.zeros(0, dtype=np.int64)
    return UnitIndex(engine.name, engine.version, unit, [], none, none.copy(), engine.empty())


@dataclass(frozen=True, slots=True)
class Plan:
    """What an index lacks to match the project."""

    add: tuple[str, ...]
    """UUIDs of documents to cut and encode, in the project's order."""
    drop: frozenset[str]
    """UUIDs of documents no longer in the project."""
    rebuild: bool
    """The index is another engine's, version's or unit's: start afresh."""

    @property
    def current(self) -> bool:
        return not self.add and not self.drop and not self.rebuild


def plan(index: UnitIndex | None, documents: Sequence[DocumentInfo], engine: Engine,
         unit: str) -> Plan:
    """Compare ``index`` with the project's ``documents`` (nothing is read or encoded)."""
    check_unit(unit)
    rebuild = index is None or (index.engine, index.engine_version, index.unit) != \
        (engine.name, engine.version, unit)
    have = {} if index is None or rebuild else {d.uuid: d.sha256 for d in index.documents}
    wanted = {d.uuid: d.sha256 for d in documents}
    add = tuple(d.uuid for d in documents if have.get(d.uuid) != d.sha256)
    drop = frozenset(u for u, sha in have.items() if wanted.get(u) != sha)
    return Plan(add, drop, rebuild)


def update(index: UnitIndex | None, documents: Sequence[Document], drop: frozenset[str],
           engine: Engine, unit: str, progress: Progress | None = None) -> UnitIndex:
    """``index`` without the documents in ``drop`` and with ``documents`` added.

    ``index=None`` builds from nothing. Raises :class:`IndexCancelled` when ``progress``
    answers ``False``; ``index`` itself is never changed.
    """
    base = empty(engine, unit) if index is None else _without(index, drop)
    cut = [(doc, unit_spans(doc, unit)) for doc in documents]
    total, done = sum(len(spans) for _, spans in cut), 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None and progress(done, total) is False:
            raise IndexCancelled("building the index was cancelled; nothing was changed")

    if progress is not None and progress(0, total) is False:
        raise IndexCancelled("building the index was cancelled; nothing was changed")
    stores, listed = [base.store], list(base.documents)
    starts, ends, first = [base.starts], [base.ends], base.rows
    for doc, spans in cut:
        language = guess_language(doc.text)
        stores.append(engine.encode([doc.text[a:b] for a, b in spans], language, tick))
        listed.append(IndexedDocument(doc.uuid, doc.sha256, language, first, len(spans)))
        starts.append(np.array([a for a, _ in spans], dtype=np.int64))
        ends.append(np.array([b for _, b in spans], dtype=np.int64))
        first += len(spans)
    store = stores[0]
    for more in stores[1:]:
        store = store.concat(more)
    return UnitIndex(engine.name, engine.version, unit, listed, np.concatenate(starts),
                     np.concatenate(ends), store)


def _without(index: UnitIndex, drop: frozenset[str]) -> UnitIndex:
    if not drop:
        return index
    kept = [d for d in index.documents if d.uuid not in drop]
    rows = np.concatenate([np.arange(d.first, d.first + d.count) for d in kept]) \
        if kept else np.zeros(0, dtype=np.int64)
    listed, first = [], 0
    for d in kept:
        listed.append(IndexedDocument(d.uuid, d.sha256, d.language, first, d.count))
        first += d.count
    return UnitIndex(index.engine, index.engine_version, index.unit, listed,
                     index.starts[rows], index.ends[rows], index.store.take(rows))
