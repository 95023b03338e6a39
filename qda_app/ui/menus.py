"""The main window's menus and toolbar; each feature's entries come from the feature.

The menus only arrange: what an entry does lives in the feature it belongs to
(coding in ``transcript/``, imports in ``documents/``, exports in
``exchange/``, merge in ``team/``, the matrix and agreement in ``analysis/``).
The toolbar's coder filter, kept in step with the View menu, lives here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from ..errors import QdaError
from ..records import Changes
from .analysis import (
    agreement_window,
    cooccurrence_window,
    crosstab_window,
    matrix_view,
    word_window,
)
from .common.dialogs import CoderNameDialog
from .common.error_box import show_error
from .common.file_dialogs import OpenFileDialog, SaveFileDialog
from .common.folders import Kind, remember_folder, start_folder
from .documents.document_import import DocumentImport
from .exchange.export_actions import ExportActions
from .settings import still_there
from .team import merge_dialog
from .transcript.coding_entries import CodingEntries
from .variables import variable_window
from .workbench import Workbench


class Menus(QObject):
    def __init__(self, bench: Workbench, coding: CodingEntries, find: Callable[[], None],
                 importer: DocumentImport, docks: Sequence[QDockWidget]) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.w = bench.window
        self._file_menu(importer)
        self._edit_menu(find, coding)
        self._code_menu(coding)
        self._analysis_menu()
        self._view_menu(docks)
        self._help_menu()
        self._toolbar()
        bench.coderChanged.connect(lambda _name: self.fill_coder_filter())
        bench.events.changed.connect(self._on_change)

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: str | None = None,
                name: str | None = None) -> QAction:
        action = QAction(text, self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    # -- menus ----------------------------------------------------------------------------

    def _file_menu(self, importer: DocumentImport) -> None:
        m = self.w.menuBar().addMenu(self.tr("&File"))
        self._action(m, self.tr("&New Project…"), self.new_project, "Ctrl+Shift+N")
        self._action(m, self.tr("&Open Project…"), self.open_project, "Ctrl+O")
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        self._action(m, self.tr("&Import Documents…"), importer.import_dialog, "Ctrl+Shift+I",
                     "importAction")
        self.export_menu = m.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        self.exports = ExportActions(self.bench, self.export_menu)
        merge_dialog.install(self.bench, m)
        m.addSeparator()
        self._action(m, self.tr("Change Coder &Name…"), self.change_coder,
                     name="changeCoderAction")
        m.addSeparator()
        self._action(m, self.tr("&Quit"), self.w.close, "Ctrl+Q")
        self.file_menu = m

    def _edit_menu(self, find: Callable[[], None], coding: CodingEntries) -> None:
        m = self.w.menuBar().addMenu(self.tr("&Edit"))
        stack = self.bench.undo_stack
        undo = stack.createUndoAction(self.w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.setObjectName("undoAction")
        redo = stack.createRedoAction(self.w, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redoAction")
        m.addAction(undo)
        m.addAction(redo)
        m.addSeparator()
        m.addAction(coding.copy)
        self._action(m, self.tr("&Find in Transcript…"), find, "Ctrl+F", "findAction")
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu = m

    def _code_menu(self, c: CodingEntries) -> None:
        """The coding commands; the transcript's context menu shows the same actions."""
        m = self.w.menuBar().addMenu(self.tr("&Code"))
        m.aboutToShow.connect(c.refresh)
        m.addActions([c.code_with, c.code_with_last, c.in_vivo, c.code_turn])
        m.addMenu(self.tr("&Quick Codes")).addActions(c.quick)
        m.addSeparator()
        m.addActions([c.remove, c.move, c.memo, c.bounds])

    def _analysis_menu(self) -> None:
        m = self.w.menuBar().addMenu(self.tr("&Analysis"))
        m.setObjectName("analysisMenu")
        self.analysis_menu = m
        matrix_view.install(self.bench, m, lambda by, by_coder, **scope: self.exports.export(
            "matrix", by=by, by_coder=by_coder, **scope))  # Export… keeps what it shows
        agreement_window.install(self.bench, m)
        m.addSeparator()
        cooccurrence_window.install(self.bench, m, lambda query: self.exports.export(
            "cooccurrence", cooccurrence=query))  # its Export… keeps what it shows
        word_window.install(self.bench, m, lambda query: self.exports.export(
            "words", words=query))
        crosstab_window.install(self.bench, m, lambda query: self.exports.export(
            "crosstab", crosstab=query))
        m.addSeparator()
        variable_window.install(self.bench, m, lambda: self.exports.export("variables"))

    def _view_menu(self, docks: Sequence[QDockWidget]) -> None:
        m = self.w.menuBar().addMenu(self.tr("&View"))
        for dock in docks:
            m.addAction(dock.toggleViewAction())
        m.addSeparator()
        self.coder_menu = m.addMenu(self.tr("Show Codings &of"))
        self.coder_group = QActionGroup(self.w)

    def _help_menu(self) -> None:
        m = self.w.menuBar().addMenu(self.tr("&Help"))
        self._action(m, self.tr("&About Kodierwerk"), self.about)

    def _toolbar(self) -> None:
        bar = self.w.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Show codings of: "), self.w))
        self.coder_combo = QComboBox(self.w)
        self.coder_combo.setObjectName("coderFilter")
        self.coder_combo.currentIndexChanged.connect(self._coder_combo_changed)
        bar.addWidget(self.coder_combo)

    # -- coder filter -----------------------------------------------------------------------

    def _on_change(self, changes: Changes) -> None:
        if changes.coders:
            self.fill_coder_filter()

    def fill_coder_filter(self) -> None:
        me = self.bench.project.coder
        current = self.bench.coder_filter
        entries: list[tuple[str, str | None]] = [(self.tr("all coders"), None),
                                                 (self.tr("me ({0})").format(me), me)]
        entries += [(c.name, c.name) for c in self.bench.project.coders() if c.name != me]
        self.coder_combo.blockSignals(True)
        self.coder_combo.clear()
        self.coder_menu.clear()
        for label, value in entries:
            self.coder_combo.addItem(label, value)
            action = self.coder_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setActionGroup(self.coder_group)
            action.triggered.connect(lambda _c=False, v=value: self._choose_coder(v))
        self._sync_combo(current)
        self.coder_combo.blockSignals(False)

    def _choose_coder(self, value: str | None) -> None:
        """A coder picked in the View menu: filter by them, and show it in the toolbar's box."""
        self.bench.set_coder_filter(value)
        self._sync_combo(value)

    def _sync_combo(self, value: str | None) -> None:
        i = self.coder_combo.findData(value)
        self.coder_combo.blockSignals(True)
        self.coder_combo.setCurrentIndex(max(i, 0))
        self.coder_combo.blockSignals(False)

    def _coder_combo_changed(self, index: int) -> None:
        value = self.coder_combo.itemData(index)
        self.bench.set_coder_filter(value)
        for action in self.coder_group.actions():
            action.setChecked(action.text() == self.coder_combo.itemText(index))

    # -- file menu ----------------------------------------------------------------------------

    def new_project(self) -> None:
        qs = self.bench.settings.qs
        folder = start_folder(qs, Kind.PROJECTS, self.bench.project.path)
        target = SaveFileDialog.ask(  # an existing file is refused: projects are never replaced
            self.w, self.tr("New project"), folder, [(self.tr("Kodierwerk projects"), ".qda")],
            confirm_overwrite=False)
        if target:
            path = target.path
            remember_folder(qs, Kind.PROJECTS, path)
            try:
                from ..project import Project

                Project.create(path).close()
            except QdaError as exc:
                show_error(self.w, exc)
                return
            self.bench.request_project(str(path))

    def open_project(self) -> None:
        qs = self.bench.settings.qs
        path = OpenFileDialog.ask(self.w, self.tr("Open project"),
                                  start_folder(qs, Kind.PROJECTS, self.bench.project.path),
                                  [(self.tr("Kodierwerk projects"), ".qda")])
        if path:
            remember_folder(qs, Kind.PROJECTS, path)
            self.bench.request_project(str(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for place in self.bench.settings.recent_projects():
            action = self.recent_menu.addAction(place)
            action.setEnabled(still_there(place))
            action.triggered.connect(lambda _c=False, p=place: self.bench.request_project(p))

    def change_coder(self) -> None:
        name = CoderNameDialog.ask(self.w, self.bench.project.coder)
        if name:
            self.bench.set_coder(name)

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self.w, self.tr("About Kodierwerk"), self.tr(
            "<b>Kodierwerk {0}</b><p>Qualitative data analysis for research teams: code "
            "transcripts offline, merge coders' work, measure agreement, report to Word and "
            "exchange REFI-QDA.</p><p>Project: {1}</p>").format(
            __version__, self.bench.project.location))


def action(window: QWidget, name: str) -> QAction:
    """The window's action called ``name`` (tests and scripts trigger menu entries by name)."""
    found = window.findChild(QAction, name, Qt.FindChildOption.FindChildrenRecursively)
    if found is None:
        raise LookupError(name)
    return found
