"""Running a long export or import with a progress dialog and a working "Cancel".

The work runs on the main thread: the project's SQLite connection and the
facade's change listeners are not meant for use from two threads. The
exporters call ``progress(done, total)`` every few hundred items; the
callback moves the bar, lets Qt paint and handle the Cancel click
(``processEvents``), and answers ``False`` once the user cancelled, so the
exporter stops and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import delete

from ...files import Progress

T = TypeVar("T")
SHOW_AFTER_MS = 300


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """``work(progress)`` under an application-modal progress dialog with Cancel.

    The dialog appears only if the work takes longer than a moment. Whatever
    ``work`` raises (also the exporters' ``ExportCancelled``) passes through.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0,
                             parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Kodierwerk"))
    # modal for the whole app: no coding, no closing the project while a file is written
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)  # a reset would also forget that Cancel was pressed
    dialog.setAutoClose(False)
    dialog.setValue(0)

    def progress(done: int, total: int) -> bool:
        if total > 0:
            if dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(max(0, min(done, total)))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work(progress)
    finally:
        QApplication.restoreOverrideCursor()
        dialog.close()
        delete(dialog)  # now, not later: the next export must not find a stale dialog
