"""The project's document sets as a list model: name and number of documents, the
condition in the tooltip, the activated set in bold.

:meth:`SetListModel.sync` follows the project by inserting and removing rows (a rename
is a ``dataChanged``), so the selection stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...variable_records import DocumentSet

Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class SetListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sets: list[DocumentSet] = []
        self.names: Callable[[], dict[str, str]] = dict
        """Document UUID -> name, for the tooltips (read when one is shown)."""
        self.active: str | None = None
        """The UUID of the activated set, shown in bold."""
        self._bold = QFont()
        self._bold.setBold(True)

    def sync(self, sets: list[DocumentSet], names: Callable[[], dict[str, str]]) -> None:
        self.names = names
        old = [s.uuid for s in self.sets]
        new = [s.uuid for s in sets]
        kept = set(old) & set(new)
        if [u for u in old if u in kept] != [u for u in new if u in kept]:
            self.beginResetModel()
            self.sets = list(sets)
            self.endResetModel()
            return
        for row in range(len(old) - 1, -1, -1):
            if old[row] not in kept:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.sets[row]
                self.endRemoveRows()
        for row, item in enumerate(sets):
            if item.uuid not in kept:
                self.beginInsertRows(QModelIndex(), row, row)
                self.sets.insert(row, item)
                self.endInsertRows()
        self.sets = list(sets)
        if self.sets:
            self.dataChanged.emit(self.index(0), self.index(len(self.sets) - 1))

    def set_active(self, uuid: str | None) -> None:
        self.active = uuid
        if self.sets:
            self.dataChanged.emit(self.index(0), self.index(len(self.sets) - 1),
                                  [Qt.ItemDataRole.FontRole])

    def row_of(self, uuid: str) -> int:
        return next((i for i, s in enumerate(self.sets) if s.uuid == uuid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sets)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sets):
            return None
        item = self.sets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.name} ({len(item.documents)})"
        if role == Qt.ItemDataRole.EditRole:
            return item.name
        if role == UUID_ROLE:
            return item.uuid
        if role == Qt.ItemDataRole.FontRole and item.uuid == self.active:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            names = self.names()
            members = ", ".join(names.get(u, "?") for u in item.documents[:12])
            more = ", …" if len(item.documents) > 12 else ""
            text = self.tr("Documents: {0}").format(members + more) if item.documents else \
                self.tr("No documents")
            if item.condition:
                text = self.tr("Made from: {0}").format(item.condition) + "\n" + text
            return text
        return None
