"""Array operations on coded spans: matching, clustering, character coverage.

All of them work on whole arrays (numpy), never on one character at a time:
the benchmark project has 2 million characters, 40 codes and 3 coders.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

_CHUNK = 1 << 20  # pairs compared at once, to bound memory for very large groups


def match_spans(a_start: Ints, a_end: Ints, b_start: Ints, b_end: Ints,
                threshold: float) -> tuple[Bools, Bools]:
    """Which spans of ``a`` have a partner in ``b`` and vice versa.

    Two spans are partners when they overlap by at least ``threshold`` percent
    of the characters of their union: ``overlap · 100 ≥ threshold · union``.
    """
    a_hit = np.zeros(len(a_start), dtype=bool)
    b_hit = np.zeros(len(b_start), dtype=bool)
    if len(a_start) == 0 or len(b_start) == 0:
        return a_hit, b_hit
    step = max(1, _CHUNK // len(b_start))
    for i in range(0, len(a_start), step):
        s, e = a_start[i:i + step, None], a_end[i:i + step, None]
        overlap = np.minimum(e, b_end) - np.maximum(s, b_start)
        union = (e - s) + (b_end - b_start) - overlap
        hit = (overlap > 0) & (overlap * 100.0 >= threshold * union)
        a_hit[i:i + step] = hit.any(axis=1)
        b_hit |= hit.any(axis=0)
    return a_hit, b_hit


def cluster_ids(start: Ints, end: Ints) -> Ints:
    """Number overlapping spans into places; input sorted by ``start``.

    A span opens a new place when it starts at or after the end of every span
    before it (spans that only touch do not share a place).
    """
    if len(start) == 0:
        return np.zeros(0, dtype=np.int64)
    reach = np.maximum.accumulate(end)
    new = np.empty(len(start), dtype=bool)
    new[0] = True
    new[1:] = start[1:] >= reach[:-1]
    return np.cumsum(new) - 1


def coverage(code: Ints, coder: Ints, start: Ints, end: Ints, n_codes: int, n_coders: int,
             total: int) -> tuple[Ints, Ints]:
    """Characters per code by who coded them, from the spans' ends only.

    ``start``/``end`` are offsets into the chosen documents laid end to end
    (``total`` characters). Returns ``pair[code] = (both, only coder 0, only
    coder 1, neither)`` and ``depth[code, d]`` = characters coded by exactly
    ``d`` coders. Each code's block of characters is placed after the
    previous one; one sort of all span ends and a running count per coder
    give who covers each stretch between consecutive ends.
    """
    pair = np.zeros((n_codes, 4), dtype=np.int64)
    depth = np.zeros((n_codes, n_coders + 1), dtype=np.int64)
    pair[:, 3] = depth[:, 0] = total
    if len(start) == 0 or total == 0:
        return pair, depth
    n = len(start)
    base = code.astype(np.int64) * total
    positions = np.concatenate([base + start, base + end])
    steps = np.zeros((2 * n, n_coders), dtype=np.int64)
    steps[np.arange(n), coder] = 1
    steps[n + np.arange(n), coder] = -1
    order = np.argsort(positions, kind="stable")
    positions = positions[order]
    covered = np.cumsum(steps[order], axis=0)[:-1] > 0  # who covers [p_i, p_i+1)
    lengths = np.diff(positions)
    block = np.minimum(positions[:-1] // total, n_codes - 1)
    counts = covered.sum(axis=1)
    depth_sum = np.bincount(block * (n_coders + 1) + counts, weights=lengths,
                            minlength=n_codes * (n_coders + 1))
    depth[:] = np.rint(depth_sum).astype(np.int64).reshape(n_codes, n_coders + 1)
    depth[:, 0] = total - depth[:, 1:].sum(axis=1)
    if n_coders >= 2:
        kind = covered[:, 0].astype(np.int64) + 2 * covered[:, 1]  # 1: first, 2: second, 3: both
        sums = np.bincount(block * 4 + kind, weights=lengths, minlength=n_codes * 4)
        sums = np.rint(sums).astype(np.int64).reshape(n_codes, 4)
        pair[:, 0], pair[:, 1], pair[:, 2] = sums[:, 3], sums[:, 1], sums[:, 2]
        pair[:, 3] = total - pair[:, :3].sum(axis=1)
    return pair, depth
