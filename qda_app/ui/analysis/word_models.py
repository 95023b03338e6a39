"""The word table (word, count, % of words, documents) and the concordance under it, as Qt
table models."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from ...analysis.concordance import Occurrence
from ...analysis.words import WordCount
from .heat_table import Index

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a column sorts by: the word case-folded, the numbers as numbers."""
WORD_COLUMNS = (QT_TRANSLATE_NOOP("WordModel", "Word"), QT_TRANSLATE_NOOP("WordModel", "Count"),
                QT_TRANSLATE_NOOP("WordModel", "% of words"),
                QT_TRANSLATE_NOOP("WordModel", "Documents"))
KWIC_COLUMNS = (QT_TRANSLATE_NOOP("KwicModel", "Document"),
                QT_TRANSLATE_NOOP("KwicModel", "Before"), QT_TRANSLATE_NOOP("KwicModel", "Word"),
                QT_TRANSLATE_NOOP("KwicModel", "After"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class WordModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: tuple[WordCount, ...] = ()

    def set_words(self, words: Sequence[WordCount]) -> None:
        self.beginResetModel()  # another count: another list
        self.words = tuple(words)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.words)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WORD_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(WORD_COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        w = self.words[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (w.word, str(w.count), QLocale().toString(w.percent, "f", 2),  # 0,95
                    str(w.documents))[column]
        if role == SORT_ROLE:
            return (w.word.casefold(), w.count, w.percent, w.documents)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column == 0 else RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and len(w.forms) > 1:
            return self.tr("Counted together: {0}").format(", ".join(sorted(w.forms)))
        return None


class KwicModel(QAbstractTableModel):
    """Each place a word occurs: the document, the text before it, the word, the text after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: tuple[Occurrence, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_places(self, places: Sequence[Occurrence]) -> None:
        self.beginResetModel()
        self.places = tuple(places)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.places)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KWIC_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(KWIC_COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.places[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.document, p.before, p.word, p.after)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == 1 else LEFT
        if role == Qt.ItemDataRole.FontRole and column == 2:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{p.document} · {p.start}–{p.end}\n{p.before}{p.word}{p.after}"
        return None
