"""Variables to and from spreadsheets: typed cells, German forms, a preview before writing,
unknown documents listed, empty cells changing nothing; the export read back whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.errors import ImportFormatError, InvalidValueError
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.registry import exporter_for
from qda_app.importers.variable_import import apply_import, plan_import

from .conftest import Place
from .variables_support import write_study


@pytest.fixture
def study(place: Place) -> Iterator[Project]:
    with Project.open(place(write_study, "studie.qda")) as p:
        yield p


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_german_csv_is_planned_then_written(study: Project, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "v.csv", (
        "Dokument;Geschlecht;Einkommen;Seit;Kinder;Alter\n"
        "Interview 1;w;2.500,50;01.09.2015;ja;35\n"
        "Interview 2;m;1800;2019-04-01;nein;\n"
        "interview  3;d;;;;\n"  # case and spaces differ: still Interview 3
        "Interview 9;m;100;01.01.2020;ja;40\n"), "cp1252")
    before = study.variable_table()
    plan = plan_import(study, sheet)
    assert study.variable_table() == before  # a plan writes nothing
    assert [(c.name, c.type, c.new, c.values) for c in plan.columns] == [
        ("Geschlecht", "text", True, 3), ("Einkommen", "decimal", True, 2),
        ("Seit", "date", True, 2), ("Kinder", "boolean", True, 2),
        ("Alter", "integer", False, 1)]
    assert plan.unknown == ("Interview 9",)
    assert plan.documents == 3
    assert "1 row names no document of the project: Interview 9" in plan.lines()
    apply_import(study, plan)
    assert study.variable_value("Interview 1", "Einkommen") == 2500.5
    assert study.variable_value("Interview 1", "Seit") == date(2015, 9, 1)
    assert study.variable_value("Interview 2", "Kinder") is False
    assert study.variable_value("Interview 3", "Geschlecht") == "d"
    assert study.variable_value("Interview 1", "Alter") == 35
    assert study.variable_value("Interview 2", "Alter") == 45  # an empty cell changes nothing
    assert study.variable_value("Interview 3", "Einkommen") is None  # and makes no value


def test_values_that_do_not_fit_an_existing_variable_stop_the_import(study: Project,
                                                                    tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "v.csv", "Dokument,Alter,Region\nInterview 1,alt,Hessen\n")
    plan = plan_import(study, sheet)
    assert plan.problems == ("Alter, Interview 1: 'alt' is not a whole number",)
    with pytest.raises(InvalidValueError, match="'alt' is not a whole number; nothing"):
        apply_import(study, plan)
    assert study.variable_value("Interview 1", "Region") == "Thüringen"


def test_an_xlsx_keeps_its_cell_types(study: Project, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Document", "Punkte", "Quote", "Termin", "Aktiv", None, "Notiz"])
    sheet.append(["Interview 4", 12, 0.25, datetime(2024, 5, 6), True, "aside", "erstes Gespräch"])
    sheet.append(["Interview 5", 7, 1, datetime(2024, 5, 7), False, None, None])
    sheet.append([None, None, None, None, None, None, None])
    book.save(tmp_path / "v.xlsx")
    plan = plan_import(study, tmp_path / "v.xlsx")
    assert [(c.name, c.type) for c in plan.columns] == [
        ("Punkte", "integer"), ("Quote", "decimal"), ("Termin", "date"),
        ("Aktiv", "boolean"), ("Notiz", "text")]  # the column without a heading is left
    apply_import(study, plan)
    assert [v.value for v in study.variables("Interview 4")][4:] == [
        12, 0.25, date(2024, 5, 6), True, "erstes Gespräch"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_reads_back_as_it_was(study: Project, tmp_path: Path, suffix: str) -> None:
    study.add_variable("Einkommen", "decimal")
    study.set_variable("Interview 2", "Einkommen", "1234,56")
    before = study.variable_table()
    out = tmp_path / f"vars{suffix}"
    exporter_for("variables").run(study, out, ExportOptions(delimiter="semicolon"))
    for name in [v.name for v in study.variables()]:
        study.delete_variable(name)
    apply_import(study, plan_import(study, out))
    after = study.variable_table()
    assert [(v.name, v.type) for v in after.variables] == [
        (v.name, v.type) for v in before.variables]
    assert (after.documents, after.values) == (before.documents, before.values)


def test_the_german_csv_export_writes_german_forms(study: Project, tmp_path: Path) -> None:
    out = exporter_for("variables").run(study, tmp_path / "v.csv",
                                        ExportOptions(delimiter="semicolon"))
    lines = Path(str(out)).read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Dokument;Region;Alter;Raucher;Interview am"
    assert lines[1] == "Interview 1;Thüringen;34;ja;12.03.2024"
    assert lines[5] == "Interview 5;;28;;"


def test_the_xlsx_export_has_typed_cells(study: Project, tmp_path: Path) -> None:
    exporter_for("variables").run(study, tmp_path / "v.xlsx", ExportOptions(lang="en"))
    sheet = openpyxl.load_workbook(tmp_path / "v.xlsx").active
    assert [c.value for c in sheet[1]] == ["Document", "Region", "Alter", "Raucher",
                                           "Interview am"]
    assert [c.value for c in sheet[2]] == ["Interview 1", "Thüringen", 34, True,
                                           datetime(2024, 3, 12)]
    assert sheet["E2"].number_format == "DD.MM.YYYY"


@pytest.mark.parametrize(("content", "message"), [
    ("", "is empty"),
    ("Dokument\nInterview 1\n", "at least one variable"),
    ("Dokument,Alter,alter\nInterview 1,3,4\n", "the column 'alter' appears twice"),
])
def test_sheets_that_cannot_be_imported_are_refused_in_one_line(
        study: Project, tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message):
        plan_import(study, write_csv(tmp_path / "v.csv", content))


def test_a_broken_workbook_or_another_kind_of_file_is_one_line(study: Project,
                                                               tmp_path: Path) -> None:
    (tmp_path / "v.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportFormatError, match="not an Excel workbook"):
        plan_import(study, tmp_path / "v.xlsx")
    with pytest.raises(ImportFormatError, match=r"read from \.xlsx or \.csv"):
        plan_import(study, tmp_path / "v.ods")
