"""The document list: every transcript with its number of codings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

from ...project import Project
from ...records import Changes, DocumentInfo
from ..common.project_events import ProjectEvents

Index = QModelIndex | QPersistentModelIndex
UuidRole = Qt.ItemDataRole.UserRole + 1


class DocumentListModel(QAbstractListModel):
    def __init__(self, project: Project, parent: QWidget | None = None,
                 documents: list[DocumentInfo] | None = None) -> None:
        """``documents``: the project's documents, when the window has read them already."""
        super().__init__(parent)
        self.project = project
        self.docs: list[DocumentInfo] = (project.documents() if documents is None
                                         else list(documents))

    def refresh(self) -> None:
        new = self.project.documents()
        old_uuids = [d.uuid for d in self.docs]
        if [d.uuid for d in new] != old_uuids:
            self.beginResetModel()  # documents came or went: rare, and the list is short
            self.docs = new
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(self.docs, new, strict=True)) if a != b]
        self.docs = new
        for i in changed:
            self.dataChanged.emit(self.index(i), self.index(i))

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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}\n{1} characters, {2} codings\nSpeakers: {3}").format(
                doc.name, doc.chars, doc.codings, ", ".join(doc.speakers) or "–")
        if role == UuidRole:
            return doc.uuid
        return None

    def row_of(self, uuid: str) -> int:
        return next((i for i, d in enumerate(self.docs) if d.uuid == uuid), -1)


class DocumentList(QListView):
    documentSelected = Signal(str)

    def __init__(self, project: Project, events: ProjectEvents,
                 parent: QWidget | None = None,
                 documents: list[DocumentInfo] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.model_ = DocumentListModel(project, self, documents)
        self.setModel(self.model_)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._wanted: str | None = None  # asked for before the list had it
        self.selectionModel().currentChanged.connect(self._current_changed)
        events.changed.connect(self._on_change)

    def sizeHint(self) -> QSize:
        return QSize(240, 400)

    def _on_change(self, changes: Changes) -> None:
        if not changes.documents and (changes.added or changes.removed):
            self.model_.patch_counts(changes)
        elif changes.documents or changes.codings:
            current = self.current_uuid() or self._wanted
            self.model_.refresh()
            if current:
                self.select(current)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
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
