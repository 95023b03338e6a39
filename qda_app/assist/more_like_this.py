"""More like this: the passages most similar to a text, a selection or a coding.

The starting point is encoded by the engine and compared with every passage (sentence,
paragraph or speaker turn) of the documents chosen; the best come first, each with its
score (a cosine: 1 the same, 0 nothing in common), its text and the codes already on it.
The passages of the starting point itself are no answer (a coding is not "like" the
sentence it is in), and neither are passages with nothing in common (score 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InvalidValueError
from ..files import Progress
from ..project import Project
from .engine import Engine
from .places import Place, Texts, codes_on, document_uuids, resolve
from .ready import ReadyIndex, prepare

LIMIT = 20


@dataclass(frozen=True, slots=True)
class Match:
    """A passage like the one asked about."""

    document_uuid: str
    document: str
    start: int
    end: int
    score: float
    text: str
    """The passage, on one line."""
    codes: tuple[str, ...]
    """Paths of the codes already on it (any coding sharing a character with it)."""

    @property
    def place(self) -> Place:
        return self.document_uuid, self.start, self.end

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end,
                "score": round(self.score, 4), "text": self.text, "codes": list(self.codes)}


def similar(project: Project, text_or_coding: object, unit: str = "sentence",
            documents: object | Sequence[object] | None = None, limit: int = LIMIT,
            engine: str | Engine = "auto", index: ReadyIndex | None = None,
            progress: Progress | None = None) -> list[Match]:
    """The ``limit`` passages most like ``text_or_coding``, best first.

    ``text_or_coding`` is a typed text, a :class:`~.places.Passage` (a selection) or a
    coding; ``documents`` (names or UUIDs) narrows where to look (default: everywhere).
    ``index`` is a :class:`~.ready.ReadyIndex` made before (the window keeps one);
    without it the index is prepared here (built or updated if needed, with
    ``progress``), for ``unit`` and ``engine``.
    """
    if limit < 1:
        raise InvalidValueError(f"the limit must be at least 1 ({limit})")
    source = resolve(project, text_or_coding)
    wanted = document_uuids(project, documents)
    ready = index or prepare(project, unit, engine, progress)
    scores = ready.scores([source.text])[0]
    allowed = _allowed(ready, wanted)
    if source.place is not None:
        allowed[list(ready.index.rows_within(*source.place))] = False
    return matches(project, ready, scores, allowed, limit)


def _allowed(ready: ReadyIndex, wanted: frozenset[str] | None) -> np.ndarray:
    """Which passages may be answers: those of the documents wanted."""
    index = ready.index
    if wanted is None:
        return np.ones(index.rows, dtype=bool)
    allowed = np.zeros(index.rows, dtype=bool)
    for doc in index.documents:
        if doc.uuid in wanted:
            allowed[doc.first:doc.first + doc.count] = True
    return allowed


def best_rows(scores: np.ndarray, allowed: np.ndarray, limit: int) -> np.ndarray:
    """The rows of the ``limit`` highest positive scores among ``allowed``, best first
    (on a tie the earlier passage first)."""
    candidates = np.flatnonzero(allowed & (scores > 1e-6))
    if len(candidates) > limit:
        top = np.argpartition(-scores[candidates], limit - 1)[:limit]
        candidates = candidates[top]
    order = np.lexsort((candidates, -scores[candidates]))
    return np.asarray(candidates[order])


def matches(project: Project, ready: ReadyIndex, scores: np.ndarray, allowed: np.ndarray,
            limit: int) -> list[Match]:
    """The best rows as :class:`Match` records, with text and codes."""
    rows = best_rows(scores, allowed, limit)
    index, texts = ready.index, Texts(project)
    owner = index.document_of_rows()
    places = [(index.documents[owner[r]].uuid, int(index.starts[r]), int(index.ends[r]))
              for r in rows]
    codes = codes_on(project, places)
    return [Match(p[0], texts.document(p[0]).name, p[1], p[2], float(scores[r]), texts.text(p),
                  c) for r, p, c in zip(rows, places, codes, strict=True)]
