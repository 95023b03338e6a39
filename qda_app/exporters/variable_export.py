"""Document variables to ``.xlsx`` or ``.csv``: a row per document, a column per variable.

The first column is the document's name, as :mod:`qda_app.importers.variable_import`
reads it back. A workbook holds typed cells (numbers as numbers, dates as dates shown
``DD.MM.YYYY``, yes/no as Excel's TRUE/FALSE), so a sheet sorts and sums in Excel; a
``.csv`` holds text in the export's language (German: ``3,5``, ``12.03.2024``,
``ja``/``nein``; English: ``3.5``, ``2024-03-12``, ``yes``/``no``). An empty cell is a
document without a value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ..files import atomic_output, check_target
from ..project import Project
from ..variable_records import VariableTable
from ..variable_values import Value, decimal_text
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .tables import csv_delimiter, write_csv, xlsx_text

SUFFIXES = (".xlsx", ".csv")


def export_variables(project: Project, target: str | Path,
                     options: ExportOptions = DEFAULTS) -> Path:
    """Write every document's variables (see the module) to ``target``."""
    path = check_target(target, SUFFIXES, options.force, "the document variables")
    words = labels(options.lang)
    table = project.variable_table()
    header = [words["document"], *(v.name for v in table.variables)]
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            write_csv(tmp, header, _text_rows(table, options.lang, words),
                      csv_delimiter(options.delimiter))
        else:
            _write_xlsx(tmp, table, header, words)
    return path


def csv_text(value: Value | None, lang: str, words: Mapping[str, str]) -> str:
    """A value as a ``.csv`` (and the window's copy) writes it in ``lang``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()
    if isinstance(value, float):
        text = decimal_text(value)
        return text.replace(".", ",") if lang == "de" else text
    return str(value)


def _text_rows(table: VariableTable, lang: str, words: Mapping[str, str]
               ) -> Iterator[list[str]]:
    for (_uuid, name), values in zip(table.documents, table.values, strict=True):
        yield [name, *(csv_text(v, lang, words) for v in values)]


def _write_xlsx(path: Path, table: VariableTable, header: list[str],
                words: Mapping[str, str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = words["variables"][:31]
    sheet.append([xlsx_text(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    dates = [i + 2 for i, v in enumerate(table.variables) if v.type == "date"]
    for (_uuid, name), values in zip(table.documents, table.values, strict=True):
        sheet.append([xlsx_text(name), *(_cell(v) for v in values)])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula stays text
    for column in dates:
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row=row, column=column).number_format = "DD.MM.YYYY"
    sheet.column_dimensions["A"].width = 30
    for i, variable in enumerate(table.variables, start=2):
        sheet.column_dimensions[get_column_letter(i)].width = max(12, len(variable.name) + 4)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{sheet.max_row}"
    book.save(path)


def _cell(value: Value | None) -> Any:
    return xlsx_text(value) if isinstance(value, str) else value
