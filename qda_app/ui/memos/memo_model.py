"""The memo manager's table: every memo, coding memos too, and a filter over them.

One row per memo (or coding with a memo): its type, title, what it belongs to, author
and the time it was last changed. Rows are patched one by one from change records
(:meth:`MemoTableModel.put`, :meth:`MemoTableModel.drop`); a sorting proxy orders and
filters them, so the model never moves a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from ...records import MemoTarget
from ...text_format import one_line
from ..common.memo_icon import memo_icon
from ..common.row_sync import sync_rows
from .memo_labels import kind_label, local_time, when

Index = QModelIndex | QPersistentModelIndex
TYPE, TITLE, LINKED, AUTHOR, MODIFIED = range(5)
KeyRole = Qt.ItemDataRole.UserRole + 1
"""The memo's UUID (a coding memo: the coding's)."""
KindRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class MemoRow:
    key: str
    """The memo's UUID, or for a coding's memo the coding's."""
    kind: str
    """A memo kind, or ``"coding"``."""
    title: str
    text: str
    linked: str
    """What it belongs to or is linked to, as the user reads it."""
    author: str
    modified: datetime
    targets: tuple[MemoTarget, ...] = ()
    """Where "Go to" goes."""

    def words(self) -> str:
        """What the filter field searches."""
        return f"{self.title}\n{self.text}\n{self.linked}\n{self.author}".casefold()


class MemoTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MemoRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Type"), self.tr("Title"), self.tr("Belongs to"), self.tr("Author"),
                self.tr("Changed")]

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[MemoRow]) -> None:
        """All rows anew, said row by row (what stays keeps its selection)."""
        sync_rows(self, self.rows, rows, lambda r: r.key, ordered=False, columns=MODIFIED + 1)

    def put(self, row: MemoRow) -> None:
        """Add ``row``, or replace the row with its key."""
        i = self.row_of(row.key)
        if i < 0:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(row)
            self.endInsertRows()
        elif self.rows[i] != row:
            self.rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, MODIFIED))

    def drop(self, key: str) -> None:
        i = self.row_of(key)
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self.endRemoveRows()

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MODIFIED + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section <= MODIFIED):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == TYPE:
            return memo_icon()
        if role == Qt.ItemDataRole.FontRole and column == TITLE and not row.title:
            font = QFont()
            font.setItalic(True)  # the text's first words stand in for a title
            return font
        if role == KeyRole:
            return row.key
        if role == KindRole:
            return row.kind
        return None

    @staticmethod
    def _display(row: MemoRow, column: int) -> str:
        return {TYPE: kind_label(row.kind), TITLE: row.title or one_line(row.text, 60),
                LINKED: row.linked, AUTHOR: row.author, MODIFIED: when(row.modified)}[column]

    @staticmethod
    def _sort_key(row: MemoRow, column: int) -> object:
        if column == MODIFIED:
            return local_time(row.modified).toMSecsSinceEpoch()
        return MemoTableModel._display(row, column).casefold()

    @staticmethod
    def _tooltip(row: MemoRow) -> str:
        text = one_line(row.text, 400) if row.text.strip() else ""
        return "\n".join(part for part in (row.title, text) if part)


class MemoFilter(QSortFilterProxyModel):
    """Rows of one type (or all) whose title, text, item or author hold every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str | None = None
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MemoTableModel) or source_parent.isValid():
            return False
        row = model.rows[source_row]
        if self._kind is not None and row.kind != self._kind:
            return False
        words = row.words()
        return all(w in words for w in self._words)
