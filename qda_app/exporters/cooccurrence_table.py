"""The code co-occurrence matrix to ``.xlsx`` (shaded like the window) or ``.csv`` (the bare
counts, for other tools).

The numbers are :func:`qda_app.analysis.cooccurrence.code_cooccurrence`'s, for
``options.cooccurrence``; the diagonal (each code's number of codings) is set apart in
grey, as in the window, and the shading scales to the largest count off it.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from ..analysis.cooccurrence import CooccurrenceMatrix, CooccurrenceQuery, code_cooccurrence
from ..files import atomic_output, check_progress, check_target, report_done
from ..project import Project
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .shading import shade_counts, style_header
from .tables import csv_delimiter, xlsx_text

SUFFIXES = (".xlsx", ".csv")

_WORDS: Mapping[str, Mapping[str, str]] = {
    "de": {"sheet": "Code-Kookkurrenz", "unit": "Einheit",
           "diagonal": "Diagonale: Anzahl der Codierungen des Codes; sonst: Paare von "
                       "Codierungen der beiden Codes",
           "overlap": "Codierungen, die sich überschneiden (mindestens ein Zeichen)",
           "paragraph": "Codierungen im selben Absatz",
           "turn": "Codierungen im selben Sprecherbeitrag",
           "near": "Codierungen höchstens {0} Zeichen voneinander entfernt"},
    "en": {"sheet": "Code co-occurrence", "unit": "Unit",
           "diagonal": "Diagonal: the code's number of codings; elsewhere: pairs of codings "
                       "of the two codes",
           "overlap": "codings that overlap (by at least one character)",
           "paragraph": "codings in the same paragraph",
           "turn": "codings in the same speaker turn",
           "near": "codings at most {0} characters apart"},
}


def unit_label(query: CooccurrenceQuery, lang: str) -> str:
    """What the unit is, in the file's language."""
    return _WORDS[lang][query.unit].format(query.distance)


def export_cooccurrence(project: Project, target: str | Path,
                        options: ExportOptions = DEFAULTS) -> Path:
    """Write the co-occurrence matrix of ``options.cooccurrence`` to ``.xlsx`` or ``.csv``."""
    path = check_target(target, SUFFIXES, options.force, "the code co-occurrence")
    words = labels(options.lang)
    sep = csv_delimiter(options.delimiter)
    check_progress(options.progress, 0, 2)
    matrix = code_cooccurrence(project, options.cooccurrence)
    check_progress(options.progress, 1, 2)
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            _write_csv(tmp, matrix, words["code"], sep)
        else:
            _write_xlsx(tmp, matrix, words["code"], options.lang)
    report_done(options.progress, 2)
    return path


def _write_csv(path: Path, matrix: CooccurrenceMatrix, first: str, delimiter: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow([first, *(c.path for c in matrix.codes)])
        for code, counts in zip(matrix.codes, matrix.counts, strict=True):
            writer.writerow([code.path, *counts])


def _write_xlsx(path: Path, matrix: CooccurrenceMatrix, first: str, lang: str) -> None:
    # openpyxl loads in a quarter second: only when an .xlsx is written, not at app start
    from openpyxl import Workbook

    words = _WORDS[lang]
    book = Workbook()
    sheet = book.active
    sheet.title = words["sheet"][:31]
    sheet.append([first, *(xlsx_text(c.path) for c in matrix.codes)])
    style_header(sheet[1])
    for code, counts in zip(matrix.codes, matrix.counts, strict=True):
        sheet.append([xlsx_text(code.path), *counts])
    shade_counts(sheet, matrix.counts, 2, matrix.maximum(), diagonal=True)
    sheet.append([])
    sheet.append([f"{words['unit']}: {unit_label(matrix.query, lang)}"])
    sheet.append([words["diagonal"]])
    sheet.column_dimensions["A"].width = 40
    sheet.freeze_panes = "B2"
    book.save(path)
