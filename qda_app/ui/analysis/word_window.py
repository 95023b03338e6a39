"""Analysis → Word Frequencies…: the words of the documents or of a code's segments.

The table (word, count, % of words, documents) comes from the core
(:func:`~qda_app.analysis.words.word_frequencies`, what ``qda words`` prints): words
compared case-folded, the project's stop list left out, optionally counted by lemma.
Choosing a word lists every place it occurs, in context, below the table; a
double-click there opens the place in the transcript. A word's context menu adds it
to the stop list. The window follows the project: new documents or codings are
counted again (once it is visible).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis.concordance import concordance
from ...analysis.words import TextScope, WordCount, WordQuery, word_frequencies
from ...errors import NotFoundError
from ...records import Changes
from ..common.row_tables import list_rows
from ..common.tool_window import add_window_entry, show_window
from ..sets.scope_box import ScopeBox
from ..workbench import Workbench
from .agreement_tables import ElideLeftDelegate
from .counting_window import CountingWindow
from .stop_list import StopListDialog, StopListStore
from .word_models import SORT_ROLE, KwicModel, WordModel

ExportWords = Callable[[WordQuery], object]
"""File → Export → Word Frequencies, started from what the window shows."""
INDENT = "    "


def install(bench: Workbench, menu: QMenu, export: ExportWords) -> QAction:
    """Add Analysis → Word Frequencies… to ``menu``; its Export… button calls ``export``."""
    return add_window_entry(
        menu, bench.window, QCoreApplication.translate("MainWindow", "&Word Frequencies…"),
        "wordFrequencyAction", lambda: open_word_frequencies(bench, export))


def open_word_frequencies(bench: Workbench, export: ExportWords) -> WordFrequencyWindow:
    """Show the workbench's word frequency window (one per main window), made on first use."""
    return show_window(bench.window, WordFrequencyWindow,
                       lambda: WordFrequencyWindow(bench, export))


def _table(parent: QWidget, name: str) -> QTableView:
    table = list_rows(QTableView(parent))
    table.setObjectName(name)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    return table


class WordFrequencyWindow(CountingWindow):
    def __init__(self, bench: Workbench, export: ExportWords) -> None:
        super().__init__(bench, "wordFrequencyWindow")
        self.export = export
        self.store = StopListStore(bench.settings, bench.project_uuid)
        self.setWindowTitle(self.tr("Word Frequencies – {0}").format(self.project.title))
        self.model = WordModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.kwic = KwicModel(self)
        self.table, self.kwic_table = self._tables()
        self.hint = self.hint_label("wordHint")
        self.kwic_label = QLabel(self.tr("Choose a word to see where it occurs."), self)
        self._layout(self._text_bar(), self._count_bar())
        bench.events.changed.connect(self._on_change)
        self.resize(760, 680)
        self.recount()
        self.filter.setFocus()  # type to filter; a focused table would choose its first word

    # -- building ---------------------------------------------------------------------------

    def _text_bar(self) -> QHBoxLayout:
        self.document = ScopeBox(self.project, self.bench.events, self.bench.activation, self,
                                 with_documents=True)
        self.document.setObjectName("wordDocument")
        self.code = QComboBox(self)
        self.code.setObjectName("wordCode")
        self.code.setToolTip(self.tr("Count the words of this code's segments (with its "
                                     "subcodes') only"))
        self._fill_codes()
        self.document.changed.connect(self.recount)
        self.code.currentIndexChanged.connect(lambda _i: self.recount())
        export = self.export_button("wordExportButton", lambda: self.export(self.query()))
        bar = QHBoxLayout()
        for label, box in ((self.tr("Documents:"), self.document),
                           (self.tr("Text:"), self.code)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(box, 1)
        bar.addWidget(export)
        return bar

    def _count_bar(self) -> QHBoxLayout:
        self.lemma = QCheckBox(self.tr("Lemmas"), self)
        self.lemma.setObjectName("wordLemma")
        self.lemma.setToolTip(self.tr("Count the forms of a word together under its lemma "
                                      "(Kinder, Kindern: Kind)"))
        self.language = QComboBox(self)
        self.language.setObjectName("wordLanguage")
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.stop = QCheckBox(self.tr("Leave out stop words"), self)
        self.stop.setObjectName("wordStopWords")
        self.stop.setChecked(True)
        stop_list = QPushButton(self.tr("Stop List…"), self)
        stop_list.setObjectName("wordStopListButton")
        stop_list.clicked.connect(self.edit_stop_list)
        self.numbers = QCheckBox(self.tr("Numbers"), self)
        self.numbers.setObjectName("wordNumbers")
        self.min_count = QSpinBox(self)
        self.min_count.setObjectName("wordMinCount")
        self.min_count.setRange(1, 1_000_000)
        self.min_count.setPrefix(self.tr("at least "))
        self.min_count.setSuffix(self.tr("×"))
        self.filter = QLineEdit(self)
        self.filter.setObjectName("wordFilter")
        self.filter.setPlaceholderText(self.tr("Filter words"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        for box in (self.lemma, self.stop, self.numbers):
            box.toggled.connect(lambda _on: self.recount())
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.min_count.valueChanged.connect(lambda _n: self.recount())
        bar = QHBoxLayout()
        for widget in (self.lemma, self.language, self.stop, stop_list, self.numbers,
                       self.min_count):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.filter)
        return bar

    def _tables(self) -> tuple[QTableView, QTableView]:
        table = _table(self, "wordTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # wide enough for the header: sizing to 10,000 rows is slow
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, header.sectionSizeFromContents(column).width() + 12)
        table.selectionModel().currentRowChanged.connect(self._word_chosen)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        kwic = _table(self, "wordKwic")
        kwic.setModel(self.kwic)
        header = kwic.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 140)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        kwic.setItemDelegateForColumn(1, ElideLeftDelegate(kwic))  # "before" keeps its end
        kwic.activated.connect(self._place_activated)
        return table, kwic

    def _layout(self, text_bar: QHBoxLayout, count_bar: QHBoxLayout) -> None:
        below = QWidget(self)
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.kwic_label)
        lower.addWidget(self.kwic_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(text_bar)
        layout.addLayout(count_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

    def _fill_codes(self) -> None:
        chosen = self.code.currentData()
        self.code.blockSignals(True)
        self.code.clear()
        self.code.addItem(self.tr("All text"), None)
        for code in self.project.codes():
            self.code.addItem(INDENT * code.depth + code.name, code.uuid)
            self.code.setItemData(self.code.count() - 1, code.path, Qt.ItemDataRole.ToolTipRole)
        self.code.setCurrentIndex(max(self.code.findData(chosen), 0))
        self.code.blockSignals(False)

    # -- counting ---------------------------------------------------------------------------

    def query(self) -> WordQuery:
        """What the window counts now."""
        chosen, code = self.document.scope(), self.code.currentData()
        scope = TextScope(documents=chosen.documents, codes=(code,) if code else (),
                          set=chosen.set, where=chosen.where)
        return WordQuery(scope=scope,
                         stop_words=self.store.effective() if self.stop.isChecked()
                         else frozenset(),
                         lemma=self.lemma.isChecked(), language=str(self.language.currentData()),
                         numbers=self.numbers.isChecked(), min_count=self.min_count.value())

    def count(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # lemmas: a second, once
        try:
            try:
                result = word_frequencies(self.project, self.query())
            except NotFoundError:  # the document or code just went: count over all again
                self.document.refill()
                self._fill_codes()
                result = word_frequencies(self.project, self.query())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.counted = result
        self.model.set_words(result.rows)
        self.kwic.set_places(())
        self.kwic_label.setText(self.tr("Choose a word to see where it occurs."))
        self.hint.setText(self.tr(
            "Words: {0} · documents: {1} · different words shown: {2}. % is a word's share "
            "of all words, stop words included.").format(
            result.total_words, result.documents, len(result.rows)))

    def _language_changed(self) -> None:
        if self.lemma.isChecked():
            self.recount()

    def _on_change(self, changes: Changes) -> None:
        if changes.codes:
            self._fill_codes()
        scope = self.query().scope
        coded = scope.coded_only
        chosen = scope.set is not None or scope.where is not None
        if changes.documents or changes.project or (chosen and (
                changes.sets or changes.variables)) or (coded and (
                changes.codes or changes.codings or changes.added or changes.removed)):
            self.recount_soon()

    # -- a word's places, and the stop list ------------------------------------------------

    def word_at(self, row: int) -> WordCount:
        """The word in the table's ``row`` (as sorted and filtered)."""
        return self.model.words[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]

    def _word_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_places(self.word_at(current.row()))

    def show_places(self, word: WordCount) -> None:
        """List every place ``word`` occurs below the table."""
        places = concordance(self.project, word.forms, self.counted.query.scope)
        self.kwic.set_places(places)
        self.kwic_label.setText(self.tr("Places of “{0}”: {1}. Double-click one to open it "
                                        "in the text.").format(word.word, len(places)))

    def _place_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        place = self.kwic.places[index.row()]
        self.open_place(place.document_uuid, place.start, place.end)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.word_menu(index.row()).exec(self.table.viewport().mapToGlobal(pos))

    def word_menu(self, row: int) -> QMenu:
        """The context menu of the word in the table's ``row``."""
        word = self.word_at(row)
        menu = QMenu(self)
        menu.setObjectName("wordMenu")
        add = menu.addAction(self.tr("Add “{0}” to the Stop List").format(word.word))
        add.triggered.connect(lambda _checked=False: self.add_to_stop_list(word))
        return menu

    def add_to_stop_list(self, word: WordCount) -> None:
        """Leave ``word`` (all its forms) out from now on, in this project."""
        self.store.set_words(self.store.effective()
                             | {form.casefold() for form in (word.word, *word.forms)})
        self.stop.setChecked(True)
        self.recount()
        self.bench.status(self.tr("“{0}” is on the stop list now.").format(word.word))

    def edit_stop_list(self) -> None:
        words = StopListDialog.ask(self, self.store.effective())
        if words is not None:
            self.store.set_words(words)
            if self.stop.isChecked():
                self.recount()
