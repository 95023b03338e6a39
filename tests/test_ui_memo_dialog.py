"""The coding memo dialog: room to write, wrapped lines, and typed text is not lost to Esc."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from qda_app.ui.common.dialogs import DiscardMemo, MemoDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .ui_support import answer, select_words, when_shown

# typed with QTest, which knows ASCII keys only
LONG = ("Die Befragten schildern die Wege zur Berufsschule als lang und teuer; "
        "ohne Auto bleibt oft nur der Bus, und der kommt am Morgen selten.")


def open_dialog(qtbot, settings: AppSettings, text: str = "") -> MemoDialog:
    dialog = MemoDialog(None, "Memo for “Mobilität”", text, settings.qs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_real_editor_that_wraps_long_lines(qtbot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings, LONG)
    assert dialog.width() >= 480 and dialog.height() >= 320
    assert dialog.editor.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
    assert dialog.editor.document().firstBlock().layout().lineCount() > 1


def test_esc_asks_before_discarding_typed_text(qtbot, settings: AppSettings,
                                               monkeypatch) -> None:
    dialog = open_dialog(qtbot, settings, "Erster Gedanke.")
    qtbot.keyClicks(dialog.editor, " Noch einer.")
    asked = answer(monkeypatch, DiscardMemo, False)  # "Cancel": keep editing
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.text() == "Erster Gedanke. Noch einer."
    answer(monkeypatch, DiscardMemo, True)  # "Discard"
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == MemoDialog.DialogCode.Rejected


def test_esc_closes_at_once_when_nothing_was_typed(qtbot, settings: AppSettings,
                                                   monkeypatch) -> None:
    asked = answer(monkeypatch, DiscardMemo, False)
    dialog = open_dialog(qtbot, settings, "Erster Gedanke.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_the_size_is_remembered(qtbot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.resize(720, 540)
    dialog.accept()
    again = open_dialog(qtbot, settings)
    assert again.size() == QSize(720, 540)


def test_the_memo_typed_in_the_dialog_is_the_codings_memo(qtbot, window: MainWindow) -> None:
    select_words(window, "Mobilitätsprobleme sind häufig vorhanden")
    window.coding.code_selection(window.project.code("Mobilität").uuid)
    [coding] = [c for c in window.project.segments() if c.coder == "Tester"]
    window.view.select_coding(coding.uuid, center=False)
    shown: list[MemoDialog] = []

    def write(dialog: MemoDialog) -> None:  # runs while the dialog waits for the coder
        shown.append(dialog)
        qtbot.keyClicks(dialog.editor, LONG)
        dialog.accept()

    when_shown(window, MemoDialog, "memoDialog", write)
    assert window.coding.memo_selected()
    assert len(shown) == 1
    assert window.project.coding(coding.uuid).memo == LONG
