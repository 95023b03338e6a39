"""The base of every undoable action: a ``QUndoCommand`` that calls the facade.

``QUndoStack.push`` runs ``redo()`` and keeps the command even if it failed,
so a command that the core refuses marks itself obsolete (the stack drops it)
and keeps the error for :func:`run` to show. ``redo()`` records what
``undo()`` needs (UUIDs, snapshots) the first time it runs.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ...errors import QdaError
from ...project import Project
from ..common.error_box import show_error


class ProjectCommand(QUndoCommand):
    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.error: QdaError | None = None

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.do()
        except QdaError as exc:
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self.undo_()
        except QdaError as exc:  # e.g. the file was changed by another program meanwhile
            self.error = exc
            self.setObsolete(True)


def run(stack: QUndoStack, command: ProjectCommand, parent: QWidget | None) -> bool:
    """Push ``command``; if the core refused it, show why and return ``False``."""
    stack.push(command)
    if command.error is not None:
        show_error(parent, command.error)
        return False
    return True
