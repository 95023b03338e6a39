"""The code matrix: how many codings each code has in each document, or in each speaker's
turns.

:func:`code_matrix` computes it without Qt, so the window can show the same
numbers (cells shaded by count) and, on a double-click, list the segments
behind a cell with ``project.segments(**matrix.segment_filter(r, c))``.
:func:`export_matrix` writes it to ``.xlsx`` (with totals and cells shaded by
count) or ``.csv`` (the bare counts, for other tools).

Columns are the documents, or the speakers of the chosen documents (a speaker of
the same name in two interviews is one column: ``B`` is the interviewee in each,
``B1`` the same participant across the sessions of a focus group). A coding
counts for the speaker whose turn holds its start, as
:attr:`~qda_app.records.Coding.speaker` says; codings that start outside every
turn (a heading, the notes above an interview) make a column "(no speaker)".
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InvalidValueError
from ..files import atomic_output, check_progress, check_target, report_done
from ..project import Project
from ..records import NO_SPEAKER, Code, Coding, DocumentInfo
from .labels import labels
from .options import DEFAULTS, MATRIX_COLUMNS, ExportOptions
from .tables import csv_delimiter, xlsx_text

SUFFIXES = (".xlsx", ".csv")

ColumnKey = tuple[str | None, str | None, str | None]
"""(document UUID, speaker, coder): what a coding is counted under."""


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    """One column: a document or a speaker; per coder, one coder's codings in it."""

    document_uuid: str | None
    """The document; ``None`` in a speaker column, which spans the chosen documents."""
    document: str
    """The document's name (``""`` in a speaker column)."""
    coder: str | None = None
    speaker: str | None = None
    """The speaker (:data:`~qda_app.records.NO_SPEAKER`: codings outside every turn);
    ``None`` in a document column."""

    @property
    def key(self) -> ColumnKey:
        return (self.document_uuid, self.speaker, self.coder)

    @property
    def group(self) -> tuple[str | None, str | None]:
        """The document or speaker: what the coders' columns share (one heading over them)."""
        return (self.document_uuid, self.speaker)

    def title(self, no_speaker: str) -> str:
        """The heading: the document's name, the speaker, or ``no_speaker``."""
        if self.speaker is None:
            return self.document
        return self.speaker or no_speaker


@dataclass(frozen=True, slots=True)
class CodeMatrix:
    """Rows are the codes in tree order, columns the documents or speakers (× coders)."""

    codes: tuple[Code, ...]
    columns: tuple[MatrixColumn, ...]
    counts: tuple[tuple[int, ...], ...]
    """``counts[row][column]``."""
    include_subcodes: bool = False
    by: str = "document"
    """``"document"`` or ``"speaker"``: what a column stands for."""
    by_coder: bool = False
    documents: tuple[str, ...] | None = None
    """The UUIDs of the documents counted; ``None``: all of the project's."""

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

    def key_of(self, coding: Coding) -> ColumnKey:
        """The column a coding is counted in (a view patches its counts with it)."""
        return column_key(coding, self.by, self.by_coder)

    def segment_filter(self, row: int, column: int) -> dict[str, Any]:
        """Keyword arguments for :meth:`Project.segments` listing the codings of a cell."""
        col = self.columns[column]
        documents = None if self.documents is None else list(self.documents)
        return {"code": self.codes[row].uuid, "include_subcodes": self.include_subcodes,
                "document": col.document_uuid or documents, "coder": col.coder,
                "speaker": col.speaker}


def code_document_matrix(project: Project, *, by_coder: bool = False,
                         include_subcodes: bool = False) -> CodeMatrix:
    """Count codings per code and document (and coder, if ``by_coder``)."""
    return code_matrix(project, by_coder=by_coder, include_subcodes=include_subcodes)


def code_matrix(project: Project, *, by: str = "document", by_coder: bool = False,
                include_subcodes: bool = False,
                documents: Sequence[object] | None = None, set: str | None = None,
                where: str | None = None) -> CodeMatrix:
    """Count codings per code and document or speaker (and coder, if ``by_coder``).

    A cell counts the code's own codings; with ``include_subcodes`` it counts
    those of its subcodes too (what a collapsed tree node stands for).
    ``documents`` (names, UUIDs or records) chooses the documents counted, and so
    do a ``set`` and a condition on the variables (``where``); an unknown one
    raises :class:`~qda_app.errors.NotFoundError`.
    """
    if by not in MATRIX_COLUMNS:
        raise InvalidValueError(f"cannot make a column per {by!r}: use document or speaker")
    if set is not None or where is not None:
        documents = project.documents_for(documents, set, where)
    codes = tuple(project.codes())
    segments = project.segments(document=None if documents is None else list(documents))
    chosen = _chosen(project.documents(), segments, documents)
    coders = [c.name for c in project.coders()] if by_coder else [None]
    columns = tuple(MatrixColumn(uuid, name, coder, speaker)
                    for uuid, name, speaker in _groups(by, chosen, segments) for coder in coders)
    parent = {c.uuid: c.parent_uuid for c in codes}
    tally: Counter[tuple[str, ColumnKey]] = Counter()
    for seg in segments:
        key = column_key(seg, by, by_coder)
        code_uuid: str | None = seg.code_uuid
        while code_uuid is not None:
            tally[code_uuid, key] += 1
            code_uuid = parent[code_uuid] if include_subcodes else None
    counts = tuple(tuple(tally[code.uuid, col.key] for col in columns) for code in codes)
    return CodeMatrix(codes, columns, counts, include_subcodes, by, by_coder,
                      None if documents is None else tuple(d.uuid for d in chosen))


def column_key(coding: Coding, by: str, by_coder: bool) -> ColumnKey:
    """The column of a matrix by ``by`` (and coder) that ``coding`` is counted in."""
    return (coding.document_uuid if by == "document" else None,
            (coding.speaker or NO_SPEAKER) if by == "speaker" else None,
            coding.coder if by_coder else None)


def _chosen(documents: list[DocumentInfo], segments: list[Coding],
            asked: Sequence[object] | None) -> list[DocumentInfo]:
    """The documents asked for, in the project's order (all when none were named).

    Names and records were resolved by :meth:`Project.segments`, which refuses an
    unknown one; its segments name their documents' UUIDs, but a chosen document
    without codings has none, so a name is also looked up here.
    """
    if asked is None:
        return documents
    wanted = {getattr(d, "uuid", str(d)) for d in asked} | {s.document_uuid for s in segments}
    return [d for d in documents if d.uuid in wanted or d.name in wanted]


def _groups(by: str, documents: list[DocumentInfo],
            segments: list[Coding]) -> list[tuple[str | None, str, str | None]]:
    """(document UUID, name, speaker) of each column before the coders split it."""
    if by == "document":
        return [(d.uuid, d.name, None) for d in documents]
    speakers = list(dict.fromkeys(name for d in documents for name in d.speakers))
    if any(s.speaker is None for s in segments):
        speakers.append(NO_SPEAKER)
    return [(None, "", speaker) for speaker in speakers]


def export_matrix(project: Project, target: str | Path,
                  options: ExportOptions = DEFAULTS) -> Path:
    """Write the code matrix to ``.xlsx`` or ``.csv``: a column per document, or per speaker
    (``options.by``), of the chosen documents (``options.documents``, ``set``, ``where``;
    none: all), per coder with ``options.by_coder``."""
    path = check_target(target, SUFFIXES, options.force, "the code matrix")
    words = labels(options.lang)
    sep = csv_delimiter(options.delimiter)
    progress = options.progress
    check_progress(progress, 0, 2)
    matrix = code_matrix(project, by=options.by, by_coder=options.by_coder,
                         documents=list(options.documents) or None, set=options.set,
                         where=options.where)
    check_progress(progress, 1, 2)
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            _write_csv(tmp, matrix, words, sep)
        else:
            _write_xlsx(tmp, matrix, words)
    report_done(progress, 2)
    return path


def _header_rows(matrix: CodeMatrix, words: Mapping[str, str]) -> list[list[str]]:
    rows = [[words["code"], *(c.title(words["no_speaker"]) for c in matrix.columns)]]
    if any(c.coder for c in matrix.columns):
        rows.append(["", *(c.coder or "" for c in matrix.columns)])
    return rows


def _write_csv(path: Path, matrix: CodeMatrix, words: Mapping[str, str],
               delimiter: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerows(_header_rows(matrix, words))
        for code, counts in zip(matrix.codes, matrix.counts, strict=True):
            writer.writerow([code.path, *counts])


def _write_xlsx(path: Path, matrix: CodeMatrix, words: Mapping[str, str]) -> None:
    # openpyxl loads in a quarter second: only when an .xlsx is written, not at app start
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = words["speaker_matrix" if matrix.by == "speaker" else "matrix"][:31]
    header = _header_rows(matrix, words)
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
        _merge_group_headers(sheet, matrix)
    sheet.freeze_panes = sheet.cell(row=len(header) + 1, column=2)
    if matrix.codes and matrix.columns:
        first, last = len(header) + 1, len(header) + len(matrix.codes)
        ref = f"B{first}:{get_column_letter(len(matrix.columns) + 1)}{last}"
        sheet.conditional_formatting.add(ref, ColorScaleRule(
            start_type="num", start_value=0, start_color="FFFFFF",
            end_type="max", end_color="5B9BD5"))
    book.save(path)


def _merge_group_headers(sheet: Any, matrix: CodeMatrix) -> None:
    """Per coder, the document's (or speaker's) name spans its coder columns."""
    start = 0
    while start < len(matrix.columns):
        end = start
        while (end + 1 < len(matrix.columns)
               and matrix.columns[end + 1].group == matrix.columns[start].group):
            end += 1
        if end > start:
            sheet.merge_cells(start_row=1, start_column=start + 2, end_row=1, end_column=end + 2)
        start = end + 1
