"""Analysis → Crosstab…: codes × the values of a document variable (or × sets, × speakers).

The numbers are the core's (:func:`~qda_app.analysis.crosstab.crosstab`, what ``qda
crosstab`` prints): per code and column its codings, or the documents of the column with
at least one; each column's heading says how many documents it has. A numeric variable
takes a column per value, or as many ranges of equal width as asked. The window follows
the project (once it is visible): codings, variables, sets and documents changed here or
elsewhere are counted again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from ...analysis.crosstab import CrosstabQuery, crosstab
from ...errors import QdaError
from ...records import Changes
from ..common.tool_window import add_window_entry, show_window
from ..sets.scope_box import ScopeBox
from ..workbench import Workbench
from .counting_window import CountingWindow
from .crosstab_model import CrosstabModel
from .heat_table import HeatTable, fit_window

ExportCrosstab = Callable[[CrosstabQuery], object]
SETS, SPEAKERS = "\x00sets", "\x00speakers"


def install(bench: Workbench, menu: QMenu, export: ExportCrosstab) -> QAction:
    return add_window_entry(menu, bench.window,
                            QCoreApplication.translate("MainWindow", "C&rosstab…"),
                            "crosstabAction", lambda: open_crosstab(bench, export))


def open_crosstab(bench: Workbench, export: ExportCrosstab) -> CrosstabWindow:
    return show_window(bench.window, CrosstabWindow, lambda: CrosstabWindow(bench, export))


class CrosstabWindow(CountingWindow):
    def __init__(self, bench: Workbench, export: ExportCrosstab) -> None:
        super().__init__(bench, "crosstabWindow")
        self.export = export
        self.setWindowTitle(self.tr("Crosstab – {0}").format(self.project.title))
        self.model = CrosstabModel(self)
        self.table = HeatTable(self)
        self.table.setObjectName("crosstabTable")
        self.table.setModel(self.model)
        self.hint = self.hint_label("crosstabHint")
        layout = QVBoxLayout(self)
        layout.addLayout(self._columns_bar())
        layout.addLayout(self._count_bar())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        bench.events.changed.connect(self._on_change)
        self.recount()

    def _columns_bar(self) -> QHBoxLayout:
        self.columns = QComboBox(self)
        self.columns.setObjectName("crosstabColumns")
        self._fill_columns()
        self.columns.currentIndexChanged.connect(lambda _i: self.recount())
        self.bins = QSpinBox(self)
        self.bins.setObjectName("crosstabBins")
        self.bins.setRange(0, 50)
        self.bins.setSpecialValueText(self.tr("each value"))
        self.bins.setToolTip(self.tr("Numbers: a column per value, or this many ranges of "
                                     "equal width"))
        self.bins.valueChanged.connect(lambda _v: self.recount())
        self.documents = ScopeBox(self.project, self.bench.events, self.bench.activation, self)
        self.documents.setObjectName("crosstabDocuments")
        self.documents.changed.connect(self.recount)
        export = self.export_button("crosstabExportButton", lambda: self.export(self.query()))
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Columns:"), self.columns),
                              (self.tr("Ranges:"), self.bins),
                              (self.tr("Documents:"), self.documents)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(export)
        return bar

    def _count_bar(self) -> QHBoxLayout:
        self.count_codings = QRadioButton(self.tr("Codings"), self)
        self.count_codings.setObjectName("crosstabCodings")
        self.count_codings.setChecked(True)
        self.count_documents = QRadioButton(self.tr("Documents with codings"), self)
        self.count_documents.setObjectName("crosstabDocumentCounts")
        group = QButtonGroup(self)
        group.addButton(self.count_codings)
        group.addButton(self.count_documents)
        self.count_documents.toggled.connect(lambda _c: self._show())
        self.subcodes = QCheckBox(self.tr("Count subcodes in their parent"), self)
        self.subcodes.setObjectName("crosstabSubcodes")
        self.subcodes.toggled.connect(lambda _c: self.recount())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cells:"), self))
        bar.addWidget(self.count_codings)
        bar.addWidget(self.count_documents)
        bar.addSpacing(16)
        bar.addWidget(self.subcodes)
        bar.addStretch(1)
        return bar

    def _fill_columns(self) -> None:
        chosen = self.columns.currentData()
        self.columns.blockSignals(True)
        self.columns.clear()
        for variable in self.project.variables():
            self.columns.addItem(self.tr("Variable: {0}").format(variable.name), variable.uuid)
        self.columns.addItem(self.tr("Sets"), SETS)
        self.columns.addItem(self.tr("Speakers"), SPEAKERS)
        self.columns.setCurrentIndex(max(self.columns.findData(chosen), 0))
        self.columns.blockSignals(False)

    # -- counting ---------------------------------------------------------------------------

    def query(self) -> CrosstabQuery:
        key = self.columns.currentData()
        scope = self.documents.scope()
        by = "sets" if key == SETS else "speakers" if key == SPEAKERS else "variable"
        numeric = by == "variable" and self._variable_type(key) in ("integer", "decimal")
        return CrosstabQuery(by=by, variable=key if by == "variable" else None,
                             bins=self.bins.value() if numeric else 0,
                             include_subcodes=self.subcodes.isChecked(),
                             documents=scope.documents, set=scope.set, where=scope.where)

    def _variable_type(self, uuid: object) -> str | None:
        return next((v.type for v in self.project.variables() if v.uuid == uuid), None)

    def count(self) -> None:
        self.bins.setEnabled(self._variable_type(self.columns.currentData())
                             in ("integer", "decimal"))
        try:
            self.counted = crosstab(self.project, self.query())
        except QdaError:  # the variable or set just went: choose again from what is there
            self._fill_columns()
            self.counted = crosstab(self.project, self.query())
        self._show()

    def _show(self) -> None:
        counting = "documents" if self.count_documents.isChecked() else "codings"
        self.model.set_crosstab(self.counted, counting)
        self.table.fit_columns(most=140)
        total = sum(sum(row) for row in self.counted.codings) if not \
            self.counted.query.include_subcodes else None
        documents = len(self.project.documents_for(
            documents=list(self.counted.query.documents) or None, set=self.counted.query.set,
            where=self.counted.query.where))
        text = self.tr("Codes: {0} · columns: {1} · documents: {2}. Each column's heading "
                       "says how many documents it has; a darker cell holds more.").format(
            len(self.counted.codes), len(self.counted.columns), documents)
        if total is not None and self.counted.query.by != "sets":
            text += " " + self.tr("Codings counted: {0}.").format(total)
        self.hint.setText(text)

    def _on_change(self, changes: Changes) -> None:
        if changes.variables:
            self._fill_columns()
        if (changes.codes or changes.documents or changes.codings or changes.project
                or changes.variables or changes.sets or changes.added or changes.removed):
            self.recount_soon()

    def fit(self) -> None:
        fit_window(self, self.table, extra_height=40)
