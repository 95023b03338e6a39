"""Analysis → Code Co-occurrence…: which codes occur together (MAXQDA's Code Relations
Browser).

Codes in tree order are the rows and the columns; a cell counts the pairs of codings
of its two codes that share the chosen unit (overlapping text, a paragraph, a speaker
turn, a stretch of N characters), the diagonal each code's codings. The numbers are
the core's (:func:`~qda_app.analysis.cooccurrence.code_cooccurrence`, what ``qda
cooccurrence`` prints). A double-click on a cell lists its pairs below the matrix (a
double-click on a pair opens it in the transcript); on the diagonal it lists the
code's codings in the Retrieved Segments panel. The window follows the project: after
a change it counts again (once it is visible).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis.cooccurrence import CooccurrenceQuery, code_cooccurrence, cooccurring_pairs
from ...errors import NotFoundError
from ...records import Changes
from ..common.row_tables import list_rows
from ..common.tool_window import add_window_entry, show_window
from ..sets.scope_box import ScopeBox
from ..workbench import Workbench
from .cooccurrence_model import CooccurrenceModel
from .counting_window import CountingWindow
from .heat_table import HeatTable, fit_window
from .pair_model import FIRST, PairModel
from .unit_chooser import UnitChooser

ExportCooccurrence = Callable[[CooccurrenceQuery], object]
"""File → Export → Code Co-occurrence, started from what the window shows."""


def install(bench: Workbench, menu: QMenu, export: ExportCooccurrence) -> QAction:
    """Add Analysis → Code Co-occurrence… to ``menu``; its Export… button calls ``export``."""
    return add_window_entry(
        menu, bench.window, QCoreApplication.translate("MainWindow", "Code &Co-occurrence…"),
        "cooccurrenceAction", lambda: open_cooccurrence(bench, export))


def open_cooccurrence(bench: Workbench, export: ExportCooccurrence) -> CooccurrenceWindow:
    """Show the workbench's co-occurrence window (one per main window), made on first use."""
    return show_window(bench.window, CooccurrenceWindow,
                       lambda: CooccurrenceWindow(bench, export))


class CooccurrenceWindow(CountingWindow):
    def __init__(self, bench: Workbench, export: ExportCooccurrence) -> None:
        super().__init__(bench, "cooccurrenceWindow")
        self.export = export
        self.setWindowTitle(self.tr("Code Co-occurrence – {0}").format(self.project.title))
        self.model = CooccurrenceModel(self)
        self.table = HeatTable(self)
        self.table.setObjectName("cooccurrenceMatrix")
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self._cell_double_clicked)
        self.pairs = PairModel(self.project.codings, self)
        self.pair_table = self._pair_table()
        self.pair_label = QLabel(self.tr("Double-click a cell to list its pairs of codings."),
                                 self)
        self.pair_label.setObjectName("cooccurrencePairLabel")
        self.hint = self.hint_label("cooccurrenceHint")
        self._layout(self._bar())
        bench.events.changed.connect(self._on_change)
        self.recount()
        self.unit.units.setFocus()  # a focused table would mark its first cell as current

    # -- building ---------------------------------------------------------------------------

    def _bar(self) -> QHBoxLayout:
        self.unit = UnitChooser(self)
        self.unit.changed.connect(self.recount)
        self.coder = QComboBox(self)
        self.coder.setObjectName("cooccurrenceCoder")
        self.document = ScopeBox(self.project, self.bench.events, self.bench.activation, self,
                                 with_documents=True)
        self.document.setObjectName("cooccurrenceDocument")
        self._fill_filters()
        self.coder.currentIndexChanged.connect(lambda _i: self.recount())
        self.document.changed.connect(self.recount)
        export = self.export_button("cooccurrenceExportButton",
                                    lambda: self.export(self.query()))
        bar = QHBoxLayout()
        bar.addWidget(self.unit)
        for label, box in ((self.tr("Coder:"), self.coder), (self.tr("Document:"), self.document)):
            bar.addSpacing(12)
            bar.addWidget(QLabel(label, self))
            bar.addWidget(box)
        bar.addStretch(1)
        bar.addWidget(export)
        return bar

    def _pair_table(self) -> QTableView:
        table = list_rows(QTableView(self))
        table.setObjectName("cooccurrencePairs")
        table.setModel(self.pairs)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIRST + 1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 150)
        table.activated.connect(self._pair_activated)
        return table

    def _layout(self, bar: QHBoxLayout) -> None:
        below = QWidget(self)
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.pair_label)
        lower.addWidget(self.pair_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)

    def _fill_filters(self) -> None:
        """The coders to choose from, keeping the one chosen if it is still there (the
        documents box follows the project itself)."""
        for box, everyone, items in (
                (self.coder, self.tr("All coders"),
                 [(c.name, c.name) for c in self.project.coders()]),):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for label, value in items:
                box.addItem(label, value)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)

    # -- counting ---------------------------------------------------------------------------

    def query(self) -> CooccurrenceQuery:
        """What the window counts now."""
        coder, scope = self.coder.currentData(), self.document.scope()
        return CooccurrenceQuery(unit=self.unit.unit(), distance=self.unit.chosen_distance(),
                                 coders=(coder,) if coder else (), documents=scope.documents,
                                 set=scope.set, where=scope.where)

    def count(self) -> None:
        try:
            matrix = code_cooccurrence(self.project, self.query())
        except NotFoundError:  # the coder or document just went: count over all again
            self._fill_filters()
            matrix = code_cooccurrence(self.project, self.query())
        self.model.set_matrix(matrix)
        self.pairs.clear()
        self.pair_label.setText(self.tr("Double-click a cell to list its pairs of codings."))
        self.table.fit_columns()
        self._show_hint()

    def _show_hint(self) -> None:
        text = self.tr(
            "Codes: {0} · pairs of codings: {1}. A cell counts the pairs of codings of its "
            "two codes; the grey diagonal, each code's codings. A darker cell holds more "
            "pairs.").format(len(self.model.codes), self.model.pairs_total())
        if self.unit.unit() == "turn":
            without = [d.name for d in self.project.documents() if not d.speakers]
            if without:
                text += " " + self.tr("{0} documents have no speaker turns: their codings "
                                      "pair with none.").format(len(without))
        self.hint.setText(text)

    def _on_change(self, changes: Changes) -> None:
        if changes.coders or changes.documents:
            self._fill_filters()
        chosen = self.document.scope()
        if (changes.codes or changes.documents or changes.codings or changes.project
                or changes.added or changes.removed
                or ((changes.sets or changes.variables)
                    and (chosen.set is not None or chosen.where is not None))):
            self.recount_soon()

    def fit(self) -> None:
        fit_window(self, self.table, extra_height=200)

    # -- what is behind a cell --------------------------------------------------------------

    def _cell_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.list_pairs(index.row(), index.column())

    def list_pairs(self, row: int, column: int) -> None:
        """List the cell's pairs below the matrix; the diagonal's codings go to the Retrieved
        Segments panel."""
        query = self.query()
        first, second = self.model.codes[row], self.model.codes[column]
        if row == column:
            self.bench.show_segments([first.uuid], query.documents[0] if query.documents
                                     else None, query.coders[0] if query.coders else None)
            self.bench.status(self.tr("Codings of {0}: {1}").format(
                first.path, self.model.count_at(row, column)), 10000)
            return
        try:
            pairs = cooccurring_pairs(self.project, first.uuid, second.uuid, query)
        except NotFoundError:  # a code another program deleted: the recount follows
            return
        self.pairs.set_pairs(first, second, pairs)
        self.pair_table.resizeColumnToContents(3)
        self.pair_label.setText(self.tr("Pairs of codings of {0} and {1}: {2}. Double-click "
                                        "one to open it in the text.").format(
            first.path, second.path, len(self.pairs.pairs)))

    def _pair_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.open_place(*self.pairs.place(index.row(), index.column()))
