"""Tables that list rows to read and open: retrieved segments, search hits, the assistant's
answers, memos, word places, pairs of codings.

:func:`list_rows` sets a table up as all of them are: a whole row is chosen, nothing is
edited in place, rows alternate in shade, a cell is one line, no row numbers.
:class:`HintTable` says what to do while it is empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTableView, QWidget


def list_rows(table: QTableView) -> QTableView:
    """Set ``table`` up as a read-only list of rows (and answer it)."""
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class HintTable(QTableView):
    """A table that says what to do while it is empty, in the middle of where rows go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.placeholder and self.model() is not None and not self.model().rowCount():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()
