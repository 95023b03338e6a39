"""Saving agreement results: Word, disagreement CSV, statistics CSV.

The export runs on the main thread; its progress callback keeps the window
alive (``processEvents``) and reports Cancel, after which nothing is written.
A file is overwritten only when the save dialog asked and the user agreed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from ..exporters.atomic import ExportCancelled, Progress
from .errors import show_error

if TYPE_CHECKING:
    from ..team.agreement import AgreementResult


@dataclass(frozen=True, slots=True)
class SaveChoice:
    path: Path
    filter_index: int  # which of the offered file types the user chose


class SaveFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: Path,
            filters: list[str]) -> SaveChoice | None:
        """``None`` when cancelled. The dialog adds the suffix of ``suggested`` to a bare
        name before it asks about overwriting, so its question is about the real file."""
        dialog = QFileDialog(parent, title, str(suggested.parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(filters)
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
        dialog.selectFile(suggested.name)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        chosen = dialog.selectedNameFilter()
        index = filters.index(chosen) if chosen in filters else 0
        return SaveChoice(Path(dialog.selectedFiles()[0]), index)


def run_with_progress(parent: QWidget, label: str, job: Callable[[Progress], object]) -> bool:
    """Run ``job(progress)`` under a window-modal progress dialog with Cancel.

    Returns ``False`` when cancelled or failed (the error is shown; nothing written).
    """
    dialog = QProgressDialog(label, QWidget.tr("Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        job(progress)
    except ExportCancelled:
        return False
    except Exception as exc:  # QdaError: one line; anything else is logged
        show_error(parent, exc)
        return False
    finally:
        dialog.close()
        dialog.deleteLater()
    return True


class AgreementFiles(QObject):
    """The three exports of the Agreement window; ``status`` reports the outcome in a line."""

    status = Signal(str)

    def __init__(self, parent: QWidget, folder: Path, stem: str) -> None:
        super().__init__(parent)
        self.parent_ = parent
        self.folder, self.stem = folder, stem

    def _csv_types(self) -> list[tuple[str, str]]:
        """(file type, delimiter); where a comma is the decimal point (German), spreadsheet
        programs expect semicolons, so that type comes first."""
        comma = (self.tr("CSV, comma-separated (*.csv)"), ",")
        semicolon = (self.tr("CSV, semicolon-separated, for Excel in German (*.csv)"), ";")
        return [semicolon, comma] if QLocale().decimalPoint() == "," else [comma, semicolon]

    def _ask(self, title: str, name: str, filters: list[str]) -> SaveChoice | None:
        return SaveFileDialog.ask(self.parent_, title, self.folder / name, filters)

    def export_docx(self, result: AgreementResult) -> Path | None:
        from ..team.agreement_export import export

        choice = self._ask(self.tr("Export agreement to Word"), f"{self.stem}-agreement.docx",
                           [self.tr("Word documents (*.docx)")])
        if choice is None:
            return None
        # the save dialog asked before overwriting: an existing file may be replaced now
        return self._run(choice.path, lambda p: export(
            result, choice.path, force=choice.path.exists(), progress=p))

    def export_disagreements_csv(self, result: AgreementResult) -> Path | None:
        from ..team.agreement_export import export

        types = self._csv_types()
        choice = self._ask(self.tr("Export disagreements to CSV"),
                           f"{self.stem}-disagreements.csv", [t for t, _ in types])
        if choice is None:
            return None
        sep = types[choice.filter_index][1]
        return self._run(choice.path, lambda p: export(
            result, choice.path, force=choice.path.exists(), progress=p, delimiter=sep))

    def export_statistics_csv(self, result: AgreementResult) -> Path | None:
        from ..team.agreement_export import export_statistics_csv

        types = self._csv_types()
        choice = self._ask(self.tr("Export agreement statistics to CSV"),
                           f"{self.stem}-agreement-statistics.csv", [t for t, _ in types])
        if choice is None:
            return None
        sep = types[choice.filter_index][1]
        return self._run(choice.path, lambda _p: export_statistics_csv(
            result, choice.path, force=choice.path.exists(), delimiter=sep))

    def _run(self, path: Path, job: Callable[[Progress], object]) -> Path | None:
        label = self.tr("Writing {0}…").format(path.name)
        if run_with_progress(self.parent_, label, job):
            self.status.emit(self.tr("Saved {0}").format(path))
            return path
        self.status.emit(self.tr("Not saved: {0}").format(path.name))
        return None
