"""The Agreement window's tables: statistics per level, and the disagreement list.

Models over an :class:`~qda_app.team.agreement.AgreementResult`. Numbers are
right-aligned in the user's locale (percentages with one decimal, coefficients
with three); an undefined value reads "undefined", with the reason as tooltip.
``RAW_ROLE`` gives the unformatted value, ``CODE_ROLE`` the row's code UUID.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from ...text_format import one_line

if TYPE_CHECKING:
    from ...team.agreement import AgreementResult, AlphaStats, BinaryStats, SegmentStats
    from ...team.disagreements import Disagreement

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
OVERALL_BACKGROUND = QColor("#eef2f7")
UNDEFINED_COLOR = QColor("#7a7a7a")
EXCERPT = 140  # characters of a place's text shown in its row


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    kind: str = "int"  # text, int, percent (one decimal) or coef (three decimals)
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    value: Any  # None: undefined
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    code_uuid: str | None  # None: the overall row
    cells: tuple[Cell, ...]


def number_text(value: Any, kind: str, locale: QLocale) -> str:
    """Rounded as the exports and ``qda agreement`` round (Python's ``format``: 56.25 is
    56.2 everywhere), written with the locale's decimal point and digit grouping."""
    if kind in ("percent", "coef"):
        text = f"{float(value):.{1 if kind == 'percent' else 3}f}"
        return text.replace(".", locale.decimalPoint())
    if kind == "int":
        return locale.toString(int(value))
    return str(value)


class StatisticsModel(QAbstractTableModel):
    """One level: the overall row first, then one row per code in code-system order."""

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self.locale = QLocale()

    # -- filling -----------------------------------------------------------------------------

    def show_result(self, result: AgreementResult | None) -> None:
        self.beginResetModel()  # a new computation is a new table
        if result is None:
            self.columns, self.rows = [], []
        elif self.key == "segment":
            self._segment(result)
        elif self.key == "alpha":
            self._alpha(result)
        else:
            self._binary(result)
        self.endResetModel()

    def _per_code(self, result: AgreementResult, level: Any, make: Any) -> None:
        uuids = {c.path: c.uuid for c in result.codes}
        self.rows = [Row(None, (Cell(self.tr("All codes")), *make(level.overall)))]
        self.rows += [Row(uuids.get(path), (Cell(path, path), *make(s)))
                      for path, s in level.per_code.items()]

    def _segment(self, result: AgreementResult) -> None:
        a, b = result.pair
        self.columns = [
            Column(self.tr("Code"), "text"),
            Column(self.tr("Codings\n{0}").format(a), tip=self.tr("Codings by {0}").format(a)),
            Column(self.tr("Codings\n{0}").format(b), tip=self.tr("Codings by {0}").format(b)),
            Column(self.tr("Agreements"), tip=self.tr("Codings with a matching coding by "
                                                      "the other coder")),
            Column(self.tr("Disagreements"), tip=self.tr("Codings without a match")),
            Column(self.tr("% agreement"), "percent"),
            Column(self.tr("κ\n(Brennan & Prediger)"), "coef",
                   self.tr("Brennan & Prediger's kappa: chance agreement 1/number of codes")),
        ]

        def make(s: SegmentStats) -> tuple[Cell, ...]:
            return (Cell(s.codings[0]), Cell(s.codings[1]), Cell(s.agreements),
                    Cell(s.disagreements), Cell(s.percent_agreement, s.note or ""),
                    Cell(s.kappa_bp, s.note or ""))

        self._per_code(result, result.segment, make)

    def _binary(self, result: AgreementResult) -> None:
        a, b = result.pair
        level = result.character if self.key == "character" else result.presence
        unit = self.tr("characters") if self.key == "character" else self.tr("documents")
        self.columns = [
            Column(self.tr("Code"), "text"),
            Column(self.tr("Agreements"), tip=self.tr("{0} both or neither coder coded")
                   .format(unit)),
            Column(self.tr("Disagreements"), tip=self.tr("{0} only one coder coded")
                   .format(unit)),
            Column(self.tr("% agreement"), "percent"),
            Column(self.tr("κ\n(Cohen)"), "coef", self.tr("Cohen's kappa")),
        ]

        def make(s: BinaryStats) -> tuple[Cell, ...]:
            agree = self.tr("both coded: {0}, neither: {1}").format(
                self._n(s.both), self._n(s.neither))
            differ = self.tr("only {0}: {1}, only {2}: {3}").format(
                a, self._n(s.only_first), b, self._n(s.only_second))
            return (Cell(s.agreements, agree), Cell(s.disagreements, differ),
                    Cell(s.percent_agreement, s.note or ""), Cell(s.kappa, s.note or ""))

        self._per_code(result, level, make)

    def _alpha(self, result: AgreementResult) -> None:
        n = len(result.coders)
        self.columns = [Column(self.tr("Code"), "text")]
        self.columns += [Column(self.tr("Coded by\n{0} coders").format(d), tip=self.tr(
            "Characters coded by exactly {0} of the {1} coders").format(d, n))
            for d in range(n + 1)]
        self.columns.append(Column(self.tr("α\n(Krippendorff)"), "coef", self.tr(
            "Krippendorff's alpha (nominal) over the characters")))

        def make(s: AlphaStats) -> tuple[Cell, ...]:
            return (*(Cell(v) for v in s.coded_by), Cell(s.value, s.note or ""))

        self._per_code(result, result.alpha, make)

    def _n(self, value: int) -> str:
        return self.locale.toString(value)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column.kind)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.value is None:
                return self.tr("undefined")
            return number_text(cell.value, column.kind, self.locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column.kind)
        if role == Qt.ItemDataRole.ForegroundRole and cell.value is None:
            return QBrush(UNDEFINED_COLOR)
        if role == Qt.ItemDataRole.FontRole and (row.code_uuid is None or cell.value is None):
            font = QFont()
            font.setBold(row.code_uuid is None)
            font.setItalic(cell.value is None)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.code_uuid is None:
            return QBrush(OVERALL_BACKGROUND)
        if role == CODE_ROLE:
            return row.code_uuid
        if role == RAW_ROLE:
            return cell.value
        return None


def _alignment(kind: str) -> int:
    horizontal = Qt.AlignmentFlag.AlignLeft if kind == "text" else Qt.AlignmentFlag.AlignRight
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class DisagreementModel(QAbstractTableModel):
    """One row per place: document, position, code, text, then one column per coder."""

    CODE, TEXT, FIXED = 2, 3, 4  # columns; FIXED: where the coders' columns begin

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: list[Disagreement] = []
        self.coders: list[str] = []

    def show_result(self, result: AgreementResult | None) -> None:
        self.beginResetModel()
        self.places = list(result.disagreements) if result else []
        self.coders = list(result.coders) if result else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.places)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.coders)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = [self.tr("Document"), self.tr("Position"), self.tr("Code"), self.tr("Text")]
        return (labels + self.coders)[section] if section < self.columnCount() else None

    def coder_text(self, place: Disagreement, coder: str) -> str:
        spans = ", ".join(f"{c.start}–{c.end}" for c in place.of(coder))
        return self.tr("coded {0}").format(spans) if spans else "–"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        d, col = self.places[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= self.FIXED:
                return self.coder_text(d, self.coders[col - self.FIXED])
            return (d.document, f"{d.start}–{d.end}", d.code, one_line(d.text, EXCERPT))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(d, col)
        if role == RAW_ROLE:  # what the columns sort by
            if col >= self.FIXED:
                return min((c.start for c in d.of(self.coders[col - self.FIXED])), default=-1)
            return (d.document, d.start, d.code, d.text)[col]
        if role == CODE_ROLE:
            return d.code_uuid
        return None

    def _tooltip(self, d: Disagreement, col: int) -> str | None:
        if col == self.TEXT:
            return d.text
        if col >= self.FIXED:
            coder = self.coders[col - self.FIXED]
            codings = d.of(coder)
            if not codings:
                return self.tr("{0} did not code this place with {1}").format(coder, d.code)
            return "\n".join(
                self.tr("{0}–{1}: matched by every other coder").format(c.start, c.end)
                if c.matched else
                self.tr("{0}–{1}: no matching coding by another coder").format(c.start, c.end)
                for c in codings)
        return d.document if col == 0 else d.code if col == 2 else None


class PlaceFilter(QSortFilterProxyModel):
    """Sorts by the raw values and shows only the places of one code, when one is chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code_uuid: str | None = None
        self.setSortRole(RAW_ROLE)

    def set_code(self, uuid: str | None) -> None:
        self.beginFilterChange()
        self.code_uuid = uuid
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.code_uuid is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(CODE_ROLE) == self.code_uuid


class ElideLeftDelegate(QStyledItemDelegate):
    """For code paths: when a path is too long, its end (the code's own name) stays visible."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def results_table(parent: QWidget, name: str) -> QTableView:
    """A read-only, row-selecting table as the Agreement window shows its results."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    return table
