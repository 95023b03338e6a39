"""Memos in the text: written on a selected passage, a sign in the margin, hover and click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolTip

from qda_app.ui.common.dialogs import DiscardMemo, MemoDialog, MemoDraft
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action

from .test_ui_shortcuts import context_menu, entries, offscreen_popup
from .ui_support import answer, select_words, status, when_shown

PASSAGE = "Mobilitätsprobleme sind häufig vorhanden"


def write(monkeypatch, title: str, text: str) -> list[tuple]:
    calls: list[tuple] = []
    monkeypatch.setattr(MemoDialog, "ask_memo", lambda *a, **k: calls.append(a) or MemoDraft(
        title, text))
    return calls


def sign_center(window: MainWindow) -> QPoint:
    QApplication.processEvents()  # docks laid out first: the sign must not move under the mouse
    marks = window.view.memo_marks
    marks.repaint()
    [(rect, _memos)] = marks.shown()
    return rect.center().toPoint()


def test_ctrl_alt_m_writes_a_memo_on_the_passage_and_a_sign_marks_its_line(
        qtbot, window: MainWindow, monkeypatch) -> None:
    calls = write(monkeypatch, "Mobilität", "In fast jedem Workshop genannt.")
    start, end = select_words(window, PASSAGE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    assert len(calls) == 1 and PASSAGE in calls[0][3]  # the editor quotes the passage
    [memo] = window.project.memos(kind="text")
    assert (memo.start, memo.end, memo.title, memo.author) == (start, end, "Mobilität", "Tester")
    view = window.view
    view.memo_marks.repaint()
    [(rect, memos)] = view.memo_marks.shown()
    assert [m.uuid for m in memos] == [memo.uuid]
    line_top = view.line_span_y(view.map.to_utf16(start), bottom=False)
    assert line_top <= rect.center().y() <= line_top + view.fontMetrics().height()
    assert rect.right() <= view.margin.geometry().left()  # left of the coding stripes
    window.bench.undo_stack.undo()
    assert window.project.memos(kind="text") == [] and view.memo_marks.shown() == []
    window.bench.undo_stack.redo()
    assert window.project.memos(kind="text") == [memo]  # same UUID, author and times


def test_without_a_selection_it_says_what_to_do(window: MainWindow, monkeypatch) -> None:
    calls = write(monkeypatch, "x", "y")
    window.view.select_cp(10, 10)
    action(window, "addTextMemoAction").trigger()
    assert calls == [] and status(window) == "Select the passage the memo is about first."


@offscreen_popup  # a tooltip is a popup
def test_hovering_the_sign_shows_the_memo_and_a_click_opens_it(
        qtbot, window: MainWindow, monkeypatch) -> None:
    doc = window.view.doc
    start = doc.text.index(PASSAGE)
    memo = window.project.add_memo("Oft genannt, selten erklärt.", "Mobilität",
                                   document=doc.uuid, start=start, end=start + len(PASSAGE))
    window.view.select_cp(start, start)  # scrolls the passage into view
    marks = window.view.memo_marks
    center = sign_center(window)
    qtbot.mouseMove(marks, center)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Mobilität" in QToolTip.text() and "selten erklärt" in QToolTip.text()
    calls = write(monkeypatch, "Mobilität", "Oft genannt, selten erklärt. Nachfragen!")
    qtbot.mouseClick(marks, Qt.MouseButton.LeftButton, pos=center)
    assert len(calls) == 1 and calls[0][2] == MemoDraft("Mobilität", memo.text)
    assert window.project.memo(memo.uuid).text.endswith("Nachfragen!")
    window.bench.undo_stack.undo()
    assert window.project.memo(memo.uuid) == memo


@offscreen_popup
def test_two_memos_on_one_line_share_a_sign_that_asks_which(
        qtbot, window: MainWindow, monkeypatch) -> None:
    doc = window.view.doc
    start = doc.text.index(PASSAGE)
    for title in ("Erstes", "Zweites"):
        window.project.add_memo("Text", title, document=doc.uuid, start=start, end=start + 5)
    window.view.select_cp(start, start)
    window.view.memo_marks.repaint()
    [(rect, memos)] = window.view.memo_marks.shown()
    assert [m.title for m in memos] == ["Erstes", "Zweites"]
    opened = write(monkeypatch, "Zweites", "Text")  # the memo chosen opens in the editor
    offered: list[list[str]] = []

    def pick_second(menu: QMenu) -> None:
        offered.append([a.text() for a in menu.actions()])
        menu.actions()[1].trigger()
        menu.close()

    when_shown(window.view.memo_marks, QMenu, "memoMarksMenu", pick_second, 50)
    qtbot.mouseClick(window.view.memo_marks, Qt.MouseButton.LeftButton,
                     pos=rect.center().toPoint())
    assert offered == [["Erstes", "Zweites"]]
    assert len(opened) == 1 and opened[0][2] == MemoDraft("Zweites", "Text")


@offscreen_popup
def test_the_context_menu_offers_a_memo_on_the_selection(qtbot, window: MainWindow) -> None:
    start, _ = select_words(window, PASSAGE)
    seen: list[list[tuple[str, str]]] = []
    context_menu(qtbot, window, start + 3, lambda menu: seen.append(entries(menu)))
    assert ("Add &Memo Here…", "Ctrl+Alt+M") in seen[0]


@offscreen_popup
def test_a_memo_typed_in_the_editor_is_not_lost_to_esc(qtbot, window: MainWindow,
                                                       monkeypatch) -> None:
    """The editor with a title: Esc after typing a title asks, and Discard lets it go."""
    select_words(window, PASSAGE)
    asked = answer(monkeypatch, DiscardMemo, False)
    seen: list[bool] = []

    def type_and_escape(dialog: MemoDialog) -> None:  # while the editor waits for the coder
        try:
            seen.append(dialog.findChild(QLabel, "memoAbout") is not None)
            assert dialog.title_field is not None
            qtbot.keyClicks(dialog.title_field, "Mobilitaet")
            qtbot.keyClick(dialog.title_field, Qt.Key.Key_Escape)
            seen.append(dialog.isVisible())  # "Cancel" in the question: still open
            answer(monkeypatch, DiscardMemo, True)
            qtbot.keyClick(dialog.title_field, Qt.Key.Key_Escape)
        finally:
            if dialog.isVisible():  # a failed check must not leave the test waiting
                dialog.done(0)

    when_shown(window, MemoDialog, "memoDialog", type_and_escape)
    assert window.text_memos.add_here() is None
    assert seen == [True, True] and len(asked) == 1
    assert window.project.memos(kind="text") == []


@pytest.mark.parametrize("kind", ["project", "free"])
def test_new_memos_from_the_memos_menu(window: MainWindow, monkeypatch, kind: str) -> None:
    """The Memos menu writes a project memo (the research journal) or a free one."""
    write(monkeypatch, "Journal", "Heute: Codebuch besprochen.")
    action(window, "newProjectMemoAction" if kind == "project" else "newFreeMemoAction").trigger()
    assert [m.kind for m in window.project.memos() if m.title == "Journal"] == [kind]
