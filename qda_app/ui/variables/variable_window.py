"""Analysis → Document Variables…: a spreadsheet of every document's variables.

One row a document, one column a variable; a double-click (or typing) edits a cell
with an editor for its type, a click ticks a yes/no cell, Delete clears the selected
cells. A column heading sorts; the filter keeps the rows where any cell holds its
text. A heading's context menu adds, renames, retypes and deletes variables. Every
change is one step of Edit → Undo. Import… reads a spreadsheet after a preview, and
Export… writes one (File → Export → Document Variables).

The table follows the project: documents imported or deleted, variables changed by a
script or a second window, show up at once. In a team project the variables are the
lead's (``bench.rights``): for a coder or a reader the table is read-only, its
changes greyed with the reason; filtering, sorting and Export… stay.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...errors import QdaError
from ...importers.variable_import import plan_import
from ...records import Changes
from ...variable_values import TYPES
from ..commands.command_base import ProjectCommand, run
from ..commands.variable_commands import (
    AddVariable,
    DeleteVariable,
    ImportVariables,
    RenameVariable,
    RetypeVariable,
    SetVariableValue,
)
from ..common import rights_hints
from ..common.dialogs import Confirm, RenameDialog
from ..common.error_box import show_error
from ..common.file_dialogs import OpenFileDialog
from ..common.folders import Kind, remember_folder, start_folder
from ..common.tool_window import ToolWindow, add_window_entry, show_window
from ..workbench import Workbench
from .import_preview import ImportPreview
from .variable_delegate import VariableDelegate
from .variable_dialogs import NewVariableDialog
from .variable_model import VariableFilterModel, VariableTableModel, type_label

ExportVariables = Callable[[], object]
"""File → Export → Document Variables."""


def install(bench: Workbench, menu: QMenu, export: ExportVariables) -> QAction:
    return add_window_entry(
        menu, bench.window, QCoreApplication.translate("MainWindow", "Document &Variables…"),
        "variableTableAction", lambda: open_variables(bench, export))


def open_variables(bench: Workbench, export: ExportVariables) -> VariableWindow:
    """Show the workbench's variable table (one per main window), made on first use."""
    return show_window(bench.window, VariableWindow, lambda: VariableWindow(bench, export))


class VariableWindow(ToolWindow):
    def __init__(self, bench: Workbench, export: ExportVariables) -> None:
        super().__init__(bench, "variableTable")
        self.export = export
        self.setWindowTitle(self.tr("Document Variables – {0}").format(self.project.title))
        german = QLocale().language() == QLocale.Language.German
        self.model = VariableTableModel(self._edit, german, self)
        self.proxy = VariableFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("variableTableView")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(VariableDelegate(german, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the document list's order
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)  # 500 rows measured in full cost a second
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._cell_menu)
        self.clear_action = QAction(self.tr("Clear Value"), self.table)
        self.clear_action.setObjectName("variableClearAction")
        self.clear_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete),
                                        QKeySequence(Qt.Key.Key_Backspace)])
        # on the table only: while a cell is edited, Delete deletes a character
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_action.triggered.connect(lambda _c=False: self.clear_selected())
        self.table.addAction(self.clear_action)
        self.hint = self.hint_label("variableHint")
        self._layout(self._bar())
        bench.events.changed.connect(self._on_change)
        self.fit_rights()
        self.reload()

    def fit_rights(self) -> None:
        """Editable for whom may change variables; read-only (with the reason) for the rest."""
        may = self.bench.rights.may_change_project
        self.model.may_edit = may
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed if may
            else QTableView.EditTrigger.NoEditTriggers)
        for entry in (self.add_button, self.import_button, self.clear_action):
            rights_hints.allow(entry, may, rights_hints.variables())

    def _bar(self) -> QHBoxLayout:
        self.filter = QLineEdit(self)
        self.filter.setObjectName("variableFilter")
        self.filter.setPlaceholderText(self.tr("Filter: documents and values containing…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        buttons = []
        for text, name, slot in ((self.tr("New Variable…"), "variableAddButton",
                                  self.add_variable),
                                 (self.tr("Import…"), "variableImportButton",
                                  self.import_sheet)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
            buttons.append(button)
        self.add_button, self.import_button = buttons
        bar.addWidget(self.export_button("variableExportButton", self.export))
        return bar

    def _layout(self, bar: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    # -- following the project --------------------------------------------------------------

    def reload(self) -> None:
        self.model.sync(self.project.variable_table())
        self._show_hint()

    def _on_change(self, changes: Changes) -> None:
        if changes.variables or changes.documents or changes.project:
            self.reload()

    def _show_hint(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        rows = (self.tr("Documents: {0}").format(total) if shown == total else
                self.tr("Documents: {0} of {1}").format(shown, total))
        if not self.model.may_edit:
            self.hint.setText(self.tr("{0} · variables: {1}. {2} Filter, sort and export "
                                      "them as you like.").format(
                rows, len(self.model.variables), rights_hints.variables()))
            return
        self.hint.setText(self.tr(
            "{0} · variables: {1}. Double-click a cell to edit it, Delete clears it; "
            "right-click a column's heading to add, rename, retype or delete a variable.")
            .format(rows, len(self.model.variables)))

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._show_hint()

    def fit(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 70), 260))
        screen = self.screen().availableGeometry()
        width = header.length() + 2 * self.table.frameWidth() + 60
        self.resize(min(max(width, 640), int(screen.width() * 0.8)),
                    min(560, int(screen.height() * 0.8)))

    # -- changes, each one undoable ---------------------------------------------------------

    def _push(self, command: ProjectCommand) -> bool:
        return run(self.bench.undo_stack, command, self)

    def _edit(self, document: str, variable: str, value: object) -> bool:
        name = next((v.name for v in self.model.variables if v.uuid == variable), "?")
        return self._push(SetVariableValue(self.project, document, variable, value, name))

    def clear_selected(self) -> None:
        """Clear the selected cells' values, in one undo step."""
        cells = [self.proxy.mapToSource(i) for i in self.table.selectionModel().selectedIndexes()]
        cells = [i for i in cells if i.column() > 0
                 and self.model.value_at(i.row(), i.column()) is not None]
        if not cells:
            return
        stack = self.bench.undo_stack
        stack.beginMacro(self.tr("Clear {0} values").format(len(cells)))
        for index in cells:
            variable = self.model.variable_at(index.column())
            assert variable is not None
            self._push(SetVariableValue(self.project, self.model.documents[index.row()][0],
                                        variable.uuid, None, variable.name))
        stack.endMacro()

    def add_variable(self, position: int | None = None) -> None:
        answer = NewVariableDialog.ask(self)
        if answer is not None:
            self._push(AddVariable(self.project, answer[0], answer[1], position))

    def rename_variable(self, column: int) -> None:
        variable = self.model.variable_at(column)
        if variable is None:
            return
        name = RenameDialog.ask(self, self.tr("Rename variable"), self.tr("New name:"),
                              variable.name)
        if name:
            self._push(RenameVariable(self.project, variable.uuid, name))

    def retype_variable(self, column: int, kind: str) -> None:
        variable = self.model.variable_at(column)
        if variable is not None and variable.type != kind:
            self._push(RetypeVariable(self.project, variable.uuid, kind, variable.name))

    def delete_variable(self, column: int) -> None:
        variable = self.model.variable_at(column)
        if variable is None:
            return
        question = self.tr("Delete the variable “{0}” and its {1} values?").format(
            variable.name, variable.values)
        if Confirm.ask(self, self.tr("Delete variable"), question):
            self._push(DeleteVariable(self.project, variable.uuid, variable.name))

    def import_sheet(self) -> None:
        qs = self.bench.settings.qs
        path = OpenFileDialog.ask(self, self.tr("Import variables"),
                                  start_folder(qs, Kind.IMPORTS, self.project.path),
                                  [(self.tr("Spreadsheets"), ".xlsx"),
                                   (self.tr("CSV tables"), ".csv")])
        if path is None:
            return
        remember_folder(qs, Kind.IMPORTS, Path(path))
        try:
            plan = plan_import(self.project, path)
        except QdaError as exc:
            show_error(self, exc)
            return
        if ImportPreview.ask(self, plan) and self._push(ImportVariables(self.project, plan)):
            self.bench.status(self.tr("Imported {0} values of {1} documents").format(
                len(plan.writes), plan.documents))

    # -- menus ------------------------------------------------------------------------------

    def _header_menu(self, point: QPoint) -> None:
        header = self.table.horizontalHeader()  # the proxy sorts rows, never columns
        menu = self.header_menu(header.logicalIndexAt(point))
        menu.exec(header.mapToGlobal(point))

    def header_menu(self, column: int) -> QMenu:
        """The heading's menu for ``column`` (0: the documents' column)."""
        menu = QMenu(self)
        menu.setObjectName("variableHeaderMenu")
        at = column - 1 if column > 0 else None  # before the variable clicked on
        entries = [menu.addAction(self.tr("New Variable…"), lambda: self.add_variable(at))]
        variable = self.model.variable_at(column)
        if variable is not None:
            entries.append(menu.addAction(self.tr("Rename “{0}”…").format(variable.name),
                                          lambda: self.rename_variable(column)))
            types = menu.addMenu(self.tr("Type"))
            entries.append(types.menuAction())
            for kind in TYPES:
                action = types.addAction(type_label(kind))
                action.setCheckable(True)
                action.setChecked(kind == variable.type)
                action.triggered.connect(lambda _c=False, k=kind: self.retype_variable(column,
                                                                                      k))
            menu.addSeparator()
            entries.append(menu.addAction(self.tr("Delete “{0}”…").format(variable.name),
                                          lambda: self.delete_variable(column)))
        self._fit_menu(menu, entries)
        return menu

    def _fit_menu(self, menu: QMenu, entries: list[QAction]) -> None:
        """Grey a menu's changes (with the reason) for whom may not change variables."""
        menu.setToolTipsVisible(True)
        for entry in entries:
            rights_hints.allow(entry, self.model.may_edit, rights_hints.variables())

    def _cell_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        menu = QMenu(self)
        menu.addAction(self.clear_action)
        may = self.model.may_edit
        self.clear_action.setEnabled(may and index.isValid() and index.column() > 0)
        menu.addSeparator()
        new = menu.addAction(self.tr("New Variable…"), lambda: self.add_variable(None))
        self._fit_menu(menu, [new])
        menu.exec(self.table.viewport().mapToGlobal(point))
        self.clear_action.setEnabled(may)  # the key works wherever the selection is

    def source_index(self, row: int, column: int) -> QModelIndex:
        """The model's index of the cell shown at ``row`` (after sorting and filtering)."""
        return self.proxy.mapToSource(self.proxy.index(row, column))
