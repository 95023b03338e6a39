"""Opening, writing and deleting memos: one controller for every place a memo is opened.

The document list, the memo manager and the transcript's memo signs all come here:
the memo editor (:class:`~..common.dialogs.MemoDialog`) shows the title, the text,
what the memo belongs to and who wrote it when, and what the user keeps is saved as
one undoable command in its own transaction. A memo that another program deleted
meanwhile is said in the status line, and the window catches up.

In a team project the rights are asked here, for every place at once
(``bench.rights``): a coder writes memos under their own name and changes only those
(another coder's memo, or the memo of another coder's coding, opens read-only, saying
whose it is); a reader writes none. The database refuses the rest anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import NotFoundError
from ...records import Memo, MemoTarget
from ..commands.coding_commands import UpdateCoding
from ..commands.command_base import run
from ..commands.memo_commands import AddMemo, DeleteMemo, EditMemo
from ..common import rights_hints
from ..common.dialogs import MemoDialog, MemoDraft
from ..workbench import Workbench
from .memo_labels import kind_label, target_label, when

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class DeleteMemoQuestion:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> bool:
        answer = QMessageBox.question(
            parent, translate("MemoEditing", "Delete memo"),
            translate("MemoEditing", "Delete the memo “{0}”? Undo brings it back.").format(
                title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


class MemoEditing(QObject):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.setObjectName("memoEditing")
        self.bench = bench
        self.project = bench.project

    # -- naming ------------------------------------------------------------------------------

    def labels(self, targets: Iterable[MemoTarget]) -> list[str]:
        """What a memo belongs to, one line each (documents named, passages quoted)."""
        names: dict[str, str] = {}

        def document_name(uuid: str) -> str:
            if not names:
                names.update((d.uuid, d.name) for d in self.project.documents())
            return names.get(uuid, "?")

        def excerpt(uuid: str, start: int, end: int) -> str:
            try:
                return self.project.document(uuid).text[start:end]
            except NotFoundError:
                return ""

        return [target_label(t, document_name, excerpt) for t in targets]

    def about(self, memo: Memo) -> str:
        labels = self.labels(self.project.memo_targets([memo]).get(memo.uuid, ()))
        if memo.kind == "project":
            return self.tr("The project's research journal")
        if memo.kind == "free":
            return (self.tr("Linked to: {0}").format("; ".join(labels)) if labels
                    else self.tr("Free memo, linked to nothing yet"))
        return self.tr("Belongs to: {0}").format("; ".join(labels))

    def byline(self, memo: Memo) -> str:
        author = memo.author or self.tr("unknown author")
        if memo.modified != memo.created:
            return self.tr("{0} · written {1} · changed {2}").format(
                author, when(memo.created), when(memo.modified))
        return self.tr("{0} · written {1}").format(author, when(memo.created))

    # -- rights ---------------------------------------------------------------------------

    def may_change(self, author: str | None) -> bool:
        """Whether this login may change, delete or relink a memo by ``author`` (or the
        memo of a coding by ``author``)."""
        return self.bench.rights.may_change_memo(author)

    def read_only(self, author: str | None) -> str:
        """Why the memo by ``author`` opens read-only; ``""`` when it may be changed."""
        return "" if self.may_change(author) else rights_hints.others_memo(author)

    def _may_write(self) -> bool:
        if not self.bench.rights.may_write_memos:
            self.bench.status(rights_hints.reader())
            return False
        return True

    # -- memos ----------------------------------------------------------------------------

    def _memo(self, uuid: str) -> Memo | None:
        try:
            return self.project.memo(uuid)
        except NotFoundError:
            self.bench.events.gone(self.tr("This memo no longer exists (another program may "
                                           "have deleted it)."))
            return None

    def open_memo(self, uuid: str) -> bool:
        """Show the memo in the editor; what the user keeps is saved (undoably)."""
        memo = self._memo(uuid)
        if memo is None:
            return False
        draft = MemoDialog.ask_memo(
            self.bench.window, kind_label(memo.kind), MemoDraft(memo.title, memo.text),
            self.about(memo), self.byline(memo), self.bench.settings.qs,
            read_only=self.read_only(memo.author))
        if draft is None or draft == MemoDraft(memo.title, memo.text):
            return False
        return run(self.bench.undo_stack, EditMemo(self.project, uuid, draft.title, draft.text),
                   self.bench.window)

    def new_memo(self, kind: str, about: str, **fields: Any) -> str | None:
        """Write a new memo of ``kind`` (``fields`` as :meth:`Project.add_memo` takes them);
        its UUID, or None when the user wrote nothing or cancelled."""
        if not self._may_write():
            return None
        draft = MemoDialog.ask_memo(self.bench.window, kind_label(kind), MemoDraft("", ""),
                                    about, self.tr("{0} · new").format(self.project.coder),
                                    self.bench.settings.qs)
        if draft is None or not (draft.title or draft.text.strip()):
            return None
        command = AddMemo(self.project, draft.text, draft.title, kind=kind, **fields)
        if not run(self.bench.undo_stack, command, self.bench.window):
            return None
        self.bench.status(self.tr("{0} “{1}” written.").format(
            kind_label(kind), draft.title or draft.text.strip()[:30]))
        return command.uuid

    def new_project_memo(self) -> str | None:
        return self.new_memo("project", self.tr("The project's research journal"))

    def new_free_memo(self) -> str | None:
        return self.new_memo("free", self.tr("Free memo, linked to nothing yet"))

    def document_memo(self, document_uuid: str) -> bool:
        """Open the document's memo, or write its first one."""
        try:
            doc = self.project.document(document_uuid)
            existing = self.project.memos(document=document_uuid, kind="document")
        except NotFoundError:
            self.bench.events.gone(self.tr("This document no longer exists (another program "
                                           "may have deleted it)."))
            return False
        if existing:
            return self.open_memo(existing[0].uuid)
        return self.new_memo("document", self.tr("Belongs to: {0}").format(
            self.tr("Document: {0}").format(doc.name)), document=doc.uuid) is not None

    def delete_memo(self, uuid: str) -> bool:
        memo = self._memo(uuid)
        if memo is not None and not self.may_change(memo.author):
            self.bench.status(rights_hints.others_memo(memo.author))
            return False
        if memo is None or not DeleteMemoQuestion.ask(self.bench.window,
                                                      memo.title or memo.text[:40]):
            return False
        return run(self.bench.undo_stack, DeleteMemo(self.project, memo), self.bench.window)

    # -- a coding's memo ------------------------------------------------------------------------

    def coding_memo(self, coding_uuid: str) -> bool:
        """Go to the coding in its transcript and open its memo there."""
        try:
            coding = self.project.coding(coding_uuid)
            self.bench.show_place(coding.document_uuid, coding.start, coding.end, coding.uuid)
        except NotFoundError:
            self.bench.events.gone(self.tr("This coding no longer exists (another program may "
                                           "have removed it)."))
            return False
        text = MemoDialog.ask(self.bench.window, self.tr("Memo for “{0}”").format(coding.code),
                              coding.memo or "", settings=self.bench.settings.qs,
                              read_only=self.read_only(coding.coder))
        if text is None or text == (coding.memo or ""):
            return False
        return run(self.bench.undo_stack, UpdateCoding(
            self.project, coding.uuid, self.tr("Edit coding memo"), memo=text or None),
            self.bench.window)
