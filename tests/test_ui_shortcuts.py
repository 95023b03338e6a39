"""Shortcuts: one per context, and shown wherever their command is offered.

``Del`` deletes a code in the code system and removes the selected coding in
the transcript (Qt used to log an ambiguous shortcut and do neither); the
transcript's context menu shows the Code menu's own actions, shortcuts and all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from qda_app.ui.codes.code_dialogs import ConfirmDeleteCode
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action

from .ui_support import answer, click_code, select_words

MOBIL = "Mobilitätsprobleme sind häufig vorhanden"
NAMES = ["codeWithAction", "codeLastAction", "inVivoAction", "codeTurnAction",
         "removeCodingAction", "moveCodingAction", "codingMemoAction", "copyAction"]


def activate(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def click_stripe(qtbot, window: MainWindow, coding_uuid: str) -> None:
    """Click the coding's stripe in the margin, as a coder selects a coding."""
    coding = window.view.index.get(coding_uuid)
    window.view.select_cp(coding.start, coding.start)  # scroll it into view
    margin = window.view.margin
    margin.repaint()
    rect = next(r for r, uuid in margin.stripes() if uuid == coding_uuid)
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def test_del_in_the_code_tree_asks_to_delete_the_code(qtbot, window: MainWindow,
                                                      monkeypatch) -> None:
    asked = answer(monkeypatch, ConfirmDeleteCode, False)
    activate(qtbot, window)
    tree = window.code_tree.tree
    window.code_tree.select_code(window.project.code("Corona").uuid)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "“Corona”" in asked[0][1]
    assert len(window.project.segments()) == 32


def test_del_after_clicking_a_stripe_removes_that_coding(qtbot, window: MainWindow,
                                                         monkeypatch) -> None:
    asked = answer(monkeypatch, ConfirmDeleteCode, True)
    activate(qtbot, window)
    click_code(qtbot, window, "Corona")  # the focus is in the code tree now
    coding = next(c for c in window.project.segments() if c.text == MOBIL)
    click_stripe(qtbot, window, coding.uuid)
    selected = window.view.selected_coding  # one of the two coders' codings of the passage
    assert selected in {c.uuid for c in window.project.segments() if c.text == MOBIL}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert asked == []  # no code deleted, not even asked
    assert selected not in {c.uuid for c in window.project.segments()}
    assert len(window.project.segments()) == 31


# -- the context menu ------------------------------------------------------------------------
# a popup menu asks the offscreen platform for what only a real one does (harmless there)
offscreen_popup = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def entries(menu: QMenu) -> list[tuple[str, str]]:
    """(text, shortcut) of every entry, submenus' entries after their title."""
    rows: list[tuple[str, str]] = []
    for a in menu.actions():
        if a.isSeparator():
            continue
        rows.append((a.text(), a.shortcut().toString()))
        if a.menu() is not None:
            rows += [("  " + t, s) for t, s in entries(a.menu())]
    return rows


def context_menu(qtbot, window: MainWindow, at: int,
                 inside: Callable[[QMenu], object]) -> None:
    """Right-click before the character ``at``; ``inside`` sees the open menu, which closes."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(at))
    pos = view.cursorRect(cursor).center() + QPoint(2, 0)

    def look() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        try:
            inside(menu)
        finally:
            menu.close()

    QTimer.singleShot(50, look)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


@offscreen_popup
def test_the_context_menu_shows_the_menus_actions_and_shortcuts(qtbot, window: MainWindow) -> None:
    start, _ = select_words(window, MOBIL)
    window.coding.code_selection(window.project.code("Gute Praxis").uuid)  # the last code now
    seen: list[list[tuple[str, str]]] = []
    shared: list[bool] = []

    def inside(menu: QMenu) -> None:
        seen.append(entries(menu))
        everything = menu.actions() + [a for m in menu.findChildren(QMenu) for a in m.actions()]
        shared.extend(action(window, name) in everything for name in NAMES)

    context_menu(qtbot, window, start + 3, inside)
    [rows] = seen
    assert rows[:4] == [("Code &with…", "Ctrl+Shift+C"), ("Code with “Gute Praxis”", "Ctrl+L"),
                        ("&In-vivo Code", "Ctrl+I"), ("Code Whole Speaker &Turn", "Ctrl+T")]
    assert ("  &Remove Selected Coding", "Del") in rows
    assert ("  &Move Coding to…", "Ctrl+M") in rows
    assert ("  Coding M&emo…", "Ctrl+Shift+M") in rows
    assert rows[-1] == ("&Copy", "Ctrl+C")
    assert all(shared)  # the very actions of the Code and Edit menus
    assert all(action(window, name).isShortcutVisibleInContextMenu() for name in NAMES)


@offscreen_popup
def test_without_a_selection_the_coding_entries_wait(qtbot, window: MainWindow) -> None:
    text = window.view.doc.text
    at = text.index(MOBIL) + 3
    window.view.select_cp(at, at)
    enabled: dict[str, bool] = {}

    def inside(menu: QMenu) -> None:
        enabled.update({a.objectName(): a.isEnabled() for a in menu.actions()})

    context_menu(qtbot, window, at, inside)
    assert not enabled["codeWithAction"] and not enabled["copyAction"]
    assert enabled["codeTurnAction"]  # the turn under the mouse can be coded
    assert all(action(window, name).isEnabled() for name in NAMES)  # shortcuts work again


@offscreen_popup
def test_a_codings_submenu_acts_on_that_coding(qtbot, window: MainWindow) -> None:
    text = window.view.doc.text
    at = text.index(MOBIL) + 3
    window.view.select_cp(at, at)
    here = window.view.records(window.view.codings_at(at))
    target = here[-1]  # not the innermost one

    def inside(menu: QMenu) -> None:
        [sub] = [a.menu() for a in menu.actions()
                 if a.menu() is not None and a.text() == f"{target.code} — {target.coder}"]
        sub.popup(menu.pos())  # hovering its title opens it
        remove = action(window, "removeCodingAction")
        assert remove in sub.actions()
        remove.trigger()

    context_menu(qtbot, window, at, inside)
    assert target.uuid not in {c.uuid for c in window.project.segments()}
    assert len(window.project.segments()) == 31
