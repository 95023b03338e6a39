"""The document list: every transcript with its number of codings, a memo sign, in order.

The model shows the project's documents in the order chosen (the list's own order,
by name, by import date: a way of looking, :meth:`DocumentListModel.set_order`) and
follows change records row by row. What the user does to it (rename in place, drag
to another place) is handed to callbacks that push undoable commands
(:class:`~.document_actions.DocumentActions` sets them); the rows change when the
project says they did, never before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ...project import Project
from ...records import Changes, DocumentInfo
from ..common.memo_icon import blank_icon, memo_icon
from ..common.project_events import ProjectEvents
from ..common.row_sync import sync_rows

Index = QModelIndex | QPersistentModelIndex
UuidRole = Qt.ItemDataRole.UserRole + 1
HasMemoRole = Qt.ItemDataRole.UserRole + 2
DOCUMENTS_MIME = "application/x-kodierwerk-documents"
ORDERS = ("list", "name", "imported")
"""The list's own order, by name, by import date (what :meth:`Project.documents` takes)."""


class DocumentListModel(QAbstractListModel):
    def __init__(self, project: Project, parent: QWidget | None = None,
                 documents: list[DocumentInfo] | None = None) -> None:
        """``documents``: the project's documents, when the window has read them already."""
        super().__init__(parent)
        self.project = project
        self.order = "list"
        self.docs: list[DocumentInfo] = (project.documents() if documents is None
                                         else list(documents))
        self.with_memo: set[str] = self._memo_documents()
        self.rename: Callable[[str, str], bool] | None = None
        """Rename document ``uuid`` to ``name`` (undoably); set by the list's actions."""
        self.move: Callable[[str, int], bool] | None = None
        """Put document ``uuid`` at index ``position`` of the list's own order."""

    def _memo_documents(self) -> set[str]:
        return {m.document_uuid for m in self.project.memos(kind="document")
                if m.document_uuid is not None}

    def refresh(self) -> None:
        """Follow the project: rows removed, moved, added or changed, one by one."""
        sync_rows(self, self.docs, self.project.documents(self.order), lambda d: d.uuid)

    def set_order(self, order: str) -> None:
        if order not in ORDERS:
            raise ValueError(order)
        if order != self.order:
            self.order = order
            self.refresh()

    def refresh_memos(self) -> None:
        """Mark the documents that have a document memo (and unmark the others)."""
        now = self._memo_documents()
        changed = now ^ self.with_memo
        self.with_memo = now
        for row, doc in enumerate(self.docs):
            if doc.uuid in changed:
                self.dataChanged.emit(self.index(row), self.index(row))

    def patch_counts(self, changes: Changes) -> None:
        """Adjust coding counts from a change record, without asking the database."""
        delta: dict[str, int] = {}
        for c in changes.added:
            delta[c.document_uuid] = delta.get(c.document_uuid, 0) + 1
        for c in changes.removed:
            delta[c.document_uuid] = delta.get(c.document_uuid, 0) - 1
        for row, doc in enumerate(self.docs):
            if delta.get(doc.uuid):
                self.docs[row] = replace(doc, codings=doc.codings + delta[doc.uuid])
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.docs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        doc = self.docs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{doc.name}  ({doc.codings})"
        if role == Qt.ItemDataRole.EditRole:
            return doc.name
        if role == Qt.ItemDataRole.ToolTipRole:
            memo = self.tr("\nHas a document memo") if doc.uuid in self.with_memo else ""
            return self.tr("{0}\n{1} characters, {2} codings\nSpeakers: {3}").format(
                doc.name, doc.chars, doc.codings, ", ".join(doc.speakers) or "–") + memo
        if role == Qt.ItemDataRole.DecorationRole:
            return memo_icon() if doc.uuid in self.with_memo else blank_icon()
        if role == UuidRole:
            return doc.uuid
        if role == HasMemoRole:
            return doc.uuid in self.with_memo
        return None

    def row_of(self, uuid: str) -> int:
        return next((i for i, d in enumerate(self.docs) if d.uuid == uuid), -1)

    # -- editing and moving (the callbacks push commands; the rows follow the project) ---

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # between rows: a drop puts documents there
            return Qt.ItemFlag.ItemIsDropEnabled if self._movable() else Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemNeverHasChildren)
        if self.rename is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._movable():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def _movable(self) -> bool:
        """Documents are dragged in the list's own order only: in a sorted view a place
        means nothing."""
        return self.order == "list" and self.move is not None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.rename is None:
            return False
        doc = self.docs[index.row()]
        name = str(value).strip()
        if name == doc.name:
            return False
        return self.rename(doc.uuid, name)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DOCUMENTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        uuids = [i.data(UuidRole) for i in sorted(indexes, key=lambda i: i.row())]
        mime.setData(DOCUMENTS_MIME, json.dumps(uuids).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._movable() and data.hasFormat(DOCUMENTS_MIME) and not parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """A drop between rows (``row``; -1: at the end) moves the dragged document there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            uuids = json.loads(bytes(data.data(DOCUMENTS_MIME).data()).decode())
        except ValueError:
            return False
        rows = [self.row_of(u) for u in uuids if isinstance(u, str)]
        if len(rows) != 1 or rows[0] < 0:
            return False
        self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), len(self.docs) if row < 0
                      else row)
        return False  # the rows move when the project says so: nothing for the view to remove

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        """Qt's own drag in a list asks this: ``destination_child`` is the row the document
        goes before (as the user saw the list)."""
        if (count != 1 or source_parent.isValid() or destination_parent.isValid()
                or not self._movable() or not 0 <= source_row < len(self.docs)):
            return False
        position = destination_child - 1 if destination_child > source_row else destination_child
        if position == source_row:
            return False
        assert self.move is not None
        return self.move(self.docs[source_row].uuid, position)


class DocumentList(QListView):
    documentSelected = Signal(str)

    def __init__(self, project: Project, events: ProjectEvents,
                 parent: QWidget | None = None,
                 documents: list[DocumentInfo] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.model_ = DocumentListModel(project, self, documents)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self._wanted: str | None = None  # asked for before the list had it
        self._following = False
        self.selectionModel().currentChanged.connect(self._current_changed)
        events.changed.connect(self._on_change)

    def sizeHint(self) -> QSize:
        return QSize(240, 400)

    def _on_change(self, changes: Changes) -> None:
        if not changes.documents and (changes.added or changes.removed):
            self.model_.patch_counts(changes)
        elif changes.documents or changes.codings:
            self._follow(self.model_.refresh)
        if changes.memos:
            self.model_.refresh_memos()

    def set_order(self, order: str) -> None:
        """Show the documents in ``order`` (see :data:`ORDERS`), keeping the current one."""
        self._follow(lambda: self.model_.set_order(order))

    def _follow(self, change: Callable[[], None]) -> None:
        """Change the rows, keeping the current document current. Rows that move or go
        away move Qt's current row too: that is not the user choosing a document, so it
        opens nothing, and when the current document is gone no row is current."""
        current = self.current_uuid() or self._wanted
        self._following = True
        try:
            change()
            if current and self.model_.row_of(current) < 0 and current != self._wanted:
                self.selectionModel().clear()
        finally:
            self._following = False
        if current:
            self.select(current)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._following:
            self.documentSelected.emit(current.data(UuidRole))

    def current_uuid(self) -> str | None:
        index = self.currentIndex()
        return index.data(UuidRole) if index.isValid() else None

    def select(self, uuid: str) -> None:
        """Make ``uuid`` current; a document not listed yet becomes current when it is.

        The transcript may open a new document before this list has heard of it:
        both follow the same change record, and the transcript may hear it first.
        """
        row = self.model_.row_of(uuid)
        self._wanted = uuid if row < 0 else None
        if row >= 0 and self.currentIndex().row() != row:
            self.setCurrentIndex(self.model_.index(row))
