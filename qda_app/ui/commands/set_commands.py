"""Undoable changes to document sets, one command per user action (see
``variable_commands``: ``do()`` records what ``undo_()`` needs)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...project import Project
from ...variable_records import DocumentSet
from .command_base import ProjectCommand

translate = QCoreApplication.translate


class AddSet(ProjectCommand):
    """A set of ``documents`` or of those a condition (``where``) chooses."""

    def __init__(self, project: Project, name: str, documents: Sequence[str] = (),
                 where: str | None = None) -> None:
        super().__init__(project, translate("SetCommands", "New set “{0}”")
                         .format(name.strip()))
        self.name, self.documents, self.where = name, list(documents), where
        self.uuid: str | None = None
        self._snapshot: DocumentSet | None = None

    def do(self) -> None:
        if self._snapshot is not None:
            self.project.restore_set(self._snapshot)
            return
        self.uuid = self.project.add_set(self.name, self.documents, self.where).uuid

    def undo_(self) -> None:
        assert self.uuid is not None
        self._snapshot = self.project.delete_set(self.uuid)


class RenameSet(ProjectCommand):
    def __init__(self, project: Project, uuid: str, new_name: str) -> None:
        super().__init__(project, translate("SetCommands", "Rename set “{0}”")
                         .format(new_name.strip()))
        self.uuid, self.new_name = uuid, new_name
        self.old_name: str | None = None

    def do(self) -> None:
        if self.old_name is None:
            self.old_name = self.project.document_set(self.uuid).name
        self.project.rename_set(self.uuid, self.new_name)

    def undo_(self) -> None:
        assert self.old_name is not None
        self.project.rename_set(self.uuid, self.old_name)


class DeleteSet(ProjectCommand):
    def __init__(self, project: Project, uuid: str, label: str) -> None:
        super().__init__(project, translate("SetCommands", "Delete set “{0}”").format(label))
        self.uuid = uuid
        self._snapshot: DocumentSet | None = None

    def do(self) -> None:
        self._snapshot = self.project.delete_set(self.uuid)

    def undo_(self) -> None:
        assert self._snapshot is not None
        self.project.restore_set(self._snapshot)


class ChangeMembers(ProjectCommand):
    """Put documents into a set (``add``) or take them out; undo reverses exactly those
    that changed (a document already in it stays when the addition is undone)."""

    def __init__(self, project: Project, uuid: str, documents: Sequence[str], add: bool,
                 label: str) -> None:
        text = (translate("SetCommands", "Add to set “{0}”") if add else
                translate("SetCommands", "Remove from set “{0}”"))
        super().__init__(project, text.format(label))
        self.uuid, self.documents, self.add = uuid, list(documents), add
        self.changed: list[str] = []

    def do(self) -> None:
        change = self.project.add_to_set if self.add else self.project.remove_from_set
        self.changed = change(self.uuid, self.documents)

    def undo_(self) -> None:
        if self.changed:
            change = self.project.remove_from_set if self.add else self.project.add_to_set
            change(self.uuid, self.changed)
