"""The disagreement list: each place where the coders differ, with their codings side by side.

A *place* is a stretch of one document where codings of one code overlap
(chained: A overlaps B overlaps C). It is a disagreement unless every coding
in it has a partner, by the segment-level rule, from every other coder. So
with two coders the unmatched codings of the segment level are exactly the
codings found in the disagreement list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .agreement_spans import Bools, Ints, cluster_ids


@dataclass(frozen=True, slots=True)
class PlaceCoding:
    uuid: str
    coder: str
    start: int
    end: int
    matched: bool
    """Every other coder has a coding of this code that overlaps it enough."""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One place; ``start``/``end`` span all its codings (open it in the text with them)."""

    document_uuid: str
    document: str
    code_uuid: str
    code: str
    start: int
    end: int
    text: str
    codings: tuple[PlaceCoding, ...]
    coders: tuple[str, ...]
    """All coders compared, so a view can show an empty column for one who coded nothing."""

    def of(self, coder: str) -> tuple[PlaceCoding, ...]:
        return tuple(c for c in self.codings if c.coder == coder)

    @property
    def missing(self) -> tuple[str, ...]:
        """Coders without any coding at this place."""
        present = {c.coder for c in self.codings}
        return tuple(c for c in self.coders if c not in present)

    @property
    def kind(self) -> str:
        missing = self.missing
        if missing:
            return "not coded by " + ", ".join(missing)
        return "boundaries differ"


@dataclass(frozen=True)
class SpanTable:
    """The compared codings as parallel arrays, plus what the arrays' indices mean."""

    uuids: Sequence[str]
    doc: Ints
    code: Ints
    coder: Ints
    start: Ints
    end: Ints
    doc_uuids: Sequence[str]
    doc_names: Sequence[str]
    code_uuids: Sequence[str]
    code_paths: Sequence[str]
    coders: Sequence[str]


def find_disagreements(t: SpanTable, matched_by: Bools,
                       text_of: Callable[[str], str]) -> list[Disagreement]:
    """Places with a coding that some other coder did not match, in document order."""
    if len(t.start) == 0:
        return []
    stride = int(t.end.max()) + 1
    group = t.doc * len(t.code_paths) + t.code
    order = np.lexsort((t.coder, t.end, t.start, group))
    place = cluster_ids(group[order] * stride + t.start[order],
                        group[order] * stride + t.end[order])
    bounds = np.flatnonzero(np.diff(place)) + 1
    firsts = np.concatenate([[0], bounds])
    ok = matched_by[order].all(axis=1)
    bad = np.flatnonzero(np.logical_and.reduceat(ok, firsts) == 0)
    lasts = np.append(bounds, len(order))
    place_start = np.minimum.reduceat(t.start[order], firsts)
    place_end = np.maximum.reduceat(t.end[order], firsts)
    # plain lists: building thousands of records from numpy scalars is slow
    rows_of = order.tolist()
    ok_of: list[bool] = np.all(matched_by, axis=1).tolist()  # per coding: all coders matched
    doc, code, coder = t.doc.tolist(), t.code.tolist(), t.coder.tolist()
    start, end = t.start.tolist(), t.end.tolist()
    names = list(t.coders)
    out = []
    for p in sorted(bad.tolist(), key=lambda p: (doc[rows_of[firsts[p]]], int(place_start[p]),
                                                 code[rows_of[firsts[p]]])):
        rows = sorted(rows_of[firsts[p]:lasts[p]], key=lambda i: (coder[i], start[i], end[i]))
        d, k = doc[rows[0]], code[rows[0]]
        lo, hi = int(place_start[p]), int(place_end[p])
        out.append(Disagreement(
            document_uuid=t.doc_uuids[d], document=t.doc_names[d], code_uuid=t.code_uuids[k],
            code=t.code_paths[k], start=lo, end=hi, text=text_of(t.doc_uuids[d])[lo:hi],
            codings=tuple(PlaceCoding(t.uuids[i], names[coder[i]], start[i], end[i], ok_of[i])
                          for i in rows),
            coders=tuple(names),
        ))
    return out
