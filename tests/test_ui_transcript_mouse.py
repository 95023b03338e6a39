"""The transcript under the mouse: the text stays put while coding, and selecting anew
inside an old selection selects (real mouse events on the viewport, pytest-qt)."""

from __future__ import annotations

import os
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from qda_app.ui.main_window import MainWindow

from .ui_support import click_code, mine, select_words, tree_index, trigger


def char_x(window: MainWindow, position: int) -> int:
    """Where the character at ``position`` (code points) sits, in window coordinates."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(position))
    return view.viewport().mapTo(window, view.cursorRect(cursor).topLeft()).x()


def test_coding_with_a_code_new_to_the_document_keeps_the_text_still(
        qtbot, window: MainWindow) -> None:
    used = window.view.index.codes()
    assert window.project.code("Governance").uuid not in used  # not yet used in the text
    start, _ = select_words(window, "Mobilitätsprobleme sind häufig vorhanden")
    before = char_x(window, start)
    click_code(qtbot, window, "Governance")
    assert [c.code for c in mine(window)] == ["Governance"]
    assert char_x(window, start) == before


def test_an_in_vivo_code_keeps_the_text_still(qtbot, window: MainWindow) -> None:
    start, _ = select_words(window, "„Nimm den, der ist gut“")
    before = char_x(window, start)
    trigger(window, "inVivoAction")
    assert len(mine(window)) == 1
    assert char_x(window, start) == before


def test_every_code_in_use_keeps_a_stripe_of_its_own(qtbot, window: MainWindow) -> None:
    """With more codes in use than fit at full width, the stripes narrow, side by side."""
    text = window.view.doc.text
    words = text.index("Mobilitätsprobleme")
    for i in range(20):
        uuid = window.project.add_code(f"Extra {i:02d}").uuid
        window.coding.code_span(uuid, words, words + len("Mobilitätsprobleme"))
    window.view.select_cp(words, words)
    qtbot.wait(20)
    margin = window.view.margin
    margin.repaint()
    code_of = {c.uuid: c.code_uuid for c in window.view.codings_at(words)}
    stripes = {code_of[uuid]: rect for rect, uuid in margin.stripes() if uuid in code_of}
    assert len(stripes) == len(set(code_of.values())) > 20  # a stripe per code
    lefts = sorted(r.left() for r in stripes.values())
    assert all(b - a >= 2 for a, b in pairwise(lefts))  # none on another
    assert all(r.left() >= 0 and r.right() <= margin.width() for r in stripes.values())


# -- a press inside the selection ------------------------------------------------------------


def point_at(window: MainWindow, position: int) -> QPoint:
    """Where the caret before ``position`` (code points) is, in viewport coordinates."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(position))
    return view.cursorRect(cursor).center()


def drag_mouse(qtbot, window: MainWindow, start: int, end: int, hold_ms: int = 0) -> None:
    """Press before ``start``, move in steps to before ``end``, release: a coder's sweep."""
    viewport = window.view.viewport()
    a, b = point_at(window, start), point_at(window, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    if hold_ms:
        qtbot.wait(hold_ms)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, a + (b - a) * step / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_a_sweep_from_inside_the_selection_selects_anew(qtbot, window: MainWindow) -> None:
    old_start, old_end = select_words(window, "Sprache rückt in den Hintergrund")
    start = old_start + len("Sprache ")
    text = window.view.doc.text
    end = text.index(" ", old_end + 2)
    drag_mouse(qtbot, window, start, end)
    assert window.view.selection_cp() == (start, end)
    click_code(qtbot, window, "Corona")
    assert [c.text for c in mine(window)] == [text[start:end]]  # the new text, not the old


def test_a_click_inside_the_selection_puts_the_caret_there(qtbot, window: MainWindow) -> None:
    start, _ = select_words(window, "Sprache rückt in den Hintergrund")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_at(window, start + 3))
    cursor = window.view.textCursor()
    assert not cursor.hasSelection()
    assert window.view.map.to_cp(cursor.position()) == start + 3


def test_press_and_hold_drags_the_selection_onto_a_code(qtbot, window: MainWindow,
                                                        monkeypatch) -> None:
    words = "Kleine, familiäre Betriebe"
    start, end = select_words(window, words)
    dragged = []
    monkeypatch.setattr(window.view.selection_press, "start_drag",
                        lambda: dragged.append(window.view.createMimeDataFromSelection()))
    drag_mouse(qtbot, window, start + 2, end + 30,
               hold_ms=QApplication.startDragTime() + 100)
    [mime] = dragged  # the platform's drag loop would carry it to the code
    assert window.view.selection_cp() == (start, end)  # the old selection is what is dragged
    index = tree_index(window, "Arbeit und Ausbildung/Betriebe")
    assert index.model().dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, index)
    assert [c.text for c in mine(window)] == [words]


@pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb",
                    reason="needs a platform drag loop: QT_QPA_PLATFORM=xcb xvfb-run pytest …")
def test_press_and_hold_drags_with_a_platform_drag_loop(qtbot, window: MainWindow) -> None:
    """The whole gesture through QDrag.exec(), on X11 (Xvfb): hold, drag, drop on a code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    words = "Kleine, familiäre Betriebe"
    start, _ = select_words(window, words)
    handle = window.windowHandle()
    viewport, tree = window.view.viewport(), window.code_tree.tree
    press = viewport.mapTo(window, point_at(window, start + 2))
    target = tree.visualRect(tree_index(window, "Arbeit und Ausbildung/Betriebe")).center()
    drop = tree.viewport().mapTo(window, target + QPoint(10, 0))
    no_mod = Qt.KeyboardModifier.NoModifier

    def finish() -> None:  # runs inside QDrag.exec()'s event loop
        for i in range(1, 11):
            QTest.mouseMove(handle, press + (drop - press) * i / 10)
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, no_mod, drop)

    QTest.mousePress(handle, Qt.MouseButton.LeftButton, no_mod, press)
    qtbot.wait(QApplication.startDragTime() + 100)
    QTimer.singleShot(50, finish)
    QTest.mouseMove(handle, press + QPoint(QApplication.startDragDistance() + 5, 0))
    qtbot.waitUntil(lambda: len(mine(window)) == 1, timeout=3000)
    assert [(c.code, c.text) for c in mine(window)] == [("Arbeit und Ausbildung/Betriebe", words)]
