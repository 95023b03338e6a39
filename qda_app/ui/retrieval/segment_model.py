"""The Retrieved Segments as a table model that fetches its rows as the table scrolls.

A retrieval lists plain spans (:meth:`~qda_app.Project.spans`, one query, no
texts); the model shows the first :data:`BATCH` of them as full records and
fetches the next batch when the table scrolls to its end (``canFetchMore`` /
``fetchMore``), so 100,000 segments list at once and memory holds the texts
of the rows seen so far only. The order is the core's (document, start, end);
a change record is patched in at its place by bisection, not by a scan.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...records import Coding, CodingSpan

Index = QModelIndex | QPersistentModelIndex
BATCH = 200
"""Rows fetched at a time: a few screens of the table."""
COLUMNS = (
    QT_TRANSLATE_NOOP("SegmentModel", "Excerpt"), QT_TRANSLATE_NOOP("SegmentModel", "Code"),
    QT_TRANSLATE_NOOP("SegmentModel", "Document"), QT_TRANSLATE_NOOP("SegmentModel", "Speaker"),
    QT_TRANSLATE_NOOP("SegmentModel", "Coder"), QT_TRANSLATE_NOOP("SegmentModel", "Memo"),
)
RecordLoader = Callable[[list[str]], list[Coding]]
SortKey = tuple[int, int, int]


class SegmentModel(QAbstractTableModel):
    def __init__(self, load_records: RecordLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load_records
        self.spans: list[CodingSpan] = []
        """Every listed segment, in order; the first ``len(rows)`` are shown."""
        self.rows: list[Coding] = []
        """The shown rows as full records (what a double-click opens)."""
        self.document_order: Mapping[str, int] = {}
        """Document UUID -> its place in the core's order (the order of import)."""
        self._busy = False
        """A change is being announced: views (and Qt's model tester) ask for more rows
        while they hear of it; fetching then would start an insert inside another."""

    # -- the listing --------------------------------------------------------------------

    def set_spans(self, spans: list[CodingSpan]) -> None:
        """List ``spans`` (in the core's order) and show their first batch."""
        self.beginResetModel()  # a new retrieval is a new list, not an edit of the old one
        self.spans, self.rows = list(spans), []
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False
        self.fetchMore(QModelIndex())

    def total(self) -> int:
        """Segments listed, fetched or not (what the summary counts)."""
        return len(self.spans)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < len(self.spans)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Show the next batch; segments removed meanwhile by another program drop out.

        Ignored while this model announces a change (see ``_busy``): the view
        asks again when it needs rows.
        """
        if self._busy:
            return
        self._busy = True
        try:
            self._fetch_batch(parent)
        finally:
            self._busy = False

    def _fetch_batch(self, parent: Index) -> None:
        while self.canFetchMore(parent):
            first = len(self.rows)
            wanted = self.spans[first:first + BATCH]
            records = self._load([s.uuid for s in wanted])
            if len(records) < len(wanted):
                found = {r.uuid for r in records}
                self.spans[first:first + BATCH] = [s for s in wanted if s.uuid in found]
            if records:
                self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
                self.rows.extend(records)
                self.endInsertRows()
                return

    # -- patching from a change record ------------------------------------------------------

    def _key(self, coding: CodingSpan | Coding) -> SortKey:
        rank = self.document_order.get(coding.document_uuid, len(self.document_order))
        return rank, coding.start, coding.end

    def patch(self, added: Iterable[Coding], removed: Iterable[Coding]) -> None:
        """Drop removed segments and put added ones in their place, as row removals/inserts.

        ``added`` are the new codings this listing wants (the panel filters);
        ``removed`` may name codings it does not list. Rows not fetched yet
        change without a signal: they come with a later batch.
        """
        self._busy = True
        try:
            self._patch(added, removed)
        finally:
            self._busy = False

    def _patch(self, added: Iterable[Coding], removed: Iterable[Coding]) -> None:
        for coding in removed:
            row = self._find(coding)
            if row is None:
                continue
            shown = row < len(self.rows)
            if shown:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
            del self.spans[row]
            if shown:
                self.endRemoveRows()
        for coding in added:
            if self._find(coding) is not None:  # another coder's, listed by a reload already
                continue
            row = bisect.bisect_right(self.spans, self._key(coding), key=self._key)
            shown = row < len(self.rows) or len(self.rows) == len(self.spans)
            if shown:
                self.beginInsertRows(QModelIndex(), row, row)
                self.rows.insert(row, coding)
            self.spans.insert(row, CodingSpan(coding.uuid, coding.document_uuid,
                                              coding.code_uuid, coding.coder, coding.start,
                                              coding.end))
            if shown:
                self.endInsertRows()

    def _find(self, coding: Coding) -> int | None:
        key = self._key(coding)
        row = bisect.bisect_left(self.spans, key, key=self._key)
        while row < len(self.spans) and self._key(self.spans[row]) == key:
            if self.spans[row].uuid == coding.uuid:
                return row
            row += 1
        return None

    # -- the table ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (" ".join(c.text.split()), c.code, c.document, c.speaker or "", c.coder,
                      " ".join((c.memo or "").split()))
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 5):
            return c.text if col == 0 else c.memo
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor(c.color)
        if role == Qt.ItemDataRole.UserRole:
            return c.uuid
        return None
