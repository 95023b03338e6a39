"""Undoable memo actions: write one, change one, delete one.

A memo written and undone comes back on redo from its snapshot: the same UUID,
author, times and links; an edit undone gets its old text, title and time back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...project import Project
from ...records import Memo, MemoLink
from ...snapshot_records import MemoSnapshot
from .command_base import ProjectCommand

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class AddMemo(ProjectCommand):
    """Write a memo (``fields`` are :meth:`Project.add_memo`'s)."""

    def __init__(self, project: Project, text: str, title: str, **fields: Any) -> None:
        super().__init__(project, translate("MemoCommands", "New memo “{0}”").format(
            title or text[:30]))
        self.text_, self.title = text, title
        self.fields = fields
        self.uuid: str | None = None
        self.snapshot: MemoSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.project.restore_memos(self.snapshot)
            return
        self.uuid = self.project.add_memo(self.text_, self.title, **self.fields).uuid

    def undo_(self) -> None:
        assert self.uuid is not None
        self.snapshot = self.project.snapshot_memo(self.uuid)
        self.project.delete_memo(self.uuid)


class EditMemo(ProjectCommand):
    def __init__(self, project: Project, uuid: str, title: str, text: str) -> None:
        super().__init__(project, translate("MemoCommands", "Edit memo “{0}”").format(
            title or text[:30]))
        self.uuid = uuid
        self.new_title, self.new_text = title, text
        self.before: Memo | None = None

    def do(self) -> None:
        if self.before is None:
            self.before = self.project.memo(self.uuid)
        self.project.update_memo(self.uuid, text=self.new_text, title=self.new_title)

    def undo_(self) -> None:
        b = self.before
        assert b is not None
        self.project.update_memo(self.uuid, text=b.text, title=b.title, modified=b.modified)


class DeleteMemo(ProjectCommand):
    def __init__(self, project: Project, memo: Memo) -> None:
        super().__init__(project, translate("MemoCommands", "Delete memo “{0}”").format(
            memo.title or memo.text[:30]))
        self.uuid = memo.uuid
        self.snapshot: MemoSnapshot | None = None

    def do(self) -> None:
        self.snapshot = self.project.snapshot_memo(self.uuid)
        self.project.delete_memo(self.uuid)

    def undo_(self) -> None:
        assert self.snapshot is not None
        self.project.restore_memos(self.snapshot)


class LinkMemo(ProjectCommand):
    """Link a free memo to a document, code, coding or memo (``unlink``: take the link away)."""

    def __init__(self, project: Project, uuid: str, link: MemoLink, label: str,
                 unlink: bool = False) -> None:
        text = (translate("MemoCommands", "Unlink memo from {0}") if unlink
                else translate("MemoCommands", "Link memo to {0}"))
        super().__init__(project, text.format(label))
        self.uuid, self.link, self.unlink = uuid, link, unlink
        self.changed = True

    def do(self) -> None:
        before = self.project.memo(self.uuid).links
        if self.unlink:
            self.project.unlink_memo(self.uuid, self.link)
        else:
            self.project.link_memo(self.uuid, self.link)
        self.changed = self.project.memo(self.uuid).links != before

    def undo_(self) -> None:
        if not self.changed:  # it was linked (or unlinked) already: nothing to take back
            return
        if self.unlink:
            self.project.link_memo(self.uuid, self.link)
        else:
            self.project.unlink_memo(self.uuid, self.link)
