"""File → Import Documents… and files dropped on the window.

Each file is imported on its own (one transaction each): a broken file is
named in one warning at the end and the others are kept. The last imported
document opens in the transcript. In a team project only the lead imports
(File → Import Documents… is greyed for the others, :mod:`..team.team_rights`); files
dropped on the window by anyone else are declined with that reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from ...errors import QdaError
from ...importers import import_file, suffixes
from ..common import rights_hints
from ..common.folders import Kind, remember_folder, start_folder
from ..workbench import Workbench


class DocumentImport(QObject):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in suffixes())
        qs = self.bench.settings.qs
        names, _ = QFileDialog.getOpenFileNames(
            self.bench.window, self.tr("Import documents"),
            str(start_folder(qs, Kind.IMPORTS, self.bench.project.path)),
            self.tr("Transcripts ({0})").format(patterns))
        if names:
            remember_folder(qs, Kind.IMPORTS, Path(names[0]))
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        if not self.bench.rights.may_change_project:
            self.bench.status(rights_hints.documents())
            return
        window = self.bench.window
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(paths),
                                   window)
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
                    last = import_file(self.bench.project, path)
                except QdaError as exc:
                    errors.append(str(exc))
        finally:
            progress.setValue(len(paths))
            QApplication.restoreOverrideCursor()
        if last is not None:
            self.bench.show_document(last.uuid)
        if errors:
            QMessageBox.warning(window, self.tr("Import"), "\n".join(errors))
