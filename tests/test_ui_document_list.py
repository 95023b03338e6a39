"""The document list as a coder uses it: rename in place, delete, drag, sort, document memo.

Each action is undone and redone, and the project compared with what it was each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from qda_app import Project
from qda_app.ui.common.dialogs import MemoDialog, MemoDraft
from qda_app.ui.documents.document_actions import DeleteDocumentQuestion
from qda_app.ui.documents.document_list import HasMemoRole, UuidRole
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.settings import AppSettings

from .conftest import ProjectCopy, write_sample
from .ui_support import answer, open_window


def write_three(path: Path) -> None:
    """The sample and two more interviews: "Interview 10" imported before "Interview 2"."""
    write_sample(path)
    with Project.open(path) as p:
        p.add_document("Interview 10", "I: Wie geht es?\nB: Gut, danke.\n")
        p.add_document("Interview 2", "I: Und Ihnen?\nB: Auch gut.\n")


@pytest.fixture
def w(qtbot, project_copy: ProjectCopy, tmp_path: Path, settings: AppSettings
      ) -> Iterator[MainWindow]:
    window = open_window(qtbot, project_copy(write_three, tmp_path / "drei.qda"), settings)
    yield window
    window.close()


def shown(w: MainWindow) -> list[str]:
    """The names as the list shows them, top to bottom."""
    model = w.documents.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount())]


def everything(p: Project) -> dict[str, Any]:
    docs = p.documents()
    return {"documents": docs, "codings": sorted(p.segments(), key=lambda c: c.uuid),
            "memos": p.memos(), "codes": p.codes()}


def undo_redo(w: MainWindow, before: dict[str, Any]) -> None:
    """Undo gives back ``before``; redo the state after the action; and once more."""
    after = everything(w.project)
    stack = w.bench.undo_stack
    for _ in range(2):
        stack.undo()
        assert everything(w.project) == before
        stack.redo()
        assert everything(w.project) == after


def test_f2_renames_in_place_and_undo_takes_it_back(qtbot, qtmodeltester, w: MainWindow
                                                    ) -> None:
    qtmodeltester.check(w.documents.model())
    before = everything(w.project)
    row = shown(w).index("Interview 2")
    w.documents.setFocus()
    w.documents.setCurrentIndex(w.documents.model().index(row, 0))
    qtbot.keyClick(w.documents, Qt.Key.Key_F2)
    editor = w.documents.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Interview 2"
    editor.selectAll()
    qtbot.keyClicks(editor, "Interview 02")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(w)[row] == "Interview 02")  # Qt commits a moment later
    assert w.project.document("Interview 02").uuid == w.documents.model().index(row, 0).data(
        UuidRole)
    undo_redo(w, before)
    assert w.bench.undo_stack.undoText() == "Rename document “Interview 02”"


def test_a_name_that_is_taken_is_refused_and_nothing_changes(w: MainWindow, errors: list[str]
                                                             ) -> None:
    before = everything(w.project)
    index = w.documents.model().index(shown(w).index("Interview 2"), 0)
    assert not w.documents.model().setData(index, "Interview 10")
    assert errors == ["a document 'Interview 10' exists already"]
    assert everything(w.project) == before and w.bench.undo_stack.count() == 0


def test_delete_says_what_goes_and_undo_brings_it_all_back(qtbot, w: MainWindow,
                                                           monkeypatch) -> None:
    doc = w.project.documents()[0]
    w.project.add_memo("Noch eine Stelle", document=doc.uuid, start=0, end=5)
    w.project.add_memo("Frei", links=[("document", doc.uuid), w.project.segments()[0]])
    before = everything(w.project)
    asked = answer(monkeypatch, DeleteDocumentQuestion, True)
    w.documents.setFocus()
    w.documents.setCurrentIndex(w.documents.model().index(0, 0))
    qtbot.keyClick(w.documents, Qt.Key.Key_Delete)
    assert [a[1:] for a in asked] == [(doc.name, doc.codings, 2)]  # document and passage memo
    assert doc.name not in shown(w)
    assert w.view.doc is None and doc.name in w.view.placeholderText()  # it was open
    undo_redo(w, before)
    w.bench.undo_stack.undo()
    assert shown(w)[0] == doc.name
    assert w.view.doc.uuid == doc.uuid and w.documents.current_uuid() == doc.uuid  # back


def test_delete_answered_no_changes_nothing(qtbot, w: MainWindow, monkeypatch) -> None:
    before = everything(w.project)
    answer(monkeypatch, DeleteDocumentQuestion, False)
    w.documents.setCurrentIndex(w.documents.model().index(0, 0))
    action(w, "deleteDocument").trigger()
    assert everything(w.project) == before and w.bench.undo_stack.count() == 0


def test_dragging_a_document_moves_it_and_undo_moves_it_back(qtmodeltester, w: MainWindow
                                                             ) -> None:
    model = w.documents.model()
    qtmodeltester.check(model)
    sample = shown(w)[0]
    before = everything(w.project)
    # what Qt's list does when a row is dropped before another: move it there
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert shown(w) == ["Interview 2", sample, "Interview 10"]
    assert [d.name for d in w.project.documents()] == shown(w)
    undo_redo(w, before)
    # a drop from elsewhere in the window arrives as data: the same move
    w.bench.undo_stack.undo()
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())  # at the end
    assert shown(w) == ["Interview 10", "Interview 2", sample]


def test_sorting_is_a_view_remembered_but_not_stored(qtbot, w: MainWindow, tmp_path: Path,
                                                     settings: AppSettings) -> None:
    sample = shown(w)[0]
    action(w, "documentOrder_name").trigger()
    assert shown(w) == ["Interview 2", "Interview 10", sample]  # numbers by value
    model = w.documents.model()
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [d.name for d in w.project.documents()] == [sample, "Interview 10", "Interview 2"]
    action(w, "documentOrder_imported").trigger()
    assert shown(w) == [sample, "Interview 10", "Interview 2"]
    action(w, "documentOrder_name").trigger()
    path = w.project.path
    w.close()
    again = open_window(qtbot, path, settings)
    assert shown(again) == ["Interview 2", "Interview 10", sample]
    assert action(again, "documentOrder_name").isChecked()
    again.close()


def test_the_document_memo_opens_from_the_list_and_marks_the_document(
        qtbot, w: MainWindow, monkeypatch) -> None:
    row = shown(w).index("Interview 2")
    index = w.documents.model().index(row, 0)
    assert not index.data(HasMemoRole)
    menu = w.document_actions.build(w.documents.visualRect(index).center())
    assert action(w, "documentMemo").text() == "New Document &Memo…"
    menu.deleteLater()
    written = []
    monkeypatch.setattr(MemoDialog, "ask_memo", lambda *a, **k: written.append(a) or MemoDraft(
        "Eindruck", "Kurzes, freundliches Gespräch."))
    action(w, "documentMemo").trigger()
    [memo] = w.project.memos(document="Interview 2")
    assert (memo.kind, memo.title, memo.author) == ("document", "Eindruck", "Tester")
    assert index.data(HasMemoRole) and not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Interview 2" in written[0][3]  # the editor says what the memo belongs to
    menu = w.document_actions.build(w.documents.visualRect(index).center())
    assert action(w, "documentMemo").text() == "Open Document &Memo…"
    menu.deleteLater()
    w.bench.undo_stack.undo()
    assert w.project.memos(document="Interview 2") == [] and not index.data(HasMemoRole)


def test_f2_through_a_real_key_needs_the_list_focused(qtbot, w: MainWindow) -> None:
    """F2 belongs to the list: in the transcript it renames nothing."""
    w.view.setFocus()
    qtbot.waitUntil(w.view.hasFocus)
    qtbot.keyClick(w.view, Qt.Key.Key_F2)
    assert w.documents.findChild(QLineEdit) is None or not w.documents.findChild(
        QLineEdit).isVisible()
    assert QApplication.focusWidget() is w.view
