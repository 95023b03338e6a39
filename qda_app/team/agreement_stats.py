"""The agreement coefficients, each exactly as the README defines it.

Every function returns ``(value, note)``: ``value`` is ``None`` when the
coefficient is undefined (no units, or chance agreement of 1), and ``note``
then says why in one line. Nothing here returns NaN or divides by zero.

Cohen's and Brennan & Prediger's kappa are computed with exact fractions;
Krippendorff's alpha from its coincidence matrix in floating point (the
``krippendorff`` package computes the same and the tests compare both).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import numpy.typing as npt

Estimate = tuple[float | None, str | None]


def percent(agreements: int, total: int) -> float | None:
    """``agreements / total`` in percent; ``None`` when there is nothing to compare."""
    return None if total == 0 else float(Fraction(100 * agreements, total))


def cohen_kappa(both: int, only_first: int, only_second: int, neither: int,
                unit: str = "unit") -> Estimate:
    """Cohen's kappa of a 2×2 table: ``(p_o - p_e) / (1 - p_e)``.

    ``p_o = (both + neither) / N``; ``p_e = (f·s + (N-f)(N-s)) / N²`` with
    ``f`` and ``s`` the units the first and the second coder coded.
    """
    n = both + only_first + only_second + neither
    if n == 0:
        return None, f"undefined: there is no {unit} to compare"
    first, second = both + only_first, both + only_second
    expected = first * second + (n - first) * (n - second)  # p_e · N²
    if expected == n * n:
        who = f"both coders coded every {unit}" if first == n else f"neither coder coded any {unit}"
        return None, f"undefined: {who}, so chance agreement is 1"
    return float(Fraction((both + neither) * n - expected, n * n - expected)), None


def brennan_prediger(agreements: int, disagreements: int, n_codes: int) -> Estimate:
    """Brennan & Prediger's kappa: ``(p_o - 1/k) / (1 - 1/k)`` with ``k`` codes in the analysis.

    ``p_o = agreements / (agreements + disagreements)``.
    """
    total = agreements + disagreements
    if total == 0:
        return None, "undefined: no codings to compare"
    if n_codes < 2:
        return None, "undefined: with a single code chance agreement is 1"
    return float(Fraction(agreements * n_codes - total, total * (n_codes - 1))), None


def krippendorff_alpha(counts: npt.ArrayLike, weights: npt.ArrayLike | None = None) -> Estimate:
    """Krippendorff's alpha for nominal data from ``counts[unit, value]``.

    ``weights[unit]`` says how many units have that row of counts (the
    character level has millions of units but only ``coders + 1`` kinds).
    Coincidences ``o_ck = Σ_u w_u (n_uc n_uk - [c=k] n_uc) / (m_u - 1)`` over
    units with ``m_u ≥ 2`` values; ``α = 1 - (n - 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k``.
    """
    vc = np.asarray(counts, dtype=float)
    w = np.ones(len(vc)) if weights is None else np.asarray(weights, dtype=float)
    m_u = vc.sum(axis=1)
    keep = (m_u >= 2) & (w > 0)
    vc, w, m_u = vc[keep], w[keep], m_u[keep]
    if len(vc) == 0:
        return None, "undefined: no unit has values from two coders"
    scaled = vc * (w / (m_u - 1))[:, None]
    o = scaled.T @ vc - np.diag(scaled.sum(axis=0))
    n_c = o.sum(axis=1)
    off = ~np.eye(len(n_c), dtype=bool)
    expected = np.outer(n_c, n_c)[off].sum()
    if expected == 0:
        return None, "undefined: every value is the same (no variation), so chance agreement is 1"
    return float(1 - (n_c.sum() - 1) * o[off].sum() / expected), None


def binary_alpha(depth_histogram: npt.ArrayLike, coders: int) -> Estimate:
    """Alpha over present/absent units; ``depth_histogram[d]`` = units coded by ``d`` coders."""
    hist = np.asarray(depth_histogram, dtype=float)
    depth = np.arange(len(hist))
    counts = np.stack([coders - depth, depth], axis=1)
    if hist[1:].sum() == 0:
        return None, "undefined: no coder used it (no variation), so chance agreement is 1"
    if hist[:-1].sum() == 0:
        return None, "undefined: every coder coded every unit (no variation)"
    return krippendorff_alpha(counts, hist)
