"""Undo and redo of steps whose codings or codes another program changed meanwhile.

A step on the undo stack remembers codings and codes; when another program (here a
second ``Project`` on the same file) removed or changed them, undoing or redoing the step
fails in the core. The window then says so in one line, drops the step (the rest of the
history still works), catches up with the project, and never fails silently.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from qda_app.ui.main_window import MainWindow

from .ui_support import click_code, elsewhere, in_tree, mine, select_words, tree_index

CTRL = Qt.KeyboardModifier.ControlModifier
UNDONE_LINE = "The step was dropped because the project changed."


@pytest.fixture
def w(window: MainWindow) -> Iterator[MainWindow]:
    """The workbench; the tests look for changes elsewhere themselves (no timer ticks)."""
    window.bench.watch.timer.stop()
    yield window


def test_undo_of_a_coding_another_program_removed(qtbot, w: MainWindow,
                                                  warnings: list[str]) -> None:
    select_words(w, "Einsamkeit während Corona")
    click_code(qtbot, w, "Corona")
    [coding] = mine(w)
    with elsewhere(w) as other:
        other.remove_coding(coding.uuid)
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(warnings))
    [line] = warnings
    assert line.startswith("Could not undo “Code with “Corona””: no coding")
    assert line.endswith(UNDONE_LINE) and "\n" not in line
    stack = w.bench.undo_stack
    assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)
    assert not w.menus.redo_action.isEnabled()  # the dropped step is not offered again
    assert coding.uuid not in w.view.index  # the window caught up with the other program


def test_redo_of_a_coding_whose_code_another_program_deleted(qtbot, w: MainWindow,
                                                             warnings: list[str]) -> None:
    select_words(w, "Einsamkeit während Corona")
    click_code(qtbot, w, "Corona")
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    uuid = w.project.code("Corona").uuid
    with elsewhere(w) as other:
        other.delete_code(uuid, delete_codings=True)
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(warnings))
    [line] = warnings
    assert line.startswith("Could not redo “Code with “Corona””: ") and line.endswith(UNDONE_LINE)
    stack = w.bench.undo_stack
    assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)
    assert mine(w) == [] and not in_tree(w, uuid)


def test_undo_of_a_rename_when_another_program_took_the_name(qtbot, w: MainWindow,
                                                            warnings: list[str]) -> None:
    select_words(w, "Einsamkeit während Corona")
    click_code(qtbot, w, "Corona")  # a step that stays undoable below the failing one
    index = tree_index(w, "Mobilität")
    assert index.model().setData(index, "Verkehr", Qt.ItemDataRole.EditRole)
    with elsewhere(w) as other:
        other.rename_code("Begegnungsorte", "Mobilität")  # the old name is taken now
    w.bench.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings[0].startswith("Could not undo “Rename code “Verkehr””: ")
    assert warnings[0].endswith(UNDONE_LINE)
    assert [c.path for c in w.project.codes()].count("Verkehr") == 1  # nothing changed
    stack = w.bench.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Code with “Corona”")
    stack.undo()  # the rest of the history still works
    assert mine(w) == []
