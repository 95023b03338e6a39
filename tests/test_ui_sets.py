"""The Sets panel, the activation, and the analyses reading a set or the activated documents,
on the study of ``variables_support`` (hand-counted there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from qda_app.analysis.crosstab import CrosstabQuery, crosstab
from qda_app.ui.analysis.crosstab_window import CrosstabWindow
from qda_app.ui.analysis.heat_table import COUNT_ROLE
from qda_app.ui.analysis.matrix_view import CodeMatrixWindow
from qda_app.ui.common.dialogs import Confirm, RenameDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.sets.activation import Scope
from qda_app.ui.sets.scope_box import ACTIVE
from qda_app.ui.sets.set_dialogs import (
    ConditionAnswer,
    ConditionDialog,
    MembersAnswer,
    MembersDialog,
)

from .conftest import ProjectCopy
from .ui_support import answer, elsewhere, open_window, opened, trigger
from .variables_support import write_study

# opening the matrix brings windows up: offscreen cannot, and says so
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def study_window(qtbot, project_copy: ProjectCopy, tmp_path: Path, settings):
    w = open_window(qtbot, project_copy(write_study, tmp_path / "studie.qda"), settings)
    yield w
    w.close()


def uuids(window: MainWindow, *names: str) -> list[str]:
    by_name = {d.name: d.uuid for d in window.project.documents()}
    return [by_name[n] for n in names]


def set_names(window: MainWindow) -> list[str]:
    model = window.sets.model
    return [model.index(r).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount())]


def test_new_sets_from_documents_and_from_a_condition_undoable(study_window: MainWindow,
                                                               monkeypatch,
                                                               qtmodeltester) -> None:
    panel = study_window.sets
    qtmodeltester.check(panel.model)
    answer(monkeypatch, MembersDialog,
           MembersAnswer("Paar", frozenset(uuids(study_window, "Interview 4", "Interview 5"))))
    panel.new_set()
    answer(monkeypatch, ConditionDialog, ConditionAnswer("Thüringen", "Region = Thüringen"))
    panel.new_set_from_condition()
    assert set_names(study_window) == ["Paar", "Thüringen"]
    assert panel.model.index(1).data() == "Thüringen (2)"
    assert "Region = Thüringen" in panel.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    stack = study_window.bench.undo_stack
    stack.undo()
    assert set_names(study_window) == ["Paar"]
    stack.redo()
    assert study_window.project.document_set("Thüringen").condition == "Region = Thüringen"


def test_rename_members_delete_and_undo(study_window: MainWindow, monkeypatch,
                                        qtmodeltester) -> None:
    project, panel = study_window.project, study_window.sets
    made = project.add_set("A", documents=["Interview 1", "Interview 2"])
    qtmodeltester.check(panel.model)
    answer(monkeypatch, RenameDialog, "B")
    panel.rename_set(made.uuid)
    answer(monkeypatch, MembersDialog, MembersAnswer(
        "", frozenset(uuids(study_window, "Interview 2", "Interview 3"))))
    panel.edit_members(made.uuid)
    assert [d.name for d in project.set_members("B")] == ["Interview 2", "Interview 3"]
    answer(monkeypatch, Confirm, True)
    panel.delete_set(made.uuid)
    assert set_names(study_window) == []
    stack = study_window.bench.undo_stack
    stack.undo()  # the delete
    stack.undo()  # the members, in one step
    assert [d.name for d in project.set_members("B")] == ["Interview 1", "Interview 2"]
    stack.undo()
    assert set_names(study_window) == ["A"]


def test_the_condition_dialog_counts_as_it_is_typed(qtbot, study_window: MainWindow) -> None:
    dialog = ConditionDialog(study_window, study_window.project, named=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("Jung")
    dialog.condition.setText("Alter < 40")
    dialog.evaluate()
    assert dialog.count.text() == "2 of 5 documents match: Interview 1, Interview 5"
    assert ok.isEnabled()
    dialog.condition.setText("Alter < vierzig")
    dialog.evaluate()
    assert "at character 9: 'vierzig' is not a whole number" in dialog.count.text()
    assert not ok.isEnabled()


def test_activating_a_set_filters_the_retrieved_segments(study_window: MainWindow) -> None:
    project = study_window.project
    made = project.add_set("Thüringen", where="Region = Thüringen")
    segments = study_window.segments
    segments.set_codes([project.code("Arbeit").uuid, project.code("Sprache").uuid])
    assert segments.model.total() == 8  # every coding (Arbeit with its subcode Lohn)
    study_window.sets.toggle(made.uuid)
    assert segments.document_filter.currentData() == ACTIVE
    assert segments.model.total() == 6  # Interviews 1 and 3, three codings each
    assert "Activated: set Thüringen (2 documents)" in study_window.sets.state.text()
    project.add_coding("Interview 2", "Sprache", 0, 2)  # outside the set: not listed
    assert segments.model.total() == 6
    project.add_coding("Interview 3", "Sprache", 0, 2)
    assert segments.model.total() == 7
    study_window.sets.toggle(made.uuid)  # again: deactivated
    assert segments.document_filter.currentData() is None
    assert segments.model.total() == 10


def test_an_activated_condition_follows_the_variables(study_window: MainWindow,
                                                      monkeypatch) -> None:
    project = study_window.project
    answer(monkeypatch, ConditionDialog, ConditionAnswer("", "Raucher = ja"))
    study_window.sets.activate_condition()
    segments = study_window.segments
    segments.set_codes([project.code("Arbeit").uuid])
    assert segments.model.total() == 2  # Interview 1's; Interview 4 has no codings
    project.set_variable("Interview 2", "Raucher", "ja")
    assert segments.model.total() == 3
    other = elsewhere(study_window)
    other.rename_variable("Raucher", "Rauchend")  # the condition cannot be read any more
    other.close()
    study_window.bench.events.catch_up()
    assert not study_window.bench.activation.active
    assert segments.model.total() == 5  # all of Arbeit's, its subcode Lohn's too


def test_the_code_matrix_and_crosstab_read_the_activated_set(study_window: MainWindow) -> None:
    project = study_window.project
    made = project.add_set("Raucher", where="Raucher = ja")
    study_window.sets.toggle(made.uuid)
    matrix = opened(study_window, "codeMatrixAction", CodeMatrixWindow)
    assert [c.document for c in matrix.model.columns] == ["Interview 1", "Interview 4"]
    window = opened(study_window, "crosstabAction", CrosstabWindow)
    expected = crosstab(project, CrosstabQuery(variable=project.variables()[0].uuid,
                                               set=made.uuid))
    model = window.model
    shown = [[model.index(r, c).data(COUNT_ROLE) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert shown == [list(row) for row in expected.codings]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Bayern\n(n=1)"


def test_the_crosstab_window_switches_columns_and_counts(study_window: MainWindow,
                                                         qtmodeltester, monkeypatch) -> None:
    window = opened(study_window, "crosstabAction", CrosstabWindow)
    qtmodeltester.check(window.model)
    window.columns.setCurrentIndex(window.columns.findData(
        study_window.project.variable("Alter").uuid))
    window.bins.setValue(2)
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.model.columnCount())]
    assert headers == ["28–44\n(n=2)", "45–61\n(n=2)", "(no value)\n(n=1)"]
    window.count_documents.setChecked(True)
    assert [window.model.count_at(0, c) for c in range(3)] == [2, 1, 0]
    exported: list[CrosstabQuery] = []
    window.export = exported.append
    window.findChild(QPushButton, "crosstabExportButton").click()
    assert exported[0].bins == 2
    assert exported[0].variable == study_window.project.variable("Alter").uuid


def test_file_export_crosstab_asks_the_columns_and_writes_them(study_window: MainWindow,
                                                                monkeypatch,
                                                                tmp_path: Path) -> None:
    import openpyxl

    from qda_app.ui.exchange.export_dialogs import ExportChoice, ExportOptionsDialog

    from .ui_support import options_dialog, save_to

    dialog = options_dialog(study_window, "crosstab")
    rows = dialog.crosstab
    assert rows is not None
    labels = [rows.columns.itemText(i) for i in range(rows.columns.count())]
    assert labels == ["Variable: Region", "Variable: Alter", "Variable: Raucher",
                      "Variable: Interview am", "Sets", "Speakers"]
    rows.columns.setCurrentIndex(labels.index("Speakers"))
    chosen = dialog.choice()
    assert (chosen.options.crosstab.by, chosen.options.crosstab.variable) == ("speakers", None)
    answer(monkeypatch, ExportOptionsDialog, ExportChoice(chosen.options, ".xlsx"))
    save_to(monkeypatch, tmp_path / "k.xlsx")
    trigger(study_window, "exportCrosstabAction")
    sheet = openpyxl.load_workbook(tmp_path / "k.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]][1:] == ["I", "B"]


def test_the_search_pane_follows_the_activation_and_searches_a_set(
        study_window: MainWindow) -> None:
    project, search = study_window.project, study_window.search
    made = project.add_set("Thüringen", where="Region = Thüringen")
    search.field.setText("Sprache")
    search.search()
    assert len(search.hits()) == 5
    study_window.sets.toggle(made.uuid)
    assert search.documents.text() == "Activated: Thüringen"
    search.search_again()
    assert sorted({h.document for h in search.hits()}) == ["Interview 1", "Interview 3"]
    study_window.sets.toggle(made.uuid)
    assert search.documents.text() == "Documents: all"
    search.documents.choose_scope(Scope(set=made.uuid), "Thüringen")
    assert search.documents.text() == "Set: Thüringen"
    project.delete_set(made.uuid)  # the set goes: all documents again
    assert search.documents.text() == "Documents: all"
