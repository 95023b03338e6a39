"""A crosstab to ``.xlsx`` (two sheets, shaded like the window) or ``.csv`` (one row per
code and column, for other tools).

The numbers are :func:`qda_app.analysis.crosstab.crosstab`'s for ``options.crosstab``.
The workbook has a sheet of codings and one of documents with codings; under the
headings, a row says how many documents each column has. The ``.csv`` is long: code,
column, codings, documents with codings, documents in the column.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..analysis.crosstab import Column, Crosstab, crosstab
from ..files import atomic_output, check_progress, check_target, report_done
from ..project import Project
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .shading import shade_counts, style_header
from .tables import csv_delimiter, xlsx_text
from .variable_export import csv_text

SUFFIXES = (".xlsx", ".csv")

_NONE = {"variable": "no_value", "sets": "no_set", "speakers": "no_speaker"}


def column_title(column: Column, by: str, lang: str, words: Mapping[str, str]) -> str:
    """A column's heading in the file's language."""
    if column.is_none:
        return words[_NONE[by]]
    if column.value is not None and not isinstance(column.value, str):
        return csv_text(column.value, lang, words)
    return column.label


def export_crosstab(project: Project, target: str | Path,
                    options: ExportOptions = DEFAULTS) -> Path:
    """Write the crosstab of ``options.crosstab`` to ``.xlsx`` or ``.csv``."""
    path = check_target(target, SUFFIXES, options.force, "the crosstab")
    words = labels(options.lang)
    sep = csv_delimiter(options.delimiter)
    check_progress(options.progress, 0, 2)
    table = crosstab(project, options.crosstab)
    check_progress(options.progress, 1, 2)
    titles = [column_title(c, table.query.by, options.lang, words) for c in table.columns]
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            _write_csv(tmp, table, titles, words, sep)
        else:
            _write_xlsx(tmp, table, titles, words)
    report_done(options.progress, 2)
    return path


def _write_csv(path: Path, table: Crosstab, titles: list[str], words: Mapping[str, str],
               delimiter: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow([words["code"], words["crosstab"], words["codings_of"],
                         words["documents_with"], words["documents_in_column"]])
        for r, code in enumerate(table.codes):
            for c, column in enumerate(table.columns):
                writer.writerow([code.path, titles[c], table.codings[r][c],
                                 table.documents[r][c], column.documents])


def _write_xlsx(path: Path, table: Crosstab, titles: list[str],
                words: Mapping[str, str]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    for sheet, counts, title in ((first, table.codings, words["codings_of"]),
                                 (book.create_sheet(), table.documents,
                                  words["documents_with"])):
        sheet.title = title[:31]
        _fill(sheet, table, titles, counts, words)
    book.save(path)


def _fill(sheet: Any, table: Crosstab, titles: list[str],
          counts: tuple[tuple[int, ...], ...], words: Mapping[str, str]) -> None:
    from openpyxl.styles import Font

    sheet.append([words["code"], *(xlsx_text(t) for t in titles)])
    sheet.append([words["documents_in_column"], *(c.documents for c in table.columns)])
    style_header(sheet[1])
    for cell in sheet[2]:
        cell.font = Font(italic=True)
    for code, row in zip(table.codes, counts, strict=True):
        sheet.append([xlsx_text(code.path), *row])
    maximum = max((max(row, default=0) for row in counts), default=0)
    shade_counts(sheet, counts, 3, maximum)
    sheet.column_dimensions["A"].width = 40
    sheet.freeze_panes = "B3"


