"""The window follows the project, not its memory of it: remembered things that are gone.

``Ctrl+L``, ``Ctrl+T`` and the quick codes remember codes by UUID, the code tree shows
what it last read, an undo step remembers codings. When the project no longer has them
(deleted, their creation undone, removed by another program: here a second ``Project``
on the same file, as a second window or a script is) the window says which is gone and
what to do, forgets what is stale, catches up, and never fails silently or with a
traceback (pytest-qt fails a test on an exception in a slot).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from qda_app import Project
from qda_app.ui.codes.code_dialogs import (
    CodeColorDialog,
    CodeDescriptionDialog,
    ConfirmDeleteCode,
)
from qda_app.ui.codes.code_picker import CodePicker
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .ui_support import (
    answer,
    click_code,
    elsewhere,
    in_tree,
    mine,
    open_window,
    select_words,
    status,
    tree_index,
    trigger,
)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def w(window: MainWindow) -> Iterator[MainWindow]:
    """The workbench; the tests look for changes elsewhere themselves (no timer ticks)."""
    window.bench.watch.timer.stop()
    yield window


# -- the keyboard's remembered codes ------------------------------------------------------


def test_ctrl_l_after_the_codes_creation_was_undone(qtbot, w: MainWindow,
                                                    settings: AppSettings) -> None:
    select_words(w, "„Nimm den, der ist gut“")
    qtbot.keyClick(w.view, Qt.Key.Key_I, CTRL)  # in-vivo: a new code, now the last code
    assert w.coding.last_code == w.project.code("Nimm den, der ist gut").uuid
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)  # the code's creation undone
    select_words(w, "Fahrten zum Arzt")
    qtbot.keyClick(w.view, Qt.Key.Key_L, CTRL)
    assert mine(w) == []
    assert status(w) == ("The code “Nimm den, der ist gut” used last no longer exists; "
                         "pick a code with Ctrl+Shift+C.")
    assert w.coding.last_code is None and settings.last_code(w.project.uuid) is None
    qtbot.keyClick(w.view, Qt.Key.Key_L, CTRL)  # asked again: nothing left to be gone
    assert status(w) == "No code used yet in this session."


def test_a_pinned_code_follows_a_rename_and_is_unpinned_once_deleted(
        qtbot, w: MainWindow, settings: AppSettings) -> None:
    uuid = w.project.code("Mobilität").uuid
    w.coding.pin_quick_code(uuid, 3)
    index = tree_index(w, "Mobilität")
    assert index.model().setData(index, "Verkehr", Qt.ItemDataRole.EditRole)  # renamed
    select_words(w, "Fahrten zum Arzt")
    qtbot.keyClick(w.view, Qt.Key.Key_3, CTRL)
    assert [(c.code, c.text) for c in mine(w)] == [("Verkehr", "Fahrten zum Arzt")]
    with elsewhere(w) as other:
        other.delete_code(uuid, delete_codings=True)
    select_words(w, "Distanzen in Flächenland")
    qtbot.keyClick(w.view, Qt.Key.Key_3, CTRL)
    assert mine(w) == []  # nothing coded (and the coding made before went with the code)
    assert status(w) == ("The code “Verkehr” pinned to Ctrl+3 no longer exists, so it is "
                         "unpinned; pin another code from the code system's context menu.")
    assert w.coding.quick_codes == {} and settings.quick_codes(w.project.uuid) == {}
    assert not in_tree(w, uuid)  # the window caught up with the other program


def test_ctrl_t_with_a_deleted_last_code_asks_for_another(qtbot, w: MainWindow,
                                                         monkeypatch) -> None:
    select_words(w, "Einsamkeit während Corona")
    click_code(qtbot, w, "Corona")  # Corona is the last code now
    w.project.delete_code("Corona", delete_codings=True)
    target = w.project.code("Begegnungsorte").uuid
    said: list[str] = []
    monkeypatch.setattr(w.coding, "pick_code",
                        lambda title, allow_new: said.append(status(w)) or target)
    inside = w.view.doc.text.index("Mehr Struktur und Führung notwendig")
    w.view.select_cp(inside, inside)
    qtbot.keyClick(w.view, Qt.Key.Key_T, CTRL)
    assert said == ["The code “Corona” used last no longer exists; pick a code for the "
                    "speaker turn."]  # on screen while the picker asks
    [coding] = mine(w)
    assert (coding.code, coding.speaker) == ("Begegnungsorte", "UK")
    assert w.coding.last_code == target


def test_pins_and_last_code_of_codes_deleted_meanwhile_are_dropped_on_opening(
        qtbot, sample_path: Path, settings: AppSettings) -> None:
    with Project.open(sample_path) as p:
        key, gone, kept = p.uuid, p.code("Corona").uuid, p.code("Mobilität").uuid
        settings.set_quick_codes(key, {1: gone, 2: kept})
        settings.set_last_code(key, gone)
        p.delete_code(gone, delete_codings=True)
    window = open_window(qtbot, sample_path, settings)
    assert window.coding.quick_codes == {2: kept} and window.coding.last_code is None
    assert settings.quick_codes(key) == {2: kept} and settings.last_code(key) is None
    window.close()


# -- the code system shows a code another program deleted ----------------------------------


def test_clicking_a_code_another_program_deleted(qtbot, w: MainWindow) -> None:
    uuid = w.project.code("Mobilität").uuid
    tree = w.code_tree.tree
    index = tree_index(w, "Mobilität")
    tree.scrollTo(index)
    where = tree.visualRect(index).center() + QPoint(10, 0)
    with elsewhere(w) as other:
        other.delete_code(uuid, delete_codings=True)
    select_words(w, "Fahrten zum Arzt")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert mine(w) == []
    assert status(w).startswith("The code you chose no longer exists")
    assert not in_tree(w, uuid)
    assert all(c.code_uuid != uuid for c in w.view.index.overlapping(0, len(w.view.doc.text)))


@pytest.mark.parametrize(("name", "dialog"), [
    ("actionCodeColour", CodeColorDialog), ("actionCodeDescription", CodeDescriptionDialog),
    ("actionMergeCode", CodePicker), ("actionDeleteCode", ConfirmDeleteCode)])
def test_code_actions_on_a_code_another_program_deleted(w: MainWindow, monkeypatch,
                                                        name: str, dialog: type) -> None:
    uuid = w.project.code("Mobilität").uuid
    w.code_tree.select_code(uuid)
    asked = answer(monkeypatch, dialog, None)
    with elsewhere(w) as other:
        other.delete_code(uuid, delete_codings=True)
    trigger(w, name)
    assert asked == []  # nobody is asked about a code that is gone
    assert status(w) == ("The code “Mobilität” no longer exists (another program may have "
                         "deleted it); the code system is up to date again.")
    assert not in_tree(w, uuid) and w.code_tree.current_code() != uuid


def test_retrieving_an_activated_code_another_program_deleted(w: MainWindow) -> None:
    uuid = w.project.code("Mobilität").uuid
    w.code_tree.model.set_checked([uuid], True)
    assert w.segments.model.rowCount() > 0
    with elsewhere(w) as other:
        other.delete_code(uuid, delete_codings=True)
    w.segments.subcodes.setChecked(False)  # retrieves again
    assert w.segments.model.rowCount() == 0 and w.segments.codes == []
    assert "no longer exists" in status(w)


def test_a_description_typed_for_a_code_deleted_meanwhile_is_not_dropped_silently(
        qtbot, w: MainWindow) -> None:
    uuid = w.project.code("Corona").uuid
    w.code_tree.select_code(uuid)
    assert w.code_memo.code_uuid() == uuid
    qtbot.keyClicks(w.code_memo.editor, "Schulen zu.")
    with elsewhere(w) as other:
        other.delete_code(uuid, delete_codings=True)
    w.code_memo.flush()
    assert status(w) == ("The description typed for “Corona” was not saved: the code no "
                         "longer exists.")
    assert w.code_memo.code_uuid() != uuid and not in_tree(w, uuid)
