"""Saving agreement results: Word, disagreement CSV, statistics CSV.

The same steps as File → Export: the save dialog of ``common/file_dialogs``, the
progress dialog with Cancel of ``common/progress_run`` (after Cancel nothing is
written), and the one-line error of ``show_error``. A file is overwritten only
when the user agreed, in the save dialog or in the "Replace?" question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from ...files import ExportCancelled, Progress
from ..common.dialogs import Confirm
from ..common.error_box import show_error
from ..common.file_dialogs import SaveFileDialog, SaveTarget
from ..common.folders import Kind, remember_folder, start_folder
from ..common.progress_run import run_with_progress

if TYPE_CHECKING:
    from ...team.agreement import AgreementResult


def _label(file_type: str) -> str:
    """``"Word documents (*.docx)"`` -> ``"Word documents"``: the translated file types
    carry their pattern, which the save dialog adds itself."""
    return file_type.rsplit(" (*", 1)[0]


class AgreementFiles(QObject):
    """The three exports of the Agreement window; ``status`` reports the outcome in a line."""

    status = Signal(str)

    def __init__(self, parent: QWidget, settings: QSettings, project: Path | None,
                 stem: str) -> None:
        super().__init__(parent)
        self.parent_ = parent
        self.settings, self.project, self.stem = settings, project, stem

    def _csv_types(self) -> list[tuple[str, str]]:
        """(file type, delimiter); where a comma is the decimal point (German), spreadsheet
        programs expect semicolons, so that type comes first."""
        comma = (self.tr("CSV, comma-separated (*.csv)"), ",")
        semicolon = (self.tr("CSV, semicolon-separated, for Excel in German (*.csv)"), ";")
        return [semicolon, comma] if QLocale().decimalPoint() == "," else [comma, semicolon]

    def _ask(self, title: str, name: str, types: list[str]) -> SaveTarget | None:
        """Where to write; an existing file only with the user's yes."""
        suffix = Path(name).suffix
        folder = start_folder(self.settings, Kind.EXPORTS, self.project)
        target = SaveFileDialog.ask(self.parent_, title, folder / name,
                                    [(_label(t), suffix) for t in types])
        if target is None:
            return None
        remember_folder(self.settings, Kind.EXPORTS, target.path)
        if target.path.exists() and not target.confirmed:  # the dialog added the suffix
            question = QCoreApplication.translate(
                "ExportActions", "{0} exists already. Replace it?").format(target.path.name)
            if not Confirm.ask(self.parent_, title, question):
                self.status.emit(self.tr("Not saved: {0}").format(target.path.name))
                return None
        return target

    def export_docx(self, result: AgreementResult) -> Path | None:
        from ...team.agreement_export import export

        title = self.tr("Export agreement to Word")
        target = self._ask(title, f"{self.stem}-agreement.docx",
                           [self.tr("Word documents (*.docx)")])
        if target is None:
            return None
        # the user agreed to replace an existing file: force it now
        return self._run(title, target.path, lambda p: export(
            result, target.path, force=target.path.exists(), progress=p))

    def export_disagreements_csv(self, result: AgreementResult) -> Path | None:
        from ...team.agreement_export import export

        title = self.tr("Export disagreements to CSV")
        types = self._csv_types()
        target = self._ask(title, f"{self.stem}-disagreements.csv", [t for t, _ in types])
        if target is None:
            return None
        sep = types[target.filter_index][1]
        return self._run(title, target.path, lambda p: export(
            result, target.path, force=target.path.exists(), progress=p, delimiter=sep))

    def export_statistics_csv(self, result: AgreementResult) -> Path | None:
        from ...team.agreement_export import export_statistics_csv

        title = self.tr("Export agreement statistics to CSV")
        types = self._csv_types()
        target = self._ask(title, f"{self.stem}-agreement-statistics.csv",
                           [t for t, _ in types])
        if target is None:
            return None
        sep = types[target.filter_index][1]
        return self._run(title, target.path, lambda _p: export_statistics_csv(
            result, target.path, force=target.path.exists(), delimiter=sep))

    def _run(self, title: str, path: Path, job: Callable[[Progress], object]) -> Path | None:
        """``job`` with progress and Cancel; ``None`` when cancelled or failed (said why)."""
        try:
            run_with_progress(self.parent_, self.tr("Writing {0}…").format(path.name), job)
        except ExportCancelled:
            pass
        except Exception as exc:  # a bug must not end the session: show_error logs it
            show_error(self.parent_, exc, title)
        else:
            self.status.emit(self.tr("Saved {0}").format(path))
            return path
        self.status.emit(self.tr("Not saved: {0}").format(path.name))
        return None
