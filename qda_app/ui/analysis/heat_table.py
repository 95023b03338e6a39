"""A table of counts with cells shaded by count: what the co-occurrence (and the crosstabs)
show, like the Code Matrix.

:class:`HeatTableModel` holds labelled rows and columns and a count per cell; a cell's
background darkens with its count relative to the largest cell (off the diagonal,
when the diagonal holds something else, as a co-occurrence's number of codings per
code does: it is shown in grey, in italics, and never sets the scale). The shading
and the text colour are the Code Matrix's (``matrix_model.shade``, ``text_color``),
so the analysis windows read alike. :class:`HeatTable` is the view, set up as the
matrix's is, and :func:`fit_window` sizes a window to its table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ..common.swatch import swatch_icon
from .matrix_model import shade, text_color

Index = QModelIndex | QPersistentModelIndex
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's count as an int."""
KEY_ROLE = Qt.ItemDataRole.UserRole
"""A header's key (a code's UUID, a value): what the row or column stands for."""
DIAGONAL_BACKGROUND = QColor("#ececec")

__all__ = ["COUNT_ROLE", "KEY_ROLE", "Header", "HeatTable", "HeatTableModel", "fit_window",
           "shade", "text_color"]


@dataclass(frozen=True, slots=True)
class Header:
    """A row or column: its label, the tooltip, a colour swatch, and what it stands for."""

    text: str
    key: str
    tooltip: str = ""
    color: str | None = None


class HeatTableModel(QAbstractTableModel):
    """Counts in labelled rows and columns; subclasses say what a cell means
    (:meth:`cell_tooltip`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[Header, ...] = ()
        self.columns: tuple[Header, ...] = ()
        self.counts: tuple[tuple[int, ...], ...] = ()
        self.diagonal = False
        """Whether the diagonal holds other numbers (set apart, not shading the rest)."""
        self._maximum = 0
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_table(self, rows: Sequence[Header], columns: Sequence[Header],
                  counts: Sequence[Sequence[int]], diagonal: bool = False) -> None:
        self.beginResetModel()  # a recount may bring other rows and columns: a new table
        self.rows, self.columns = tuple(rows), tuple(columns)
        self.counts = tuple(tuple(row) for row in counts)
        self.diagonal = diagonal
        self._maximum = max((n for r, row in enumerate(self.counts) for c, n in enumerate(row)
                             if not (diagonal and r == c)), default=0)
        self.endResetModel()

    def count_at(self, row: int, column: int) -> int:
        return self.counts[row][column]

    def maximum(self) -> int:
        """The largest shaded cell; kept with the counts, because every painted cell asks."""
        return self._maximum

    def on_diagonal(self, row: int, column: int) -> bool:
        return self.diagonal and row == column

    def cell_tooltip(self, row: int, column: int) -> str:
        return f"{self.rows[row].tooltip or self.rows[row].text} × " \
               f"{self.columns[column].tooltip or self.columns[column].text}: " \
               f"{self.count_at(row, column)}"

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        count = self.count_at(row, column)
        diagonal = self.on_diagonal(row, column)
        if role == COUNT_ROLE:
            return count
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count or diagonal else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and diagonal:
            return self._italic
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background = DIAGONAL_BACKGROUND if diagonal else shade(count, self._maximum)
            if background is None:
                return None
            return background if role == Qt.ItemDataRole.BackgroundRole else \
                text_color(background)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        headers = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        if not 0 <= section < len(headers):
            return None
        header = headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return header.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return header.tooltip or header.text
        if role == Qt.ItemDataRole.DecorationRole and header.color:
            return swatch_icon(header.color)
        if role == KEY_ROLE:
            return header.key
        return None


class HeatTable(QTableView):
    """The view: one cell selected at a time, no editing, rows as high as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setWordWrap(True)
        rows = self.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(rows.fontMetrics().height() + 8)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultSectionSize(90)
        # long labels wrap onto a second line rather than widen every column
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter
                                    | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))

    def fit_columns(self, least: int = 56, most: int = 120) -> None:
        """Columns as wide as their headers' longest word and counts need, within
        ``least``..``most``; the headers wrap."""
        model = self.model()
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        height = metrics.lineSpacing()
        for column in range(header.count()):
            label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((metrics.horizontalAdvance(w) for w in label.split()), default=0)
            width = min(max(words + 16, self.sizeHintForColumn(column), least), most)
            header.resizeSection(column, width)
            wrap = QRect(0, 0, width - 12, 10 * height)
            height = max(height, metrics.boundingRect(
                wrap, int(Qt.TextFlag.TextWordWrap.value), label).height())
        header.setMinimumHeight(height + 10)  # it does not grow by itself for wrapped labels


def fit_window(window: QWidget, table: QTableView, extra_height: int = 0,
               least: tuple[int, int] = (560, 420), most_height: float = 0.85,
               grow_only: bool = False) -> None:
    """Size ``window`` to what ``table`` needs (plus ``extra_height`` for what is below it),
    at least ``least`` (width, height), at most 80 % of the screen's width and
    ``most_height`` of its height; ``grow_only``: never smaller than it is."""
    frame = 2 * table.frameWidth()
    scroll = table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)
    width = table.verticalHeader().sizeHint().width() + table.horizontalHeader().length()
    height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
    chrome = window.sizeHint().height() - table.sizeHint().height()
    screen = window.screen().availableGeometry()
    w = min(max(width + frame + scroll + 24, least[0]), int(screen.width() * 0.8))
    h = min(max(height + frame + scroll + chrome + extra_height, least[1]),
            int(screen.height() * most_height))
    if grow_only:
        w, h = max(w, window.width()), max(h, window.height())
    window.resize(w, h)
