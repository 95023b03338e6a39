"""The code tree's count column, as wide as its widest text, paid for by the rows that change.

Qt's ``ResizeToContents`` measures up to 1,000 rows on every ``dataChanged``:
with 2,000 codes one coding then costs 16,000 ``data()`` calls, although only
its code's and its ancestors' counts changed. Here the column is measured
whole only when rows come, go, move or unfold (rare, and a full pass over the
tree then anyway), and a changed count only widens it if its own text needs
more room. A column that could be narrower after counts went down narrows at
the next full measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QHeaderView, QTreeView

Index = QModelIndex | QPersistentModelIndex


class CountColumn(QObject):
    def __init__(self, tree: QTreeView, column: int) -> None:
        super().__init__(tree)
        self.tree, self.column = tree, column
        header = tree.header()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # a structural change comes as many signals: measure once
        self._timer.timeout.connect(self.fit)
        model = tree.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                       model.modelReset, model.layoutChanged, tree.expanded, tree.collapsed):
            signal.connect(self._timer.start)
        model.dataChanged.connect(self._changed)
        self.fit()

    def fit(self) -> None:
        """Measure every row shown (what ``ResizeToContents`` would, once)."""
        self.tree.header().setResizeContentsPrecision(-1)
        self.tree.resizeColumnToContents(self.column)

    def _changed(self, top_left: Index, bottom_right: Index,
                 _roles: Sequence[int] = ()) -> None:
        if not top_left.column() <= self.column <= bottom_right.column():
            return
        header = self.tree.header()
        model = self.tree.model()
        parent = top_left.parent()
        needed = max(self.tree.sizeHintForIndex(model.index(row, self.column, parent)).width()
                     for row in range(top_left.row(), bottom_right.row() + 1))
        if needed > header.sectionSize(self.column):
            header.resizeSection(self.column, needed)
