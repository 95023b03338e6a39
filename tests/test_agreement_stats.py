"""The coefficients against published worked examples and hand computation."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qda_app.team.agreement_stats import (
    binary_alpha,
    brennan_prediger,
    cohen_kappa,
    krippendorff_alpha,
    percent,
)

NAN = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers, 12 units, nominal values 1-5, with missing values; alpha = 0.743.
KRIPPENDORFF_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]
# Same paper, section A: binary data, two observers, no missing values; alpha = 0.095.
KRIPPENDORFF_A = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]


def value_counts(reliability_data: list[list[float]]) -> np.ndarray:
    """Coders × units values (NaN = missing) -> units × values counts, as Krippendorff tabulates."""
    data = np.asarray(reliability_data, dtype=float)
    values = np.unique(data[~np.isnan(data)])
    return np.stack([(data == v).sum(axis=0) for v in values], axis=1).astype(float)


def test_krippendorff_nominal_with_missing_values_published_example() -> None:
    value, note = krippendorff_alpha(value_counts(KRIPPENDORFF_C))
    assert round(value, 3) == 0.743 and note is None
    library = krippendorff.alpha(KRIPPENDORFF_C, level_of_measurement="nominal")
    assert value == pytest.approx(library, abs=1e-12)


def test_krippendorff_binary_published_example_from_coder_counts() -> None:
    # units coded by 0, 1 and 2 of the observers: 5, 4 and 1
    value, _ = binary_alpha([5, 4, 1], coders=2)
    assert round(value, 3) == 0.095
    assert value == pytest.approx(
        krippendorff.alpha(KRIPPENDORFF_A, level_of_measurement="nominal"), abs=1e-12)


@given(st.integers(2, 5).flatmap(
    lambda m: st.lists(st.lists(st.integers(0, 1), min_size=m, max_size=m),
                       min_size=2, max_size=40)))
def test_binary_alpha_equals_the_krippendorff_package(units: list[list[int]]) -> None:
    data = np.array(units, dtype=float).T  # coders × units
    coders = data.shape[0]
    hist = np.bincount(data.sum(axis=0).astype(int), minlength=coders + 1)
    value, note = binary_alpha(hist, coders)
    if len(np.unique(data)) == 1:
        assert value is None and note.startswith("undefined")
    else:
        expected = krippendorff.alpha(data, level_of_measurement="nominal", value_domain=[0, 1])
        assert value == pytest.approx(expected, abs=1e-9)


def test_alpha_without_variation_is_undefined_not_nan() -> None:
    assert binary_alpha([100, 0, 0], coders=2)[0] is None
    assert binary_alpha([0, 0, 0, 7], coders=3) == (
        None, "undefined: every coder coded every unit (no variation)")
    assert krippendorff_alpha([[3, 0], [2, 0]])[0] is None
    assert krippendorff_alpha([[1, 0], [0, 1]])[0] is None  # no unit has two values


@pytest.mark.parametrize(("table", "kappa"), [
    # Wikipedia, "Cohen's kappa", worked example: 50 proposals, two readers.
    ((20, 5, 10, 15), 0.4),
    # ibid., "same percentages but different numbers": 0.1304 and 0.2593.
    ((45, 15, 25, 15), 0.1304),
    ((25, 35, 5, 35), 0.2593),
    # perfect agreement, and systematic disagreement with balanced margins
    ((10, 0, 0, 10), 1.0),
    ((0, 10, 10, 0), -1.0),
])
def test_cohen_kappa_textbook_tables(table: tuple[int, int, int, int], kappa: float) -> None:
    value, note = cohen_kappa(*table)
    assert round(value, 4) == kappa and note is None


def test_cohen_kappa_is_exact() -> None:
    # p_o = 134/150, p_e = 14540/22500 -> kappa = 5560/7960 exactly
    assert cohen_kappa(26, 14, 2, 108)[0] == 5560 / 7960


def test_cohen_kappa_zero_variance_is_undefined_with_a_reason() -> None:
    assert cohen_kappa(0, 0, 0, 150, "character") == (
        None, "undefined: neither coder coded any character, so chance agreement is 1")
    assert cohen_kappa(9, 0, 0, 0, "document") == (
        None, "undefined: both coders coded every document, so chance agreement is 1")
    assert cohen_kappa(0, 0, 0, 0)[0] is None
    # one coder constant, the other not: defined (chance agreement < 1)
    assert cohen_kappa(0, 0, 5, 5) == (0.0, None)
    assert cohen_kappa(0, 10, 0, 0) == (0.0, None)


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_cohen_kappa_is_a_number_in_range_or_explained(a: int, b: int, c: int, d: int) -> None:
    value, note = cohen_kappa(a, b, c, d)
    if value is None:
        assert note and note.startswith("undefined")
    else:
        assert math.isfinite(value) and -1 <= value <= 1 and note is None


def test_brennan_prediger_by_hand() -> None:
    # p_o = 2/5, chance 1/3: (0.4 - 1/3) / (2/3) = 0.1
    assert brennan_prediger(2, 3, 3) == (pytest.approx(0.1), None)
    assert brennan_prediger(4, 4, 3)[0] == pytest.approx(0.25)
    assert brennan_prediger(6, 2, 4)[0] == pytest.approx(2 / 3)
    assert brennan_prediger(0, 0, 3) == (None, "undefined: no codings to compare")
    assert brennan_prediger(5, 0, 1) == (
        None, "undefined: with a single code chance agreement is 1")


def test_percent() -> None:
    assert percent(2, 3) == pytest.approx(66.6667, abs=1e-4)
    assert percent(0, 0) is None
