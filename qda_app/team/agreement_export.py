"""Exporting agreement results: Word (statistics tables and the disagreement list) and CSV.

Written all-or-nothing through :func:`atomic_output`; ``progress(done, total)``
may cancel (nothing is written then). CSV files are UTF-8 with a byte order mark
(Excel reads umlauts right) and take the delimiter of the other exports. The
Word file is built by the exporters' :class:`WordWriter` (landscape: the
disagreement list has a column per coder), imported only when one is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..exporters.tables import csv_delimiter, write_csv
from ..files import Progress, atomic_output, check_progress, check_target
from .agreement import AgreementResult
from .agreement_report import (
    ALL_CODES,
    coding_ranges,
    format_cell,
    format_overlap,
    statistics_tables,
)

SUFFIXES = (".docx", ".csv")


def check_export_target(target: str | Path, force: bool = False) -> Path:
    """``target`` as a Path if :func:`export` can write it, else a one-line error."""
    return check_target(target, SUFFIXES, force, "the agreement export")


def export(result: AgreementResult, target: str | Path, force: bool = False,
           progress: Progress | None = None, delimiter: str = ",") -> Path:
    """Write ``.docx`` (statistics and disagreements) or ``.csv`` (disagreements) by suffix.

    The file name is checked first: a wrong suffix, a missing folder or a file
    that exists (without ``force``) fails before the work.
    """
    target = check_export_target(target, force)
    if target.suffix.lower() == ".docx":
        export_docx(result, target, force, progress)
    else:
        export_disagreements_csv(result, target, force, progress, delimiter)
    return target


def export_disagreements_csv(result: AgreementResult, target: str | Path, force: bool = False,
                             progress: Progress | None = None, delimiter: str = ",") -> None:
    """One row per place: where, which code, the text and each coder's codings."""
    sep = csv_delimiter(delimiter)
    header = ["document", "start", "end", "code", "kind", "text", *result.coders,
              "document_uuid", "code_uuid"]
    with atomic_output(target, force) as tmp:
        write_csv(tmp, header, _disagreement_rows(result, progress), sep)


def _disagreement_rows(result: AgreementResult, progress: Progress | None
                       ) -> Iterator[list[Any]]:
    total = len(result.disagreements)
    for i, d in enumerate(result.disagreements):
        if i % 500 == 0:
            check_progress(progress, i, total)
        yield [d.document, d.start, d.end, d.code, d.kind, d.text,
               *(coding_ranges(d.of(c)) for c in result.coders), d.document_uuid, d.code_uuid]
    check_progress(progress, total, total)


def export_statistics_csv(result: AgreementResult, target: str | Path, force: bool = False,
                          delimiter: str = ",") -> None:
    """All statistics in one table: a row per level and code, ``level`` says which it is."""
    sep = csv_delimiter(delimiter)
    a, b = result.pair
    header = ["level", "code", f"codings {a}", f"codings {b}", "both", f"only {a}",
              f"only {b}", "neither", "agreements", "disagreements", "% agreement",
              "kappa (Cohen)", "kappa (Brennan & Prediger)",
              f"coded by 0…{len(result.coders)} coders", "alpha", "note"]
    with atomic_output(target, force) as tmp:
        write_csv(tmp, header, _statistics_rows(result), sep)


def _statistics_rows(result: AgreementResult) -> Iterator[list[Any]]:
    def number(value: float | None, kind: str) -> str:
        return format_cell(value, kind)

    for path, s in [*result.segment.per_code.items(), (ALL_CODES, result.segment.overall)]:
        yield ["segment", path, *s.codings, "", "", "", "", s.agreements, s.disagreements,
               number(s.percent_agreement, "percent"), "", number(s.kappa_bp, "coef"), "", "",
               s.note or ""]
    for level, stats in (("character", result.character), ("presence", result.presence)):
        for path, c in [*stats.per_code.items(), (ALL_CODES, stats.overall)]:
            yield [level, path, "", "", c.both, c.only_first, c.only_second, c.neither,
                   c.agreements, c.disagreements, number(c.percent_agreement, "percent"),
                   number(c.kappa, "coef"), "", "", "", c.note or ""]
    for path, al in [*result.alpha.per_code.items(), (ALL_CODES, result.alpha.overall)]:
        yield ["alpha", path, *[""] * 11, "/".join(map(str, al.coded_by)),
               number(al.value, "coef"), al.note or ""]


def export_docx(result: AgreementResult, target: str | Path, force: bool = False,
                progress: Progress | None = None) -> None:
    from ..exporters.docx_common import WordWriter

    word = WordWriter("Intercoder agreement", lang="en", landscape=True)
    width = word.text_width_cm
    word.heading("Intercoder agreement", 1)
    word.text(f"Coders: {', '.join(result.coders)}. Overlap for the segment level: "
              f"{format_overlap(result.overlap)} % of the union of two codings.")
    word.text("Documents: " + (", ".join(d.name for d in result.documents) or "none"))
    bullet = word.doc.styles["List Bullet"].style_id
    for note in result.notes:
        word.text(note, style=bullet)
    for table in statistics_tables(result):
        word.heading(table.title, 2)
        middle = (width - 5.0 - 5.0) / (len(table.columns) - 2)
        word.table([c.label for c in table.columns],
                   [[format_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                    for row in table.rows],
                   [5.0, *[middle] * (len(table.columns) - 2), 5.0])
    word.heading(f"Disagreements ({len(result.disagreements)})", 2)
    rows = _disagreement_cells(result, progress)
    if rows:
        fixed = [3.0, 2.2, 3.5, 2.6]
        per_coder = min(3.2, (width - sum(fixed) - 7.0) / len(result.coders))
        text = width - sum(fixed) - per_coder * len(result.coders)
        word.table(["Document", "Position", "Code", "Difference", "Text", *result.coders], rows,
                   [*fixed, text, *[per_coder] * len(result.coders)])
    word.save(target, force)


def _disagreement_cells(result: AgreementResult, progress: Progress | None
                        ) -> list[list[str]]:
    rows = []
    total = len(result.disagreements)
    for i, d in enumerate(result.disagreements):
        if i % 200 == 0:
            check_progress(progress, i, total)
        rows.append([d.document, f"{d.start}–{d.end}", d.code, d.kind, d.text,
                     *(coding_ranges(d.of(c)) for c in result.coders)])
    check_progress(progress, total, total)
    return rows
