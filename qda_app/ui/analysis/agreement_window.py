"""Analysis → Intercoder Agreement…: choose coders, documents and codes; read the tables.

A non-modal window beside the workbench. The tables come from
:meth:`Project.agreement` (the numbers ``qda agreement`` prints); the
disagreement list sits below them (beside them its text column had no room),
and a double-click opens a place in the transcript of the main window.
Choosing a code's row in a table narrows the list to that code's places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import QdaError
from ...records import Changes
from ..common.error_box import show_error
from ..common.tool_window import add_window_entry, show_window
from ..workbench import Workbench
from .agreement_choices import ChoicesPanel
from .agreement_files import AgreementFiles
from .agreement_tables import (
    CODE_ROLE,
    DisagreementModel,
    ElideLeftDelegate,
    PlaceFilter,
    StatisticsModel,
    results_table,
)

if TYPE_CHECKING:
    from ...team.agreement import AgreementResult
    from ...team.disagreements import Disagreement

LEVELS = ("segment", "character", "presence", "alpha")
STALE_STYLE = "color: #9a5b00;"


class AgreementWindow(QWidget):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window, Qt.WindowType.Window)
        self.setObjectName("agreementWindow")
        self.bench = bench
        self.project = bench.project
        self.result: AgreementResult | None = None
        self.stale = False
        self._choices_dirty = False  # the project changed while the window was hidden
        self.setWindowTitle(self.tr("Intercoder Agreement – {0}").format(self.project.title))
        self.files = AgreementFiles(self, bench.settings.qs, self.project.path,
                                    self.project.short_name)
        self._build()
        self.choices.computeRequested.connect(self.compute)
        self.choices.changed.connect(self._mark_stale)
        self.files.status.connect(self.export_status.setText)
        bench.events.changed.connect(self._on_project_change)
        bench.window.installEventFilter(self)  # close with the workbench (its project closes)
        self.resize(1400, 880)
        self._show(None)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.choices = ChoicesPanel(self.project, self, self.bench.activation)
        self.summary = QLabel(self)
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("agreementNotes")
        self.notes.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")
        self.models: dict[str, StatisticsModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.captions: dict[str, QLabel] = {}
        titles = {"segment": self.tr("Segment (MAXQDA)"),
                  "character": self.tr("Character (NVivo)"),
                  "presence": self.tr("Code presence"), "alpha": self.tr("Krippendorff's α")}
        for key in LEVELS:
            self.tabs.addTab(self._level_page(key), titles[key])
        stats = QWidget(self)
        column = QVBoxLayout(stats)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.notes)
        column.addWidget(self.tabs, 1)
        # the statistics above the disagreement list: both tables get the full width, which
        # the list (text and one column per coder) needs to be readable
        results = QSplitter(Qt.Orientation.Vertical, self)
        results.addWidget(stats)
        results.addWidget(self._disagreement_pane())
        results.setSizes([470, 330])
        results.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.choices)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 1130])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._export_bar())

    def _level_page(self, key: str) -> QWidget:
        page = QWidget(self)
        caption = QLabel(page)
        caption.setWordWrap(True)
        caption.setContentsMargins(2, 4, 2, 4)
        model = StatisticsModel(key, self)
        table = results_table(page, f"{key}Table")
        table.setTextElideMode(Qt.TextElideMode.ElideLeft)  # a code path's end names the code
        table.setModel(model)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._filter_by(current))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(caption)
        layout.addWidget(table, 1)
        self.models[key], self.tables[key], self.captions[key] = model, table, caption
        return page

    def _disagreement_pane(self) -> QWidget:
        pane = QWidget(self)
        self.places = DisagreementModel(self)
        self.proxy = PlaceFilter(self)
        self.proxy.setSourceModel(self.places)
        self.place_table = results_table(pane, "disagreementTable")
        self.place_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.place_table.setItemDelegateForColumn(DisagreementModel.CODE,
                                                  ElideLeftDelegate(self.place_table))
        self.place_table.setModel(self.proxy)
        # column widths from the first rows: measuring 20,000 places takes half a second
        self.place_table.horizontalHeader().setResizeContentsPrecision(200)
        self.place_table.setSortingEnabled(True)
        self.place_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # core order: by place
        self.place_table.setToolTip(self.tr("Double-click a place to open it in the text"))
        self.place_table.doubleClicked.connect(self.open_place)
        self.place_table.installEventFilter(self)  # Enter opens a place, like a double-click
        self.place_header = QLabel(self)
        self.place_header.setObjectName("disagreementHeader")
        self.show_all = QPushButton(self.tr("Show All Codes"), self)
        self.show_all.setObjectName("showAllPlaces")
        self.show_all.clicked.connect(lambda: self._filter_by(QModelIndex()))
        top = QHBoxLayout()
        top.addWidget(self.place_header, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 6, 4, 0)
        layout.addLayout(top)
        layout.addWidget(self.place_table, 1)
        return pane

    def _export_bar(self) -> QHBoxLayout:
        self.export_status = QLabel(self)
        self.export_status.setObjectName("exportStatus")
        self.export_buttons = []
        bar = QHBoxLayout()
        bar.addWidget(self.export_status, 1)
        for name, label, slot in (
                ("exportDocxButton", self.tr("Export to Word…"), self.files.export_docx),
                ("exportPlacesCsvButton", self.tr("Disagreements as CSV…"),
                 self.files.export_disagreements_csv),
                ("exportStatisticsCsvButton", self.tr("Statistics as CSV…"),
                 self.files.export_statistics_csv)):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: self.result and s(self.result))
            bar.addWidget(button)
            self.export_buttons.append(button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bar.addSpacing(12)
        bar.addWidget(close)
        return bar

    # -- computing ---------------------------------------------------------------------------

    def compute(self) -> AgreementResult | None:
        c = self.choices.choices()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from ...team.agreement_input import measure_agreement

            result = measure_agreement(self.project, c.coders, c.documents, c.codes, c.overlap)
        except Exception as exc:  # QdaError: one line; anything else is logged
            QApplication.restoreOverrideCursor()
            show_error(self, exc, self.tr("Intercoder Agreement"))
            return None
        QApplication.restoreOverrideCursor()
        self._show(result)
        return result

    def _show(self, result: AgreementResult | None) -> None:
        self.result, self.stale = result, False
        for key in LEVELS:
            self.models[key].show_result(result)
            self._size_columns(self.tables[key])
        self.places.show_result(result)
        self.proxy.set_code(None)
        self._size_place_columns()
        for button in self.export_buttons:
            button.setEnabled(result is not None)
        self.export_status.clear()
        self._show_texts()

    def _show_texts(self) -> None:
        r = self.result
        if r is None:
            self.summary.setText(self.tr("Choose coders, documents and codes, then press "
                                         "Compute."))
            self.notes.hide()
            for caption in self.captions.values():
                caption.clear()
            self._update_place_header()
            return
        a, b = r.pair
        overlap = f"{r.overlap:g}"
        k = len(r.codes)
        docs = (self.tr("1 document") if len(r.documents) == 1
                else self.tr("{0} documents").format(len(r.documents)))
        codes = self.tr("1 code") if k == 1 else self.tr("{0} codes").format(k)
        self.summary.setText(self.tr("{0} · {1} · {2} · overlap {3} %").format(
            ", ".join(r.coders), docs, codes, overlap))
        self.summary.setStyleSheet("")
        self.notes.setText("\n".join(r.notes))
        self.notes.setVisible(bool(r.notes))
        self.captions["segment"].setText(self.tr(
            "Codings of {0} and {1}, per code: a coding agrees when one by the other coder "
            "overlaps it by at least {2} % of both together. κ after Brennan & Prediger, "
            "chance agreement 1/{3} ({3} codes).").format(a, b, overlap, k))
        self.captions["character"].setText(self.tr(
            "Every character of the chosen documents, per code: coded by both, one or neither "
            "of {0} and {1}. κ after Cohen.").format(a, b))
        self.captions["presence"].setText(self.tr(
            "Per document and code: did {0} and {1} use the code anywhere in the document? "
            "κ after Cohen.").format(a, b))
        self.captions["alpha"].setText(self.tr(
            "Krippendorff's α (nominal) over the characters of the chosen documents, per code; "
            "coders: {0}.").format(", ".join(r.coders)))
        self._update_place_header()

    def _size_columns(self, table: QTableView) -> None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        if table.model().columnCount() == 0:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, table.model().columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _size_place_columns(self) -> None:
        header = self.place_table.horizontalHeader()
        header.setStretchLastSection(False)
        if self.places.columnCount() == 0:
            return
        for col in range(self.places.columnCount()):
            stretch = col == DisagreementModel.TEXT
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if stretch
                                        else QHeaderView.ResizeMode.Interactive)
            if not stretch:
                self.place_table.resizeColumnToContents(col)
                cap = {0: 170, DisagreementModel.CODE: 210}.get(col, 230)
                header.resizeSection(col, max(80, min(header.sectionSize(col) + 12, cap)))

    # -- the disagreement list ---------------------------------------------------------------

    def _filter_by(self, index: QModelIndex) -> None:
        uuid = index.data(CODE_ROLE) if index.isValid() else None
        self.proxy.set_code(uuid)
        if uuid is None and not index.isValid():
            for table in self.tables.values():
                table.selectionModel().clear()
        self._update_place_header()

    def _update_place_header(self) -> None:
        total = self.places.rowCount()
        shown = self.proxy.rowCount()
        code = next((c.path for c in self.result.codes if c.uuid == self.proxy.code_uuid),
                    None) if self.result and self.proxy.code_uuid else None
        if self.result is None:
            text = self.tr("Disagreements")
        elif code is None:
            text = self.tr("Disagreements: {0} places").format(total)
        else:
            text = self.tr("Disagreements in “{0}”: {1} of {2} places").format(
                code, shown, total)
        self.place_header.setText(text)
        self.show_all.setVisible(code is not None)

    def place_at(self, index: QModelIndex) -> Disagreement | None:
        if not index.isValid():
            return None
        return self.places.places[self.proxy.mapToSource(index).row()]

    def open_place(self, index: QModelIndex) -> None:
        """Show the place's document in the main window and select the place's text."""
        place = self.place_at(index)
        if place is None:
            return
        try:
            self.bench.show_place(place.document_uuid, place.start, place.end)
        except QdaError as exc:  # deleted since the computation (perhaps by another program)
            self.bench.events.catch_up()
            show_error(self, exc)
            return
        self.bench.window.raise_()  # the workbench comes up, the text focused in it
        self.bench.window.activateWindow()

    # -- keeping up with the project ---------------------------------------------------------

    def _on_project_change(self, changes: Changes) -> None:
        if changes.coders or changes.documents or changes.codes:
            # filling reads every coding: a closed (hidden) window waits until it is shown,
            # or each autosave of a code memo in the workbench would pay for it
            if self.isVisible():
                self.choices.fill()
            else:
                self._choices_dirty = True
        if changes.codings or changes.codes or changes.documents or changes.coders:
            self._mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        if self._choices_dirty:
            self._choices_dirty = False
            self.choices.fill()
        super().showEvent(event)

    def _mark_stale(self) -> None:
        if self.result is None or self.stale:
            return
        self.stale = True
        self.summary.setText(self.tr("The choices or the project changed since these results "
                                     "were computed: press Compute to update them."))
        self.summary.setStyleSheet(STALE_STYLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bench.window and event.type() == QEvent.Type.Close:
            self.close()
        elif (watched is self.place_table and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent)
              and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_place(self.place_table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        super().closeEvent(event)


def open_agreement(bench: Workbench) -> AgreementWindow:
    """Show the window (one per workbench); the first time, compute the defaults."""
    def make() -> AgreementWindow:
        window = AgreementWindow(bench)
        if window.choices.compute.isEnabled():
            window.compute()
        return window

    return show_window(bench.window, AgreementWindow, make, "agreementWindow")


def install(bench: Workbench, menu: QMenu) -> QAction:
    """Add Analysis → Intercoder Agreement… to ``menu``."""
    action = add_window_entry(
        menu, bench.window, QCoreApplication.translate("MainWindow", "Intercoder &Agreement…"),
        "agreementAction", lambda: open_agreement(bench))
    action.setStatusTip(QCoreApplication.translate(
        "MainWindow", "Compare coders: agreement tables and the places where they differ"))
    return action
