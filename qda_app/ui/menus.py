"""Menus, shortcuts and the toolbar of the main window, and the actions behind the File menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from ..errors import QdaError
from ..importers import suffixes
from .analysis import agreement_window, matrix_view
from .common.dialogs import CoderNameDialog
from .common.error_box import show_error
from .exchange import export_actions
from .team import merge_dialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._file_menu()
        self._edit_menu()
        self._code_menu()
        self._analysis_menu()
        self._view_menu()
        self._help_menu()
        self._toolbar()
        window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.view.customContextMenuRequested.connect(self.transcript_menu)

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

    def _file_menu(self) -> None:
        m = self.w.menuBar().addMenu(self.tr("&File"))
        self._action(m, self.tr("&New Project…"), self.new_project, "Ctrl+Shift+N")
        self._action(m, self.tr("&Open Project…"), self.open_project, "Ctrl+O")
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        self._action(m, self.tr("&Import Documents…"), self.import_dialog, "Ctrl+Shift+I",
                     "importAction")
        self.export_menu = m.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        export_actions.install(self.w, self.export_menu)
        merge_dialog.install(self.w, m)
        m.addSeparator()
        self._action(m, self.tr("Change Coder &Name…"), self.change_coder)
        m.addSeparator()
        self._action(m, self.tr("&Quit"), self.w.close, "Ctrl+Q")
        self.file_menu = m

    def _edit_menu(self) -> None:
        m = self.w.menuBar().addMenu(self.tr("&Edit"))
        undo = self.w.undo_stack.createUndoAction(self.w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.setObjectName("undoAction")
        redo = self.w.undo_stack.createRedoAction(self.w, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redoAction")
        m.addAction(undo)
        m.addAction(redo)
        m.addSeparator()
        self._action(m, self.tr("&Find in Transcript…"), self.w.search_bar.open_bar, "Ctrl+F",
                     "findAction")
        self.undo_action, self.redo_action = undo, redo

    def _code_menu(self) -> None:
        c = self.w.coding
        m = self.w.menuBar().addMenu(self.tr("&Code"))
        self._action(m, self.tr("Code &with…"), c.code_with_dialog, "Ctrl+Shift+C",
                     "codeWithAction")
        self._action(m, self.tr("Code with &Last Code"), c.code_with_last, "Ctrl+L",
                     "codeLastAction")
        self._action(m, self.tr("&In-vivo Code"), c.in_vivo, "Ctrl+I", "inVivoAction")
        self._action(m, self.tr("Code Whole Speaker &Turn"), c.code_speaker_turn, "Ctrl+T",
                     "codeTurnAction")
        quick = m.addMenu(self.tr("&Quick Codes"))
        for slot in range(1, 10):
            self._action(quick, self.tr("Quick Code {0}").format(slot),
                         lambda s=slot: c.code_with_quick(s), f"Ctrl+{slot}")
        m.addSeparator()
        self._action(m, self.tr("&Remove Selected Coding"), c.remove_selected, "Del",
                     "removeCodingAction")
        self._action(m, self.tr("&Move Coding to…"), c.move_selected, "Ctrl+M")
        self._action(m, self.tr("Coding M&emo…"), c.memo_selected, "Ctrl+Shift+M")
        self._action(m, self.tr("Set Coding &Bounds to Selection"), c.set_bounds_of_selected,
                     "Ctrl+B")

    def _analysis_menu(self) -> None:
        m = self.w.menuBar().addMenu(self.tr("&Analysis"))
        m.setObjectName("analysisMenu")
        self.analysis_menu = m
        matrix_view.install(self.w, m)
        agreement_window.install(self.w, m)

    def _view_menu(self) -> None:
        m = self.w.menuBar().addMenu(self.tr("&View"))
        for dock in (self.w.documents_dock, self.w.codes_dock, self.w.segments_dock):
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

    def fill_coder_filter(self) -> None:
        me = self.w.project.coder
        current = self.w.coder_filter
        entries: list[tuple[str, str | None]] = [(self.tr("all coders"), None),
                                                 (self.tr("me ({0})").format(me), me)]
        entries += [(c.name, c.name) for c in self.w.project.coders() if c.name != me]
        self.coder_combo.blockSignals(True)
        self.coder_combo.clear()
        self.coder_menu.clear()
        for label, value in entries:
            self.coder_combo.addItem(label, value)
            action = self.coder_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setActionGroup(self.coder_group)
            action.triggered.connect(lambda _c=False, v=value: self.w.set_coder_filter(v)
                                     or self._sync_combo(v))
        self._sync_combo(current)
        self.coder_combo.blockSignals(False)

    def _sync_combo(self, value: str | None) -> None:
        i = self.coder_combo.findData(value)
        self.coder_combo.blockSignals(True)
        self.coder_combo.setCurrentIndex(max(i, 0))
        self.coder_combo.blockSignals(False)

    def _coder_combo_changed(self, index: int) -> None:
        value = self.coder_combo.itemData(index)
        self.w.set_coder_filter(value)
        for action in self.coder_group.actions():
            action.setChecked(action.text() == self.coder_combo.itemText(index))

    # -- transcript context menu ------------------------------------------------------------

    def transcript_menu(self, pos: QPoint) -> None:
        w, c = self.w, self.w.coding
        menu = QMenu(w.view)
        position = w.view.cp_at(pos)
        has_selection = w.view.textCursor().hasSelection()
        a = menu.addAction(self.tr("Code with…"), c.code_with_dialog)
        a.setEnabled(has_selection)
        if c.last_code:
            try:
                name = w.project.code(c.last_code).name
            except QdaError:
                name = None
            if name:
                menu.addAction(self.tr("Code with “{0}”").format(name),
                               c.code_with_last).setEnabled(has_selection)
        menu.addAction(self.tr("In-vivo code"), c.in_vivo).setEnabled(has_selection)
        turn = w.view.doc.turn_at(position) if w.view.doc else None
        if turn is not None:
            menu.addAction(self.tr("Code whole speaker turn of {0}…").format(turn.speaker),
                           lambda: c.code_turn_with_dialog(position))
        here = w.view.codings_at(position)
        if here:
            menu.addSeparator()
        for coding in here:
            sub = menu.addMenu(f"{coding.code} — {coding.coder}")
            sub.addAction(self.tr("Select"), lambda u=coding.uuid: w.on_coding_clicked(u))
            for label, method in ((self.tr("Remove coding"), c.remove_selected),
                                  (self.tr("Move to another code…"), c.move_selected),
                                  (self.tr("Memo…"), c.memo_selected)):
                sub.addAction(label, lambda u=coding.uuid, m=method: (
                    w.view.select_coding(u, center=False), m()))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), w.view.copy).setEnabled(has_selection)
        menu.exec(w.view.mapToGlobal(pos))

    # -- file menu ----------------------------------------------------------------------------

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in suffixes())
        names, _ = QFileDialog.getOpenFileNames(
            self.w, self.tr("Import documents"), "",
            self.tr("Transcripts ({0})").format(patterns))
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(paths),
                                   self.w)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        errors: list[str] = []
        last = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for i, path in enumerate(paths):
                if progress.wasCanceled():
                    break
                progress.setLabelText(self.tr("Importing {0}…").format(path.name))
                progress.setValue(i)
                try:
                    last = self.w.project.import_file(path)
                except QdaError as exc:
                    errors.append(str(exc))
        finally:
            progress.setValue(len(paths))
            QApplication.restoreOverrideCursor()
        if last is not None:
            self.w.show_document(last.uuid)
        if errors:
            QMessageBox.warning(self.w, self.tr("Import"), "\n".join(errors))

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.w, self.tr("New project"), "",
                                              self.tr("Kodierwerk projects (*.qda)"))
        if name:
            path = Path(name if name.endswith(".qda") else name + ".qda")
            try:
                from ..project import Project

                Project.create(path).close()
            except QdaError as exc:
                show_error(self.w, exc)
                return
            self.w.projectRequested.emit(str(path))

    def open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.w, self.tr("Open project"), "",
                                              self.tr("Kodierwerk projects (*.qda)"))
        if name:
            self.w.projectRequested.emit(name)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.w.settings.recent_projects():
            action = self.recent_menu.addAction(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _c=False, p=path: self.w.projectRequested.emit(str(p)))

    def change_coder(self) -> None:
        name = CoderNameDialog.ask(self.w, self.w.project.coder)
        if name:
            self.w.set_coder(name)

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self.w, self.tr("About Kodierwerk"), self.tr(
            "<b>Kodierwerk {0}</b><p>Qualitative data analysis for research teams: code "
            "transcripts offline, merge coders' work, measure agreement, report to Word and "
            "exchange REFI-QDA.</p><p>Project file: {1}</p>").format(
            __version__, self.w.project.path))
