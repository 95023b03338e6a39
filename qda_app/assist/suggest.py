"""Suggest codes for a selection: the codes whose codings are nearest to it, with the
nearest codings as the reason. Nothing is coded here; the window codes on a click.

Each coding is seen as the passages it touches (its sentences, paragraphs or turns: a
coding's vector is theirs pooled), so a coding is compared the way a passage is. A code
scores as its nearest coding does, and its nearest codings are the examples shown. The
selection's own passages are left out of every coding before comparing: a coding in the
same sentence would otherwise look near only because it shares the sentence. Codes that
are on the selection already are said as such (``already``), not suggested again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from ..errors import InvalidValueError
from ..files import Progress
from ..project import Project
from ..records import CodingSpan
from .engine import Engine, similarities
from .places import Texts, overlaps, resolve
from .ready import ReadyIndex, prepare

LIMIT = 5
EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class Example:
    """A coding shown as the reason for a suggestion."""

    coding_uuid: str
    document_uuid: str
    document: str
    start: int
    end: int
    coder: str
    score: float
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end,
                "coder": self.coder, "score": round(self.score, 4), "text": self.text}


@dataclass(frozen=True, slots=True)
class Suggestion:
    code_uuid: str
    code: str
    """The code's path."""
    color: str
    score: float
    """How near its nearest coding is (a cosine)."""
    examples: tuple[Example, ...]
    """Its nearest codings, nearest first."""

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "score": round(self.score, 4),
                "examples": [e.to_json() for e in self.examples]}


@dataclass(frozen=True, slots=True)
class Suggestions:
    suggestions: tuple[Suggestion, ...]
    """Best first."""
    already: tuple[str, ...]
    """Paths of the codes already on the selection."""

    def to_json(self) -> dict[str, Any]:
        return {"suggestions": [s.to_json() for s in self.suggestions],
                "already": list(self.already)}


def suggest_codes(project: Project, selection: object, limit: int = LIMIT,
                  examples: int = EXAMPLES, unit: str = "sentence",
                  engine: str | Engine = "auto", index: ReadyIndex | None = None,
                  progress: Progress | None = None) -> Suggestions:
    """The ``limit`` codes nearest to ``selection`` (a :class:`~.places.Passage`, a
    coding or a typed text), each with up to ``examples`` of its nearest codings."""
    if limit < 1 or examples < 0:
        raise InvalidValueError("the limit must be at least 1 and examples at least 0")
    source = resolve(project, selection)
    ready = index or prepare(project, unit, engine, progress)
    codes = {c.uuid: c for c in project.codes()}
    spans = [s for s in project.spans() if s.code_uuid in codes]
    here = [s for s in spans if source.place is not None
            and overlaps((s.document_uuid, s.start, s.end), source.place)]
    on_it = {s.uuid for s in here}
    others = [s for s in spans if s.uuid not in on_it]
    scores = coding_scores(ready, source.text, source.place, others)
    best: dict[str, list[tuple[float, CodingSpan]]] = {}
    for score, span in sorted(zip(scores.tolist(), others, strict=True),
                              key=lambda pair: -pair[0]):
        if score <= 1e-6:
            break
        best.setdefault(span.code_uuid, []).append((score, span))
    ranked = sorted(best.items(), key=lambda item: -item[1][0][0])[:limit]
    texts = Texts(project)
    found = tuple(Suggestion(uuid, codes[uuid].path, codes[uuid].color, near[0][0],
                             tuple(example(texts, s, score) for score, s in near[:examples]))
                  for uuid, near in ranked)
    on = {s.code_uuid for s in here}
    return Suggestions(found, tuple(c.path for c in codes.values() if c.uuid in on))


def coding_scores(ready: ReadyIndex, text: str, place: tuple[str, int, int] | None,
                  spans: Sequence[CodingSpan]) -> np.ndarray:
    """How near each coding is to ``text`` (its passages pooled, ``place``'s left out)."""
    if not spans:
        return np.zeros(0, dtype=np.float32)
    index = ready.index
    cover = index.cover([(s.document_uuid, s.start, s.end) for s in spans])
    if place is not None:
        own = index.rows_within(*place)
        if own:
            keep = np.ones(index.rows, dtype=np.float32)
            keep[own.start:own.stop] = 0
            cover = sparse.csr_matrix(cover @ sparse.diags(keep))
    vectors = index.store.pool(cover)
    return similarities(ready.engine.query(index.store, [text]), vectors)[0]


def example(texts: Texts, span: CodingSpan, score: float) -> Example:
    """A coding as an example, with its text on one line."""
    place = (span.document_uuid, span.start, span.end)
    return Example(span.uuid, span.document_uuid, texts.document(span.document_uuid).name,
                   span.start, span.end, span.coder, score, texts.text(place))
