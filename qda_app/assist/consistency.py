"""Have we coded consistently? Possible misses and possible slips of each code.

For a code X (its own codings, by every coder; each coding seen as the passages it
touches, pooled into one vector, as :mod:`.suggest` sees them):

* a **possible miss** is a passage not coded X that is very similar to a coding of X: at
  least the engine's threshold for "very similar" (:attr:`~.engine.Engine.related`, which
  fewer than one pair of passages in a hundred reaches by chance), or the query's
  ``min_score``; the most similar come first, at most ``misses_per_code`` a code;
* a **possible slip** is a coding of X whose nearest other coding of X is no nearer than
  the engine's "unrelated" (:attr:`~.engine.Engine.unrelated`): it has about nothing in
  common with how the code is used elsewhere. Codings of the same passage (two coders
  agreeing) do not vouch for each other, and a code needs three codings to be judged.

Both are questions for the team meeting, not verdicts: nothing is changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InvalidValueError
from ..files import Progress, check_progress
from ..project import Project
from ..records import Code, CodingSpan
from .engine import Matrix, similarities
from .more_like_this import _allowed
from .places import Texts, document_uuids
from .queries import EVERY_CODE, ConsistencyQuery
from .ready import ReadyIndex, prepare
from .suggest import Example, example

_CHUNK = 256


@dataclass(frozen=True, slots=True)
class Miss:
    """A passage not coded with ``code`` that is very like one of its codings."""

    code_uuid: str
    code: str
    document_uuid: str
    document: str
    start: int
    end: int
    text: str
    score: float
    like: Example
    """The coding of the code it is most like."""

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "document": self.document, "start": self.start,
                "end": self.end, "score": round(self.score, 4), "text": self.text,
                "like": self.like.to_json()}


@dataclass(frozen=True, slots=True)
class Slip:
    """A coding of ``code`` far from all its other codings."""

    code_uuid: str
    code: str
    coding: Example
    """The coding (its ``score`` is :attr:`nearest`)."""
    nearest: float
    """How near its nearest other coding of the code is (a cosine)."""
    like: Example
    """That nearest coding."""

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "coding": self.coding.to_json(),
                "nearest": round(self.nearest, 4),
                "like": self.like.to_json()}


@dataclass(frozen=True, slots=True)
class ConsistencyReport:
    query: ConsistencyQuery
    engine: str
    unit: str
    miss_threshold: float
    slip_threshold: float
    codes: tuple[str, ...]
    """Paths of the codes checked."""
    misses: tuple[Miss, ...]
    """Code by code (in the code system's order), the most similar first."""
    slips: tuple[Slip, ...]
    """Code by code, the farthest first."""

    def to_json(self) -> dict[str, Any]:
        return {"engine": self.engine, "unit": self.unit,
                "miss_threshold": round(self.miss_threshold, 4),
                "slip_threshold": round(self.slip_threshold, 4), "codes": list(self.codes),
                "misses": [m.to_json() for m in self.misses],
                "slips": [s.to_json() for s in self.slips]}


def consistency_check(project: Project, query: ConsistencyQuery = EVERY_CODE,
                      index: ReadyIndex | None = None, progress: Progress | None = None
                      ) -> ConsistencyReport:
    """Possible misses and slips of the codes ``query`` names (default: every code with
    codings); ``progress(done, total)`` counts codes and may cancel."""
    if query.misses_per_code < 0:
        raise InvalidValueError(f"misses per code cannot be negative ({query.misses_per_code})")
    chosen = [project.code(ref) for ref in query.codes]
    wanted = document_uuids(project, query.documents or None)
    ready = index or prepare(project, query.unit, query.engine)
    by_code: dict[str, list[CodingSpan]] = {}
    for span in project.spans():
        by_code.setdefault(span.code_uuid, []).append(span)
    codes = chosen or [c for c in project.codes() if c.uuid in by_code]
    miss_at = ready.engine.related if query.min_score is None else query.min_score
    slip_at = ready.engine.unrelated
    allowed = _allowed(ready, wanted)
    texts = Texts(project)
    misses: list[Miss] = []
    slips: list[Slip] = []
    for i, code in enumerate(codes):
        check_progress(progress, i, len(codes))
        own = by_code.get(code.uuid, [])
        if own:
            found = _check_code(ready, texts, code, own, allowed, miss_at, slip_at,
                                query.misses_per_code)
            misses += found[0]
            slips += found[1]
    check_progress(progress, len(codes), len(codes))
    return ConsistencyReport(query, ready.engine.label, ready.unit, miss_at, slip_at,
                             tuple(c.path for c in codes), tuple(misses), tuple(slips))


def _check_code(ready: ReadyIndex, texts: Texts, code: Code, own: Sequence[CodingSpan],
                allowed: np.ndarray, miss_at: float, slip_at: float, limit: int
                ) -> tuple[list[Miss], list[Slip]]:
    index = ready.index
    cover = index.cover([(s.document_uuid, s.start, s.end) for s in own])
    vectors = index.store.pool(cover)
    usable = np.flatnonzero(cover.getnnz(axis=1) > 0)
    coded = np.asarray(cover.getnnz(axis=0) > 0).ravel()
    misses: list[Miss] = []
    if limit and len(usable):
        best, nearest = _nearest(vectors[usable], ready.matrix())
        rows = np.flatnonzero(allowed & ~coded & (best >= miss_at))
        rows = rows[np.lexsort((rows, -best[rows]))][:limit]
        owner = index.document_of_rows()
        for r in rows:
            place = (index.documents[owner[r]].uuid, int(index.starts[r]), int(index.ends[r]))
            like = own[int(usable[nearest[r]])]
            misses.append(Miss(code.uuid, code.path, place[0], texts.document(place[0]).name,
                               place[1], place[2], texts.text(place), float(best[r]),
                               example(texts, like, float(best[r]))))
    return misses, _slips(texts, code, [own[int(i)] for i in usable], vectors[usable], slip_at)


def _nearest(queries: Matrix, matrix: Matrix) -> tuple[np.ndarray, np.ndarray]:
    """For each passage, the highest cosine with any query and which query it is."""
    best = np.full(matrix.shape[0], -np.inf, dtype=np.float32)
    which = np.zeros(matrix.shape[0], dtype=np.int64)
    for first in range(0, queries.shape[0], _CHUNK):
        scores = similarities(queries[first:first + _CHUNK], matrix)
        top = scores.argmax(axis=0)
        value = scores[top, np.arange(scores.shape[1])]
        better = value > best
        best[better], which[better] = value[better], top[better] + first
    return best, which


def _slips(texts: Texts, code: Code, own: list[CodingSpan], vectors: Matrix,
           slip_at: float) -> list[Slip]:
    if len(own) < 3:
        return []
    near = similarities(vectors, vectors)
    doc = np.array([s.document_uuid for s in own])
    start = np.array([s.start for s in own])
    end = np.array([s.end for s in own])
    same = (doc[:, None] == doc[None, :]) & (start[:, None] < end[None, :]) \
        & (start[None, :] < end[:, None])
    near[same] = -np.inf  # itself, and codings of the same passage (another coder's)
    nearest = near.max(axis=1)
    which = near.argmax(axis=1)
    found = []
    for i in np.argsort(nearest, kind="stable"):
        if nearest[i] > slip_at:
            break
        if np.isfinite(nearest[i]):  # every other coding is of the same passage: no judge
            score = float(nearest[i])
            found.append(Slip(code.uuid, code.path, example(texts, own[i], score), score,
                              example(texts, own[which[i]], score)))
    return found

