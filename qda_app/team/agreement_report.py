"""Agreement results as tables, text and JSON: what the terminal, Word and CSV show.

:func:`statistics_tables` is the layout of ``qda agreement``'s text output and
of the Word export; the statistics CSV writes the same numbers with the same
rounding (:func:`format_cell`). The Agreement window has its own translated
models (``ui/agreement_tables.py``) over the same :class:`AgreementResult`, so
the numbers still cannot differ, only the labels and columns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..text_format import one_line
from .agreement import AgreementResult, AlphaStats, BinaryStats, SegmentStats
from .disagreements import Disagreement

UNDEFINED = "undefined"
ALL_CODES = "All codes"


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    kind: str = "int"
    """``text``, ``int``, ``percent`` (0–100, one decimal) or ``coef`` (three decimals)."""


@dataclass(frozen=True, slots=True)
class Table:
    key: str
    """``segment``, ``character``, ``presence`` or ``alpha`` (as in the JSON)."""
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    """Raw values (``None`` = undefined); the last row is the overall one."""


def format_cell(value: Any, kind: str) -> str:
    if value is None:
        return UNDEFINED if kind in ("percent", "coef") else ""
    if kind == "percent":
        return f"{value:.1f}"
    if kind == "coef":
        return f"{value:.3f}"
    return str(value)


def format_overlap(overlap: float) -> str:
    return f"{overlap:g}"


def statistics_tables(result: AgreementResult) -> list[Table]:
    a, b = result.pair
    seg_cols = (Column("Code", "text"), Column(f"codings {a}"), Column(f"codings {b}"),
                Column("agreements"), Column("disagreements"), Column("% agreement", "percent"),
                Column("kappa (Brennan & Prediger)", "coef"), Column("note", "text"))
    bin_cols = (Column("Code", "text"), Column("both"), Column(f"only {a}"),
                Column(f"only {b}"), Column("neither"), Column("% agreement", "percent"),
                Column("kappa (Cohen)", "coef"), Column("note", "text"))
    alpha_cols = (Column("Code", "text"),
                  *(Column(f"coded by {d}") for d in range(len(result.coders) + 1)),
                  Column("alpha", "coef"), Column("note", "text"))

    def seg(name: str, s: SegmentStats) -> tuple[Any, ...]:
        return (name, s.codings[0], s.codings[1], s.agreements, s.disagreements,
                s.percent_agreement, s.kappa_bp, s.note)

    def binary(name: str, s: BinaryStats) -> tuple[Any, ...]:
        return (name, s.both, s.only_first, s.only_second, s.neither, s.percent_agreement,
                s.kappa, s.note)

    def alpha(name: str, s: AlphaStats) -> tuple[Any, ...]:
        return (name, *s.coded_by, s.value, s.note)

    overlap = format_overlap(result.overlap)
    return [
        Table("segment", f"Segment level: {a} and {b}, overlap ≥ {overlap} %", seg_cols,
              _rows(result.segment.per_code, result.segment.overall, seg)),
        Table("character", f"Character level (characters): {a} and {b}", bin_cols,
              _rows(result.character.per_code, result.character.overall, binary)),
        Table("presence", f"Code presence (documents): {a} and {b}", bin_cols,
              _rows(result.presence.per_code, result.presence.overall, binary)),
        Table("alpha", f"Krippendorff's alpha (characters): {', '.join(result.coders)}",
              alpha_cols, _rows(result.alpha.per_code, result.alpha.overall, alpha)),
    ]


def _rows(per_code: Any, overall: Any, make: Any) -> tuple[tuple[Any, ...], ...]:
    return (*(make(path, s) for path, s in per_code.items()), make(ALL_CODES, overall))


# -- JSON ---------------------------------------------------------------------------------


def _segment_dict(s: SegmentStats, pair: tuple[str, str]) -> dict[str, Any]:
    return {"agreements": s.agreements, "disagreements": s.disagreements,
            "percent_agreement": s.percent_agreement, "kappa_bp": s.kappa_bp,
            "codings": dict(zip(pair, s.codings, strict=True)),
            "matched": dict(zip(pair, s.matched, strict=True)), "note": s.note}


def _binary_dict(s: BinaryStats, pair: tuple[str, str]) -> dict[str, Any]:
    return {"agreements": s.agreements, "disagreements": s.disagreements,
            "percent_agreement": s.percent_agreement, "kappa": s.kappa, "units": s.units,
            "both": s.both, "only": {pair[0]: s.only_first, pair[1]: s.only_second},
            "neither": s.neither, "note": s.note}


def disagreement_dict(d: Disagreement) -> dict[str, Any]:
    return {
        "document": d.document, "document_uuid": d.document_uuid, "code": d.code,
        "code_uuid": d.code_uuid, "start": d.start, "end": d.end, "kind": d.kind,
        "text": d.text,
        "codings": {coder: [{"start": c.start, "end": c.end, "matched": c.matched,
                             "uuid": c.uuid} for c in d.of(coder)] for coder in d.coders},
    }


def to_dict(result: AgreementResult, disagreements: bool = True) -> dict[str, Any]:
    pair = result.pair
    overlap = int(result.overlap) if result.overlap.is_integer() else result.overlap
    alpha_notes = {path: s.note for path, s in result.alpha.per_code.items() if s.note}
    if result.alpha.overall.note:
        alpha_notes = {"overall": result.alpha.overall.note, **alpha_notes}
    out: dict[str, Any] = {
        "coders": list(result.coders),
        "overlap": overlap,
        "documents": [{"name": d.name, "uuid": d.uuid, "chars": d.chars}
                      for d in result.documents],
        "codes": [c.path for c in result.codes],
        "segment": {"coders": list(pair),
                    "overall": _segment_dict(result.segment.overall, pair),
                    "per_code": {p: _segment_dict(s, pair)
                                 for p, s in result.segment.per_code.items()}},
    }
    for key, level in (("character", result.character), ("presence", result.presence)):
        out[key] = {"coders": list(pair), "overall": _binary_dict(level.overall, pair),
                    "per_code": {p: _binary_dict(s, pair) for p, s in level.per_code.items()}}
    out["alpha"] = {
        "coders": list(result.coders),
        "overall": result.alpha.overall.value,
        "per_code": {p: s.value for p, s in result.alpha.per_code.items()},
        "coded_by": {"overall": list(result.alpha.overall.coded_by),
                     **{p: list(s.coded_by) for p, s in result.alpha.per_code.items()}},
        "notes": alpha_notes,
    }
    out["notes"] = list(result.notes)
    if disagreements:
        out["disagreements"] = [disagreement_dict(d) for d in result.disagreements]
    return out


# -- text ---------------------------------------------------------------------------------


def table_text(table: Table) -> str:
    cells = [[c.label for c in table.columns]]
    cells += [[format_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
              for row in table.rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(table.columns))]
    lines = [table.title]
    for row in cells:
        padded = [cell.rjust(w) if col.kind != "text" else cell.ljust(w)
                  for cell, w, col in zip(row[:-1], widths[:-1], table.columns[:-1],
                                          strict=True)]
        lines.append("  ".join([*padded, row[-1]]).rstrip())
    return "\n".join(lines)


def coding_ranges(codings: Sequence[Any]) -> str:
    """``120–340, 400–420 (unmatched)`` for one coder's codings at a place."""
    return ", ".join(f"{c.start}–{c.end}" + ("" if c.matched else " (unmatched)")
                     for c in codings) or "—"


def disagreement_lines(result: AgreementResult) -> Iterator[str]:
    for d in result.disagreements:
        yield f"{d.document} {d.start}–{d.end}  {d.code}: {d.kind}"
        for coder in d.coders:
            yield f"  {coder}: {coding_ranges(d.of(coder))}"
        yield f"  text: {one_line(d.text, 100)}"


def to_text(result: AgreementResult, list_disagreements: bool = False) -> str:
    docs = ", ".join(d.name for d in result.documents) or "none"
    head = [f"Agreement of {', '.join(result.coders)}",
            f"documents: {docs}",
            f"codes: {len(result.codes)} (chance agreement for Brennan & Prediger: "
            f"1/{len(result.codes)})" if result.codes else "codes: none"]
    parts = ["\n".join(head), *(table_text(t) for t in statistics_tables(result))]
    n = len(result.disagreements)
    summary = f"Disagreements: {n} place{'s' if n != 1 else ''}"
    if list_disagreements and n:
        parts.append("\n".join([summary, *disagreement_lines(result)]))
    else:
        hint = " (--list prints them, --out FILE.docx|.csv exports them)" if n else ""
        parts.append(summary + hint)
    parts.extend(f"note: {note}" for note in result.notes)
    return "\n\n".join(parts)
