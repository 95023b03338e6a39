"""The Assist pane's three tables as Qt models: similar passages (with ticks for "Code
these"), suggested codes, and the consistency check's findings.

Each row is a record of the core (:class:`~qda_app.assist.Match`,
:class:`~qda_app.assist.Suggestion`, a :class:`~qda_app.assist.Miss` or
:class:`~qda_app.assist.Slip`), handed out in :data:`RECORD_ROLE`; a new answer replaces
the rows. Scores are cosines, shown with two decimals in the interface's number format.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...assist.consistency import Miss, Slip
from ...assist.more_like_this import Match
from ...assist.suggest import Suggestion
from ..common.swatch import swatch_icon

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def score_text(score: float) -> str:
    return QLocale().toString(float(score), "f", 2)


class RecordModel(QAbstractTableModel):
    """Rows of records; subclasses say the columns and what a cell shows."""

    context = "AssistModel"
    columns: tuple[object, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()  # a new answer: the old one goes
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate(self.context, str(self.columns[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == RECORD_ROLE:
            return record
        return self.cell(record, index.row(), index.column(), role)

    def cell(self, record: Any, row: int, column: int, role: int) -> object:
        raise NotImplementedError


class MatchModel(RecordModel):
    """Similar passages: score (with a tick), document, codes on it, the passage."""

    context = "MatchModel"
    columns = (QT_TRANSLATE_NOOP("MatchModel", "Score"),
               QT_TRANSLATE_NOOP("MatchModel", "Document"),
               QT_TRANSLATE_NOOP("MatchModel", "Codes"),
               QT_TRANSLATE_NOOP("MatchModel", "Passage"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticked: set[int] = set()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.ticked = set()
        super().set_rows(rows)

    def matches(self) -> list[Match]:
        return list(self.rows)

    def ticked_matches(self) -> list[Match]:
        return [self.rows[i] for i in sorted(self.ticked)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 \
                or not 0 <= index.row() < len(self.rows):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        (self.ticked.add if checked else self.ticked.discard)(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def tick_all(self, on: bool = True) -> None:
        self.ticked = set(range(len(self.rows))) if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def cell(self, m: Match, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (score_text(m.score), m.document, ", ".join(m.codes), m.text)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.text if column == 3 else ", ".join(m.codes) if column == 2 else None
        return None


class SuggestionModel(RecordModel):
    """Suggested codes: the code, how near, and its nearest codings as the reason."""

    context = "SuggestionModel"
    columns = (QT_TRANSLATE_NOOP("SuggestionModel", "Code"),
               QT_TRANSLATE_NOOP("SuggestionModel", "Score"),
               QT_TRANSLATE_NOOP("SuggestionModel", "Nearest codings (the reason)"))

    def cell(self, s: Suggestion, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            reason = " · ".join(f"„{e.text}“" for e in s.examples)
            return (s.code, score_text(s.score), reason)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch_icon(s.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(f"{score_text(e.score)}  {e.document} ({e.coder}): {e.text}"
                             for e in s.examples)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        return None


class FindingModel(RecordModel):
    """The consistency check: possible misses and possible slips, code by code."""

    context = "FindingModel"
    columns = (QT_TRANSLATE_NOOP("FindingModel", "Finding"),
               QT_TRANSLATE_NOOP("FindingModel", "Code"),
               QT_TRANSLATE_NOOP("FindingModel", "Score"),
               QT_TRANSLATE_NOOP("FindingModel", "Document"),
               QT_TRANSLATE_NOOP("FindingModel", "Passage"),
               QT_TRANSLATE_NOOP("FindingModel", "Most similar coding"))

    def cell(self, f: Miss | Slip, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(f, Miss):
                kind = QCoreApplication.translate("FindingModel", "possible miss")
                values = (kind, f.code, score_text(f.score), f.document, f.text, f.like.text)
            else:
                kind = QCoreApplication.translate("FindingModel", "possible slip")
                values = (kind, f.code, score_text(f.nearest), f.coding.document,
                          f.coding.text, f.like.text)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return QCoreApplication.translate(
                "FindingModel", "Very similar to a coding of this code, but not coded with it"
            ) if isinstance(f, Miss) else QCoreApplication.translate(
                "FindingModel", "A coding of this code far from all its other codings")
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5):
            return self.cell(f, row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        return None


def place_of(record: object) -> tuple[str, int, int, str | None] | None:
    """Where a row points: ``(document UUID, start, end, coding UUID or None)``."""
    if isinstance(record, Match):
        return record.document_uuid, record.start, record.end, None
    if isinstance(record, Miss):
        return record.document_uuid, record.start, record.end, None
    if isinstance(record, Slip):
        c = record.coding
        return c.document_uuid, c.start, c.end, c.coding_uuid
    if isinstance(record, Suggestion) and record.examples:
        e = record.examples[0]
        return e.document_uuid, e.start, e.end, e.coding_uuid
    return None
