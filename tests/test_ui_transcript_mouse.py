"""The transcript under the mouse: the text stays put while coding, and selecting anew
inside an old selection selects (real mouse events on the viewport, pytest-qt)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from qda_app.ui.main_window import MainWindow

from .ui_support import click_code, mine, select_words


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
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
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
