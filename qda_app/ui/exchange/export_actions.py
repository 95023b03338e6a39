"""File → Export, and the REFI-QDA imports: the app's side of the exporters.

Every entry calls the same core function as ``qda export …`` (no export
logic here): ask the options, ask the file name, run the exporter with a
progress dialog, then say what happened in the status bar, or show the
exporter's one-line error. An existing file is replaced only when the user
said so, in the save dialog or in our own question.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...files import ExportCancelled, ImportCancelled, Progress
from ..common.error_box import show_error
from ..common.file_dialogs import (
    ConfirmReplace,
    FileFilter,
    OpenFileDialog,
    ReportBox,
    SaveFileDialog,
    SaveTarget,
)
from ..common.folders import Kind, remember_folder, start_folder
from ..common.progress_run import run_with_progress
from ..workbench import WindowFilters, Workbench
from .export_dialogs import CodebookDialog, MatrixDialog, SegmentsDialog, TranscriptDialog

T = TypeVar("T")
STATUS_MS = 20000


class ExportActions(QObject):
    """Fills ``menu`` (File → Export) and adds the REFI-QDA imports to the File menu after it."""

    def __init__(self, bench: Workbench, menu: QMenu) -> None:
        super().__init__(bench.window)
        self.setObjectName("exportActions")
        self.bench = bench
        self.project = bench.project
        self.w = bench.window  # the parent of the dialogs
        m = menu
        self._add(m, self.tr("&Codebook (Word)…"), self.export_codebook, "exportCodebookAction")
        self._add(m, self.tr("Coded &Segments (Word/Excel/CSV)…"), self.export_segments,
                  "exportSegmentsAction")
        self._add(m, self.tr("Coded &Transcript (Word)…"), self.export_transcript,
                  "exportTranscriptAction")
        self._add(m, self.tr("Code &Matrix (Excel/CSV)…"), self.export_matrix, "exportMatrixAction")
        m.addSeparator()
        self._add(m, self.tr("REFI-QDA Code&book (.qdc)…"), self.export_qdc, "exportQdcAction")
        self._add(m, self.tr("REFI-QDA &Project (.qdpx)…"), self.export_qdpx, "exportQdpxAction")
        file_menu = m.parentWidget()
        if isinstance(file_menu, QMenu):
            self._add(file_menu, self.tr("Import REFI-QDA Code&book…"), self.import_codebook,
                      "importQdcAction")
            self._add(file_menu, self.tr("Open REFI-QDA Pro&ject (.qdpx)…"), self.open_qdpx,
                      "openQdpxAction")

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self.w)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- the exports ------------------------------------------------------------------------

    def export_codebook(self) -> None:
        from ...exporters.docx_codebook import export_codebook

        choice = CodebookDialog.ask(self.w)
        if choice is None:
            return
        target = self._target(self.tr("Export codebook"), "codebook",
                              [(self.tr("Word documents"), ".docx")])
        if target:
            self._export(self.tr("Writing the codebook…"), target, lambda p: export_codebook(
                self.project, target.path, examples=choice.examples, force=target.confirmed,
                progress=p, lang=choice.lang))

    def export_segments(self) -> None:
        from ...exporters.segments import export_segments

        choice = SegmentsDialog.ask(self.w, self.project, self.shown())
        if choice is None:
            return
        label = {".docx": self.tr("Word documents"), ".xlsx": self.tr("Excel workbooks"),
                 ".csv": self.tr("CSV tables")}[choice.suffix]
        target = self._target(self.tr("Export coded segments"), "segments",
                              [(label, choice.suffix)])
        if target:
            self._export(self.tr("Writing the coded segments…"), target,
                         lambda p: export_segments(
                             self.project, target.path, choice.query, force=target.confirmed,
                             progress=p, lang=choice.lang, delimiter=choice.delimiter))

    def export_transcript(self) -> None:
        from ...exporters.docx_transcript import export_transcript

        if not self.project.documents():
            self.status(self.tr("The project has no documents to export."))
            return
        choice = TranscriptDialog.ask(self.w, self.project, self.shown_for_transcript())
        if choice is None:
            return
        name = self.project.document(choice.document).name
        target = self._target(self.tr("Export coded transcript"), Path(name).stem,
                              [(self.tr("Word documents"), ".docx")])
        if target:
            self._export(self.tr("Writing the coded transcript…"), target,
                         lambda p: export_transcript(
                             self.project, choice.document, target.path, choice.query,
                             force=target.confirmed, progress=p, lang=choice.lang))

    def export_matrix(self, by_coder: bool = False) -> None:
        from ...exporters.matrix import export_matrix

        choice = MatrixDialog.ask(self.w, by_coder)
        if choice is None:
            return
        label = self.tr("Excel workbooks") if choice.suffix == ".xlsx" else self.tr("CSV tables")
        target = self._target(self.tr("Export code matrix"), "matrix", [(label, choice.suffix)])
        if target:
            self._export(self.tr("Writing the code matrix…"), target, lambda p: export_matrix(
                self.project, target.path, by_coder=choice.by_coder, force=target.confirmed,
                progress=p, lang=choice.lang, delimiter=choice.delimiter))

    def export_qdc(self) -> None:
        from ...refi import export_qdc

        target = self._target(self.tr("Export REFI-QDA codebook"), "codebook",
                              [(self.tr("REFI-QDA codebooks"), ".qdc")])
        if target:
            self._export(self.tr("Writing the REFI-QDA codebook…"), target, lambda p: export_qdc(
                self.project, target.path, force=target.confirmed, progress=p))

    def export_qdpx(self) -> None:
        from ...refi import export_qdpx

        target = self._target(self.tr("Export REFI-QDA project"), "",
                              [(self.tr("REFI-QDA projects"), ".qdpx")])
        if target:
            self._export(self.tr("Writing the REFI-QDA project…"), target,
                         lambda p: export_qdpx(self.project, target.path,
                                               force=target.confirmed, progress=p))

    # -- the imports ------------------------------------------------------------------------

    def import_codebook(self) -> None:
        from ...refi import import_codebook

        title = self.tr("Import REFI-QDA codebook")
        source = OpenFileDialog.ask(self.w, title, self.folder(),
                                    [(self.tr("REFI-QDA codebooks"), ".qdc")])
        if source is None:
            return
        report = self.run(title, self.tr("Reading {0}…").format(source.name),
                          lambda p: import_codebook(self.project, source, progress=p))
        if report is not None:
            ReportBox.ask(self.w, title, report.lines())
            self.status(report.summary())

    def open_qdpx(self) -> None:
        """Import a ``.qdpx`` into a new project file, then open that project."""
        from ...refi import import_qdpx

        title = self.tr("Open REFI-QDA project")
        source = OpenFileDialog.ask(self.w, title, self.folder(),
                                    [(self.tr("REFI-QDA projects"), ".qdpx")])
        if source is None:
            return
        target = SaveFileDialog.ask(
            self.w, self.tr("Save the imported project as"), source.with_suffix(".qda"),
            [(self.tr("Kodierwerk projects"), ".qda")], confirm_overwrite=False)
        if target is None:
            return  # an existing file is refused by the importer: projects are never replaced
        report = self.run(title, self.tr("Importing {0}…").format(source.name),
                          lambda p: import_qdpx(source, target.path, progress=p))
        if report is not None:
            ReportBox.ask(self.w, title, report.lines())
            self.bench.request_project(str(target.path))

    # -- shared steps -----------------------------------------------------------------------

    def shown(self) -> WindowFilters:
        """What the window shows: activated codes and the segment panel's filters."""
        return self.bench.shown()

    def shown_for_transcript(self) -> WindowFilters:
        """The document on screen and the coder whose codings the transcript shows."""
        shown = self.shown()
        return WindowFilters(shown.codes, shown.include_subcodes, self.bench.current_document(),
                             self.bench.coder_filter)

    def folder(self) -> Path:
        """The folder of the last export; at first the project's, or Documents."""
        return start_folder(self.bench.settings.qs, Kind.EXPORTS, self.project.path)

    def _target(self, title: str, name: str, filters: Sequence[FileFilter]) -> SaveTarget | None:
        """Ask where to write; an existing file only with the user's yes."""
        stem = self.project.path.stem + (f"-{name}" if name else "")
        target = SaveFileDialog.ask(self.w, title, self.folder() / (stem + filters[0][1]),
                                    filters)
        if target is None:
            return None
        if target.path.exists() and not target.confirmed:
            question = self.tr("{0} exists already. Replace it?").format(target.path.name)
            if not ConfirmReplace.ask(self.w, title, question):
                self.status(self.tr("Nothing written: {0} exists already.").format(target.path))
                return None
            target = SaveTarget(target.path, True)
        remember_folder(self.bench.settings.qs, Kind.EXPORTS, target.path)
        return target

    def _export(self, label: str, target: SaveTarget, work: Callable[[Progress], Any]) -> None:
        result = self.run(self.tr("Export"), label, work)
        if result is None:
            return
        line = result.line() if hasattr(result, "line") else None
        self.status(line or self.tr("Wrote {0}").format(target.path))

    def run(self, title: str, label: str, work: Callable[[Progress], T]) -> T | None:
        """``work`` with progress and Cancel; ``None`` when cancelled or failed (said why)."""
        try:
            return run_with_progress(self.w, label, work)
        except (ExportCancelled, ImportCancelled):
            self.status(self.tr("Cancelled; nothing was written."))
        except Exception as exc:  # a bug must not end the session: show_error logs it
            show_error(self.w, exc, title)
        return None

    def status(self, text: str) -> None:
        self.bench.status(text, STATUS_MS)

