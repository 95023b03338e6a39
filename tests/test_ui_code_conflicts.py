"""The window and a code another coder (here a second program on the file) changed
meanwhile: a change based on what the tree showed is refused with a message and the tree
catches up; an undo that the other's later change depends on is refused and dropped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from qda_app.ui.commands.code_commands import AddCode
from qda_app.ui.commands.command_base import run
from qda_app.ui.main_window import MainWindow

from .ui_support import elsewhere, tree_index

UNDONE_LINE = "The step was dropped because the project changed."


@pytest.fixture
def w(window: MainWindow) -> Iterator[MainWindow]:
    """The workbench; the tests look for changes elsewhere themselves (no timer ticks)."""
    window.bench.watch.timer.stop()
    yield window


def test_renaming_a_code_someone_recoloured_meanwhile_is_refused(
        qtbot, w: MainWindow, warnings: list[str], errors: list[str]) -> None:
    index = tree_index(w, "Mobilität")  # the tree shows the code as it was
    with elsewhere(w) as other:
        other.recolor_code("Mobilität", "#00aa00")
    assert not index.model().setData(index, "Verkehr", Qt.ItemDataRole.EditRole)
    assert errors == ["“Mobilität” was changed by another program meanwhile (recoloured "
                      "#00aa00); nothing was changed"]
    assert w.project.code("Mobilität").color == "#00aa00"  # the other change stands
    assert w.code_tree.model.code(w.project.code("Mobilität").uuid).color == "#00aa00"
    assert w.bench.undo_stack.count() == 0
    index = tree_index(w, "Mobilität")  # caught up: now the rename goes through
    assert index.model().setData(index, "Verkehr", Qt.ItemDataRole.EditRole)
    assert w.project.code("Verkehr").color == "#00aa00"


def test_undo_of_a_rename_someone_renamed_again_is_refused(qtbot, w: MainWindow,
                                                           warnings: list[str]) -> None:
    index = tree_index(w, "Mobilität")
    assert index.model().setData(index, "Verkehr", Qt.ItemDataRole.EditRole)
    with elsewhere(w) as other:
        other.rename_code("Verkehr", "Unterwegs")
    w.bench.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(warnings))
    [line] = warnings
    assert line.startswith("Could not undo “Rename code “Verkehr””: “Verkehr” was changed "
                           "by another program meanwhile (renamed to “Unterwegs”)")
    assert line.endswith(UNDONE_LINE)
    assert "Unterwegs" in [c.path for c in w.project.codes()]  # not written over
    assert w.bench.undo_stack.count() == 0


def test_undo_of_a_new_code_someone_coded_with_is_refused(qtbot, w: MainWindow,
                                                          warnings: list[str]) -> None:
    command = AddCode(w.project, "Nachbarschaft")
    assert run(w.bench.undo_stack, command, w)
    with elsewhere(w) as other:
        other.add_coding(other.documents()[0].uuid, "Nachbarschaft", 0, 5)
    w.bench.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["Could not undo “New code “Nachbarschaft””: “Nachbarschaft” has been "
                        f"used for 1 coding since; nothing was changed. {UNDONE_LINE}"]
    assert w.project.code("Nachbarschaft").codings_total == 1
    assert w.bench.undo_stack.count() == 0
