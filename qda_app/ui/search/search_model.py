"""The hits of a search as a table: document, position, keyword in context.

Rows are :class:`~qda_app.text_search.SearchHit` records; the context of a hit is cut
from its document's text only when a row is shown (or sorted by it), so a search with
30,000 hits lists at once. Position is the paragraph (line) of the hit, as "¶ 12": what a
coder finds again in the transcript; the tooltip gives the characters. A proxy sorts by
:data:`SortRole` (document order, character offset, the words after the hit).
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...text_search import SearchHit

Index = QModelIndex | QPersistentModelIndex
DOCUMENT, POSITION, CONTEXT = range(3)
COLUMNS = (QT_TRANSLATE_NOOP("SearchModel", "Document"),
           QT_TRANSLATE_NOOP("SearchModel", "Position"),
           QT_TRANSLATE_NOOP("SearchModel", "Context"))
HitRole = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`SearchHit`."""
SortRole = Qt.ItemDataRole.UserRole + 2
_NEWLINE = re.compile("\n")


class SearchModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._order: dict[str, int] = {}
        self._lines: dict[str, list[int]] = {}  # document UUID -> where its lines start

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits`` (a new search: the old list goes)."""
        self.beginResetModel()
        self.hits = list(hits)
        self._order = {}
        for hit in self.hits:
            self._order.setdefault(hit.document_uuid, len(self._order))
        self._lines = {}
        self.endResetModel()

    def documents(self) -> int:
        """How many documents the hits are in."""
        return len(self._order)

    def paragraph(self, hit: SearchHit) -> int:
        """The line (1-based) the hit starts on; lines are found once per document."""
        starts = self._lines.get(hit.document_uuid)
        if starts is None:
            starts = self._lines[hit.document_uuid] = [
                m.end() for m in _NEWLINE.finditer(hit.doc.text)]
        return bisect.bisect_right(starts, hit.start) + 1

    # -- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("SearchModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == HitRole:
            return hit
        if role == SortRole:
            return self._sort_key(hit, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DOCUMENT:
                return hit.document
            if column == POSITION:
                return f"¶ {self.paragraph(hit)}"
            return hit.context
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == POSITION:
                return QCoreApplication.translate(
                    "SearchModel", "Paragraph {0}, characters {1}–{2}").format(
                    self.paragraph(hit), hit.start, hit.end)
            return hit.context if column == CONTEXT else hit.document
        if role == Qt.ItemDataRole.TextAlignmentRole and column == POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sort_key(self, hit: SearchHit, column: int) -> object:
        if column == DOCUMENT:  # by name, then in text order
            return f"{hit.document.casefold()}\t{hit.start:012d}"
        if column == POSITION:  # in document order, then text order
            return self._order.get(hit.document_uuid, 0) * 2**40 + hit.start
        return f"{hit.text.casefold()}\t{hit.after.casefold()}"  # the keyword, then what follows


class SearchProxy(QSortFilterProxyModel):
    """Sorts the hits by :data:`SortRole`; starts in document and text order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # hits never change in place: sorted on request
