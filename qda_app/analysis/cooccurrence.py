"""Code co-occurrence (MAXQDA's Code Relations Browser): which codes occur together.

What is counted, precisely: for two different codes A and B, the cell (A, B) is the
number of **pairs of codings** (one coding of A, one of B, in the same document) that
share the unit: by default their spans overlap by at least one character; or they
touch a common paragraph or speaker turn, or lie at most N characters apart
(:mod:`.units`). Pairs, not documents or passages: three codings of A overlapping
two of B are six pairs. Each code counts its own codings (a parent does not take in
its subcodes'), and a pair of codings of the same code is never counted. The matrix is
symmetric, and its diagonal holds each code's number of codings (those selected).

Codings of every coder take part by default, so in a team project where two coders
coded the same passage with A and B, each coder's A pairs with each coder's B; choose
the codings of one coder (``coders=("Anna",)``) to count one coder's co-occurrences.

Counting sweeps each document's codings sorted by start (:mod:`.sweep`); it never
looks at all pairs of codings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..project import Project
from ..records import Code, CodingSpan, Document
from .sweep import meeting_pairs, pair_counts
from .units import NEEDS_TEXT, UNITS, check_unit, intervals

__all__ = ["OVERLAPPING", "UNITS", "CodingPair", "CooccurrenceMatrix", "CooccurrenceQuery",
           "code_cooccurrence", "cooccurring_pairs"]


@dataclass(frozen=True, slots=True)
class CooccurrenceQuery:
    """What to count; empty tuples mean "all"."""

    unit: str = "overlap"
    """``overlap``, ``paragraph``, ``turn`` or ``near`` (:data:`~.units.UNITS`)."""
    distance: int = 0
    """``near`` only: at most this many characters between the two codings."""
    codes: tuple[str, ...] = ()
    """Codes (paths or UUIDs) to show as rows and columns; with ``include_subcodes``
    their subcodes too."""
    include_subcodes: bool = True
    documents: tuple[str, ...] = ()
    """Documents (names or UUIDs) whose codings are counted."""
    coders: tuple[str, ...] = ()
    """Coders whose codings are counted."""
    set: str | None = None
    """Only the documents of this set (with ``documents``: of both)."""
    where: str | None = None
    """Only the documents whose variables satisfy this condition."""

    def spans(self, project: Project) -> list[CodingSpan]:
        """The codings that take part (refuses an unknown code, document, set or coder)."""
        check_unit(self.unit, self.distance)
        return project.spans(code=list(self.codes) or None,
                             include_subcodes=self.include_subcodes,
                             coder=list(self.coders) or None,
                             document=list(self.documents) or None,
                             set=self.set, where=self.where)

    def row_codes(self, project: Project) -> tuple[Code, ...]:
        """The codes shown, in tree order: all, or the chosen ones (and their subcodes)."""
        codes = project.codes()
        if not self.codes:
            return tuple(codes)
        chosen = {project.code(ref).uuid for ref in self.codes}
        if self.include_subcodes:  # tree order: a parent comes before its subcodes
            for c in codes:
                if c.parent_uuid in chosen:
                    chosen.add(c.uuid)
        return tuple(c for c in codes if c.uuid in chosen)

    def describe(self) -> str:
        """``"overlapping codings"``, ``"within 50 characters"`` (the CLI's first line)."""
        return {"overlap": "codings that overlap", "paragraph": "codings in the same paragraph",
                "turn": "codings in the same speaker turn",
                "near": f"codings at most {self.distance} characters apart"}[self.unit]


OVERLAPPING = CooccurrenceQuery()
"""Overlapping codings of every code, document and coder: the default."""


@dataclass(frozen=True, slots=True)
class CooccurrenceMatrix:
    """Rows and columns are the same codes, in tree order; ``counts[row][column]``."""

    query: CooccurrenceQuery
    codes: tuple[Code, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, row: int, column: int) -> int:
        return self.counts[row][column]

    def maximum(self) -> int:
        """The largest count off the diagonal (what the shading scales to)."""
        return max((n for r, row in enumerate(self.counts) for c, n in enumerate(row)
                    if r != c), default=0)

    def to_json(self) -> dict[str, Any]:
        """``{"codes": [paths], "matrix": [[...]], "unit": ..., "distance": ...}``."""
        return {"codes": [c.path for c in self.codes],
                "matrix": [list(row) for row in self.counts],
                "unit": self.query.unit, "distance": self.query.distance}


@dataclass(frozen=True, slots=True)
class CodingPair:
    """Two codings that co-occur: ``first`` of the row's code, ``second`` of the column's."""

    first: CodingSpan
    second: CodingSpan


def code_cooccurrence(project: Project, query: CooccurrenceQuery = OVERLAPPING
                      ) -> CooccurrenceMatrix:
    """The code × code matrix of ``query`` (default: overlapping codings, all of them)."""
    codes = query.row_codes(project)
    row_of = {c.uuid: i for i, c in enumerate(codes)}
    # a code another program added a moment ago has no row yet: its codings wait too
    spans = [s for s in query.spans(project) if s.code_uuid in row_of]
    own = Counter(s.code_uuid for s in spans)
    pairs: Counter[tuple[int, int]] = Counter()
    for doc_spans, document in _by_document(project, spans, query.unit):
        pairs.update(pair_counts(
            (lo, hi, row_of[s.code_uuid])
            for lo, hi, s in intervals(doc_spans, query.unit, query.distance, document)))
    counts = tuple(
        tuple(own[code.uuid] if r == c else pairs[r, c] for c in range(len(codes)))
        for r, code in enumerate(codes))
    return CooccurrenceMatrix(query, codes, counts)


def cooccurring_pairs(project: Project, first: object, second: object,
                      query: CooccurrenceQuery = OVERLAPPING) -> list[CodingPair]:
    """The pairs behind the cell (``first``, ``second``) (codes as paths, UUIDs or records),
    in document order; ``len()`` is the cell's count. The same code twice: no pairs."""
    a, b = project.code(first), project.code(second)
    if a.uuid == b.uuid:
        return []
    spans = [s for s in query.spans(project) if s.code_uuid in (a.uuid, b.uuid)]
    found: list[CodingPair] = []
    for doc_spans, document in _by_document(project, spans, query.unit):
        ivs = intervals(doc_spans, query.unit, query.distance, document)
        found.extend(CodingPair(x, y) for x, y in meeting_pairs(
            [iv for iv in ivs if iv[2].code_uuid == a.uuid],
            [iv for iv in ivs if iv[2].code_uuid == b.uuid]))
    return found


def _by_document(project: Project, spans: Iterable[CodingSpan], unit: str
                 ) -> Iterable[tuple[list[CodingSpan], Document | None]]:
    """Each document's spans, in the order the spans come (the core's document order),
    with the document itself where the unit needs its lines or turns."""
    grouped: dict[str, list[CodingSpan]] = defaultdict(list)
    for s in spans:
        grouped[s.document_uuid].append(s)
    for uuid, doc_spans in grouped.items():
        yield doc_spans, project.document(uuid) if unit in NEEDS_TEXT else None
