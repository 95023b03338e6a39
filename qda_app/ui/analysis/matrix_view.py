"""Analysis → Code Matrix…: codes × documents (or × speakers), cells shaded by count.

MAXQDA users know this as the code matrix browser: which code turns up how
often in which interview, at a glance. Switched to speakers, the columns are
the speakers across the documents, which is what focus-group researchers ask:
who raises which topic. The numbers come from the core's
:func:`~qda_app.exporters.matrix.code_matrix` (the same as ``qda export
matrix``); a double-click on a cell lists its codings in the Retrieved Segments
panel. The window follows the project: a coding made or removed changes its
cell at once, other changes recount (once the window is visible again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from ...exporters.matrix import code_matrix
from ...records import Changes
from ..common.tool_window import add_window_entry, show_window
from ..sets.scope_box import ScopeBox
from ..workbench import Workbench
from .counting_window import CountingWindow
from .heat_table import fit_window
from .matrix_model import CodeMatrixModel

ExportMatrix = Callable[..., object]
"""File → Export → Code Matrix, asked with the window's columns preset: by document or
speaker, one column per coder or not (positional), and the documents as keywords
(``documents``, ``set``, ``where``)."""


def install(bench: Workbench, menu: QMenu, export: ExportMatrix) -> QAction:
    """Add Analysis → Code Matrix… to ``menu``; the window's Export… button calls ``export``."""
    action = add_window_entry(menu, bench.window,
                              QCoreApplication.translate("MainWindow", "Code &Matrix…"),
                              "codeMatrixAction", lambda: open_matrix(bench, export))
    action.setShortcut("Ctrl+Shift+X")
    return action


def open_matrix(bench: Workbench, export: ExportMatrix) -> CodeMatrixWindow:
    """Show the workbench's code matrix (one per main window), made on first use."""
    return show_window(bench.window, CodeMatrixWindow, lambda: CodeMatrixWindow(bench, export))


class CodeMatrixWindow(CountingWindow):
    """A non-modal window beside the workbench: the matrix, "per coder", export. A coding
    made or removed patches its cell at once; other changes are counted again."""

    def __init__(self, bench: Workbench, export_matrix: ExportMatrix) -> None:
        super().__init__(bench, "codeMatrixWindow")
        self.export_matrix = export_matrix
        self.setWindowTitle(self.tr("Code Matrix – {0}").format(bench.project.title))
        self.model = CodeMatrixModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("codeMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(True)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(rows.fontMetrics().height() + 8)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultSectionSize(110)
        self.table.doubleClicked.connect(self._double_clicked)
        self.by_document = QRadioButton(self.tr("Documents"), self)
        self.by_document.setObjectName("matrixByDocument")
        self.by_document.setChecked(True)
        self.by_speaker = QRadioButton(self.tr("Speakers"), self)
        self.by_speaker.setObjectName("matrixBySpeaker")
        self.by_speaker.setToolTip(self.tr(
            "A column per speaker across the documents: the codings that start in the "
            "speaker's turns. Codings outside every turn make a column \"(no speaker)\"."))
        switch = QButtonGroup(self)
        switch.addButton(self.by_document)
        switch.addButton(self.by_speaker)
        self.by_speaker.toggled.connect(self._columns_changed)
        self.by_coder = QCheckBox(self.tr("One column per coder"), self)
        self.by_coder.setObjectName("matrixByCoder")
        self.by_coder.toggled.connect(self._columns_changed)
        export = self.export_button("matrixExportButton", self._export)
        self.hint = self.hint_label("matrixHint", wrap=False)
        self.scope = ScopeBox(bench.project, bench.events, bench.activation, self)
        self.scope.setObjectName("matrixDocuments")
        self.scope.changed.connect(self._columns_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Columns:"), self))
        bar.addWidget(self.by_document)
        bar.addWidget(self.by_speaker)
        bar.addSpacing(16)
        bar.addWidget(self.by_coder)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Documents:"), self))
        bar.addWidget(self.scope)
        bar.addStretch(1)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        bench.events.changed.connect(self._on_change)
        self.recount()
        self.by_coder.setFocus()  # a focused table would mark its first cell as current

    # -- counting ---------------------------------------------------------------------------

    @property
    def by(self) -> str:
        """What a column stands for: ``"document"`` or ``"speaker"``."""
        return "speaker" if self.by_speaker.isChecked() else "document"

    def count(self) -> None:
        scope = self.scope.scope()
        matrix = code_matrix(self.bench.project, by=self.by, by_coder=self.by_coder.isChecked(),
                             documents=list(scope.documents) or None, set=scope.set,
                             where=scope.where)
        self.model.set_matrix(matrix)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 64), 220))
        self._show_hint()

    def _columns_changed(self) -> None:
        self.recount()
        if self.isVisible():
            self.fit(grow_only=True)  # room for the new columns, if the screen has it

    def _show_hint(self) -> None:
        m = self.model
        if m.by_speaker():
            text = self.tr("Codings: {0} · codes: {1} · speakers: {2}. A darker cell holds "
                           "more codings; double-click a cell to list its segments.")
        else:
            text = self.tr("Codings: {0} · codes: {1} · documents: {2}. A darker cell holds "
                           "more codings; double-click a cell to list its segments.")
        self.hint.setText(text.format(m.grand_total(), len(m.codes), m.groups()))

    def _on_change(self, changes: Changes) -> None:
        scoped = not self.scope.scope().everything
        structural = (changes.codes or changes.documents or changes.project
                      or (changes.coders and self.model.by_coder)
                      or (scoped and (changes.sets or changes.variables)))
        # a coding in a document outside the set must not count in a speaker's column
        patchable = not structural and not scoped and bool(changes.added or changes.removed)
        if patchable and self.model.patch(changes.added, changes.removed):
            self._show_hint()
            return
        if structural or changes.codings or changes.added or changes.removed:
            self.recount_soon()

    def fit(self, grow_only: bool = False) -> None:
        """As large as the table needs, within most of the screen."""
        fit_window(self, self.table, least=(480, 320), most_height=0.8, grow_only=grow_only)

    # -- listing a cell's segments ----------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.list_segments(index.row(), index.column())

    def list_segments(self, row: int, column: int) -> None:
        """Activate the cell's code(s) and show its codings in the Retrieved Segments panel."""
        cell = self.model.cell_filter(row, column)
        self.bench.show_segments(cell.codes, cell.document, cell.coder, cell.speaker)
        self.bench.status(self.tr("{0} segments: {1}").format(
            self.model.count_at(row, column), self.model.cell_label(row, column)), 10000)

    def _export(self) -> None:
        scope = self.scope.scope()
        self.export_matrix(self.by, self.by_coder.isChecked(), documents=scope.documents,
                           set=scope.set, where=scope.where)
