"""The code tree panel on real widgets, offscreen: what a team lead does to a code system."""

from __future__ import annotations

import json
import os
from collections.abc import Callable

import pytest
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QToolButton, QTreeView

from qda_app import Project
from qda_app.ui import code_tree as code_tree_module
from qda_app.ui import commands_base
from qda_app.ui.code_dialogs import (
    CodeColorDialog,
    CodeNameDialog,
    ConfirmDeleteCode,
    delete_question,
)
from qda_app.ui.code_picker import CodePick, CodePicker
from qda_app.ui.code_tree import CodeTreePanel
from qda_app.ui.code_tree_model import (
    CODE_MIME,
    COUNT,
    NAME,
    SELECTION_MIME,
    ColorRole,
    PathRole,
    UuidRole,
)
from qda_app.ui.commands_codes import (
    AddCode,
    DeleteCode,
    DescribeCode,
    MergeCodes,
    MoveCode,
    RecolorCode,
    RenameCode,
)
from qda_app.ui.events import ProjectEvents

# The offscreen platform cannot pass size hints to its fake windows; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SPRACHE = "Arbeit und Ausbildung/Sprache"


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def events(sample: Project) -> ProjectEvents:
    return ProjectEvents(sample)


@pytest.fixture
def panel(qtbot, sample: Project, stack: QUndoStack, events: ProjectEvents) -> CodeTreePanel:
    widget = CodeTreePanel(sample, stack, events)
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The core's refusals that would have been shown in a message box."""
    shown: list[str] = []
    monkeypatch.setattr(commands_base, "show_error", lambda parent, exc: shown.append(str(exc)))
    return shown


def uuid(project: Project, path: str) -> str:
    return project.code(path).uuid


def model_paths(panel: CodeTreePanel) -> list[str]:
    """The tree as the model shows it, in tree order (through the filter proxy)."""
    out: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(panel.proxy.rowCount(parent)):
            index = panel.proxy.index(row, NAME, parent)
            out.append(index.data(PathRole))
            visit(index)

    visit(QModelIndex())
    return out


def assert_mirrors(panel: CodeTreePanel, project: Project) -> None:
    """Model and project agree on structure, names, colours and counts."""
    codes = project.codes()
    assert model_paths(panel) == [c.path for c in codes]
    for code in codes:
        index = panel.model.index_for_uuid(code.uuid)
        assert index.data() == code.name and index.data(ColorRole) == code.color
        count = index.siblingAtColumn(COUNT).data()
        assert count.split()[-1].strip("()") == str(code.codings_total)


def state(project: Project) -> tuple:
    """Everything a code-tree action may change: codes (with counts), codings, memos."""
    codings = sorted((c.uuid, c.code_uuid, c.start, c.end, c.coder, c.memo)
                     for c in project.segments())
    memos = sorted((m.uuid, m.code_uuid, m.text) for m in project.memos())
    return project.codes(), codings, memos


def proxy_index(panel: CodeTreePanel, code_uuid: str, column: int = NAME) -> QModelIndex:
    return panel.proxy.mapFromSource(panel.model.index_for_uuid(code_uuid, column))


def code_mime(panel: CodeTreePanel, code_uuid: str) -> QMimeData:
    index = proxy_index(panel, code_uuid)
    return panel.proxy.mimeData([index, index.siblingAtColumn(COUNT)])


def selection_mime(payload: dict) -> QMimeData:
    data = QMimeData()
    data.setData(SELECTION_MIME, QByteArray(json.dumps(payload).encode()))
    return data


# -- the model -----------------------------------------------------------------------------


def test_model_and_proxy_stay_consistent_through_every_change(
        qtmodeltester, panel: CodeTreePanel, sample: Project, stack: QUndoStack) -> None:
    qtmodeltester.check(panel.model)
    proxy_tester = QAbstractItemModelTester(  # noqa: F841 - checks on every signal
        panel.proxy, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert_mirrors(panel, sample)
    arbeit, governance = uuid(sample, "Arbeit und Ausbildung"), uuid(sample, "Governance")
    steps: list[Callable[[], object]] = [
        lambda: AddCode(sample, "Wohnen"),
        lambda: AddCode(sample, "Ämter", parent_uuid=governance),
        lambda: AddCode(sample, "Neu/Tief/Tiefer"),
        lambda: RenameCode(sample, uuid(sample, "Mobilität"), "Mobilität und Wege"),
        lambda: MoveCode(sample, uuid(sample, SPRACHE), governance, 0),
        lambda: MoveCode(sample, governance, arbeit, 1),  # a subtree under its new parent
        lambda: MoveCode(sample, uuid(sample, "Corona"), None, 0),
        lambda: RecolorCode(sample, uuid(sample, "Corona"), "#123456"),
        lambda: DescribeCode(sample, uuid(sample, "Corona"), "Pandemie"),
        lambda: MergeCodes(sample, uuid(sample, "Arbeit und Ausbildung/Governance"),
                           uuid(sample, "Aufenthaltsstatus")),
        lambda: DeleteCode(sample, arbeit, delete_codings=True),
    ]
    for step in steps:
        command = step()
        stack.push(command)
        assert command.error is None, command.text()
        assert_mirrors(panel, sample)
    while stack.canUndo():
        stack.undo()
        assert_mirrors(panel, sample)
    while stack.canRedo():
        stack.redo()
        assert_mirrors(panel, sample)


def test_model_roles_and_index_lookup(panel: CodeTreePanel, sample: Project) -> None:
    code = sample.code(SPRACHE)
    index = panel.model.index_for_uuid(code.uuid)
    assert panel.model.uuid_for_index(index) == code.uuid == index.data(UuidRole)
    assert index.data(PathRole) == SPRACHE and index.data(ColorRole) == code.color
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert code.description in index.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.uuid_for_index(QModelIndex()) is None
    assert not panel.model.index_for_uuid("no-such-code").isValid()
    parent = panel.model.index_for_uuid(uuid(sample, "Arbeit und Ausbildung"), COUNT)
    total = sample.code("Arbeit und Ausbildung").codings_total
    assert parent.data() == f"0 ({total})"  # own codings, then with subcodes
    assert str(total) in parent.data(Qt.ItemDataRole.ToolTipRole)


def test_updates_are_incremental_and_keep_selection_and_expansion(
        qtbot, panel: CodeTreePanel, sample: Project, stack: QUndoStack) -> None:
    arbeit = uuid(sample, "Arbeit und Ausbildung")
    panel.tree.collapse(proxy_index(panel, uuid(sample, "Governance")))
    panel.select_code(uuid(sample, SPRACHE))
    resets: list[int] = []
    panel.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(panel.model.rowsMoved):
        stack.push(MoveCode(sample, arbeit, None, None))  # to the end of the top level
    stack.push(AddCode(sample, "Wohnen"))
    stack.push(RenameCode(sample, arbeit, "Arbeit"))
    assert resets == []
    assert panel.current_code() == uuid(sample, "Arbeit/Sprache")
    assert panel.tree.isExpanded(proxy_index(panel, arbeit))
    assert not panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Governance")))


def test_live_counts_after_coding(qtbot, panel: CodeTreePanel, sample: Project) -> None:
    doc = sample.documents()[0]
    sprache = sample.code(SPRACHE)
    parent_count = panel.model.index_for_uuid(uuid(sample, "Arbeit und Ausbildung"), COUNT)
    before = sample.code("Arbeit und Ausbildung").codings_total
    with qtbot.waitSignal(panel.model.dataChanged):
        sample.add_coding(doc.uuid, sprache.uuid, 0, 10)
    count = panel.model.index_for_uuid(sprache.uuid, COUNT).data()
    assert count == str(sprache.codings + 1)
    assert parent_count.data() == f"0 ({before + 1})"


# -- undo symmetry --------------------------------------------------------------------------


def _with_twin_subcode(p: Project) -> None:
    """Mobilität/Sprache twins Arbeit und Ausbildung/Sprache, one coding duplicated."""
    p.add_code("Mobilität/Sprache")
    [dup] = p.segments(code=SPRACHE, include_subcodes=False)[:1]
    p.add_coding(dup.document_uuid, "Mobilität/Sprache", dup.start, dup.end, coder=dup.coder)
    p.add_coding(dup.document_uuid, "Mobilität/Sprache", 0, 5)


COMMANDS: dict[str, Callable[[Project], object]] = {
    "add": lambda p: AddCode(p, "Wohnen", color="#00ff00", description="Wohnraum"),
    "add subcode": lambda p: AddCode(p, "Ämter", parent_uuid=uuid(p, "Governance")),
    "add path": lambda p: AddCode(p, "Neu/Tief"),
    "rename": lambda p: RenameCode(p, uuid(p, SPRACHE), "Sprachkenntnisse"),
    "reparent": lambda p: MoveCode(p, uuid(p, SPRACHE), uuid(p, "Governance"), 1),
    "reorder": lambda p: MoveCode(p, uuid(p, "Corona"), None, 0),
    "recolor": lambda p: RecolorCode(p, uuid(p, "Corona"), "#123456"),
    "describe": lambda p: DescribeCode(p, uuid(p, "Corona"), "Pandemie und Lockdown"),
    "delete leaf": lambda p: DeleteCode(p, uuid(p, SPRACHE), delete_codings=True),
    "delete subtree": lambda p: DeleteCode(p, uuid(p, "Arbeit und Ausbildung"), True),
    "merge": lambda p: (_with_twin_subcode(p),
                        MergeCodes(p, uuid(p, "Mobilität"), uuid(p, "Arbeit und Ausbildung")))[1],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_undoes_and_redoes_exactly(
        name: str, panel: CodeTreePanel, sample: Project, stack: QUndoStack) -> None:
    command = COMMANDS[name](sample)
    before = state(sample)
    stack.push(command)
    assert command.error is None
    after = state(sample)
    assert after != before
    assert_mirrors(panel, sample)
    stack.undo()
    assert state(sample) == before
    assert_mirrors(panel, sample)
    stack.redo()
    assert state(sample) == after  # same UUIDs, positions, colours, codings
    assert_mirrors(panel, sample)
    stack.undo()
    assert state(sample) == before


def test_a_refused_command_leaves_no_undo_step(panel: CodeTreePanel, sample: Project,
                                               stack: QUndoStack, errors: list[str]) -> None:
    before = state(sample)
    command = RenameCode(sample, uuid(sample, SPRACHE), "Prüfung")  # a sibling's name
    assert not commands_base.run(stack, command, panel)
    assert "exists already" in errors[0]
    assert stack.count() == 0 and state(sample) == before


# -- create, rename, recolour, describe -----------------------------------------------------


def test_new_code_and_subcode_from_the_buttons(
        qtbot, panel: CodeTreePanel, sample: Project, stack: QUndoStack, monkeypatch) -> None:
    names = iter(["Wohnen", "Mietpreise"])
    monkeypatch.setattr(CodeNameDialog, "ask", classmethod(lambda cls, *a, **k: next(names)))
    with qtbot.waitSignal(panel.currentCodeChanged) as current:
        panel.findChild(QToolButton, "newCodeButton").click()
    wohnen = sample.code("Wohnen")
    assert current.args == [wohnen.uuid] and panel.current_code() == wohnen.uuid
    panel.act_new_sub.trigger()
    assert panel.current_code() == sample.code("Wohnen/Mietpreise").uuid
    assert model_paths(panel)[-2:] == ["Wohnen", "Wohnen/Mietpreise"]
    assert panel.tree.isExpanded(proxy_index(panel, wohnen.uuid))
    stack.undo()
    stack.undo()
    assert "Wohnen" not in [c.path for c in sample.codes()]


def test_cancelled_new_code_changes_nothing(panel: CodeTreePanel, sample: Project,
                                            stack: QUndoStack, monkeypatch) -> None:
    monkeypatch.setattr(CodeNameDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert panel.new_code(None) is None
    assert stack.count() == 0 and len(sample.codes()) == 16


def test_rename_in_place_with_the_view_editor(qtbot, panel: CodeTreePanel, sample: Project,
                                              stack: QUndoStack) -> None:
    code = uuid(sample, SPRACHE)
    panel.select_code(code)
    panel.act_rename.trigger()  # what F2 and a double-click do too
    editor = panel.tree.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Sprache"
    editor.selectAll()
    qtbot.keyClicks(editor, "Sprachkenntnisse")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert sample.code(code).path == "Arbeit und Ausbildung/Sprachkenntnisse"
    assert panel.model.index_for_uuid(code).data() == "Sprachkenntnisse"
    assert panel.current_code() == code
    stack.undo()
    assert sample.code(code).name == "Sprache"


def test_rename_to_a_taken_name_is_refused_with_the_core_message(
        panel: CodeTreePanel, sample: Project, stack: QUndoStack, errors: list[str]) -> None:
    index = proxy_index(panel, uuid(sample, SPRACHE))
    assert not panel.proxy.setData(index, "prüfung")  # the delegate's call
    assert len(errors) == 1 and "exists already" in errors[0]
    assert sample.code(SPRACHE).name == "Sprache" and stack.count() == 0
    assert not panel.proxy.setData(index, "  ")  # an emptied editor is a cancel
    assert errors == [errors[0]]


def test_recolor_through_the_colour_dialog(panel: CodeTreePanel, sample: Project,
                                           stack: QUndoStack, monkeypatch) -> None:
    code = sample.code("Corona")
    offered: list[str] = []
    monkeypatch.setattr(CodeColorDialog, "ask",
                        classmethod(lambda cls, parent, current: offered.append(current)
                                    or "#1E90FF"))
    panel.select_code(code.uuid)
    panel.act_color.trigger()
    assert offered == [code.color]
    assert sample.code("Corona").color == "#1e90ff"
    assert panel.model.index_for_uuid(code.uuid).data(ColorRole) == "#1e90ff"
    stack.undo()
    assert panel.model.index_for_uuid(code.uuid).data(ColorRole) == code.color


# -- delete -----------------------------------------------------------------------------------


def test_delete_asks_with_the_exact_number_of_codings(
        qtbot, panel: CodeTreePanel, sample: Project, stack: QUndoStack, monkeypatch) -> None:
    parent = sample.code("Arbeit und Ausbildung")
    subcodes = len([c for c in sample.codes() if c.path.startswith(parent.path + "/")])
    questions: list[str] = []
    answer = [False]
    monkeypatch.setattr(ConfirmDeleteCode, "ask", classmethod(
        lambda cls, widget, question: questions.append(question) or answer[0]))
    panel.select_code(parent.uuid)
    before = state(sample)
    panel.activateWindow()
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)  # the Delete key, like the menu entry
    assert questions == [delete_question(parent.name, subcodes, parent.codings_total)]
    assert f"with its {subcodes} subcodes and {parent.codings_total} codings?" in questions[0]
    assert state(sample) == before and stack.count() == 0  # declined: nothing deleted
    answer[0] = True
    panel.act_delete.trigger()
    paths = [c.path for c in sample.codes()]
    assert not [p for p in paths if p.startswith(parent.path)]
    assert len(sample.segments()) == 32 - parent.codings_total
    assert_mirrors(panel, sample)
    stack.undo()
    assert state(sample) == before


def test_delete_confirms_even_without_codings(panel: CodeTreePanel, sample: Project,
                                              stack: QUndoStack, monkeypatch) -> None:
    stack.push(AddCode(sample, "Leer"))
    questions: list[str] = []
    monkeypatch.setattr(ConfirmDeleteCode, "ask", classmethod(
        lambda cls, widget, question: questions.append(question) or True))
    panel.select_code(sample.code("Leer").uuid)
    panel.delete_current()
    assert questions == ["Delete the code “Leer”? It has no codings."]
    assert "Leer" not in [c.path for c in sample.codes()]


def test_delete_question_counts() -> None:
    assert delete_question("A", 0, 1) == "Delete the code “A” and its 1 coding?"
    assert delete_question("A", 1, 0) == (
        "Delete the code “A” with its 1 subcode? They have no codings.")
    assert delete_question("A", 2, 5) == "Delete the code “A” with its 2 subcodes and 5 codings?"


# -- drag and drop ----------------------------------------------------------------------------


def test_drop_reparents_and_reorders_like_the_view(panel: CodeTreePanel, sample: Project,
                                                   stack: QUndoStack) -> None:
    corona, governance = uuid(sample, "Corona"), uuid(sample, "Governance")
    proxy, move = panel.proxy, Qt.DropAction.MoveAction
    # on an item: becomes its last subcode
    target = proxy_index(panel, governance)
    assert proxy.canDropMimeData(code_mime(panel, corona), move, -1, -1, target)
    assert proxy.dropMimeData(code_mime(panel, corona), move, -1, -1, target)
    assert sample.code(corona).path == "Governance/Corona"
    # between items: before row 0 of the top level
    assert proxy.dropMimeData(code_mime(panel, corona), move, 0, 0, QModelIndex())
    assert sample.codes()[0].path == "Corona"
    # down among the same siblings: dropped before row 3 it lands at position 2
    assert proxy.dropMimeData(code_mime(panel, corona), move, 3, 0, QModelIndex())
    assert [c.path for c in sample.codes() if c.depth == 0][2] == "Corona"
    # where it already is: no command
    count = stack.count()
    assert not proxy.dropMimeData(code_mime(panel, corona), move, 2, 0, QModelIndex())
    assert stack.count() == count == 3
    assert_mirrors(panel, sample)
    for _ in range(3):
        stack.undo()
    assert sample.code(corona).path == "Corona" and sample.code(corona).sort_order == 5


def test_a_code_cannot_be_dropped_into_its_own_subtree(panel: CodeTreePanel,
                                                       sample: Project) -> None:
    arbeit = uuid(sample, "Arbeit und Ausbildung")
    inside = proxy_index(panel, uuid(sample, "Arbeit und Ausbildung/Prüfung"))
    data = code_mime(panel, arbeit)
    assert not panel.proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, inside)
    assert not panel.proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, inside)
    assert sample.code(arbeit).depth == 0


def _drop_on_viewport(panel: CodeTreePanel, data: QMimeData, pos: QPoint,
                      action: Qt.DropAction) -> None:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    viewport = panel.tree.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos, action, data, buttons, mods),
                  QDragMoveEvent(pos, action, data, buttons, mods),
                  QDropEvent(pos.toPointF(), action, data, buttons, mods)):
        QApplication.sendEvent(viewport, event)


def test_drop_events_on_the_tree_view_reparent_and_reorder(panel: CodeTreePanel,
                                                           sample: Project) -> None:
    corona = uuid(sample, "Corona")
    target = panel.tree.visualRect(proxy_index(panel, uuid(sample, "Mobilität")))
    _drop_on_viewport(panel, code_mime(panel, corona), target.center(),
                      Qt.DropAction.MoveAction)
    assert sample.code(corona).path == "Mobilität/Corona"
    first = panel.tree.visualRect(proxy_index(panel, uuid(sample, "Arbeit und Ausbildung")))
    _drop_on_viewport(panel, code_mime(panel, corona), QPoint(first.center().x(), first.top()),
                      Qt.DropAction.MoveAction)  # on the upper edge: above the first code
    assert sample.codes()[0].path == "Corona"
    assert_mirrors(panel, sample)


def test_mouse_drag_on_the_tree_reparents(qtbot, panel: CodeTreePanel, sample: Project,
                                         monkeypatch) -> None:
    """Press and move on the view start the drag; the drop events land it on a code.

    Offscreen, ``QDrag.exec()`` returns at once (there is no platform drag loop),
    so the MIME data the view packed is dropped with the view's own drop events.
    """
    if QApplication.platformName() != "offscreen":
        pytest.skip("a real platform runs its own drag loop: see the next test")
    corona = uuid(sample, "Corona")
    dragged: list[QMimeData] = []
    pack = panel.model.mimeData
    monkeypatch.setattr(panel.model, "mimeData", lambda indexes: dragged.append(
        pack(indexes)) or dragged[-1])
    viewport = panel.tree.viewport()
    start = panel.tree.visualRect(proxy_index(panel, corona)).center() + QPoint(30, 0)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for dy in (2, QApplication.startDragDistance() + 5):
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(start + QPoint(0, dy)),
                            QPointF(viewport.mapToGlobal(start + QPoint(0, dy))),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert len(dragged) == 1 and dragged[0].hasFormat(CODE_MIME)
    target = panel.tree.visualRect(proxy_index(panel, uuid(sample, "Begegnungsorte")))
    _drop_on_viewport(panel, dragged[0], target.center(), Qt.DropAction.MoveAction)
    assert sample.code(corona).path == "Begegnungsorte/Corona"


@pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb",
                    reason="needs a platform drag loop: QT_QPA_PLATFORM=xcb xvfb-run pytest …")
def test_real_mouse_drag_with_a_platform_drag_loop(qtbot, panel: CodeTreePanel,
                                                   sample: Project, stack: QUndoStack) -> None:
    """The whole gesture through QDrag.exec(), on X11 (Xvfb); offscreen cannot run it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    corona = uuid(sample, "Corona")
    window = panel.windowHandle()

    def at(path: str) -> QPoint:
        rect = panel.tree.visualRect(proxy_index(panel, uuid(sample, path)))
        return panel.tree.viewport().mapTo(panel, rect.center() + QPoint(30, 0))

    start, end = at("Corona"), at("Begegnungsorte")
    no_mod = Qt.KeyboardModifier.NoModifier

    def finish() -> None:  # runs inside QDrag.exec()'s event loop
        for i in range(1, 11):
            QTest.mouseMove(window, start + (end - start) * i / 10)
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, no_mod, end)

    QTest.mousePress(window, Qt.MouseButton.LeftButton, no_mod, start)
    QTimer.singleShot(50, finish)
    QTest.mouseMove(window, start + QPoint(0, QApplication.startDragDistance() + 5))
    qtbot.waitUntil(lambda: sample.code(corona).path == "Begegnungsorte/Corona", timeout=3000)
    assert stack.count() == 1


def test_a_text_selection_dropped_on_a_code_is_passed_on(qtbot, panel: CodeTreePanel,
                                                         sample: Project) -> None:
    code = uuid(sample, "Corona")
    payload = {"document": sample.documents()[0].uuid, "start": 10, "end": 42}
    index = proxy_index(panel, code)
    copy = Qt.DropAction.CopyAction
    assert not panel.proxy.canDropMimeData(selection_mime(payload), copy, 0, 0, QModelIndex())
    with qtbot.waitSignal(panel.selectionDropped) as dropped:
        assert panel.proxy.dropMimeData(selection_mime(payload), copy, -1, -1, index)
    assert dropped.args == [code, payload]
    rect = panel.tree.visualRect(proxy_index(panel, uuid(sample, "Mobilität")))
    with qtbot.waitSignal(panel.selectionDropped) as dropped:  # through the view's events
        _drop_on_viewport(panel, selection_mime(payload), rect.center(), copy)
    assert dropped.args == [uuid(sample, "Mobilität"), payload]
    assert len(sample.segments()) == 32  # coding it is the window's job


# -- merge, filter, check boxes, clicks, menu ---------------------------------------------------


def test_merge_into_a_picked_code(panel: CodeTreePanel, sample: Project, stack: QUndoStack,
                                  monkeypatch) -> None:
    source, target = sample.code("Governance"), sample.code("Aufenthaltsstatus")
    governance = {c.uuid for c in sample.codes() if c.path.startswith("Governance")}
    offered: dict = {}

    def ask(cls, parent, project, title, exclude=frozenset(), allow_new=False):
        offered.update(title=title, exclude=exclude)
        return CodePick(uuid=target.uuid)

    monkeypatch.setattr(CodePicker, "ask", classmethod(ask))
    panel.select_code(source.uuid)
    panel.act_merge.trigger()
    assert offered["exclude"] == governance  # not into itself or its subcodes
    assert offered["title"] == "Merge “Governance” into…"
    merged = sample.code(target.uuid)
    assert merged.codings_total == target.codings_total + source.codings_total
    assert "Aufenthaltsstatus/Kommunale Verantwortung" in [c.path for c in sample.codes()]
    assert panel.current_code() == target.uuid
    stack.undo()
    assert sample.code(source.uuid).path == "Governance"


def test_filter_keeps_parents_expands_and_restores(qtbot, panel: CodeTreePanel,
                                                   sample: Project) -> None:
    governance = proxy_index(panel, uuid(sample, "Governance"))
    panel.tree.collapse(governance)
    qtbot.keyClicks(panel.filter_edit, "NETZW")
    assert model_paths(panel) == ["Governance", "Governance/Netzwerke und Kooperation"]
    assert panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Governance")))
    panel.filter_edit.clear()
    assert len(model_paths(panel)) == 16
    assert not panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Governance")))
    assert panel.tree.isExpanded(proxy_index(panel, uuid(sample, "Arbeit und Ausbildung")))
    qtbot.keyClicks(panel.filter_edit, "arbeit")  # a parent brings its subcodes along
    assert len(model_paths(panel)) == 7
    panel.select_code(uuid(sample, "Corona"))  # hidden by the filter: the filter goes
    assert panel.filter_edit.text() == "" and panel.current_code() == uuid(sample, "Corona")


def test_click_activates_a_code_but_a_check_box_click_does_not(
        qtbot, panel: CodeTreePanel, sample: Project) -> None:
    code = uuid(sample, "Mobilität")
    rect = panel.tree.visualRect(proxy_index(panel, code))
    viewport = panel.tree.viewport()
    activated: list[str] = []
    panel.codeActivated.connect(activated.append)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 60, rect.center().y()))
    assert activated == [code]
    style = panel.tree.style()
    box_x = rect.left() + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1 + \
        style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2
    with qtbot.waitSignal(panel.checkedCodesChanged) as checked:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(box_x, rect.center().y()))
    assert checked.args == [[code]] and panel.checked_codes() == [code]
    qtbot.wait(10)
    assert activated == [code]  # the check box click coded nothing
    count = panel.tree.visualRect(proxy_index(panel, code, COUNT))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=count.center())
    assert activated == [code]  # neither does a click on the count


def test_activate_all_and_checked_codes(qtbot, panel: CodeTreePanel, sample: Project,
                                        stack: QUndoStack) -> None:
    with qtbot.waitSignal(panel.checkedCodesChanged) as checked:
        panel.act_check_all.trigger()
    assert checked.args == [[c.uuid for c in sample.codes()]]
    corona = uuid(sample, "Corona")
    with qtbot.waitSignal(panel.checkedCodesChanged) as checked:
        stack.push(DeleteCode(sample, corona, delete_codings=True))
    assert corona not in checked.args[0] and corona not in panel.checked_codes()
    stack.undo()  # it comes back activated
    assert corona in panel.checked_codes()
    panel.act_uncheck_all.trigger()
    assert panel.checked_codes() == []


def test_context_menu_and_quick_code_pins(qtbot, panel: CodeTreePanel,
                                          sample: Project) -> None:
    code = uuid(sample, SPRACHE)
    panel.select_code(code)
    menu = panel.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["New code…", "New subcode…", "Rename", "Colour…", "Description…",
                     "Pin as quick code", "Merge into…", "Delete…", "Activate all",
                     "Deactivate all"]
    pin = menu.findChild(type(menu), "pinMenu")
    with qtbot.waitSignal(panel.pinRequested) as pinned:
        pin.actions()[2].trigger()
    assert pinned.args == [code, 3]
    panel.set_quick_codes({3: code})
    count = panel.model.index_for_uuid(code, COUNT)
    assert count.data().startswith("Ctrl+3")
    assert "Ctrl+3" in panel.model.index_for_uuid(code).data(Qt.ItemDataRole.ToolTipRole)
    panel.tree.setCurrentIndex(QModelIndex())
    empty = [a.text() for a in panel.context_menu().actions() if a.text()]
    assert empty == ["New code…", "Activate all", "Deactivate all"]


def test_current_code_follows_selection_and_deletion(qtbot, panel: CodeTreePanel,
                                                     sample: Project, stack: QUndoStack) -> None:
    corona = uuid(sample, "Corona")
    with qtbot.waitSignal(panel.currentCodeChanged) as changed:
        panel.select_code(corona)
    assert changed.args == [corona]
    with qtbot.waitSignal(panel.currentCodeChanged) as changed:
        stack.push(DeleteCode(sample, corona, delete_codings=True))
    assert changed.args[0] != corona and panel.current_code() == changed.args[0]


def test_tree_has_its_object_names(panel: CodeTreePanel) -> None:
    assert panel.findChild(QTreeView, "codeTree") is panel.tree
    assert panel.findChild(QLineEdit, "codeFilter").placeholderText() == "Filter codes…"
    assert panel.tree.dragEnabled() and panel.tree.acceptDrops()
    assert code_tree_module.CodeFilterProxy is type(panel.proxy)
    assert panel.proxy.isRecursiveFilteringEnabled()
    assert CODE_MIME in panel.model.mimeTypes()
