"""The code tree model on real widgets, offscreen: it mirrors the project through every command,
and every command undoes and redoes exactly (checked by qtmodeltester on model and proxy)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from qda_app import Project
from qda_app.ui.codes.code_tree_model import COUNT, ColorRole, PathRole, UuidRole
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.commands import command_base
from qda_app.ui.commands.code_commands import (
    AddCode,
    DeleteCode,
    DescribeCode,
    MergeCodes,
    MoveCode,
    RecolorCode,
    RenameCode,
)

from .ui_support import SPRACHE, assert_mirrors, proxy_index, state, uuid

# The offscreen platform cannot pass size hints to its fake windows; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


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
    assert not command_base.run(stack, command, panel)
    assert "exists already" in errors[0]
    assert stack.count() == 0 and state(sample) == before
