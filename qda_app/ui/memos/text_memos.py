"""Memos in the text: "Add Memo Here" on a selected passage, and the signs in the margin.

The transcript shows the memos anchored in the open document
(:class:`~..transcript.memo_marks.MemoMarks`); this keeps them current (a memo
written, changed, deleted, undone; another document opened) and opens a memo when
its sign is clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ...errors import NotFoundError
from ...records import Changes
from ...spans import trim
from ...text_format import one_line
from ..transcript.transcript_pane import TranscriptPane
from ..workbench import Workbench
from .memo_editing import MemoEditing

SHORTCUT = "Ctrl+Alt+M"


class TextMemos(QObject):
    def __init__(self, bench: Workbench, pane: TranscriptPane, editing: MemoEditing) -> None:
        super().__init__(pane)
        self.setObjectName("textMemos")
        self.bench, self.project, self.editing = bench, bench.project, editing
        self.view = pane.view
        self.add = QAction(self.tr("Add &Memo Here…"), bench.window)
        self.add.setObjectName("addTextMemoAction")
        self.add.setShortcut(QKeySequence(SHORTCUT))
        self.add.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add.setShortcutVisibleInContextMenu(True)
        self.add.triggered.connect(lambda _checked=False: self.add_here())
        pane.menu.extra.append(self.add)
        pane.documentShown.connect(lambda _doc: self.reload())
        self.view.memo_marks.memoClicked.connect(self.editing.open_memo)
        bench.events.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        doc = self.view.doc
        try:
            memos = self.project.memos(document=doc.uuid, kind="text") if doc else []
        except NotFoundError:  # deleted; the transcript empties itself
            memos = []
        self.view.memo_marks.set_memos(memos)

    def _on_change(self, changes: Changes) -> None:
        if changes.memos or changes.documents:
            self.reload()

    def add_here(self) -> str | None:
        """Write a memo on the selected passage (its ends trimmed of spaces)."""
        doc = self.view.doc
        start, end = self.view.selection_cp() if doc else (0, 0)
        if doc is not None:
            start, end = trim(doc.text, start, end)
        if doc is None or end <= start:
            self.bench.status(self.tr("Select the passage the memo is about first."))
            return None
        about = self.tr("Belongs to: {0}").format(self.tr("{0}: “{1}”").format(
            doc.name, one_line(doc.text[start:end], 60)))
        return self.editing.new_memo("text", about, document=doc.uuid, start=start, end=end)
