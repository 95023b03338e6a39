"""The merge preview: what merging coders' files would do, before anything is written.

The preview is a dry run of :func:`~qda_app.team.merge.merge_into` on files read once
(:func:`load_sources`); "Merge" merges exactly those contents, so the lead
merges what they saw, even if a coder saves their file meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...project import Project
from ...team.merge import merge_into
from ..common.error_box import show_error

if TYPE_CHECKING:
    from ...merge_records import ProjectContent
    from ...team.mapping import CodeMapping
    from ...team.merge_report import MergeReport, SourceReport

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

WARNING = QColor("#9a5b00")
MAX_EXPANDED = 12  # longer detail lists start collapsed


class MappingFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("QWidget", "Mapping file for renamed codes"), "",
            translate("QWidget", "Mapping files (*.txt *.map);;All files (*)"))
        return Path(name) if name else None


class MergePreview(QDialog):
    """Window-modal; ``accepted`` means "Merge" (the caller merges ``contents``)."""

    def __init__(self, parent: QWidget, project: Project,
                 contents: Sequence[ProjectContent]) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreview")
        self.setWindowTitle(self.tr("Merge Coder Projects – Preview"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.project = project
        self.contents = list(contents)
        self.mapping: CodeMapping | None = None
        self.mapping_path: Path | None = None
        self.report: MergeReport | None = None
        self._build()
        self.refresh()
        self.resize(780, 560)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.summary.setFont(font)
        notice = QLabel(self.tr(
            "Nothing has been written yet. A merge cannot be undone; the coder files are not "
            "changed. After the merge, Undo starts afresh: earlier steps in this window can "
            "no longer be undone. Keep a copy of the team file if you may want to go back."),
            self)
        notice.setObjectName("mergeNotice")
        notice.setWordWrap(True)
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice.setMargin(8)
        notice.setStyleSheet("QLabel#mergeNotice { background: #fff7e0; color: #4d3800; }")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("mergeReport")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Result")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 260)
        self.mapping_label = QLabel(self)
        self.mapping_label.setObjectName("mappingLabel")
        choose = QPushButton(self.tr("Mapping File…"), self)
        choose.setObjectName("mappingButton")
        choose.setToolTip(self.tr("A file of 'old path=new path' lines, one for each code a "
                                  "coder renamed as a new code"))
        choose.clicked.connect(self.choose_mapping)
        self.clear_mapping = QPushButton(self.tr("No Mapping"), self)
        self.clear_mapping.clicked.connect(lambda: self.set_mapping(None))
        row = QHBoxLayout()
        row.addWidget(self.mapping_label, 1)
        row.addWidget(choose)
        row.addWidget(self.clear_mapping)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(notice)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.merge_button.setDefault(True)
        self.merge_button.setFocus()

    # -- mapping -----------------------------------------------------------------------------

    def choose_mapping(self) -> None:
        path = MappingFileDialog.ask(self)
        if path is not None:
            self.set_mapping(path)

    def set_mapping(self, path: Path | None) -> None:
        """Preview again with the mapping file; if it cannot be used, keep the old one."""
        from ...team.mapping import load_mapping

        try:
            mapping = load_mapping(path) if path is not None else None
            report = merge_into(self.project, self.contents, mapping, dry_run=True)
        except Exception as exc:  # QdaError (a bad line): one line; anything else is logged
            show_error(self, exc)
            return
        self.mapping, self.mapping_path = mapping, path
        self._show(report)

    # -- the report --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Preview (a dry run; raises QdaError, e.g. for a damaged coder's file)."""
        self._show(merge_into(self.project, self.contents, self.mapping, dry_run=True))

    def _show(self, report: MergeReport) -> None:
        self.report = report
        self.mapping_label.setText(
            self.tr("Renamed codes: no mapping file") if self.mapping_path is None
            else self.tr("Renamed codes: mapping file {0}").format(self.mapping_path.name))
        self.clear_mapping.setEnabled(self.mapping_path is not None)
        self.summary.setText(self._summary_text(report))
        self.merge_button.setEnabled(report.changes_anything)
        self.cancel_button.setText(self.tr("Cancel") if report.changes_anything
                                   else self.tr("Close"))
        self._fill_tree(report)

    def _summary_text(self, report: MergeReport) -> str:
        files = (self.tr("1 file") if len(report.sources) == 1
                 else self.tr("{0} files").format(len(report.sources)))
        if not report.changes_anything:
            return self.tr("The team file already has everything from {0}; "
                           "there is nothing to merge.").format(files)
        added = [
            (report.codings_added, self.tr("1 coding"), self.tr("{0} codings")),
            (sum(c.added for s in report.sources for c in s.codes),
             self.tr("1 code"), self.tr("{0} codes")),
            (sum(c.how == "added" for s in report.sources for c in s.coders),
             self.tr("1 coder"), self.tr("{0} coders")),
            (sum(d.added for s in report.sources for d in s.documents),
             self.tr("1 document"), self.tr("{0} documents")),
            (sum(s.memos_added for s in report.sources), self.tr("1 memo"),
             self.tr("{0} memos")),
        ]
        parts = [one if n == 1 else many.format(n) for n, one, many in added if n]
        return self.tr("Merging {0} into “{1}” adds {2}.").format(
            files, self.project.title, ", ".join(parts))

    def _fill_tree(self, report: MergeReport) -> None:
        self.tree.clear()
        for source in report.sources:
            self._source_item(source)
        for line in report.unused_mappings:
            item = QTreeWidgetItem(self.tree, [self.tr("Mapping"), self.tr(
                "“{0}” matched no code in any file").format(line)])
            _warn(item)

    def _source_item(self, s: SourceReport) -> None:
        top = QTreeWidgetItem(self.tree, [Path(s.path).name, self.tr(
            "{0} codings added, {1} duplicate").format(s.codings_added, s.codings_duplicate)])
        top.setToolTip(0, f"{s.path}\n{s.title}")
        for col in (0, 1):
            font = top.font(col)
            font.setBold(True)
            top.setFont(col, font)
        top.setExpanded(True)
        self._documents(top, s)
        self._codes(top, s)
        self._coders(top, s)
        codings = self._group(top, self.tr("Codings"), self.tr("{0} added, {1} duplicate").format(
            s.codings_added, s.codings_duplicate))
        for n in s.codings:
            self._child(codings, n.coder, self.tr("{0} added, {1} duplicate").format(
                n.added, n.duplicate))
        codings.setExpanded(True)
        if s.memos_added or s.memos_duplicate:
            self._group(top, self.tr("Memos"), self.tr("{0} added, {1} duplicate").format(
                s.memos_added, s.memos_duplicate))
        if s.differing:
            group = self._group(top, self.tr("Changed since merged"), self.tr(
                "{0} codings: the team file keeps its version").format(len(s.differing)))
            for d in s.differing:
                self._child(group, f"{d.coder}: {d.document} {d.start}–{d.end}",
                            f"{d.code}: {d.reason}", warn=True)
            group.setExpanded(len(s.differing) <= MAX_EXPANDED)

    def _documents(self, top: QTreeWidgetItem, s: SourceReport) -> None:
        added = [d for d in s.documents if d.added]
        group = self._group(top, self.tr("Documents"), self.tr("{0} matched, {1} added").format(
            len(s.documents) - len(added), len(added)))
        for d in s.documents:
            if d.added:
                self._child(group, self.tr("added"), d.target_name)
            elif d.source_name != d.target_name:
                self._child(group, self.tr("matched (same text)"),
                            f"{d.source_name} = {d.target_name}")
        group.setExpanded(group.childCount() <= MAX_EXPANDED)

    def _codes(self, top: QTreeWidgetItem, s: SourceReport) -> None:
        added = [c for c in s.codes if c.added]
        conflicting = s.conflicting_codes
        group = self._group(top, self.tr("Codes"), self.tr(
            "{0} matched, {1} added, {2} conflicting").format(
            len(s.codes) - len(added), len(added), len(conflicting)))
        for c in s.codes:
            if c.added:
                self._child(group, self.tr("added"), c.target_path)
            elif c.how == "mapping" or c.source_path != c.target_path:
                self._child(group, self.tr("matched by {0}").format(c.how),
                            f"{c.source_path} → {c.target_path}")
        for c in conflicting:
            for conflict in c.conflicts:
                self._child(group, self.tr("conflict: {0}").format(c.target_path),
                            conflict, warn=True)
        group.setExpanded(bool(conflicting) or group.childCount() <= MAX_EXPANDED)
        if conflicting:
            _warn(group)

    def _coders(self, top: QTreeWidgetItem, s: SourceReport) -> None:
        new = sum(c.how == "added" for c in s.coders)
        clashes = [c for c in s.coders if c.clash]
        group = self._group(top, self.tr("Coders"), self.tr(
            "{0} matched, {1} added, {2} clashing").format(
            len(s.coders) - new - len(clashes), new, len(clashes)))
        for c in s.coders:
            if c.how == "added":
                self._child(group, c.source_name, self.tr("added"))
            elif c.clash:
                self._child(group, c.source_name, self.tr(
                    "clash: the team file has another coder of this name (other UUID); "
                    "the codings go to the team file's {0}").format(c.target_name), warn=True)
            elif c.source_name != c.target_name:
                self._child(group, c.source_name, self.tr(
                    "is {0} in the team file (same UUID)").format(c.target_name))
            else:
                self._child(group, c.source_name, self.tr("matched"))
        group.setExpanded(bool(clashes) or new > 0)
        if clashes:
            _warn(group)

    def _group(self, parent: QTreeWidgetItem, label: str, result: str) -> QTreeWidgetItem:
        return QTreeWidgetItem(parent, [label, result])

    def _child(self, parent: QTreeWidgetItem, label: str, result: str,
               warn: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label, result])
        item.setToolTip(1, result)
        if warn:
            _warn(item)
        return item


def _warn(item: QTreeWidgetItem) -> None:
    for col in (0, 1):
        item.setForeground(col, QBrush(WARNING))
