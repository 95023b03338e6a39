"""The Search pane (Edit → Find in All Documents, Ctrl+Shift+F): search every document,
list the hits as keyword in context, jump to one, code them all.

The transcript's own Find bar (Ctrl+F) stays for the open document; this pane searches
all documents, or those chosen, through ``Project.search``: the same hits as
``qda search``. A double-click opens the hit in the transcript, selected. "Code All
Hits…" asks for a code and a unit and codes them in one undo step (under the coder's
own name; a team project's reader, who codes nothing, finds it greyed). The hits follow
the project: when documents are added, renamed or removed, the search runs again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import NotFoundError, QdaError
from ...records import Changes
from ...text_search import SearchHit
from ..commands.coding_commands import AddNewCodings
from ..commands.command_base import run
from ..common import rights_hints
from ..common.elided_label import ElidedLabel
from ..common.row_tables import HintTable, list_rows
from ..common.tool_window import show_dock_of
from ..workbench import Workbench
from .autocode_dialog import AutocodeDialog
from .document_choice import DocumentChoice
from .kwic_delegate import KwicDelegate
from .search_model import CONTEXT, DOCUMENT, POSITION, HitRole, SearchModel, SearchProxy

RESEARCH_DELAY_MS = 150
"""Documents changed: search again after this pause (an import of ten files searches once)."""


class SearchPane(QWidget):
    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.bench = bench
        self.query = ""
        """The query the listed hits are of ("" before the first search)."""
        self._autocode: tuple[str | None, str] = (None, "sentence")  # last code and unit
        self.field = QLineEdit(self)
        self.field.setObjectName("searchQuery")
        self.field.setPlaceholderText(self.tr("Search all documents…"))
        self.field.setClearButtonEnabled(True)
        self.whole_words = QCheckBox(self.tr("Whole words"), self)
        self.whole_words.setObjectName("searchWholeWords")
        self.case_sensitive = QCheckBox(self.tr("Match case"), self)
        self.case_sensitive.setObjectName("searchCaseSensitive")
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self.regex.setObjectName("searchRegex")
        self.documents = DocumentChoice(bench.project, bench.current_document, self,
                                        bench.activation)
        search = QPushButton(self.tr("Search"), self)
        search.setObjectName("searchButton")
        self.code_all = QPushButton(self.tr("Code All Hits…"), self)
        self.code_all.setObjectName("autocodeButton")
        self.code_all.setEnabled(False)
        self.summary = ElidedLabel(self, Qt.TextElideMode.ElideRight)
        self.summary.setObjectName("searchSummary")
        self._build_table()
        bar = QHBoxLayout()
        bar.addWidget(self.field, 1)
        bar.addWidget(self.documents)
        bar.addWidget(search)
        options = QHBoxLayout()
        for box in (self.whole_words, self.case_sensitive, self.regex):
            options.addWidget(box)
        options.addStretch(1)
        foot = QHBoxLayout()
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.code_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_again)
        self.field.returnPressed.connect(self.search)
        search.clicked.connect(self.search)
        for box in (self.whole_words, self.case_sensitive, self.regex):
            box.toggled.connect(self.search_again)
        self.documents.changed.connect(self.search_again)
        self.code_all.clicked.connect(self.code_all_hits)
        bench.events.changed.connect(self._on_change)

    def _build_table(self) -> None:
        self.model = SearchModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = HintTable(self)
        self.table.setObjectName("searchTable")
        self.table.placeholder = self.tr(
            "Type a word or phrase above and press Enter: every document is searched "
            "(case ignored; “STRASSE” finds “Straße”). Double-click a hit to open it.")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(CONTEXT, KwicDelegate(self.table))
        list_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order first
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CONTEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DOCUMENT, 180)
        header.resizeSection(POSITION, 70)
        self.table.doubleClicked.connect(self._double_clicked)

    def install(self, menu: QMenu) -> QAction:
        """Add Find in All Documents… (Ctrl+Shift+F) to ``menu``."""
        action = QAction(self.tr("Find in &All Documents…"), self.bench.window)
        action.setObjectName("findAllAction")
        action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: self.open_pane())
        menu.addAction(action)
        return action

    # -- searching --------------------------------------------------------------------------

    def open_pane(self) -> None:
        """Show the pane (and its dock, in front of the docks it shares a place with)."""
        show_dock_of(self)
        self.field.setFocus()
        self.field.selectAll()

    def search(self) -> None:
        """Search for what the field says, with the options and documents chosen."""
        self.query = self.field.text()
        self._run()

    def search_again(self) -> None:
        """The options, the documents chosen or the documents themselves changed."""
        if self.query:
            self._run()

    def _run(self) -> None:
        if not self.query:
            self._show([])
            return
        try:
            hits = self.bench.project.search(
                self.query, self.documents.documents(), self.whole_words.isChecked(),
                self.case_sensitive.isChecked(), self.regex.isChecked())
        except QdaError as exc:  # a broken pattern: said under the table, nothing listed
            self._show([], str(exc))
            return
        self._show(hits)

    def _show(self, hits: list[SearchHit], error: str | None = None) -> None:
        self.model.set_hits(hits)
        rights_hints.allow(self.code_all, self.bench.rights.can_code, rights_hints.reader(),
                           bool(hits))
        if error is not None:
            self.summary.setText(error)
        elif not self.query:
            self.summary.setText("")
        else:
            self.summary.setText(self.tr("Hits of “{0}”: {1} · documents: {2}").format(
                self.query, len(hits), self.model.documents()))

    def hits(self) -> list[SearchHit]:
        """The hits listed, in the core's order (not the table's sorting)."""
        return list(self.model.hits)

    def _on_change(self, changes: Changes) -> None:
        if changes.documents or changes.project:
            self.documents.reload()
            if self.query:
                self._timer.start()
        elif (changes.sets or changes.variables) and self.documents.scope is not None:
            self.documents.reload()  # a set renamed or deleted
            if self.query:
                self._timer.start()  # the set's documents, or a condition's, changed

    # -- opening and coding -----------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, SearchHit):
            self.open_hit(hit)

    def open_hit(self, hit: SearchHit) -> None:
        """Show the hit in the transcript, selected."""
        try:
            self.bench.show_place(hit.document_uuid, hit.start, hit.end)
        except NotFoundError:
            self.bench.events.gone(self.tr("The document of this hit no longer exists "
                                           "(another program may have deleted it)."))

    def code_all_hits(self) -> bool:
        """Ask for a code and a unit, then code every listed hit (one undo step)."""
        hits = self.hits()
        if not hits:
            return False
        code, unit = self._autocode
        plan = AutocodeDialog.ask(self.bench.window, self.bench.project, hits, self.query,
                                  code, unit)
        if plan is None:
            return False
        self._autocode = (plan.code_uuid, plan.unit)
        command = AddNewCodings(self.bench.project, plan.specs, self.tr(
            "Code all hits of “{0}” with “{1}”").format(self.query, plan.code_path))
        if not run(self.bench.undo_stack, command, self.bench.window):
            return False
        self.bench.status(self.tr("Coded with “{0}”: new codings: {1}, already there: {2}.")
                          .format(plan.code_path, len(command.added), command.existing or 0))
        return True
