"""One hub that turns the core's change records into a Qt signal.

Views connect to ``changed`` and refresh only what a :class:`~qda_app.Changes`
names, whoever made the change (a command, a dialog, an import).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...project import Project
from ...records import Changes


class ProjectEvents(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        project.subscribe(self._on_change)

    def _on_change(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.project.unsubscribe(self._on_change)
