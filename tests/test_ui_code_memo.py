"""The code memo panel and the code picker on real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from qda_app import Project
from qda_app.ui.codes.code_memo import CodeMemoPanel
from qda_app.ui.codes.code_picker import CodePick, CodePicker
from qda_app.ui.commands.code_commands import DeleteCode, DescribeCode
from qda_app.ui.common.project_events import ProjectEvents

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def memo(qtbot, sample: Project, stack: QUndoStack) -> CodeMemoPanel:
    # the real pause is 800 ms; the logic is the same
    panel = CodeMemoPanel(sample, stack, ProjectEvents(sample), save_delay_ms=30)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def focus_out(widget: QPlainTextEdit) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_memo_shows_the_code_and_saves_after_a_pause(qtbot, memo: CodeMemoPanel,
                                                     sample: Project, stack: QUndoStack) -> None:
    code = sample.code("Corona")
    memo.set_code(code.uuid)
    editor = memo.findChild(QPlainTextEdit, "codeMemo")
    assert editor is memo.editor and editor.isEnabled()
    assert editor.toPlainText() == code.description and memo.path_label.text() == "Corona"
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Schulen zu.")
    qtbot.waitUntil(lambda: sample.code("Corona").description.endswith("Schulen zu."))
    qtbot.keyClicks(editor, " Kitas auch.")  # same session: the same undo step
    qtbot.waitUntil(lambda: sample.code("Corona").description.endswith("Kitas auch."))
    assert stack.count() == 1
    focus_out(editor)
    qtbot.keyClicks(editor, " Neu.")  # after leaving the field: a new step
    memo.flush()
    assert stack.count() == 2
    stack.undo()
    assert editor.toPlainText().endswith("Kitas auch.")  # the panel follows the undo
    stack.undo()
    assert sample.code("Corona").description == code.description
    assert editor.toPlainText() == code.description


def test_switching_codes_saves_at_once(qtbot, memo: CodeMemoPanel, sample: Project) -> None:
    corona, mobil = sample.code("Corona"), sample.code("Mobilität")
    memo.set_code(corona.uuid)
    memo.editor.selectAll()
    qtbot.keyClicks(memo.editor, "Neu geschrieben")
    memo.set_code(mobil.uuid)  # no pause waited for
    assert sample.code("Corona").description == "Neu geschrieben"
    assert memo.editor.toPlainText() == mobil.description


def test_typing_back_to_the_original_leaves_no_step(qtbot, memo: CodeMemoPanel,
                                                    sample: Project, stack: QUndoStack) -> None:
    code = sample.code("Corona")
    memo.set_code(code.uuid)
    memo.editor.moveCursor(memo.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(memo.editor, "x")
    memo.flush()
    qtbot.keyClick(memo.editor, Qt.Key.Key_Backspace)
    memo.flush()
    assert sample.code("Corona").description == code.description
    assert stack.count() == 0


def test_memo_empties_when_its_code_goes(memo: CodeMemoPanel, sample: Project,
                                         stack: QUndoStack) -> None:
    memo.set_code(sample.code("Corona").uuid)
    stack.push(DeleteCode(sample, sample.code("Corona").uuid, delete_codings=True))
    assert not memo.editor.isEnabled() and memo.code_uuid() is None
    memo.set_code(None)
    assert memo.editor.toPlainText() == "" and memo.path_label.text() == "No code selected"


def test_memo_follows_a_description_changed_elsewhere(memo: CodeMemoPanel, sample: Project,
                                                      stack: QUndoStack) -> None:
    code = sample.code("Corona")
    memo.set_code(code.uuid)
    stack.push(DescribeCode(sample, code.uuid, "Aus dem Dialog"))
    assert memo.editor.toPlainText() == "Aus dem Dialog"


# -- the code picker ------------------------------------------------------------------------------


@pytest.fixture
def picker(qtbot, sample: Project) -> CodePicker:
    dialog = CodePicker(None, sample, "Code with…", allow_new=True)
    qtbot.addWidget(dialog)
    return dialog


def test_picker_filters_by_words_and_enter_takes_the_first(qtbot, picker: CodePicker,
                                                           sample: Project) -> None:
    field = picker.findChild(QLineEdit, "codePickerFilter")
    qtbot.keyClicks(field, "arbeit FUNG")  # QTest types ASCII only
    assert [i.text() for i in picker.visible_items()] == [
        "Arbeit und Ausbildung/Prüfung", "Arbeit und Ausbildung/Prüfung/Nachteilsausgleich",
        "Create new code “arbeit FUNG”"]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert picker.picked == CodePick(uuid=sample.code("Arbeit und Ausbildung/Prüfung").uuid)


def test_picker_down_key_chooses_another_match(qtbot, picker: CodePicker,
                                               sample: Project) -> None:
    qtbot.keyClicks(picker.filter_edit, "fung")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    wanted = sample.code("Arbeit und Ausbildung/Prüfung/Nachteilsausgleich").uuid
    assert picker.picked is not None and picker.picked.uuid == wanted


def test_picker_offers_to_create_a_code_that_does_not_exist(qtbot, picker: CodePicker) -> None:
    qtbot.keyClicks(picker.filter_edit, "Wohnen / Miete")
    assert [i.text() for i in picker.visible_items()] == ["Create new code “Wohnen/Miete”"]
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.picked == CodePick(new_path="Wohnen/Miete") and picker.picked.is_new


def test_picker_offers_no_creation_for_an_existing_name(qtbot, picker: CodePicker) -> None:
    qtbot.keyClicks(picker.filter_edit, "corona")
    assert [i.text() for i in picker.visible_items()] == ["Corona"]


def test_picker_hides_excluded_codes(qtbot, sample: Project) -> None:
    governance = {c.uuid for c in sample.codes() if c.path.startswith("Governance")}
    dialog = CodePicker(None, sample, "Merge into…", exclude=governance)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "governance")
    assert dialog.visible_items() == []  # and no "create" entry without allow_new


def test_ask_code_creates_the_new_code_as_one_undo_step(qtbot, sample: Project,
                                                        stack: QUndoStack, monkeypatch) -> None:
    def run_dialog(self: CodePicker) -> int:
        qtbot.keyClicks(self.filter_edit, "Wohnen")
        qtbot.keyClick(self.filter_edit, Qt.Key.Key_Return)
        return 1

    monkeypatch.setattr(CodePicker, "exec", run_dialog)
    uuid = CodePicker.ask_code(None, sample, stack, "Code with…", allow_new=True)
    assert uuid == sample.code("Wohnen").uuid and stack.count() == 1
    existing = CodePicker.ask_code(None, sample, stack, "Code with…", allow_new=True)
    assert existing == uuid and stack.count() == 1
