"""The units two codings may share: overlapping text, a paragraph, a speaker turn, a
stretch of N characters; each turned into an interval per coding for the sweep.

Two codings co-occur when their intervals ``[lo, hi)`` intersect:

* ``overlap``: the coding's own span ``[start, end)``: they share at least one character
  (codings that only touch, one ending where the other starts, share none);
* ``paragraph``: the paragraphs (the document's lines, as the exports' "Abs." counts
  them) the coding touches, as line numbers: they touch at least one common paragraph;
* ``turn``: the speaker turns the coding touches, as turn numbers: they touch at least
  one common turn; a coding outside every turn (a header before the first speaker) and
  a document without turns have none, so they co-occur with nothing;
* ``near``: ``[start, end + distance + 1)``: at most ``distance`` characters lie between
  them (overlapping and touching codings included).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

from ..errors import InvalidValueError
from ..records import Document, SpanLike

S = TypeVar("S", bound=SpanLike)

UNITS = ("overlap", "paragraph", "turn", "near")
"""What two codings must share to co-occur; the first is the default."""
NEEDS_TEXT = frozenset({"paragraph", "turn"})
"""Units that need the document (its lines or turns), not only the spans."""
_NEWLINE = re.compile("\n")


def check_unit(unit: str, distance: int) -> None:
    """Refuse an unknown unit or a negative distance, in one line."""
    if unit not in UNITS:
        raise InvalidValueError(f"unknown unit {unit!r}: use {', '.join(UNITS)}")
    if distance < 0:
        raise InvalidValueError(f"the distance cannot be negative ({distance})")


def intervals(spans: Iterable[S], unit: str, distance: int = 0,
              document: Document | None = None) -> list[tuple[int, int, S]]:
    """``(lo, hi, span)`` for each span of one document that takes part under ``unit``.

    ``document`` (the spans' document) is needed for ``paragraph`` and ``turn``.
    """
    check_unit(unit, distance)
    if unit == "overlap":
        return [(s.start, s.end, s) for s in spans]
    if unit == "near":
        return [(s.start, s.end + distance + 1, s) for s in spans]
    if document is None:
        raise ValueError(f"the unit {unit!r} needs the document")
    if unit == "paragraph":
        starts = [0, *(m.end() for m in _NEWLINE.finditer(document.text))]
        return [(_line(starts, s.start), _line(starts, s.end - 1) + 1, s) for s in spans]
    return _turn_intervals(spans, document)


def _line(starts: Sequence[int], offset: int) -> int:
    """The 0-based line holding ``offset``."""
    return bisect.bisect_right(starts, offset) - 1


def _turn_intervals(spans: Iterable[S], document: Document) -> list[tuple[int, int, S]]:
    turn_starts = [t.start for t in document.turns]
    turn_ends = [t.end for t in document.turns]
    found = []
    for s in spans:
        first = bisect.bisect_right(turn_ends, s.start)  # the first turn ending after start
        last = bisect.bisect_left(turn_starts, s.end)  # past the last turn starting before end
        if first < last:
            found.append((first, last, s))
    return found
