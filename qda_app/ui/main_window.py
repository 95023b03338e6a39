"""The coding workbench: documents, transcript, code system, retrieved segments.

``MainWindow(project)`` builds from an open :class:`~qda_app.Project` (tests and
scripts use it). The window holds no business logic and relays nothing: it
makes the :class:`~.workbench.Workbench` context, builds the features and the
docks, and wires the features' signals to each other. Every feature follows
the project itself (through the change hub) and reaches the rest of the
window only through the workbench.

The parts are public attributes for tests and scripts (``view``, ``coding``,
``documents``, ``code_tree``, ``segments``, …); features never use them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QWidget

from ..errors import NotFoundError
from ..project import Project
from ..records import Changes, Coding, Document, DocumentInfo
from .assist import assist_menu
from .assist.assist_pane import AssistPane
from .codes.code_memo import CodeMemoPanel
from .codes.code_tree_panel import CodeTreePanel
from .common.screens import fit_to_screen
from .documents.document_actions import DocumentActions
from .documents.document_import import DocumentImport
from .documents.document_list import DocumentList
from .memos import memo_menu
from .memos.memo_editing import MemoEditing
from .memos.memo_manager import MemoManager
from .memos.text_memos import TextMemos
from .menus import Menus
from .retrieval.segment_retrieval import SegmentRetrieval
from .retrieval.segment_table import SegmentPanel
from .search.search_pane import SearchPane
from .sets.set_panel import SetPanel
from .settings import AppSettings
from .team import live_window, team_rights
from .transcript.transcript_pane import TranscriptPane
from .workbench import Workbench

STATE_VERSION = 1
"""The dock layout's version: 0 was saved while the retrieved segments could squeeze the
side panes, so such a layout is not taken up again."""


class _Pane(QSplitter):
    """A dock's content that asks for a sensible first width (docks start at size hints)."""

    def __init__(self, orientation: Qt.Orientation, hint: QSize, parent: QWidget) -> None:
        super().__init__(orientation, parent)
        self._hint = hint

    def sizeHint(self) -> QSize:
        return self._hint


class MainWindow(QMainWindow):
    projectRequested = Signal(str)  # path of a project to open in a new window

    def __init__(self, project: Project, settings: AppSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.project = project
        self.settings = settings or AppSettings()
        self.bench = Workbench(project, self.settings, self)
        documents = project.documents()  # read once: three views start from it
        self._build_widgets(documents)
        self._build_docks()
        self.retrieval = SegmentRetrieval(self.segments, self.code_tree, self.segments_dock)
        self.bench.attach(self.transcript, self.retrieval)
        self.importer = DocumentImport(self.bench)
        self.menus = Menus(self.bench, self.transcript.entries, self.search_bar.open_bar,
                           self.importer,
                           [self.documents_dock, self.sets_dock, self.codes_dock,
                            self.segments_dock, self.search_dock, self.memos_dock,
                            self.assist_dock])
        self.search.install(self.menus.edit_menu)
        assist_menu.install(self.assist, self.menus.analysis_menu, self.transcript.menu.extensions)
        self._build_memos()
        self._connect()
        self._restore(documents)
        self.live = live_window.install(self.bench)  # a team project: others' changes, offline
        self.setAcceptDrops(True)
        self.update_title()
        team_rights.install(self)  # a team project: what this login may do

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self, documents: list[DocumentInfo]) -> None:
        bench = self.bench
        self.transcript = TranscriptPane(bench, self)
        self.view, self.search_bar = self.transcript.view, self.transcript.search_bar
        self.coding = self.transcript.coding
        self.setCentralWidget(self.transcript)
        self.documents = DocumentList(self.project, bench.events, self, documents)
        self.code_tree = CodeTreePanel(self.project, bench.undo_stack, bench.events, self)
        self.code_memo = CodeMemoPanel(self.project, bench.undo_stack, bench.events, self)
        self.segments = SegmentPanel(self.project, bench.events, self, documents,
                                     bench.activation)
        self.coder_label = QLabel(self)
        self.coder_label.setObjectName("coderLabel")
        self.statusBar().addPermanentWidget(self.coder_label)

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.documents_dock = self._dock(self.tr("Documents"), "documentsDock",
                                         self.documents, Qt.DockWidgetArea.LeftDockWidgetArea)
        codes = _Pane(Qt.Orientation.Vertical, QSize(340, 600), self)
        codes.addWidget(self.code_tree)
        codes.addWidget(self.code_memo)
        codes.setStretchFactor(0, 4)
        codes.setStretchFactor(1, 1)
        self.codes_dock = self._dock(self.tr("Code System"), "codesDock", codes,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.segments_dock = self._dock(self.tr("Retrieved Segments"), "segmentsDock",
                                        self.segments, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search = SearchPane(self.bench, self)
        self.search_dock = self._dock(self.tr("Search"), "searchDock", self.search,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.segments_dock, self.search_dock)
        self.assist = AssistPane(self.bench, self.transcript.selection, lambda query:
                                 self.menus.exports.export("consistency", consistency=query), self)
        self.assist_dock = self._dock(self.tr("Assist"), "assistDock", self.assist,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.search_dock, self.assist_dock)
        self.assist_dock.hide()  # opened from the Analysis menu or "More Like This"
        self.memo_editing = MemoEditing(self.bench)
        self.memo_manager = MemoManager(self.bench, self.memo_editing, self)
        self.memos_dock = self._dock(self.tr("Memos"), "memosDock", self.memo_manager,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.segments_dock, self.memos_dock)
        self.memos_dock.hide()  # opened from the Memos menu
        self.segments_dock.raise_()  # the retrieved segments are what a coder looks at first
        self.sets = SetPanel(self.bench, self)  # under the documents, as MAXQDA has them
        self.sets_dock = self._dock(self.tr("Sets"), "setsDock", self.sets,
                                    Qt.DockWidgetArea.LeftDockWidgetArea)
        self.splitDockWidget(self.documents_dock, self.sets_dock, Qt.Orientation.Vertical)
        self._default_layout = True
        self._restored_geometry = False  # a saved geometry, to fit again once shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_layout:  # docks only take sizes once the window is laid out
            self._default_layout = False
            QTimer.singleShot(0, self._size_docks)
        if self._restored_geometry:  # fit again now that the frame (title bar, borders) is known
            self._restored_geometry = False
            fit_to_screen(self)

    def _size_docks(self) -> None:
        self.resizeDocks([self.documents_dock, self.codes_dock], [240, 340],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.segments_dock], [220], Qt.Orientation.Vertical)
        self.resizeDocks([self.documents_dock, self.sets_dock], [420, 160],
                         Qt.Orientation.Vertical)

    def _connect(self) -> None:
        self.bench.projectRequested.connect(self.projectRequested)
        self.bench.coderChanged.connect(
            lambda name: self.coder_label.setText(self.tr("Coder: {0}").format(name)))
        self.transcript.documentShown.connect(self._document_shown)
        self.bench.events.changed.connect(self._on_change)
        self.documents.documentSelected.connect(self._open_document)
        self.code_tree.codeActivated.connect(self.coding.code_clicked)
        self.code_tree.selectionDropped.connect(self.coding.drop_on_code)
        self.code_tree.currentCodeChanged.connect(self.code_memo.set_code)
        self.code_tree.pinRequested.connect(self.coding.pin_quick_code)
        self.coding.quickCodesChanged.connect(self.code_tree.set_quick_codes)
        self.segments.segmentActivated.connect(self._open_segment)

    def _build_memos(self) -> None:
        """Memos in the document list, in the text, in the manager and in their menu."""
        self.document_actions = DocumentActions(self.bench, self.documents, self.memo_editing)
        self.text_memos = TextMemos(self.bench, self.transcript, self.memo_editing)
        self.memo_menu = memo_menu.install(self.bench, self.memo_editing, self.text_memos,
                                           self.memos_dock, self.menus.analysis_menu.menuAction())
        self.memo_manager.codeRequested.connect(self._show_code)
        self.memo_manager.link_choices = memo_menu.link_choices(self.bench, self.view,
                                                                self.code_tree.current_code)

    def _show_code(self, uuid: str) -> None:
        self.codes_dock.show()
        self.code_tree.select_code(uuid)

    def _restore(self, documents: list[DocumentInfo]) -> None:
        geometry = self.settings.restore("geometry")
        self._restored_geometry = geometry is not None and self.restoreGeometry(geometry)
        if self._restored_geometry:  # saved on another screen, perhaps a bigger one
            fit_to_screen(self)
        else:
            self.resize(1280, 820)
        state = self.settings.restore("state")
        if state is not None and self.restoreState(state, STATE_VERSION):
            self._default_layout = False
        self.coding.restore()
        self.bench.set_coder(self.project.coder)
        self.transcript.show_last_document(documents)

    # -- opening what a list shows (it may be gone: another program deleted it) -------------

    def _open_document(self, uuid: str) -> None:
        try:
            self.transcript.show_document(uuid)
        except NotFoundError:
            self.bench.events.gone(self.tr("This document no longer exists (another program may "
                                           "have deleted it); the list is up to date again."))

    def _open_segment(self, coding: Coding) -> None:
        try:
            self.transcript.show_place(coding.document_uuid, coding.start, coding.end,
                                       coding.uuid)
        except NotFoundError:
            self.bench.events.gone(self.tr("The document of this segment no longer exists "
                                           "(another program may have deleted it)."))

    # -- the title ---------------------------------------------------------------------------

    def _document_shown(self, doc: Document) -> None:
        self.documents.select(doc.uuid)
        self.update_title()

    def _on_change(self, changes: Changes) -> None:
        if changes.documents or changes.project:  # renamed, or the open document deleted
            self.update_title()

    def update_title(self) -> None:
        doc = self.view.doc
        suffix = f" – {doc.name}" if doc else ""
        if self.project.path is None:  # a server: no file to show in the title bar
            title = self.tr("team project {0}").format(self.project.title)
            self.setWindowTitle(f"{title}{suffix} – Kodierwerk")
            self.setWindowFilePath("")
            return
        self.setWindowTitle(f"{self.project.title}{suffix} – Kodierwerk")
        self.setWindowFilePath(str(self.project.path))

    # -- import by drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.import_files(paths)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.code_memo.flush()  # a description typed just before closing is kept
        self.settings.save("geometry", self.saveGeometry())
        self.settings.save("state", self.saveState(STATE_VERSION))
        self.settings.qs.sync()
        self.bench.watch.stop()
        if self.live is not None:
            self.live.stop()
        self.assist.keeper.shutdown()  # an index being built: stopped before the project closes
        self.bench.events.detach()
        self.project.close()
        super().closeEvent(event)
