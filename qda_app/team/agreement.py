"""Intercoder agreement: segment level, character level, code presence, Krippendorff's alpha.

:func:`compute_agreement` takes plain inputs (documents with their lengths,
codes, coder names and codings) so that tests can feed hand-made cases; the
:func:`~.agreement_input.measure_agreement` collects them from a project. The results
are frozen records the window shows as tables and the command line prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Generic, TypeVar

import numpy as np

from ..errors import InvalidValueError
from ..records import SpanLike
from . import agreement_stats as st
from .agreement_spans import Bools, coverage, match_spans
from .disagreements import Disagreement, SpanTable, find_disagreements


@dataclass(frozen=True, slots=True)
class DocumentRef:
    uuid: str
    name: str
    chars: int


@dataclass(frozen=True, slots=True)
class CodeRef:
    uuid: str
    path: str


@dataclass(frozen=True, slots=True)
class SegmentStats:
    """Segment level for the first two coders; ``matched``/``codings`` are per coder."""

    agreements: int
    disagreements: int
    percent_agreement: float | None
    kappa_bp: float | None
    matched: tuple[int, int]
    codings: tuple[int, int]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class BinaryStats:
    """A 2×2 table of units (characters, or document-code pairs) and its coefficients."""

    both: int
    only_first: int
    only_second: int
    neither: int
    percent_agreement: float | None
    kappa: float | None
    note: str | None = None

    @property
    def units(self) -> int:
        return self.both + self.only_first + self.only_second + self.neither

    @property
    def agreements(self) -> int:
        return self.both + self.neither

    @property
    def disagreements(self) -> int:
        return self.only_first + self.only_second


@dataclass(frozen=True, slots=True)
class AlphaStats:
    """``coded_by[d]`` = characters coded by exactly ``d`` of the coders (for recomputing)."""

    value: float | None
    coded_by: tuple[int, ...]
    note: str | None = None


S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Level(Generic[S]):
    overall: S
    per_code: Mapping[str, S]
    """By code path, in code-system order."""


@dataclass(frozen=True, slots=True)
class AgreementResult:
    coders: tuple[str, ...]
    overlap: float
    documents: tuple[DocumentRef, ...]
    codes: tuple[CodeRef, ...]
    segment: Level[SegmentStats]
    character: Level[BinaryStats]
    presence: Level[BinaryStats]
    alpha: Level[AlphaStats]
    disagreements: tuple[Disagreement, ...]
    notes: tuple[str, ...] = ()

    @property
    def pair(self) -> tuple[str, str]:
        """The two coders of the segment, character and presence levels."""
        return self.coders[0], self.coders[1]


def check_overlap(overlap: float) -> float:
    if not 0 < overlap <= 100:
        raise InvalidValueError(f"overlap must be a percentage above 0 and up to 100, "
                                f"not {overlap:g}")
    return float(overlap)


def compute_agreement(
    coders: Sequence[str],
    documents: Sequence[DocumentRef],
    codes: Sequence[CodeRef],
    codings: Iterable[SpanLike],
    overlap: float = 90,
    text_of: Callable[[str], str] | None = None,
) -> AgreementResult:
    """All statistics for ``coders`` over ``documents`` × ``codes``.

    Codings of other coders, documents or codes are ignored. ``text_of(uuid)``
    gives a document's text for the disagreement list (empty without it).
    """
    overlap = check_overlap(overlap)
    if len(coders) < 2 or len(set(coders)) != len(coders):
        raise InvalidValueError("agreement needs at least two different coders")
    table = _table(coders, documents, codes, codings)
    notes = []
    if len(coders) > 2:
        notes.append(f"segment, character and presence levels compare the first two coders "
                     f"({coders[0]} and {coders[1]}); alpha takes all {len(coders)}")
    matched_by = _match_all(table, overlap)
    disagreements = find_disagreements(table, matched_by, text_of or (lambda _uuid: ""))
    pair, depth = _coverage(table, documents)
    return AgreementResult(
        coders=tuple(coders), overlap=overlap, documents=tuple(documents), codes=tuple(codes),
        segment=_segment_level(table, matched_by),
        character=_binary_level(pair, table.code_paths, "character"),
        presence=_presence_level(table, len(documents)),
        alpha=_alpha_level(depth, len(table.coders), table.code_paths),
        disagreements=tuple(disagreements), notes=tuple(notes),
    )


def _table(coders: Sequence[str], documents: Sequence[DocumentRef], codes: Sequence[CodeRef],
           codings: Iterable[SpanLike]) -> SpanTable:
    doc_ix = {d.uuid: i for i, d in enumerate(documents)}
    code_ix = {c.uuid: i for i, c in enumerate(codes)}
    coder_ix = {name: i for i, name in enumerate(coders)}
    rows = [(c.uuid, doc_ix[c.document_uuid], code_ix[c.code_uuid], coder_ix[c.coder],
             c.start, c.end)
            for c in codings
            if c.document_uuid in doc_ix and c.code_uuid in code_ix and c.coder in coder_ix]
    cols = list(zip(*rows, strict=True)) if rows else [(), (), (), (), (), ()]

    def ints(values: Sequence[int]) -> np.ndarray:
        return np.asarray(values, dtype=np.int64)

    return SpanTable(
        uuids=list(cols[0]), doc=ints(cols[1]), code=ints(cols[2]), coder=ints(cols[3]),
        start=ints(cols[4]), end=ints(cols[5]), doc_uuids=[d.uuid for d in documents],
        doc_names=[d.name for d in documents], code_uuids=[c.uuid for c in codes],
        code_paths=[c.path for c in codes], coders=list(coders),
    )


def _match_all(t: SpanTable, overlap: float) -> Bools:
    """``matched_by[i, j]``: coding ``i`` has a partner among coder ``j``'s codings."""
    n_coders = len(t.coders)
    matched_by = np.zeros((len(t.start), n_coders), dtype=bool)
    matched_by[np.arange(len(t.start)), t.coder] = True
    group = t.doc * len(t.code_paths) + t.code
    order = np.argsort(group, kind="stable")
    bounds = np.flatnonzero(np.diff(group[order])) + 1
    for rows in np.split(order, bounds) if len(order) else []:
        by_coder = [rows[t.coder[rows] == j] for j in range(n_coders)]
        for p, q in combinations(range(n_coders), 2):
            a, b = by_coder[p], by_coder[q]
            a_hit, b_hit = match_spans(t.start[a], t.end[a], t.start[b], t.end[b], overlap)
            matched_by[a, q] = a_hit
            matched_by[b, p] = b_hit
    return matched_by


def _segment_stats(codings: tuple[int, int], matched: tuple[int, int],
                   n_codes: int) -> SegmentStats:
    agreements = matched[0] + matched[1]
    disagreements = codings[0] + codings[1] - agreements
    kappa, note = st.brennan_prediger(agreements, disagreements, n_codes)
    return SegmentStats(agreements, disagreements, st.percent(agreements, agreements
                        + disagreements), kappa, matched, codings, note)


def _segment_level(t: SpanTable, matched_by: Bools) -> Level[SegmentStats]:
    n_codes = len(t.code_paths)
    codings = np.zeros((n_codes, 2), dtype=np.int64)
    matched = np.zeros((n_codes, 2), dtype=np.int64)
    for j, other in ((0, 1), (1, 0)):
        mine = t.coder == j
        codings[:, j] = np.bincount(t.code[mine], minlength=n_codes)
        matched[:, j] = np.bincount(t.code[mine & matched_by[:, other]], minlength=n_codes)
    per_code = {
        path: _segment_stats((int(codings[k, 0]), int(codings[k, 1])),
                             (int(matched[k, 0]), int(matched[k, 1])), n_codes)
        for k, path in enumerate(t.code_paths)
    }
    c, m = codings.sum(axis=0), matched.sum(axis=0)
    overall = _segment_stats((int(c[0]), int(c[1])), (int(m[0]), int(m[1])), n_codes)
    return Level(overall, per_code)


def binary_stats(both: int, only_first: int, only_second: int, neither: int,
                 unit: str) -> BinaryStats:
    kappa, note = st.cohen_kappa(both, only_first, only_second, neither, unit)
    agree = st.percent(both + neither, both + only_first + only_second + neither)
    return BinaryStats(both, only_first, only_second, neither, agree, kappa, note)


def _binary_level(table: np.ndarray, paths: Sequence[str], unit: str) -> Level[BinaryStats]:
    per_code = {path: _binary_row(table[k], unit) for k, path in enumerate(paths)}
    return Level(_binary_row(table.sum(axis=0), unit), per_code)


def _binary_row(row: np.ndarray, unit: str) -> BinaryStats:
    """The statistics of one row of a 2×2 table laid out as (both, only first, only second,
    neither); unpacking fails loudly if a row ever has another shape."""
    both, only_first, only_second, neither = (int(v) for v in row)
    return binary_stats(both, only_first, only_second, neither, unit)


def _coverage(t: SpanTable, documents: Sequence[DocumentRef]) -> tuple[np.ndarray, np.ndarray]:
    """Characters per code: the first two coders' 2×2 table, and by how many coders."""
    offsets = np.concatenate([[0], np.cumsum([d.chars for d in documents], dtype=np.int64)])
    shift = offsets[t.doc]
    return coverage(t.code, t.coder, shift + t.start, shift + t.end, len(t.code_paths),
                    len(t.coders), int(offsets[-1]))


def _presence_level(t: SpanTable, n_docs: int) -> Level[BinaryStats]:
    n_codes = len(t.code_paths)
    present = np.zeros((2, n_docs, n_codes), dtype=bool)
    first_two = t.coder < 2
    present[t.coder[first_two], t.doc[first_two], t.code[first_two]] = True
    a, b = present[0], present[1]
    table = np.stack([(a & b).sum(axis=0), (a & ~b).sum(axis=0), (~a & b).sum(axis=0),
                      (~a & ~b).sum(axis=0)], axis=1)
    return _binary_level(table, t.code_paths, "document")


def _alpha_stats(hist: np.ndarray, n_coders: int) -> AlphaStats:
    value, note = st.binary_alpha(hist, n_coders)
    return AlphaStats(value, tuple(int(v) for v in hist), note)


def _alpha_level(depth: np.ndarray, n_coders: int, paths: Sequence[str]) -> Level[AlphaStats]:
    per_code = {path: _alpha_stats(depth[k], n_coders) for k, path in enumerate(paths)}
    return Level(_alpha_stats(depth.sum(axis=0), n_coders), per_code)
