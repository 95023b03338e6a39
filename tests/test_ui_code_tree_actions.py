"""The code tree panel's actions, offscreen: what a team lead does to a code system through
buttons, the in-place editor, dialogs, the filter, check boxes, clicks and the context menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QStyle, QToolButton, QTreeView

from qda_app import Project
from qda_app.ui.codes import code_tree_panel
from qda_app.ui.codes.code_dialogs import (
    CodeColorDialog,
    CodeNameDialog,
    ConfirmDeleteCode,
    delete_question,
)
from qda_app.ui.codes.code_picker import CodePick, CodePicker
from qda_app.ui.codes.code_tree_model import CODE_MIME, COUNT, ColorRole
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.commands.code_commands import AddCode, DeleteCode

from .ui_support import SPRACHE, assert_mirrors, model_paths, proxy_index, state, uuid

# The offscreen platform cannot pass size hints to its fake windows; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


# -- create, rename, recolour, describe -----------------------------------------------------


def test_new_code_and_subcode_from_the_buttons(
        qtbot, panel: CodeTreePanel, sample: Project, stack: QUndoStack, monkeypatch) -> None:
    names = iter(["Wohnen", "Mietpreise"])
    monkeypatch.setattr(CodeNameDialog, "ask", classmethod(lambda cls, *a, **k: next(names)))
    with qtbot.waitSignal(panel.currentCodeChanged) as current:
        panel.findChild(QToolButton, "newCodeButton").click()
    wohnen = sample.code("Wohnen")
    assert current.args == [wohnen.uuid] and panel.current_code() == wohnen.uuid
    panel.code_actions.new_sub.trigger()
    assert panel.current_code() == sample.code("Wohnen/Mietpreise").uuid
    assert model_paths(panel)[-2:] == ["Wohnen", "Wohnen/Mietpreise"]
    assert panel.tree.isExpanded(proxy_index(panel, wohnen.uuid))
    stack.undo()
    stack.undo()
    assert "Wohnen" not in [c.path for c in sample.codes()]


def test_cancelled_new_code_changes_nothing(panel: CodeTreePanel, sample: Project,
                                            stack: QUndoStack, monkeypatch) -> None:
    monkeypatch.setattr(CodeNameDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert panel.code_actions.new_code(None) is None
    assert stack.count() == 0 and len(sample.codes()) == 16


def test_rename_in_place_with_the_view_editor(qtbot, panel: CodeTreePanel, sample: Project,
                                              stack: QUndoStack) -> None:
    code = uuid(sample, SPRACHE)
    panel.select_code(code)
    panel.code_actions.rename.trigger()  # what F2 and a double-click do too
    editor = panel.tree.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Sprache"
    editor.selectAll()
    qtbot.keyClicks(editor, "Sprachkenntnisse")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert sample.code(code).path == "Arbeit und Ausbildung/Sprachkenntnisse"
    assert panel.model.index_for_uuid(code).data() == "Sprachkenntnisse"
    assert panel.current_code() == code
    stack.undo()
    assert sample.code(code).name == "Sprache"


def test_rename_to_a_taken_name_is_refused_with_the_core_message(
        panel: CodeTreePanel, sample: Project, stack: QUndoStack, errors: list[str]) -> None:
    index = proxy_index(panel, uuid(sample, SPRACHE))
    assert not panel.proxy.setData(index, "prüfung")  # the delegate's call
    assert len(errors) == 1 and "exists already" in errors[0]
    assert sample.code(SPRACHE).name == "Sprache" and stack.count() == 0
    assert not panel.proxy.setData(index, "  ")  # an emptied editor is a cancel
    assert errors == [errors[0]]


def test_recolor_through_the_colour_dialog(panel: CodeTreePanel, sample: Project,
                                           stack: QUndoStack, monkeypatch) -> None:
    code = sample.code("Corona")
    offered: list[str] = []
    monkeypatch.setattr(CodeColorDialog, "ask",
                        classmethod(lambda cls, parent, current: offered.append(current)
                                    or "#1E90FF"))
    panel.select_code(code.uuid)
    panel.code_actions.color.trigger()
    assert offered == [code.color]
    assert sample.code("Corona").color == "#1e90ff"
    assert panel.model.index_for_uuid(code.uuid).data(ColorRole) == "#1e90ff"
    stack.undo()
    assert panel.model.index_for_uuid(code.uuid).data(ColorRole) == code.color


# -- delete -----------------------------------------------------------------------------------


def test_delete_asks_with_the_exact_number_of_codings(
        qtbot, panel: CodeTreePanel, sample: Project, stack: QUndoStack, monkeypatch) -> None:
    parent = sample.code("Arbeit und Ausbildung")
    subcodes = len([c for c in sample.codes() if c.path.startswith(parent.path + "/")])
    questions: list[str] = []
    answer = [False]
    monkeypatch.setattr(ConfirmDeleteCode, "ask", classmethod(
        lambda cls, widget, question: questions.append(question) or answer[0]))
    panel.select_code(parent.uuid)
    before = state(sample)
    panel.activateWindow()
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)  # the Delete key, like the menu entry
    assert questions == [delete_question(parent.name, subcodes, parent.codings_total)]
    assert f"with its {subcodes} subcodes and {parent.codings_total} codings?" in questions[0]
    assert state(sample) == before and stack.count() == 0  # declined: nothing deleted
    answer[0] = True
    panel.code_actions.delete.trigger()
    paths = [c.path for c in sample.codes()]
    assert not [p for p in paths if p.startswith(parent.path)]
    assert len(sample.segments()) == 32 - parent.codings_total
    assert_mirrors(panel, sample)
    stack.undo()
    assert state(sample) == before


def test_delete_confirms_even_without_codings(panel: CodeTreePanel, sample: Project,
                                              stack: QUndoStack, monkeypatch) -> None:
    stack.push(AddCode(sample, "Leer"))
    questions: list[str] = []
    monkeypatch.setattr(ConfirmDeleteCode, "ask", classmethod(
        lambda cls, widget, question: questions.append(question) or True))
    panel.select_code(sample.code("Leer").uuid)
    panel.code_actions.delete_current()
    assert questions == ["Delete the code “Leer”? It has no codings."]
    assert "Leer" not in [c.path for c in sample.codes()]


def test_delete_question_counts() -> None:
    assert delete_question("A", 0, 1) == "Delete the code “A” and its 1 coding?"
    assert delete_question("A", 1, 0) == (
        "Delete the code “A” with its 1 subcode? They have no codings.")
    assert delete_question("A", 2, 5) == "Delete the code “A” with its 2 subcodes and 5 codings?"


# -- merge, filter, check boxes, clicks, menu ---------------------------------------------------


def test_merge_into_a_picked_code(panel: CodeTreePanel, sample: Project, stack: QUndoStack,
                                  monkeypatch) -> None:
    source, target = sample.code("Governance"), sample.code("Aufenthaltsstatus")
    governance = {c.uuid for c in sample.codes() if c.path.startswith("Governance")}
    offered: dict = {}

    def ask(cls, parent, project, title, exclude=frozenset(), allow_new=False):
        offered.update(title=title, exclude=exclude)
        return CodePick(uuid=target.uuid)

    monkeypatch.setattr(CodePicker, "ask", classmethod(ask))
    panel.select_code(source.uuid)
    panel.code_actions.merge.trigger()
    assert offered["exclude"] == governance  # not into itself or its subcodes
    assert offered["title"] == "Merge “Governance” into…"
    merged = sample.code(target.uuid)
    assert merged.codings_total == target.codings_total + source.codings_total
    assert "Aufenthaltsstatus/Kommunale Verantwortung" in [c.path for c in sample.codes()]
    assert panel.current_code() == target.uuid
    stack.undo()
    assert sample.code(source.uuid).path == "Governance"


def test_filter_keeps_parents_expands_and_restores(qtbot, panel: CodeTreePanel,
                                                   sample: Project) -> None:
    governance = proxy_index(panel, uuid(sample, "Governance"))
    panel.tree.collapse(governance)
    qtbot.keyClicks(panel.filter_edit, "NETZW")
    assert model_paths(panel) == ["Governance", "Governance/Netzwerke und Kooperation"]
    assert panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Governance")))
    panel.filter_edit.clear()
    assert len(model_paths(panel)) == 16
    assert not panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Governance")))
    assert panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Arbeit und Ausbildung")))
    qtbot.keyClicks(panel.filter_edit, "arbeit")  # a parent brings its subcodes along
    assert len(model_paths(panel)) == 7
    panel.select_code(uuid(sample, "Corona"))  # hidden by the filter: the filter goes
    assert panel.filter_edit.text() == "" and panel.current_code() == uuid(sample, "Corona")


def test_click_activates_a_code_but_a_check_box_click_does_not(
        qtbot, panel: CodeTreePanel, sample: Project) -> None:
    code = uuid(sample, "Mobilität")
    rect = panel.tree.visualRect(proxy_index(panel, code))
    viewport = panel.tree.viewport()
    activated: list[str] = []
    panel.codeActivated.connect(activated.append)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 60, rect.center().y()))
    assert activated == [code]
    style = panel.tree.style()
    box_x = rect.left() + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1 + \
        style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2
    with qtbot.waitSignal(panel.checkedCodesChanged) as checked:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(box_x, rect.center().y()))
    assert checked.args == [[code]] and panel.checked_codes() == [code]
    qtbot.wait(10)
    assert activated == [code]  # the check box click coded nothing
    count = panel.tree.visualRect(proxy_index(panel, code, COUNT))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=count.center())
    assert activated == [code]  # neither does a click on the count


def test_activate_all_and_checked_codes(qtbot, panel: CodeTreePanel, sample: Project,
                                        stack: QUndoStack) -> None:
    with qtbot.waitSignal(panel.checkedCodesChanged) as checked:
        panel.code_actions.check_all.trigger()
    assert checked.args == [[c.uuid for c in sample.codes()]]
    corona = uuid(sample, "Corona")
    with qtbot.waitSignal(panel.checkedCodesChanged) as checked:
        stack.push(DeleteCode(sample, corona, delete_codings=True))
    assert corona not in checked.args[0] and corona not in panel.checked_codes()
    stack.undo()  # it comes back activated
    assert corona in panel.checked_codes()
    panel.code_actions.uncheck_all.trigger()
    assert panel.checked_codes() == []


def test_context_menu_and_quick_code_pins(qtbot, panel: CodeTreePanel,
                                          sample: Project) -> None:
    code = uuid(sample, SPRACHE)
    panel.select_code(code)
    menu = panel.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["New code…", "New subcode…", "Rename", "Colour…", "Description…",
                     "Make category", "Pin as quick code", "Merge into…", "Delete…", "Activate all",
                     "Deactivate all"]
    pin = menu.findChild(type(menu), "pinMenu")
    with qtbot.waitSignal(panel.pinRequested) as pinned:
        pin.actions()[2].trigger()
    assert pinned.args == [code, 3]
    panel.set_quick_codes({3: code})
    count = panel.model.index_for_uuid(code, COUNT)
    assert count.data().startswith("Ctrl+3")
    assert "Ctrl+3" in panel.model.index_for_uuid(code).data(Qt.ItemDataRole.ToolTipRole)
    panel.tree.setCurrentIndex(QModelIndex())
    empty = [a.text() for a in panel.context_menu().actions() if a.text()]
    assert empty == ["New code…", "Activate all", "Deactivate all"]


def test_current_code_follows_selection_and_deletion(qtbot, panel: CodeTreePanel,
                                                     sample: Project, stack: QUndoStack) -> None:
    corona = uuid(sample, "Corona")
    with qtbot.waitSignal(panel.currentCodeChanged) as changed:
        panel.select_code(corona)
    assert changed.args == [corona]
    with qtbot.waitSignal(panel.currentCodeChanged) as changed:
        stack.push(DeleteCode(sample, corona, delete_codings=True))
    assert changed.args[0] != corona and panel.current_code() == changed.args[0]


def test_tree_has_its_object_names(panel: CodeTreePanel) -> None:
    assert panel.findChild(QTreeView, "codeTree") is panel.tree
    assert panel.findChild(QLineEdit, "codeFilter").placeholderText() == "Filter codes…"
    assert panel.tree.dragEnabled() and panel.tree.acceptDrops()
    assert code_tree_panel.CodeFilterProxy is type(panel.proxy)
    assert panel.proxy.isRecursiveFilteringEnabled()
    assert CODE_MIME in panel.model.mimeTypes()
