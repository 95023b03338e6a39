"""Drag and drop on the code tree, offscreen: codes moved and reordered, selections passed on."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from qda_app import Project
from qda_app.ui.codes.code_tree_model import CODE_MIME, COUNT, SELECTION_MIME
from qda_app.ui.codes.code_tree_panel import CodeTreePanel

from .ui_support import assert_mirrors, proxy_index, uuid

# The offscreen platform cannot pass size hints to its fake windows; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def code_mime(panel: CodeTreePanel, code_uuid: str) -> QMimeData:
    index = proxy_index(panel, code_uuid)
    return panel.proxy.mimeData([index, index.siblingAtColumn(COUNT)])


def selection_mime(payload: dict) -> QMimeData:
    data = QMimeData()
    data.setData(SELECTION_MIME, QByteArray(json.dumps(payload).encode()))
    return data


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
