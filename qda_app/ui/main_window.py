"""The coding workbench: documents, transcript, code system, retrieved segments.

``MainWindow(project)`` builds from an open :class:`~qda_app.Project` (tests and
scripts use it). The window holds no business logic: widgets report what the
user did, :class:`CodingActions` and the undo commands call the facade, and
every view refreshes from the change records the facade announces.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..project import Project
from ..records import Changes, Coding
from .codes.code_memo import CodeMemoPanel
from .codes.code_picker import CodePicker
from .codes.code_tree_panel import CodeTreePanel
from .common.project_events import ProjectEvents
from .documents.document_list import DocumentList
from .menus import WindowActions
from .retrieval.segment_table import SegmentPanel
from .settings import AppSettings
from .transcript.coding_actions import CodingActions
from .transcript.search_bar import SearchBar
from .transcript.transcript_view import TranscriptView


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
        self.project_uuid = project.uuid
        self.events = ProjectEvents(project, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.coder_filter: str | None = None  # None: all coders
        self._build_widgets()
        self._build_docks()
        self.actions_ = WindowActions(self)
        self._connect()
        self._restore()
        self.setAcceptDrops(True)
        self.update_title()

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = TranscriptView(self)
        self.search_bar = SearchBar(self.view, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.documents = DocumentList(self.project, self.events, self)
        self.code_tree = CodeTreePanel(self.project, self.undo_stack, self.events, self)
        self.code_memo = CodeMemoPanel(self.project, self.undo_stack, self.events, self)
        self.segments = SegmentPanel(self.project, self.events, self)
        self.coding = CodingActions(self.project, self.undo_stack, self.view, self,
                                    lambda title, allow_new: self.pick_code(title, allow_new))
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
        self._default_layout = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_layout:  # docks only take sizes once the window is laid out
            self._default_layout = False
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        self.resizeDocks([self.documents_dock, self.codes_dock], [240, 340],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.segments_dock], [220], Qt.Orientation.Vertical)

    def _connect(self) -> None:
        self.events.changed.connect(self.on_change)
        self.documents.documentSelected.connect(self.show_document)
        self.code_tree.codeActivated.connect(self.on_code_clicked)
        self.code_tree.selectionDropped.connect(self.coding.drop_on_code)
        self.code_tree.checkedCodesChanged.connect(self.segments.set_codes)
        self.code_tree.currentCodeChanged.connect(self.code_memo.set_code)
        self.code_tree.pinRequested.connect(self.pin_quick_code)
        self.segments.segmentActivated.connect(self.jump_to)
        self.view.codingClicked.connect(self.on_coding_clicked)
        self.coding.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.coding.lastCodeChanged.connect(
            lambda uuid: self.settings.set_last_code(self.project_uuid, uuid))

    def _restore(self) -> None:
        geometry = self.settings.restore("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.restore("state")
        if state is not None and self.restoreState(state):
            self._default_layout = False
        pins = self.settings.quick_codes(self.project_uuid)
        existing = {c.uuid for c in self.project.codes()}
        self.set_quick_codes({k: v for k, v in pins.items() if v in existing})
        last = self.settings.last_code(self.project_uuid)
        if last in existing:
            self.coding.last_code = last
        self.set_coder(self.project.coder)
        self._refresh_code_appearance()
        docs = self.project.documents()
        if docs:
            wanted = self.settings.last_document(self.project_uuid)
            uuid = wanted if any(d.uuid == wanted for d in docs) else docs[0].uuid
            self.documents.select(uuid)
            if self.view.doc is None:
                self.show_document(uuid)

    # -- documents -----------------------------------------------------------------------

    def show_document(self, uuid: str) -> None:
        if self.view.doc is not None and self.view.doc.uuid == uuid:
            return
        doc = self.project.document(uuid)
        self.view.show_document(doc, self.project.segments(document=uuid))
        self.documents.select(uuid)
        self.settings.set_last_document(self.project_uuid, uuid)
        if self.search_bar.isVisible():
            self.search_bar.search(self.search_bar.field.text())
        self.update_title()

    def jump_to(self, coding: Coding) -> None:
        self.show_document(coding.document_uuid)
        self.view.select_coding(coding.uuid)
        self.view.select_cp(coding.start, coding.end)
        self.view.setFocus()

    # -- coding ----------------------------------------------------------------------------

    def on_code_clicked(self, uuid: str) -> None:
        if self.view.textCursor().hasSelection():
            self.coding.code_selection(uuid)

    def on_coding_clicked(self, uuid: str) -> None:
        self.view.select_coding(uuid, center=False)
        coding = self.view.index.get(uuid)
        if coding is not None:
            self.statusBar().showMessage(self.tr(
                "Coding “{0}” by {1} selected: Del removes it, Ctrl+M moves it, "
                "Ctrl+Shift+M edits its memo, Ctrl+B sets its bounds to the selection.").format(
                coding.code, coding.coder), 10000)

    def pick_code(self, title: str, allow_new: bool) -> str | None:
        """Ask for a code; a new one typed into the picker is created first (undoable)."""
        return CodePicker.ask_code(self, self.project, self.undo_stack, title,
                                   allow_new=allow_new)

    def pin_quick_code(self, uuid: str, slot: int) -> None:
        """Pin ``uuid`` to Ctrl+``slot``; slot 0 unpins it."""
        pins = {k: v for k, v in self.coding.quick_codes.items() if v != uuid}
        if slot:
            pins[slot] = uuid
        self.set_quick_codes(pins)
        self.settings.set_quick_codes(self.project_uuid, pins)
        if slot:
            self.statusBar().showMessage(self.tr("“{0}” is now quick code Ctrl+{1}.").format(
                self.project.code(uuid).path, slot), 6000)

    def set_quick_codes(self, pins: dict[int, str]) -> None:
        self.coding.quick_codes = dict(pins)
        self.code_tree.set_quick_codes(dict(pins))

    # -- coders ------------------------------------------------------------------------------

    def set_coder(self, name: str) -> None:
        self.project.coder = name
        self.settings.coder_name = name
        self.coder_label.setText(self.tr("Coder: {0}").format(name))
        self.actions_.fill_coder_filter()

    def set_coder_filter(self, coder: str | None) -> None:
        """Show the codings of one coder (``None``: everybody's)."""
        self.coder_filter = coder
        self.view.set_coder_filter(coder)

    # -- change records --------------------------------------------------------------------

    def on_change(self, changes: Changes) -> None:
        doc = self.view.doc
        if changes.codes:
            self._refresh_code_appearance()
        if changes.coders:
            self.actions_.fill_coder_filter()
        if doc is None:
            if changes.documents and self.project.documents():
                self.show_document(self.project.documents()[0].uuid)
            return
        if changes.documents and doc.uuid in changes.document_uuids and not any(
                d.uuid == doc.uuid for d in self.project.documents()):
            self.view.show_document(None, [])
            return
        if changes.added or changes.removed:
            self.view.patch_codings(
                [c for c in changes.added if c.document_uuid == doc.uuid],
                [c for c in changes.removed if c.document_uuid == doc.uuid])
        elif changes.codings:  # a code-level change (rename, merge, delete…): reload
            self.view.set_codings(self.project.segments(document=doc.uuid))

    def _refresh_code_appearance(self) -> None:
        codes = self.project.codes()
        self.view.set_code_appearance({c.uuid: c.color for c in codes},
                                      {c.uuid: i for i, c in enumerate(codes)})

    def update_title(self) -> None:
        doc = self.view.doc
        suffix = f" – {doc.name}" if doc else ""
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
            self.actions_.import_files(paths)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.code_memo.flush()  # a description typed just before closing is kept
        self.settings.save("geometry", self.saveGeometry())
        self.settings.save("state", self.saveState())
        self.settings.qs.sync()
        self.events.detach()
        self.project.close()
        super().closeEvent(event)
