"""Which codings meet: a sweep over intervals sorted by start, never all pairs of codings.

Every unit of co-occurrence (overlapping text, the same paragraph or speaker turn, a
distance in characters) becomes a half-open interval ``[lo, hi)`` per coding on one
axis, chosen so that two codings co-occur exactly when their intervals intersect (see
:func:`qda_app.analysis.units.intervals`). The sweep visits the intervals by ``lo``;
those still open when one starts are the ones it meets. Counting keeps, per code, how
many are open, so a document with *n* codings of *k* codes costs *n* log *n* + *n*·*k*
steps, however many pairs there are.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

Interval = tuple[int, int, T]
"""``(lo, hi, item)``: the item occupies ``[lo, hi)``; ``hi > lo``."""


def pair_counts(intervals: Iterable[tuple[int, int, K]]) -> Counter[tuple[K, K]]:
    """How many pairs of intervals of two different keys intersect, per ordered key pair.

    Symmetric: ``counts[a, b] == counts[b, a]``. Intervals of the same key never count,
    and neither does an interval with itself.
    """
    counts: Counter[tuple[K, K]] = Counter()
    open_ends: list[tuple[int, int]] = []  # (hi, serial): a heap of the intervals still open
    open_keys: dict[int, K] = {}
    open_per_key: Counter[K] = Counter()
    for serial, (lo, hi, key) in enumerate(sorted(intervals, key=lambda t: t[0])):
        while open_ends and open_ends[0][0] <= lo:
            gone = open_keys.pop(heapq.heappop(open_ends)[1])
            open_per_key[gone] -= 1
            if not open_per_key[gone]:
                del open_per_key[gone]  # iterate over open keys only, not every key seen
        for other, n in open_per_key.items():
            if other != key:
                counts[key, other] += n
                counts[other, key] += n
        heapq.heappush(open_ends, (hi, serial))
        open_keys[serial] = key
        open_per_key[key] += 1
    return counts


def meeting_pairs(first: Sequence[tuple[int, int, T]], second: Sequence[tuple[int, int, T]]
                  ) -> Iterator[tuple[T, T]]:
    """Every pair (an item of ``first``, an item of ``second``) whose intervals intersect,
    in the order their later interval starts.

    The same sweep as :func:`pair_counts`, listing what it would count: the work is the
    number of intervals (times log) plus the number of pairs.
    """
    tagged = sorted([(lo, hi, 0, item) for lo, hi, item in first]
                    + [(lo, hi, 1, item) for lo, hi, item in second], key=lambda t: t[0])
    ends: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    items: tuple[dict[int, T], dict[int, T]] = ({}, {})
    for serial, (lo, hi, side, item) in enumerate(tagged):
        for heap, opened in zip(ends, items, strict=True):
            while heap and heap[0][0] <= lo:
                del opened[heapq.heappop(heap)[1]]
        for other in items[1 - side].values():
            yield (item, other) if side == 0 else (other, item)
        heapq.heappush(ends[side], (hi, serial))
        items[side][serial] = item
