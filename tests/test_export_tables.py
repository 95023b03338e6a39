"""Coded segments and the code x document matrix as .xlsx and .csv."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.exporters.matrix import code_document_matrix, export_matrix
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.selection import SegmentQuery
from qda_app.exporters.tables import EXCEL_CELL_LIMIT, export_segments_table
from qda_app.files import ExportCancelled

from .conftest import files_in

HEADER = ["Dokument", "Code-Pfad", "Codierer:in", "Sprecher:in", "Seite", "Anfang", "Ende",
          "Text", "Memo", "Erstellt"]


def _sheet(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


def _csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_xlsx_has_one_row_per_coding_with_exact_values(rich: Project, tmp_path: Path) -> None:
    rows = _sheet(export_segments_table(rich, tmp_path / "s.xlsx"))
    assert rows[0] == HEADER
    assert len(rows) == 1 + len(rich.segments())
    coding = rich.segments(code="Sprache", coder="Anna")[0]
    row = next(r for r in rows if r[2] == "Anna" and r[1] == "Sprache")
    assert row[:9] == ["Interview Ä", "Sprache", "Anna", "UK", None, coding.start, coding.end,
                       "Probleme mit der Sprache", "wichtig\nzweite Memozeile"]
    assert row[9] == coding.created.astimezone().replace(tzinfo=None, microsecond=0)


def test_text_that_looks_like_a_formula_stays_text(rich: Project, tmp_path: Path) -> None:
    out = export_segments_table(rich, tmp_path / "s.xlsx",
                                ExportOptions(query=SegmentQuery(codes=("Formel",))))
    cell = openpyxl.load_workbook(out).worksheets[0]["H2"]
    assert cell.value == "=SUMME(A1)" and cell.data_type == "s"


def test_csv_is_utf8_with_bom_and_keeps_line_breaks(rich: Project, tmp_path: Path) -> None:
    rows = _csv(export_segments_table(rich, tmp_path / "s.csv"))
    assert rows[0] == HEADER
    texts = [r[7] for r in rows[1:]]
    assert "Sprache.\nBS\tDie Prüfung" in texts and "=SUMME(A1)" in texts
    semicolon = _csv(export_segments_table(rich, tmp_path / "t.csv",
                                           ExportOptions(delimiter="semicolon")),
                     delimiter=";")
    assert semicolon == rows


def test_rows_follow_the_grouping(rich: Project, tmp_path: Path) -> None:
    by_doc = _csv(export_segments_table(rich, tmp_path / "s.csv",
                                        ExportOptions(query=SegmentQuery(by="document"))))
    assert [r[0] for r in by_doc[1:]][-1] == "Zweites"
    by_code = _csv(export_segments_table(rich, tmp_path / "t.csv"))
    assert [r[1] for r in by_code[1:3]] == ["Sprache", "Sprache"]


def test_a_segment_longer_than_an_excel_cell_is_shortened_with_a_note(project: Project,
                                                                       tmp_path: Path) -> None:
    text = "Wort " * 8000
    project.add_document("Lang", text)
    project.add_code("Alles")
    project.add_coding("Lang", "Alles", 0, len(text))
    cell = _sheet(export_segments_table(project, tmp_path / "s.xlsx"))[1][7]
    assert len(cell) == EXCEL_CELL_LIMIT and cell.endswith("Zeichen je Zelle]")
    assert _csv(export_segments_table(project, tmp_path / "s.csv"))[1][7] == text


def test_cancel_writes_nothing(rich: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_segments_table(rich, tmp_path / "s.xlsx",
                              ExportOptions(progress=lambda d, t: False))
    assert files_in(tmp_path, rich) == []


# -- the matrix -----------------------------------------------------------------------------

def test_matrix_counts_each_codes_own_codings_per_document(rich: Project) -> None:
    m = code_document_matrix(rich)
    assert [c.path for c in m.codes] == [c.path for c in rich.codes()]
    assert [c.document for c in m.columns] == ["Interview Ä", "Zweites"]
    row = [c.path for c in m.codes].index("Sprache")
    assert m.counts[row] == (2, 0)
    assert sum(map(sum, m.counts)) == len(rich.segments())
    assert m.maximum() == 2


def test_a_cell_lists_exactly_its_segments(rich: Project) -> None:
    m = code_document_matrix(rich, by_coder=True)
    assert [(c.document, c.coder) for c in m.columns] == [
        ("Interview Ä", "Anna"), ("Interview Ä", "Ben"), ("Zweites", "Anna"), ("Zweites", "Ben")]
    for r in range(len(m.codes)):
        for c in range(len(m.columns)):
            assert len(rich.segments(**m.segment_filter(r, c))) == m.count(r, c)


def test_with_subcodes_a_row_counts_its_subtree(rich: Project) -> None:
    m = code_document_matrix(rich, include_subcodes=True)
    row = [c.path for c in m.codes].index("Prüfung")
    assert m.counts[row] == (2, 1)
    assert len(rich.segments(**m.segment_filter(row, 0))) == 2


def test_matrix_xlsx_has_totals_and_csv_the_bare_counts(rich: Project, tmp_path: Path) -> None:
    rows = _sheet(export_matrix(rich, tmp_path / "m.xlsx"))
    assert rows[0] == ["Code", "Interview Ä", "Zweites", "Summe"]
    assert ["Sprache", 2, 0, 2] in rows
    assert rows[-1] == ["Summe", 6, 1, 7]
    csv_rows = _csv(export_matrix(rich, tmp_path / "m.csv"))
    assert csv_rows[0] == ["Code", "Interview Ä", "Zweites"]
    assert ["Sprache", "2", "0"] in csv_rows and len(csv_rows) == 1 + len(rich.codes())


def test_matrix_per_coder_has_a_coder_header_row(rich: Project, tmp_path: Path) -> None:
    rows = _csv(export_matrix(rich, tmp_path / "m.csv", ExportOptions(by_coder=True)))
    assert rows[0] == ["Code", "Interview Ä", "Interview Ä", "Zweites", "Zweites"]
    assert rows[1] == ["", "Anna", "Ben", "Anna", "Ben"]
    assert ["Sprache", "1", "1", "0", "0"] in rows
    sheet = _sheet(export_matrix(rich, tmp_path / "m.xlsx", ExportOptions(by_coder=True)))
    assert sheet[1][:5] == [None, "Anna", "Ben", "Anna", "Ben"]
