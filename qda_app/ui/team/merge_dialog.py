"""File → Merge Coder Projects…: choose coders' files, preview the merge, then merge.

The open project is the team file. Nothing is written before "Merge" in the
preview; the merge is one transaction of :func:`~qda_app.team.merge.merge_into`, and the
views refresh from the change record it announces, like after any edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from ..common.error_box import show_error
from ..workbench import Workbench
from .merge_preview import MergePreview

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class CoderFilesDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, translate("QWidget", "Choose the coders' project files to merge"), "",
            translate("QWidget", "Kodierwerk projects (*.qda)"))
        return [Path(n) for n in names]


class MergeFlow(QObject):
    """Ask for files, show the preview, merge on "Merge"."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.setObjectName("mergeFlow")
        self.bench = bench
        self.w = bench.window  # the parent of the dialogs
        self.preview: MergePreview | None = None

    def start(self) -> None:
        paths = CoderFilesDialog.ask(self.w)
        if paths:
            self.preview_files(paths)

    def preview_files(self, paths: list[Path]) -> MergePreview | None:
        """Read the files once and open the preview (window-modal, not blocking)."""
        from ...team.merge import load_sources

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            contents = load_sources(paths, self.bench.project.path)
            preview = MergePreview(self.w, self.bench.project, contents)
        except Exception as exc:  # QdaError: one line; anything else is logged
            QApplication.restoreOverrideCursor()
            show_error(self.w, exc, self.tr("Merge Coder Projects"))
            return None
        QApplication.restoreOverrideCursor()
        preview.accepted.connect(lambda: self.merge(preview))
        preview.finished.connect(preview.deleteLater)
        self.preview = preview
        preview.open()
        return preview

    def merge(self, preview: MergePreview) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from ...team.merge import merge_into

            report = merge_into(self.bench.project, preview.contents, preview.mapping)
        except Exception as exc:  # one transaction: the team file is as it was
            QApplication.restoreOverrideCursor()
            show_error(self.w, exc, self.tr("Merge Coder Projects"))
            return
        QApplication.restoreOverrideCursor()
        # Earlier undo steps name codes and codings the merge may have built on (an undone
        # "new code" would delete the coders' merged codings with it): start afresh.
        self.bench.undo_stack.clear()
        self.bench.status(self.tr(
            "Merged {0} file(s): {1} codings added. Undo starts afresh after a merge.").format(
            len(report.sources), report.codings_added), 10000)


def install(bench: Workbench, menu: QMenu) -> QAction:
    """Add File → Merge Coder Projects… to ``menu``."""
    flow = MergeFlow(bench)
    action = QAction(QCoreApplication.translate("MainWindow", "&Merge Coder Projects…"),
                     bench.window)
    action.setObjectName("mergeAction")
    action.setStatusTip(QCoreApplication.translate(
        "MainWindow", "Merge coders' project files into this project, after a preview"))
    action.triggered.connect(lambda _checked=False: flow.start())
    menu.addAction(action)
    return action
