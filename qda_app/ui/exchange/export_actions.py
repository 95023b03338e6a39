"""File → Export, and the REFI-QDA imports: the app's side of the exporters.

The export entries are made from the exporter registry
(:mod:`qda_app.exporters.registry`), and each calls the same core function as
``qda export …`` (no export logic here): ask the options that apply, ask the
file name, run the exporter with a progress dialog, then say what happened in
the status bar, or show the exporter's one-line error. An existing file is
replaced only when the user said so, in the save dialog or in our own question.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...exporters import registry
from ...exporters.options import DEFAULTS, ExportOptions
from ...exporters.registry import (
    Exporter,
    ExportOutcome,
    exporter_for,
    file_type,
    outcome_line,
)
from ...exporters.selection import SegmentQuery
from ...files import ExportCancelled, ImportCancelled, Progress
from ..analysis.stop_list import StopListStore
from ..common.dialogs import Confirm
from ..common.error_box import show_error
from ..common.file_dialogs import (
    FileFilter,
    OpenFileDialog,
    ReportBox,
    SaveFileDialog,
    SaveTarget,
)
from ..common.folders import Kind, remember_folder, start_folder
from ..common.progress_run import run_with_progress
from ..workbench import WindowFilters, Workbench
from .export_dialogs import (
    ExportChoice,
    ExportOptionsDialog,
    asks_anything,
    default_delimiter,
    translated,
    ui_language,
)
from .export_warnings import ExportWarningsDialog

T = TypeVar("T")
STATUS_MS = 20000
EXAMPLES = 2
"""Example excerpts per code the codebook dialog proposes (the command line's default is 0)."""


def action_name(exporter: Exporter) -> str:
    """``exportCodebookAction``: the menu entry's object name, for tests and scripts."""
    return f"export{exporter.kind.capitalize()}Action"


class ExportActions(QObject):
    """Fills ``menu`` (File → Export) and adds the REFI-QDA imports to the File menu after it."""

    def __init__(self, bench: Workbench, menu: QMenu) -> None:
        super().__init__(bench.window)
        self.setObjectName("exportActions")
        self.bench = bench
        self.project = bench.project
        self.w = bench.window  # the parent of the dialogs
        group = registry.EXPORTERS[0].group
        for exporter in registry.EXPORTERS:
            if exporter.group != group:
                menu.addSeparator()
                group = exporter.group
            self._add(menu, translated(exporter.title), partial(self.export, exporter.kind),
                      action_name(exporter))
        file_menu = menu.parentWidget()
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

    def export(self, kind: str, **preset: Any) -> None:
        """File → Export → ``kind``: the options that apply (starting from what the window
        shows, then ``preset``), the file, then the export with progress."""
        exporter = exporter_for(kind)
        if exporter.one_document and not self.project.documents():
            self.status(self.tr("The project has no documents to export."))
            return
        choice = self.choose(exporter, replace(self.start_options(exporter), **preset))
        if choice is None or not self.confirm_warnings(exporter, choice.options):
            return
        target = self._target(translated(exporter.heading), self.file_stem(exporter, choice),
                              [(translated(file_type(choice.suffix)), choice.suffix)])
        if target:
            def work(progress: Progress) -> ExportOutcome:
                options = replace(choice.options, force=target.confirmed, progress=progress)
                return exporter.run(self.project, target.path, options)
            self._export(translated(exporter.writing), target, work)

    def choose(self, exporter: Exporter, start: ExportOptions) -> ExportChoice | None:
        """The options dialog, when the export has options; ``None`` when cancelled."""
        if not asks_anything(exporter):
            return ExportChoice(start, exporter.suffixes[0])
        return ExportOptionsDialog.ask(self.w, self.project, exporter, start)

    def confirm_warnings(self, exporter: Exporter, options: ExportOptions) -> bool:
        """What the exporter warns of (names QualCoder cannot tell apart...), and whether
        the user exports anyway; nothing to warn of: yes."""
        warnings = exporter.check(self.project, options)
        if not warnings:
            return True
        if ExportWarningsDialog.ask(self.w, translated(exporter.heading), warnings):
            return True
        self.status(self.tr("Cancelled; nothing was written."))
        return False

    def start_options(self, exporter: Exporter) -> ExportOptions:
        """The options as the window suggests them: activated codes, and for one document
        the one on screen and the coder the transcript shows, otherwise the segment
        panel's document and coder."""
        lang = ui_language()
        shown = self.shown()
        paths = {c.uuid: c.path for c in self.project.codes()}
        codes = tuple(paths[u] for u in shown.codes if u in paths)
        names = {d.uuid: d.name for d in self.project.documents()}
        document = None
        if exporter.one_document:
            document = self.bench.current_document() or next(iter(names), None)
            coder = self.bench.coder_filter
            documents: tuple[str, ...] = ()
        else:
            coder = shown.coder
            documents = (names[shown.document],) if shown.document in names else ()
        query = SegmentQuery(codes=codes, include_subcodes=shown.include_subcodes,
                             coders=(coder,) if coder else (), documents=documents,
                             set=None if exporter.one_document else shown.set,
                             where=None if exporter.one_document else shown.where,
                             speakers=(shown.speaker,) if shown.speaker is not None else ())
        stop_words = StopListStore(self.bench.settings, self.bench.project_uuid).words()
        return ExportOptions(lang=lang, delimiter=default_delimiter(lang), examples=EXAMPLES,
                             query=query, document=document,
                             words=replace(DEFAULTS.words, stop_words=stop_words))

    def file_stem(self, exporter: Exporter, choice: ExportChoice) -> str:
        """An export of one document is named after it, the others after their kind."""
        if exporter.one_document and choice.options.document:
            return Path(self.project.document(choice.options.document).name).stem
        return exporter.file_stem

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

    def folder(self) -> Path:
        """The folder of the last export; at first the project's, or Documents."""
        return start_folder(self.bench.settings.qs, Kind.EXPORTS, self.project.path)

    def _target(self, title: str, name: str, filters: Sequence[FileFilter]) -> SaveTarget | None:
        """Ask where to write; an existing file only with the user's yes."""
        stem = self.project.short_name + (f"-{name}" if name else "")
        target = SaveFileDialog.ask(self.w, title, self.folder() / (stem + filters[0][1]),
                                    filters)
        if target is None:
            return None
        if target.path.exists() and not target.confirmed:
            question = self.tr("{0} exists already. Replace it?").format(target.path.name)
            if not Confirm.ask(self.w, title, question):
                self.status(self.tr("Nothing written: {0} exists already.").format(target.path))
                return None
            target = SaveTarget(target.path, True)
        remember_folder(self.bench.settings.qs, Kind.EXPORTS, target.path)
        return target

    def _export(self, label: str, target: SaveTarget,
                work: Callable[[Progress], ExportOutcome]) -> None:
        result = self.run(self.tr("Export"), label, work)
        if result is None:
            return
        line = outcome_line(result)
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

