"""The code × document matrix: how many codings each code has in each document.

:func:`code_document_matrix` computes it without Qt, so the window can show
the same numbers (cells shaded by count) and, on a double-click, list the
segments behind a cell with ``project.segments(**matrix.segment_filter(r, c))``.
:func:`export_matrix` writes it to ``.xlsx`` (with totals and cells shaded by
count) or ``.csv`` (the bare counts, for other tools).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import atomic_output, check_progress, check_target, report_done
from ..project import Project
from ..records import Code
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .tables import csv_delimiter, xlsx_text

SUFFIXES = (".xlsx", ".csv")


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    """One column: a document, or (per coder) one coder's codings in a document."""

    document_uuid: str
    document: str
    coder: str | None = None


@dataclass(frozen=True, slots=True)
class CodeMatrix:
    """Rows are the codes in tree order, columns the documents (× coders)."""

    codes: tuple[Code, ...]
    columns: tuple[MatrixColumn, ...]
    counts: tuple[tuple[int, ...], ...]
    """``counts[row][column]``."""
    include_subcodes: bool = False

    def count(self, row: int, column: int) -> int:
        return self.counts[row][column]

    def row_total(self, row: int) -> int:
        return sum(self.counts[row])

    def column_total(self, column: int) -> int:
        """Codings in a column (own codings of every code; meaningful without subcodes)."""
        return sum(r[column] for r in self.counts)

    def maximum(self) -> int:
        """The largest cell, to scale the shading."""
        return max((max(r, default=0) for r in self.counts), default=0)

    def segment_filter(self, row: int, column: int) -> dict[str, Any]:
        """Keyword arguments for :meth:`Project.segments` listing the codings of a cell."""
        col = self.columns[column]
        return {"code": self.codes[row].uuid, "include_subcodes": self.include_subcodes,
                "document": col.document_uuid, "coder": col.coder}


def code_document_matrix(project: Project, *, by_coder: bool = False,
                         include_subcodes: bool = False) -> CodeMatrix:
    """Count codings per code and document (and coder, if ``by_coder``).

    A cell counts the code's own codings; with ``include_subcodes`` it counts
    those of its subcodes too (what a collapsed tree node stands for).
    """
    codes = tuple(project.codes())
    documents = project.documents()
    coders = [c.name for c in project.coders()] if by_coder else [None]
    columns = tuple(MatrixColumn(d.uuid, d.name, coder) for d in documents for coder in coders)
    parent = {c.uuid: c.parent_uuid for c in codes}
    tally: Counter[tuple[str, str, str | None]] = Counter()
    for seg in project.segments():
        coder = seg.coder if by_coder else None
        code_uuid: str | None = seg.code_uuid
        while code_uuid is not None:
            tally[code_uuid, seg.document_uuid, coder] += 1
            code_uuid = parent[code_uuid] if include_subcodes else None
    counts = tuple(
        tuple(tally[code.uuid, col.document_uuid, col.coder] for col in columns)
        for code in codes
    )
    return CodeMatrix(codes, columns, counts, include_subcodes)


def export_matrix(project: Project, target: str | Path,
                  options: ExportOptions = DEFAULTS) -> Path:
    """Write the code × document matrix (per coder with ``options.by_coder``) to ``.xlsx``
    or ``.csv``."""
    path = check_target(target, SUFFIXES, options.force, "the code-document matrix")
    words = labels(options.lang)
    sep = csv_delimiter(options.delimiter)
    progress = options.progress
    check_progress(progress, 0, 2)
    matrix = code_document_matrix(project, by_coder=options.by_coder)
    check_progress(progress, 1, 2)
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            _write_csv(tmp, matrix, words["code"], sep)
        else:
            _write_xlsx(tmp, matrix, words)
    report_done(progress, 2)
    return path


def _header_rows(matrix: CodeMatrix, first: str) -> list[list[str]]:
    rows = [[first, *(c.document for c in matrix.columns)]]
    if any(c.coder for c in matrix.columns):
        rows.append(["", *(c.coder or "" for c in matrix.columns)])
    return rows


def _write_csv(path: Path, matrix: CodeMatrix, first: str, delimiter: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerows(_header_rows(matrix, first))
        for code, counts in zip(matrix.codes, matrix.counts, strict=True):
            writer.writerow([code.path, *counts])


def _write_xlsx(path: Path, matrix: CodeMatrix, words: Any) -> None:
    # openpyxl loads in a quarter second: only when an .xlsx is written, not at app start
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = words["matrix"][:31]
    header = _header_rows(matrix, words["code"])
    by_coder = len(header) == 2
    bold = Font(bold=True)
    for row in header:
        sheet.append([*map(xlsx_text, row), words["total"] if row is header[0] else ""])
    for code, counts, n in zip(matrix.codes, matrix.counts, range(len(matrix.codes)), strict=True):
        sheet.append([xlsx_text(code.path), *counts, matrix.row_total(n)])
    columns = range(len(matrix.columns))
    sheet.append([words["total"], *(matrix.column_total(c) for c in columns),
                  sum(matrix.row_total(r) for r in range(len(matrix.codes)))])
    for row in sheet.iter_rows(min_row=1, max_row=len(header)):
        for cell in row:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    sheet.column_dimensions["A"].width = 40
    if by_coder:
        _merge_document_headers(sheet, matrix)
    sheet.freeze_panes = sheet.cell(row=len(header) + 1, column=2)
    if matrix.codes and matrix.columns:
        first, last = len(header) + 1, len(header) + len(matrix.codes)
        ref = f"B{first}:{get_column_letter(len(matrix.columns) + 1)}{last}"
        sheet.conditional_formatting.add(ref, ColorScaleRule(
            start_type="num", start_value=0, start_color="FFFFFF",
            end_type="max", end_color="5B9BD5"))
    book.save(path)


def _merge_document_headers(sheet: Any, matrix: CodeMatrix) -> None:
    """Per coder, the document name spans that document's coder columns."""
    start = 0
    while start < len(matrix.columns):
        end = start
        while (end + 1 < len(matrix.columns)
               and matrix.columns[end + 1].document_uuid == matrix.columns[start].document_uuid):
            end += 1
        if end > start:
            sheet.merge_cells(start_row=1, start_column=start + 2, end_row=1, end_column=end + 2)
        start = end + 1
