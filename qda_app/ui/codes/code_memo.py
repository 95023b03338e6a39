"""The current code's description, edited in place and saved without a "Save" button.

Typing is saved after a short pause and whenever the field loses focus (or
another code is shown), through a :class:`DescribeCode` command. All saves
of one editing session (from focus in to focus out, on one code) merge into
one undo step. Call :meth:`CodeMemoPanel.flush` before closing a window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import CodeNotFound
from ...project import Project
from ...records import Changes, Code
from ..commands.code_commands import DescribeCode
from ..commands.command_base import run
from ..common.elided_label import ElidedLabel
from ..common.project_events import ProjectEvents
from ..common.swatch import swatch_icon

SAVE_DELAY_MS = 800


class CodeMemoPanel(QWidget):
    """The editor for the current code's description; ``save_delay_ms`` is the pause in
    typing after which the text is saved."""

    def __init__(self, project: Project, undo_stack: QUndoStack, events: ProjectEvents,
                 parent: QWidget | None = None, *, save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("codeMemoPanel")
        self._project = project
        self._stack = undo_stack
        self._events = events
        self._uuid: str | None = None
        self._dirty = False
        self._loading = False
        self._burst = 0
        self.swatch = QLabel()
        self.swatch.setFixedSize(16, 16)
        self.path_label = ElidedLabel()
        self.path_label.setObjectName("codeMemoPath")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("codeMemo")
        self.editor.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self.flush)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.swatch)
        header.addWidget(self.path_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        events.changed.connect(self._on_changed)
        self.set_code(None)

    def code_uuid(self) -> str | None:
        return self._uuid

    def set_code(self, uuid: str | None) -> None:
        """Show ``uuid``'s description (saving any pending edit of the previous code)."""
        self.flush()
        self._uuid = uuid
        self._burst += 1
        code = self._load_code()
        self._show(code, reload_text=True)

    def flush(self) -> None:
        """Save a pending edit now (one undo step with the earlier saves of this session)."""
        self._timer.stop()
        if not self._dirty or self._uuid is None:
            return
        self._dirty = False
        code = self._load_code()
        text = self.editor.toPlainText()
        if code is None:
            self._events.gone(self._lost_text())
            return
        if text == code.description:
            return
        run(self._stack, DescribeCode(self._project, code.uuid, text, burst=self._burst), self)

    def _load_code(self) -> Code | None:
        if self._uuid is None:
            return None
        try:
            return self._project.code(self._uuid)
        except CodeNotFound:
            return None

    def _show(self, code: Code | None, reload_text: bool) -> None:
        self.editor.setEnabled(code is not None)
        if code is None:
            self._uuid = None
            self._dirty = False
            self.swatch.clear()
            self.path_label.setText(self.tr("No code selected"))
            self.path_label.setToolTip("")
            self.editor.setPlaceholderText("")
        else:
            self.swatch.setPixmap(swatch_icon(code.color).pixmap(16, 16))
            self.path_label.setText(code.path)
            self.path_label.setToolTip(code.path)
            self.editor.setPlaceholderText(self.tr("Describe the code: what it means, "
                                                   "when to use it, an example…"))
        text = code.description if code is not None else ""
        if reload_text and text != self.editor.toPlainText():
            self._loading = True
            try:
                self.editor.setPlainText(text)
            finally:
                self._loading = False

    def _on_text_changed(self) -> None:
        if self._loading or self._uuid is None:
            return
        self._dirty = True
        self._timer.start()

    def _on_changed(self, changes: Changes) -> None:
        if self._uuid is None or not changes.codes:
            return
        code = self._load_code()
        if code is None and self._dirty:  # deleted (perhaps elsewhere) while the user typed
            self._events.notice.emit(self._lost_text())
        # an undo or another window changed it: follow, unless the user is typing
        self._show(code, reload_text=not self._dirty)

    def _lost_text(self) -> str:
        return self.tr("The description typed for “{0}” was not saved: the code no longer "
                       "exists.").format(self.path_label.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
            self._burst += 1  # the next session is a new undo step
        return super().eventFilter(watched, event)
