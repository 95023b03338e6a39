"""The Document variables window on the study of ``variables_support``: the core's values in
a row per document, typed editing, sorting and filtering, header actions, every change one
undo step, and the table following changes made elsewhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QSpinBox, QStyleOptionViewItem

from qda_app import Project
from qda_app.ui.common.dialogs import Confirm, RenameDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.variables import variable_window
from qda_app.ui.variables.import_preview import ImportPreview
from qda_app.ui.variables.variable_dialogs import NewVariableDialog
from qda_app.ui.variables.variable_window import VariableWindow

from .conftest import ProjectCopy
from .ui_support import answer, elsewhere, open_window, opened
from .variables_support import write_study

REGION, ALTER, RAUCHER, AM = 1, 2, 3, 4


@pytest.fixture
def study_window(qtbot, project_copy: ProjectCopy, tmp_path: Path, settings):
    w = open_window(qtbot, project_copy(write_study, tmp_path / "studie.qda"), settings)
    yield w
    w.close()


def open_table(window: MainWindow) -> VariableWindow:
    found = opened(window, "variableTableAction", VariableWindow)
    assert found.objectName() == "variableTable"
    return found


def column(vt: VariableWindow, col: int) -> list[str]:
    return [vt.proxy.index(r, col).data() for r in range(vt.proxy.rowCount())]


def value(window: MainWindow, doc: str, name: str) -> object:
    return window.project.variable_value(doc, name)


def test_a_row_per_document_a_column_per_variable(study_window: MainWindow,
                                                   qtmodeltester) -> None:
    vt = open_table(study_window)
    qtmodeltester.check(vt.model)
    qtmodeltester.check(vt.proxy)
    headers = [vt.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(vt.proxy.columnCount())]
    assert headers == ["Document", "Region", "Alter", "Raucher", "Interview am"]
    assert column(vt, 0) == [f"Interview {i}" for i in range(1, 6)]
    assert column(vt, REGION) == ["Thüringen", "Sachsen", "Thüringen", "Bayern", ""]
    assert column(vt, RAUCHER) == ["yes", "no", "no", "yes", ""]
    assert column(vt, AM) == ["2024-03-12", "2024-03-20", "", "2024-04-02", ""]
    assert vt.proxy.index(0, RAUCHER).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert "Documents: 5 · variables: 4" in vt.hint.text()


def test_an_edit_is_one_undo_step(study_window: MainWindow, qtmodeltester) -> None:
    vt = open_table(study_window)
    qtmodeltester.check(vt.model)
    stack = study_window.bench.undo_stack
    assert vt.proxy.setData(vt.proxy.index(4, REGION), "Hessen")
    assert value(study_window, "Interview 5", "Region") == "Hessen"
    assert column(vt, REGION)[4] == "Hessen"
    stack.undo()
    assert value(study_window, "Interview 5", "Region") is None
    assert column(vt, REGION)[4] == ""
    stack.redo()
    assert value(study_window, "Interview 5", "Region") == "Hessen"
    vt.proxy.setData(vt.proxy.index(2, RAUCHER), Qt.CheckState.Checked.value,
                     Qt.ItemDataRole.CheckStateRole)
    assert value(study_window, "Interview 3", "Raucher") is True
    stack.undo()
    assert value(study_window, "Interview 3", "Raucher") is False


def test_a_bad_value_is_refused_and_leaves_no_step(study_window: MainWindow, errors) -> None:
    vt = open_table(study_window)
    before = study_window.bench.undo_stack.count()
    assert not vt.proxy.setData(vt.proxy.index(0, ALTER), "vierunddreißig")
    assert errors == ["Alter: 'vierunddreißig' is not a whole number"]
    assert value(study_window, "Interview 1", "Alter") == 34
    assert study_window.bench.undo_stack.count() == before


def test_typed_editors(study_window: MainWindow, qtbot) -> None:
    vt = open_table(study_window)
    delegate = vt.table.itemDelegate()
    option = QStyleOptionViewItem()
    spin = delegate.createEditor(vt.table.viewport(), option, vt.proxy.index(0, ALTER))
    assert isinstance(spin, QSpinBox)
    delegate.setEditorData(spin, vt.proxy.index(0, ALTER))
    assert spin.value() == 34
    spin.setValue(35)
    delegate.setModelData(spin, vt.proxy, vt.proxy.index(0, ALTER))
    assert value(study_window, "Interview 1", "Alter") == 35
    dated = delegate.createEditor(vt.table.viewport(), option, vt.proxy.index(2, AM))
    assert isinstance(dated, QDateEdit)
    dated.setDate(QDate(2024, 5, 1))
    delegate.setModelData(dated, vt.proxy, vt.proxy.index(2, AM))
    assert value(study_window, "Interview 3", "Interview am") == date(2024, 5, 1)
    text = delegate.createEditor(vt.table.viewport(), option, vt.proxy.index(0, REGION))
    assert isinstance(text, QLineEdit)
    for editor in (spin, dated, text):
        editor.deleteLater()


def test_sort_by_value_and_filter(study_window: MainWindow, qtbot) -> None:
    vt = open_table(study_window)
    vt.table.sortByColumn(ALTER, Qt.SortOrder.AscendingOrder)
    assert column(vt, ALTER) == ["", "28", "34", "45", "61"]  # empty first, numbers as such
    vt.table.sortByColumn(ALTER, Qt.SortOrder.DescendingOrder)
    assert column(vt, 0)[0] == "Interview 3"
    vt.filter.setText("THÜR")  # QTest types ASCII only
    assert sorted(column(vt, 0)) == ["Interview 1", "Interview 3"]
    assert "Documents: 2 of 5" in vt.hint.text()


def test_header_actions_add_rename_retype_delete_and_undo(study_window: MainWindow,
                                                          monkeypatch, qtmodeltester) -> None:
    vt = open_table(study_window)
    qtmodeltester.check(vt.model)
    project, stack = study_window.project, study_window.bench.undo_stack
    answer(monkeypatch, NewVariableDialog, ("Einkommen", "decimal"))
    vt.header_menu(ALTER).actions()[0].trigger()  # New Variable… before Alter
    assert [v.name for v in project.variables()] == ["Region", "Einkommen", "Alter",
                                                     "Raucher", "Interview am"]
    assert vt.proxy.headerData(2, Qt.Orientation.Horizontal) == "Einkommen"
    stack.undo()
    assert vt.proxy.columnCount() == 5
    answer(monkeypatch, RenameDialog, "Lebensalter")
    vt.rename_variable(ALTER)
    assert vt.proxy.headerData(ALTER, Qt.Orientation.Horizontal) == "Lebensalter"
    vt.retype_variable(ALTER, "decimal")
    assert project.variable("Lebensalter").type == "decimal"
    answer(monkeypatch, Confirm, True)
    vt.delete_variable(RAUCHER)
    assert [v.name for v in project.variables()] == ["Region", "Lebensalter", "Interview am"]
    stack.undo()  # delete
    stack.undo()  # retype
    stack.undo()  # rename
    assert [(v.name, v.type) for v in project.variables()] == [
        ("Region", "text"), ("Alter", "integer"), ("Raucher", "boolean"),
        ("Interview am", "date")]
    assert column(vt, RAUCHER) == ["yes", "no", "no", "yes", ""]


def test_delete_clears_the_selected_cells_in_one_step(study_window: MainWindow,
                                                      qtbot) -> None:
    vt = open_table(study_window)
    selection = vt.table.selectionModel()
    for row in (0, 1):
        selection.select(vt.proxy.index(row, REGION), selection.SelectionFlag.Select)
    vt.activateWindow()
    qtbot.waitUntil(vt.isActiveWindow)
    vt.table.setFocus()
    qtbot.waitUntil(vt.table.hasFocus)
    qtbot.keyClick(vt.table, Qt.Key.Key_Delete)
    assert value(study_window, "Interview 1", "Region") is None
    assert value(study_window, "Interview 2", "Region") is None
    study_window.bench.undo_stack.undo()
    assert value(study_window, "Interview 1", "Region") == "Thüringen"
    assert value(study_window, "Interview 2", "Region") == "Sachsen"


def test_the_table_follows_changes_made_elsewhere(study_window: MainWindow,
                                                  qtmodeltester) -> None:
    vt = open_table(study_window)
    qtmodeltester.check(vt.model)
    other = elsewhere(study_window)
    other.add_document("Interview 6", "B: Neu.", ())
    other.set_variable("Interview 6", "Region", "Bremen")
    other.add_variable("Geschlecht")
    other.close()
    study_window.bench.events.catch_up()
    assert column(vt, 0)[-1] == "Interview 6"
    assert column(vt, REGION)[-1] == "Bremen"
    assert vt.proxy.headerData(5, Qt.Orientation.Horizontal) == "Geschlecht"
    study_window.project.delete_document("Interview 2")  # here: the table hears at once
    assert "Interview 2" not in column(vt, 0)


def test_import_after_a_preview_and_undo_it_whole(study_window: MainWindow, monkeypatch,
                                                  tmp_path: Path) -> None:
    sheet = tmp_path / "v.csv"
    sheet.write_text("Dokument;Geschlecht;Alter\nInterview 1;w;35\nInterview 9;m;1\n",
                     encoding="utf-8")
    vt = open_table(study_window)
    answer(monkeypatch, variable_window.OpenFileDialog, sheet)
    shown = answer(monkeypatch, ImportPreview, True)
    vt.import_sheet()
    assert shown[0][1].unknown == ("Interview 9",)  # the preview saw the plan
    assert value(study_window, "Interview 1", "Geschlecht") == "w"
    assert value(study_window, "Interview 1", "Alter") == 35
    study_window.bench.undo_stack.undo()
    assert [v.name for v in study_window.project.variables()] == [
        "Region", "Alter", "Raucher", "Interview am"]
    assert value(study_window, "Interview 1", "Alter") == 34


def test_the_preview_offers_no_import_when_values_do_not_fit(qtbot, tmp_path: Path,
                                                             project_copy: ProjectCopy
                                                             ) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

    from qda_app.importers.variable_import import plan_import

    sheet = tmp_path / "v.csv"
    sheet.write_text("Dokument,Alter\nInterview 1,alt\n", encoding="utf-8")
    with Project.open(project_copy(write_study, tmp_path / "s.qda")) as p:
        preview = ImportPreview(None, plan_import(p, sheet))
    qtbot.addWidget(preview)
    ok = preview.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    notes = preview.findChild(QPlainTextEdit, "variableImportNotes").toPlainText()
    assert "Alter, Interview 1: 'alt' is not a whole number" in notes
