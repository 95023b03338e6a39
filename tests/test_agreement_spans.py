"""Span matching and character coverage against character-by-character brute force."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qda_app.team.agreement_spans import cluster_ids, coverage, match_spans


def _arr(values: list[int]) -> np.ndarray:
    return np.asarray(values, dtype=np.int64)


def _match(a: tuple[int, int], b: tuple[int, int], threshold: float) -> bool:
    hit, _ = match_spans(_arr([a[0]]), _arr([a[1]]), _arr([b[0]]), _arr([b[1]]), threshold)
    return bool(hit[0])


def test_overlap_is_measured_against_the_union_of_both_spans() -> None:
    assert _match((0, 10), (0, 9), 90)  # 9 of 10 characters: 90 %
    assert not _match((0, 10), (0, 9), 91)
    assert not _match((0, 10), (1, 11), 90)  # 9 of 11: 81.8 %
    assert _match((0, 10), (1, 11), 81.8)
    assert not _match((0, 5), (5, 10), 1)  # touching is not overlapping
    assert _match((3, 7), (3, 7), 100)
    assert not _match((0, 100), (40, 50), 90)  # contained but only 10 % of the union


def test_every_span_is_matched_by_any_partner() -> None:
    a_hit, b_hit = match_spans(_arr([0, 50]), _arr([10, 60]), _arr([51, 0, 200]),
                               _arr([60, 10, 210]), 90)
    assert a_hit.tolist() == [True, True] and b_hit.tolist() == [True, True, False]


def test_places_chain_overlapping_spans() -> None:
    assert cluster_ids(_arr([0, 5, 9, 20, 20]), _arr([10, 8, 15, 21, 30])).tolist() == [
        0, 0, 0, 1, 1]
    assert cluster_ids(_arr([0, 5]), _arr([5, 9])).tolist() == [0, 1]


spans = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 29),
                           st.integers(1, 12)), max_size=25)


@settings(max_examples=200, deadline=None)
@given(spans, st.integers(2, 3))
def test_coverage_equals_counting_every_character(rows: list[tuple[int, ...]],
                                                  coders: int) -> None:
    total, n_codes = 30, 3
    rows = [(k, c % coders, s, min(total, s + n)) for k, c, s, n in rows]
    marks = np.zeros((n_codes, coders, total), dtype=bool)
    for k, c, s, e in rows:
        marks[k, c, s:e] = True
    cols = list(zip(*rows, strict=True)) if rows else [[], [], [], []]
    pair, depth = coverage(_arr(cols[0]), _arr(cols[1]), _arr(cols[2]), _arr(cols[3]),
                           n_codes, coders, total)
    for k in range(n_codes):
        a, b = marks[k, 0], marks[k, 1]
        assert pair[k].tolist() == [(a & b).sum(), (a & ~b).sum(), (~a & b).sum(),
                                    (~a & ~b).sum()]
        assert depth[k].tolist() == np.bincount(marks[k].sum(axis=0),
                                                minlength=coders + 1).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 15)), max_size=8),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 15)), max_size=8),
       st.sampled_from([50, 80, 90, 100]))
def test_matching_equals_the_definition(a: list[tuple[int, int]], b: list[tuple[int, int]],
                                        threshold: int) -> None:
    a = [(s, s + n) for s, n in a]
    b = [(s, s + n) for s, n in b]

    def partners(x: tuple[int, int], y: tuple[int, int]) -> bool:
        inter = len(set(range(*x)) & set(range(*y)))
        union = len(set(range(*x)) | set(range(*y)))
        return inter > 0 and inter * 100 >= threshold * union

    a_hit, b_hit = match_spans(_arr([s for s, _ in a]), _arr([e for _, e in a]),
                               _arr([s for s, _ in b]), _arr([e for _, e in b]), threshold)
    assert a_hit.tolist() == [any(partners(x, y) for y in b) for x in a]
    assert b_hit.tolist() == [any(partners(x, y) for x in a) for y in b]
