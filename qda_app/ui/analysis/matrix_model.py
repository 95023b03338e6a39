"""The code matrix as a Qt table model: counts, totals, shading.

Rows are the codes in tree order (names indented by depth, with their
colour), then a total row; columns are the documents or the speakers (per
coder, if asked), then a total column. A cell's background darkens with its
count relative to the largest cell, and its text turns white where the
background gets dark.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...colors import heat_shade
from ...exporters.matrix import CodeMatrix, ColumnKey, MatrixColumn
from ...records import Code, Coding
from ..common.swatch import swatch_icon

Index = QModelIndex | QPersistentModelIndex
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's count as an int (also for totals)."""
TOTAL_BACKGROUND = QColor("#ececec")
INDENT = "    "


def shade(count: int, maximum: int) -> QColor | None:
    """From light to dark blue as ``count`` goes to ``maximum``; no colour for 0."""
    rgb = heat_shade(count, maximum)
    return None if rgb is None else QColor(*rgb)


def _luminance(color: QColor) -> float:
    """WCAG relative luminance."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def text_color(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    lum = _luminance(background)
    return QColor("white") if (1.05 / (lum + 0.05)) > ((lum + 0.05) / 0.05) else QColor("black")


class CellFilter(NamedTuple):
    """What a cell counts, as the Retrieved Segments panel filters it (``None``: any)."""

    codes: list[str]
    document: str | None = None
    coder: str | None = None
    speaker: str | None = None


class CodeMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes: tuple[Code, ...] = ()
        self.columns: tuple[MatrixColumn, ...] = ()
        self.counts: list[list[int]] = []
        self.matrix = CodeMatrix((), (), ())
        self.by_coder = False
        self._row_of: dict[str, int] = {}
        self._column_of: dict[ColumnKey, int] = {}
        self._maximum = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ----------------------------------------------------------------------------

    def set_matrix(self, matrix: CodeMatrix) -> None:
        self.beginResetModel()  # a recount may bring other rows and columns: a new table
        self.matrix, self.codes, self.columns = matrix, matrix.codes, matrix.columns
        self.counts = [list(row) for row in matrix.counts]
        self.by_coder = matrix.by_coder
        self._row_of = {code.uuid: i for i, code in enumerate(self.codes)}
        self._column_of = {c.key: j for j, c in enumerate(self.columns)}
        self._maximum = matrix.maximum()
        self.endResetModel()

    def _cell_of(self, coding: Coding) -> tuple[int, int] | None:
        row = self._row_of.get(coding.code_uuid)
        column = self._column_of.get(self.matrix.key_of(coding))
        return None if row is None or column is None else (row, column)

    def patch(self, added: Iterable[Coding], removed: Iterable[Coding]) -> bool:
        """Count codings in and out; ``False`` (nothing changed) if one has no cell yet."""
        steps = [(self._cell_of(c), -1) for c in removed] + [(self._cell_of(c), 1) for c in added]
        if any(cell is None for cell, _ in steps):
            return False
        for cell, delta in steps:
            assert cell is not None
            self.counts[cell[0]][cell[1]] += delta
        self._maximum = max((max(row, default=0) for row in self.counts), default=0)
        if steps and self.rowCount() and self.columnCount():
            # the maximum may have moved: every shade can change
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        return True

    # -- numbers ----------------------------------------------------------------------------

    def maximum(self) -> int:
        """The largest cell; kept with the counts, because every painted cell asks."""
        return self._maximum

    def grand_total(self) -> int:
        return sum(sum(row) for row in self.counts)

    def by_speaker(self) -> bool:
        return self.matrix.by == "speaker"

    def groups(self) -> int:
        """Documents (or speakers) shown, however many coder columns each has."""
        return len(dict.fromkeys(c.group for c in self.columns))

    def is_total(self, row: int, column: int) -> bool:
        return row == len(self.codes) or column == len(self.columns)

    def count_at(self, row: int, column: int) -> int:
        rows = range(len(self.codes)) if row == len(self.codes) else [row]
        columns = range(len(self.columns)) if column == len(self.columns) else [column]
        return sum(self.counts[r][c] for r in rows for c in columns)

    def cell_filter(self, row: int, column: int) -> CellFilter:
        """The codes, document, coder and speaker (``None``: any) of the codings in a cell."""
        codes = ([c.uuid for c in self.codes] if row == len(self.codes)
                 else [self.codes[row].uuid])
        if column == len(self.columns):
            return CellFilter(codes)
        col = self.columns[column]
        return CellFilter(codes, col.document_uuid, col.coder, col.speaker)

    def column_title(self, column: MatrixColumn) -> str:
        return column.title(self.tr("(no speaker)"))

    def cell_label(self, row: int, column: int) -> str:
        code = self.tr("all codes") if row == len(self.codes) else self.codes[row].path
        if column == len(self.columns):
            return self.tr("{0} in all documents").format(code)
        col = self.columns[column]
        if col.speaker is None:
            where = f"{col.document} ({col.coder})" if col.coder else col.document
            return self.tr("{0} in {1}").format(code, where)
        who = f"{self.column_title(col)} ({col.coder})" if col.coder else self.column_title(col)
        if col.speaker:
            return self.tr("{0} in the turns of {1}").format(code, who)
        return self.tr("{0} outside speaker turns").format(code) + (
            f" ({col.coder})" if col.coder else "")

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.columns else len(self.codes) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.columns else len(self.columns) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        count = self.count_at(row, column)
        total = self.is_total(row, column)
        if role == COUNT_ROLE:
            return count
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count or total else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background = TOTAL_BACKGROUND if total else shade(count, self.maximum())
            if background is None:
                return None
            return background if role == Qt.ItemDataRole.BackgroundRole else \
                text_color(background)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: {1} codings").format(self.cell_label(row, column), count)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        return self._row_header(section, role)

    def _column_header(self, section: int, role: int) -> object:
        if section == len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Total")
            return self._bold if role == Qt.ItemDataRole.FontRole else None
        col = self.columns[section]
        title = self.column_title(col)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{col.coder}" if col.coder else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title} ({col.coder})" if col.coder else title
        return None

    def _row_header(self, section: int, role: int) -> object:
        if section == len(self.codes):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Total")
            return self._bold if role == Qt.ItemDataRole.FontRole else None
        code = self.codes[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return INDENT * code.depth + code.name
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code.path
        if role == Qt.ItemDataRole.UserRole:
            return code.uuid
        return None
