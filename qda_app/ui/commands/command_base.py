"""The base of every undoable action: a ``QUndoCommand`` that calls the facade.

``QUndoStack.push`` runs ``redo()`` and keeps the command even if it failed,
so a command that the core refuses marks itself obsolete (the stack drops it)
and keeps the error for :func:`run` to show. ``redo()`` records what
``undo()`` needs (UUIDs, snapshots) the first time it runs.

A later undo or redo can fail too: another program removed the coding, or
deleted the code, since the step was done. The command then changes nothing,
marks itself obsolete (Qt drops it from the stack, so the history stays one
that can be undone and redone) and tells the :class:`ProjectUndoStack` it was
pushed on, which catches the window up with the project and says in one line
which step was dropped and why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ...errors import QdaError, ServerUnreachableError
from ...project import Project
from ..common.error_box import show_error
from ..common.project_events import ProjectEvents

Failed = Callable[["ProjectCommand", QdaError, bool], None]
"""Told of a failed undo (``True``) or redo (``False``) after the first."""


class ProjectCommand(QUndoCommand):
    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.error: QdaError | None = None
        self.failed: Failed | None = None
        """Set by :class:`ProjectUndoStack` once the command is on it."""

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.do()
        except QdaError as exc:
            self._fail(exc, undoing=False)

    def undo(self) -> None:
        try:
            self.undo_()
        except QdaError as exc:  # e.g. the file was changed by another program meanwhile
            self._fail(exc, undoing=True)

    def _fail(self, exc: QdaError, undoing: bool) -> None:
        self.error = exc
        self.setObsolete(True)  # the stack drops it: a step that failed cannot be redone
        if self.failed is not None:
            self.failed(self, exc, undoing)


class ProjectUndoStack(QUndoStack):
    """The window's undo stack: an undo or redo that fails is said, never swallowed.

    The message waits until the stack has dropped the step (a message box
    runs an event loop, in which e.g. a memo saved on losing the focus would
    push onto a stack that is still in the middle of undoing).
    """

    def __init__(self, events: ProjectEvents, window: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.dialog_parent = window
        self._failures: list[str] = []

    def push(self, cmd: QUndoCommand) -> None:
        super().push(cmd)
        if isinstance(cmd, ProjectCommand):  # the first redo is reported by run()
            cmd.failed = self._failed

    def _failed(self, command: ProjectCommand, exc: QdaError, undoing: bool) -> None:
        translate = QCoreApplication.translate
        if isinstance(exc, ServerUnreachableError):  # a team project's server: not "changed"
            text = (translate("UndoStack", "Could not undo “{0}”: {1}. Nothing was changed; "
                              "the step was dropped.") if undoing else
                    translate("UndoStack", "Could not redo “{0}”: {1}. Nothing was changed; "
                              "the step was dropped."))
        else:
            text = (translate("UndoStack", "Could not undo “{0}”: {1}. The step "
                              "was dropped because the project changed.") if undoing else
                    translate("UndoStack", "Could not redo “{0}”: {1}. The step "
                              "was dropped because the project changed."))
        self._failures.append(text.format(command.text(), exc))
        if len(self._failures) == 1:
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        failures, self._failures = self._failures, []
        self.events.catch_up()  # most likely another program changed it: show what is there
        for line in failures:
            show_error(self.dialog_parent, QdaError(line))


def run(stack: QUndoStack, command: ProjectCommand, parent: QWidget | None,
        quietly: tuple[type[QdaError], ...] = ()) -> bool:
    """Push ``command``; if the core refused it, show why and return ``False``.

    Refusals of the kinds in ``quietly`` are not shown: the caller says them its own
    way (e.g. "already coded" in the status line) and finds them in ``command.error``.
    """
    stack.push(command)
    if command.error is not None:
        if isinstance(command.error, quietly):
            return False
        if isinstance(stack, ProjectUndoStack):
            stack.events.catch_up()  # a refusal may come from a change made elsewhere
        show_error(parent, command.error)
        return False
    return True
