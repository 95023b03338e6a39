"""What is activated in the Sets panel: a set, a condition on the variables, or nothing.

MAXQDA's "activated documents": the analyses whose documents box says "Activated" (their
default, :mod:`.scope_box`) read only these. The workbench holds one
:class:`Activation`; it follows the project (a set renamed elsewhere keeps its place,
a set deleted ends the activation) and says ``changed`` whenever what it stands for
may be different.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ...errors import QdaError
from ...project import Project
from ...records import Changes
from ..common.project_events import ProjectEvents


@dataclass(frozen=True, slots=True)
class Scope:
    """The documents an analysis reads: named ones, a set's (by UUID), those a condition
    chooses; all three narrow together, none given is every document."""

    documents: tuple[str, ...] = ()
    set: str | None = None
    where: str | None = None

    @property
    def everything(self) -> bool:
        return not self.documents and self.set is None and self.where is None


EVERYTHING = Scope()


class Activation(QObject):
    changed = Signal()

    def __init__(self, project: Project, events: ProjectEvents,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activation")
        self.project = project
        self.scope = EVERYTHING
        self.label = ""
        """The set's name or the condition, as the window says what is activated."""
        events.changed.connect(self._on_change)

    @property
    def active(self) -> bool:
        return not self.scope.everything

    def activate_set(self, uuid: str) -> None:
        self.scope = Scope(set=uuid)
        self.label = self.project.document_set(uuid).name
        self.changed.emit()

    def activate_condition(self, where: str) -> None:
        self.scope = Scope(where=where)
        self.label = where
        self.changed.emit()

    def clear(self) -> None:
        if self.active:
            self.scope, self.label = EVERYTHING, ""
            self.changed.emit()

    def documents(self) -> list[str] | None:
        """The activated documents' UUIDs (list order), or ``None``: nothing activated."""
        if not self.active:
            return None
        return self.project.documents_for(set=self.scope.set, where=self.scope.where)

    def _on_change(self, changes: Changes) -> None:
        if not self.active:
            return
        if self.scope.set is not None and changes.sets:
            try:
                self.label = self.project.document_set(self.scope.set).name
            except QdaError:  # deleted (here or elsewhere): nothing is activated any more
                self.clear()
                return
            self.changed.emit()
        elif changes.variables or changes.documents or changes.sets:
            try:  # a variable renamed or retyped: the condition may not be read any more
                self.project.documents_where(self.scope.where or "")
            except QdaError:
                self.clear()
                return
            self.changed.emit()  # a condition may choose other documents now
