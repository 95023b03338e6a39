"""A press inside the selection starts a new selection; press and hold drags the selection.

Qt's text views drag the selected text as soon as a press inside the selection
moves a few pixels. Coders often start a new passage inside the one they just
coded (overlapping codings are the rule): Qt then dragged the old text, the old
selection stayed, and the next click on a code coded the old text again. Here a
press inside the selection that moves at once selects anew from where it was
pressed, as a press anywhere else does. The selection is dragged (onto a code)
when the button is held still for the platform's drag time
(``QApplication.startDragTime()``, the pointer turns into a hand) and then
moved beyond the drag distance (``QApplication.startDragDistance()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .transcript_view import TranscriptView


class SelectionPress(QObject):
    """Decides, for a press inside the selection, between a new selection and a drag."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        self._viewport = view.viewport()
        self._press: QMouseEvent | None = None  # a copy of the press still undecided
        self._armed = False  # held long enough: a move drags the selection
        self._cursor: QCursor | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._arm)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent) or watched is not self._viewport:
            return False  # (the view may be half destroyed when other events come)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            return self._pressed(event)
        if self._press is None:
            return False
        if kind == QEvent.Type.MouseMove:
            return self._moved(event)
        if kind == QEvent.Type.MouseButtonRelease:
            self._select_from_press()  # a click inside the selection: the caret goes there
        return False

    def _pressed(self, event: QMouseEvent) -> bool:
        self._reset()  # a release we never saw (the window lost the mouse) ends nothing
        if (event.button() != Qt.MouseButton.LeftButton
                or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                or not self._inside_selection(event)):
            return False
        self._press = QMouseEvent(event.type(), event.position(), event.scenePosition(),
                                  event.globalPosition(), event.button(), event.buttons(),
                                  event.modifiers())
        self._timer.start(QApplication.startDragTime())
        return True  # Qt would start its drag on the first move: decide here instead

    def _inside_selection(self, event: QMouseEvent) -> bool:
        selection = self.view.textCursor()
        if not selection.hasSelection():
            return False
        position = self.view.cursorForPosition(event.position().toPoint()).position()
        return selection.selectionStart() <= position <= selection.selectionEnd()

    def _moved(self, event: QMouseEvent) -> bool:
        assert self._press is not None
        distance = (event.position() - self._press.position()).manhattanLength()
        if distance <= QApplication.startDragDistance():
            return True
        if self._armed:
            self._reset()
            self.start_drag()
            return True
        self._select_from_press()
        return False  # Qt extends the new selection to here

    def _arm(self) -> None:
        if self._press is not None:
            self._armed = True
            self._cursor = self._viewport.cursor()
            self._viewport.setCursor(Qt.CursorShape.ClosedHandCursor)

    def _select_from_press(self) -> None:
        """Give Qt the press as if there had been no selection: the new one starts there."""
        press = self._press
        self._reset()
        if press is None:
            return
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        QCoreApplication.sendEvent(self._viewport, press)

    def _reset(self) -> None:
        self._timer.stop()
        self._press = None
        if self._armed and self._cursor is not None:
            self._viewport.setCursor(self._cursor)
        self._armed = False
        self._cursor = None

    def start_drag(self) -> None:
        """Drag the selection (a code in the code system takes it and codes it)."""
        drag = QDrag(self.view)
        drag.setMimeData(self.view.createMimeDataFromSelection())
        drag.exec(Qt.DropAction.CopyAction)
