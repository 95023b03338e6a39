"""Undoable changes to the document list: rename, move in the list, delete.

Each command calls only the facade and keeps what its undo needs the moment it runs;
a deleted document comes back from its snapshot with its UUID, codings, memos and
links, variable values and sets, so undo/redo cycles leave the project as the first
action did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...project import Project
from ...snapshot_records import DocumentSnapshot
from .command_base import ProjectCommand

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class RenameDocument(ProjectCommand):
    def __init__(self, project: Project, uuid: str, new_name: str) -> None:
        super().__init__(project, translate("DocumentCommands", "Rename document “{0}”").format(
            new_name.strip()))
        self.uuid = uuid
        self.new_name = new_name
        self.old_name: str | None = None

    def do(self) -> None:
        self.old_name = self.project.document(self.uuid).name
        self.project.rename_document(self.uuid, self.new_name)

    def undo_(self) -> None:
        assert self.old_name is not None
        self.project.rename_document(self.uuid, self.old_name)


class MoveDocument(ProjectCommand):
    """Put a document at ``position`` of the list (the user's own order)."""

    def __init__(self, project: Project, uuid: str, name: str, position: int) -> None:
        super().__init__(project, translate("DocumentCommands", "Move document “{0}”").format(
            name))
        self.uuid = uuid
        self.position = position
        self.old_position = 0

    def do(self) -> None:
        uuids = [d.uuid for d in self.project.documents()]
        self.project.move_document(self.uuid, self.position)  # refused if gone meanwhile
        self.old_position = uuids.index(self.uuid)

    def undo_(self) -> None:
        self.project.move_document(self.uuid, self.old_position)


class DeleteDocument(ProjectCommand):
    """Delete a document with what goes with it; undo puts its snapshot back."""

    def __init__(self, project: Project, uuid: str, name: str) -> None:
        super().__init__(project, translate("DocumentCommands", "Delete document “{0}”").format(
            name))
        self.uuid = uuid
        self.snapshot: DocumentSnapshot | None = None

    def do(self) -> None:
        self.snapshot = self.project.snapshot_document(self.uuid)
        self.project.delete_document(self.uuid)

    def undo_(self) -> None:
        assert self.snapshot is not None
        self.project.restore_document(self.snapshot)
