"""The pairs of codings behind a co-occurrence cell, one row a pair: the document, both
codings' text, their coders. The window's list below the matrix."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from ...analysis.cooccurrence import CodingPair
from ...records import Code, Coding
from .heat_table import Index

COLUMNS = (QT_TRANSLATE_NOOP("PairModel", "Document"), "", "",
           QT_TRANSLATE_NOOP("PairModel", "Coders"))
"""The two middle columns are headed by the cell's codes."""
FIRST, SECOND = 1, 2
RecordLoader = Callable[[list[str]], list[Coding]]


class PairModel(QAbstractTableModel):
    def __init__(self, load_records: RecordLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load_records
        self.codes: tuple[Code, Code] | None = None
        self.pairs: list[tuple[Coding, Coding]] = []

    def set_pairs(self, first: Code, second: Code, pairs: Sequence[CodingPair]) -> None:
        """List ``pairs`` (of ``first``'s and ``second``'s codings) with their texts; pairs
        whose codings another program removed meanwhile drop out."""
        records = {c.uuid: c for c in self._load(
            list(dict.fromkeys(s.uuid for p in pairs for s in (p.first, p.second))))}
        self.beginResetModel()
        self.codes = (first, second)
        self.pairs = [(records[p.first.uuid], records[p.second.uuid]) for p in pairs
                      if p.first.uuid in records and p.second.uuid in records]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.codes, self.pairs = None, []
        self.endResetModel()

    def place(self, row: int, column: int) -> tuple[str, int, int, str | None]:
        """Where a double-click goes: (document, start, end, coding): the coding of a text
        column, elsewhere the stretch both codings cover."""
        a, b = self.pairs[row]
        if column in (FIRST, SECOND):
            c = a if column == FIRST else b
            return c.document_uuid, c.start, c.end, c.uuid
        return a.document_uuid, min(a.start, b.start), max(a.end, b.end), None

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section in (FIRST, SECOND):
            if self.codes is None:
                return self.tr("Coding") if section == FIRST else self.tr("Co-occurring coding")
            return self.codes[section - 1].name
        return self.tr(str(COLUMNS[section]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a, b = self.pairs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return a.document
            if column == 3:
                return a.coder if a.coder == b.coder else f"{a.coder} / {b.coder}"
            return " ".join((a if column == FIRST else b).text.split())
        if role == Qt.ItemDataRole.ToolTipRole and column in (FIRST, SECOND):
            c = a if column == FIRST else b
            return f"{c.code} · {c.start}–{c.end}\n{c.text}"
        if role == Qt.ItemDataRole.DecorationRole and column in (FIRST, SECOND):
            return QColor((a if column == FIRST else b).color)
        return None
