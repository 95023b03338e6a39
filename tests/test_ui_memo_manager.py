"""The memo manager: every memo (coding memos too), filtered, opened, followed live."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu, QPushButton

from qda_app.records import Memo
from qda_app.ui.common.dialogs import MemoDialog, MemoDraft
from qda_app.ui.main_window import MainWindow
from qda_app.ui.memos.memo_editing import DeleteMemoQuestion
from qda_app.ui.memos.memo_manager import MemoManager
from qda_app.ui.memos.memo_model import KeyRole, KindRole
from qda_app.ui.menus import action

from .ui_support import answer


@pytest.fixture
def manager(qtbot, window: MainWindow) -> Iterator[MemoManager]:
    action(window, "memoManagerAction").trigger()
    found = window.findChild(MemoManager, "memoManager")
    assert isinstance(found, MemoManager)
    qtbot.waitUntil(found.isVisible)
    yield found


def rows(manager: MemoManager) -> list[tuple[str, str]]:
    """(kind, key) of the rows the table shows, top to bottom."""
    proxy = manager.table.model()
    return [(proxy.index(r, 0).data(KindRole), proxy.index(r, 0).data(KeyRole))
            for r in range(proxy.rowCount())]


def row_index(manager: MemoManager, key: str, column: int = 1) -> QModelIndex:
    proxy = manager.table.model()
    return next(proxy.index(r, column) for r in range(proxy.rowCount())
                if proxy.index(r, 0).data(KeyRole) == key)


def double_click(qtbot, manager: MemoManager, key: str) -> None:
    index = row_index(manager, key)
    manager.table.scrollTo(index)
    rect = manager.table.visualRect(index)
    # a real double click is a click and then the double click (QTest sends the second only)
    qtbot.mouseClick(manager.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(manager.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def button(manager: MemoManager, name: str) -> QPushButton:
    found = manager.findChild(QPushButton, name)
    assert found is not None, name
    return found


def write(monkeypatch, title: str, text: str) -> list[tuple]:
    """Answer the memo editor with ``title`` and ``text``; the list collects its calls."""
    calls: list[tuple] = []
    monkeypatch.setattr(MemoDialog, "ask_memo", lambda *a, **k: calls.append(a) or MemoDraft(
        title, text))
    return calls


def test_it_lists_every_memo_with_coding_memos_and_filters_them(
        qtmodeltester, window: MainWindow, manager: MemoManager) -> None:
    qtmodeltester.check(manager.model)
    qtmodeltester.check(manager.proxy)
    p = window.project
    expected = {("document", m.uuid) if m.kind == "document" else (m.kind, m.uuid)
                for m in p.memos()} | {("coding", c.uuid) for c in p.coding_memos()}
    assert set(rows(manager)) == expected and len(expected) == 5  # 2 memos, 3 coding memos
    manager.filter.setText("spannungsfeld betriebe")  # words of one coding memo, any case
    [(kind, key)] = rows(manager)
    assert kind == "coding" and "Spannungsfeld" in p.coding(key).memo
    manager.filter.clear()
    manager.kind.setCurrentIndex(manager.kind.findData("project"))
    assert [k for k, _ in rows(manager)] == ["project"]
    manager.kind.setCurrentIndex(0)
    assert len(rows(manager)) == 5
    index = row_index(manager, p.memos(kind="document")[0].uuid, 2)
    assert index.data() == f"Document: {p.documents()[0].name}"  # what it belongs to


def test_double_click_opens_the_memo_and_the_edit_is_undoable(
        qtbot, window: MainWindow, manager: MemoManager, monkeypatch) -> None:
    memo = window.project.memos(kind="project")[0]
    calls = write(monkeypatch, "Über das Projekt", "Neu gefasst.")
    double_click(qtbot, manager, memo.uuid)
    assert len(calls) == 1 and calls[0][2] == MemoDraft(memo.title, memo.text)
    assert "Anna Keller" in calls[0][4]  # who wrote it, and when
    assert window.project.memo(memo.uuid).text == "Neu gefasst."
    assert row_index(manager, memo.uuid).data(Qt.ItemDataRole.ToolTipRole).endswith(
        "Neu gefasst.")
    window.bench.undo_stack.undo()
    assert window.project.memo(memo.uuid) == memo


def test_double_click_on_a_coding_memo_goes_to_the_coding_and_opens_its_memo(
        qtbot, window: MainWindow, manager: MemoManager, monkeypatch) -> None:
    coding = next(c for c in window.project.coding_memos() if c.coder == "Jonas Weber")
    asked = answer(monkeypatch, MemoDialog, coding.memo + " Ergänzt.")
    double_click(qtbot, manager, coding.uuid)
    assert window.view.selected_coding == coding.uuid
    assert window.view.selection_cp() == (coding.start, coding.end)
    assert len(asked) == 1 and asked[0][2] == coding.memo
    assert window.project.coding(coding.uuid).memo == coding.memo + " Ergänzt."
    window.bench.undo_stack.undo()
    assert window.project.coding(coding.uuid).memo == coding.memo


def test_rows_follow_memos_written_changed_and_deleted_anywhere(
        window: MainWindow, manager: MemoManager, monkeypatch) -> None:
    p = window.project
    read_all: list[tuple] = []
    real = type(p).memos
    monkeypatch.setattr(type(p), "memos", lambda self, *a, **k: read_all.append((a, k)) or real(
        self, *a, **k))
    memo = p.add_memo("Aus einem Skript", "Skript", links=[("document", p.documents()[0].uuid)])
    assert ("free", memo.uuid) in rows(manager)
    p.update_memo(memo, title="Skript, überarbeitet")
    assert row_index(manager, memo.uuid).data() == "Skript, überarbeitet"
    coding = p.segments()[0]
    p.update_coding(coding, memo="Neues Codiermemo")
    assert ("coding", coding.uuid) in rows(manager)
    p.update_coding(coding, memo=None)
    assert ("coding", coding.uuid) not in rows(manager)
    p.delete_memo(memo)
    assert ("free", memo.uuid) not in rows(manager)
    assert not [c for c in read_all if not c[1]]  # rows patched, the list never read whole


def test_new_memos_from_the_manager_and_undo_redo_keep_their_identity(
        qtbot, window: MainWindow, manager: MemoManager, monkeypatch) -> None:
    write(monkeypatch, "Tag 2", "Codebuch überarbeitet.")
    button(manager, "newProjectMemo").click()
    [memo] = [m for m in window.project.memos(kind="project") if m.title == "Tag 2"]
    assert memo.author == "Tester" and ("project", memo.uuid) in rows(manager)
    window.bench.undo_stack.undo()
    assert ("project", memo.uuid) not in rows(manager)
    window.bench.undo_stack.redo()
    assert window.project.memo(memo.uuid) == memo
    write(monkeypatch, "", "Eine Verbindung, die ich noch prüfen will.")
    button(manager, "newFreeMemo").click()
    assert [m.kind for m in window.project.memos() if m.text.startswith("Eine Verbindung")] == [
        "free"]


def test_go_to_opens_what_a_memo_belongs_to(window: MainWindow, manager: MemoManager) -> None:
    p = window.project
    doc = p.documents()[0]
    text = p.document(doc.uuid).text
    start = text.index("Sprache")
    passage = p.add_memo("Hier", document=doc.uuid, start=start, end=start + 7)
    manager.table.setCurrentIndex(row_index(manager, passage.uuid))
    button(manager, "goToMemo").click()
    assert window.view.selection_cp() == (start, start + 7)
    code_memo = p.add_memo("Definition", code="Corona")
    manager.table.setCurrentIndex(row_index(manager, code_memo.uuid))
    button(manager, "goToMemo").click()
    assert window.code_tree.current_code() == p.code("Corona").uuid


def test_delete_asks_and_undo_brings_the_memo_back_with_its_links(
        window: MainWindow, manager: MemoManager, monkeypatch) -> None:
    p = window.project
    target = p.memos(kind="project")[0]
    memo = p.add_memo("Frei", links=[target, p.segments()[0]])
    asked = answer(monkeypatch, DeleteMemoQuestion, True)
    manager.table.setCurrentIndex(row_index(manager, memo.uuid))
    button(manager, "deleteMemo").click()
    assert len(asked) == 1 and ("free", memo.uuid) not in rows(manager)
    window.bench.undo_stack.undo()
    assert p.memo(memo.uuid) == memo and ("free", memo.uuid) in rows(manager)


def test_a_hidden_manager_reads_nothing_and_catches_up_when_shown(
        qtbot, window: MainWindow, manager: MemoManager) -> None:
    window.memos_dock.hide()
    memo: Memo = window.project.add_memo("Während er zu war")
    assert ("project", memo.uuid) not in rows(manager)
    action(window, "memoManagerAction").trigger()
    qtbot.waitUntil(manager.isVisible)
    assert ("project", memo.uuid) in rows(manager)


def submenu(menu: QMenu, title: str) -> QMenu:
    found = next(a.menu() for a in menu.actions() if a.text() == title)
    assert found is not None, title
    return found


def test_a_free_memo_is_linked_and_unlinked_from_its_menu_undoably(
        window: MainWindow, manager: MemoManager) -> None:
    p = window.project
    memo = p.add_memo("Frei", kind="free")
    doc = window.view.doc
    coding = p.segments()[0]
    window.view.select_coding(coding.uuid, center=False)
    window.code_tree.select_code(p.code("Corona").uuid)
    pos = manager.table.visualRect(row_index(manager, memo.uuid)).center()
    menu = manager.build_menu(pos)
    offered = [a.text() for a in submenu(menu, "Link To").actions()]
    assert offered == [f"Open document “{doc.name}”", "Current code “Corona”",
                       f"Selected coding “{coding.code}” ({coding.coder})"]
    for entry in submenu(menu, "Link To").actions():
        entry.trigger()
    menu.deleteLater()
    linked = p.memo(memo.uuid).links
    assert {link.kind for link in linked} == {"document", "code", "coding"}
    assert "Corona" in row_index(manager, memo.uuid, 2).data()
    menu = manager.build_menu(pos)
    next(a for a in submenu(menu, "Unlink").actions() if a.text() == "Code: Corona").trigger()
    menu.deleteLater()
    assert {link.kind for link in p.memo(memo.uuid).links} == {"document", "coding"}
    stack = window.bench.undo_stack
    stack.undo()
    assert p.memo(memo.uuid).links == linked
    for _ in range(3):
        stack.undo()
    assert p.memo(memo.uuid) == memo
    for _ in range(4):
        stack.redo()
    assert {link.kind for link in p.memo(memo.uuid).links} == {"document", "coding"}


def test_a_project_memo_offers_no_links(window: MainWindow, manager: MemoManager) -> None:
    memo = window.project.memos(kind="project")[0]
    menu = manager.build_menu(manager.table.visualRect(row_index(manager, memo.uuid)).center())
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["Open", "Delete…"]
    menu.deleteLater()
