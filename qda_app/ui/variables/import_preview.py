"""The preview of a variable import: what would be written, before anything is.

A table of the columns (variable, type, new or existing, values), then the rows that
name no document of the project and the values that do not fit; "Import" is offered
only when nothing stands in the way. Behind ``classmethod ask()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...importers.variable_import import VariableImportPlan
from .variable_model import type_label


class ImportPreview(QDialog):
    def __init__(self, parent: QWidget | None, plan: VariableImportPlan) -> None:
        super().__init__(parent)
        self.setObjectName("variableImportPreview")
        self.setWindowTitle(self.tr("Import variables from {0}").format(plan.path.name))
        summary = QLabel(self.tr("{0} values for {1} documents, in {2} variables:").format(
            len(plan.writes), plan.documents, len(plan.columns)), self)
        table = QTableWidget(len(plan.columns), 3, self)
        table.setObjectName("variableImportColumns")
        table.setHorizontalHeaderLabels([self.tr("Variable"), self.tr("Type"),
                                         self.tr("Values")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, column in enumerate(plan.columns):
            kind = type_label(column.type)
            cells = (column.name,
                     self.tr("{0} (new)").format(kind) if column.new else kind,
                     str(column.values))
            for c, text in enumerate(cells):
                table.setItem(row, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table, 1)
        notes = self._notes(plan)
        if notes:
            box = QPlainTextEdit("\n".join(notes), self)
            box.setObjectName("variableImportNotes")
            box.setReadOnly(True)
            box.setMaximumHeight(140)
            layout.addWidget(box)
        note = QLabel(self.tr("Empty cells change nothing. Undo takes the whole import "
                              "back."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(not plan.problems and bool(plan.writes or any(c.new
                                                                    for c in plan.columns)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _notes(self, plan: VariableImportPlan) -> list[str]:
        notes: list[str] = []
        if plan.unknown:
            notes.append(self.tr("Rows naming no document of the project (left out): {0}")
                         .format(", ".join(plan.unknown)))
        if plan.repeated:
            notes.append(self.tr("Documents named in more than one row (the last row "
                                 "counts): {0}").format(", ".join(plan.repeated)))
        if plan.problems:
            notes.append(self.tr("Values that do not fit their variable (nothing can be "
                                 "imported until they are corrected in the file):"))
            notes.extend(plan.problems)
        return notes

    @classmethod
    def ask(cls, parent: QWidget | None, plan: VariableImportPlan) -> bool:
        """Whether to write ``plan``."""
        dialog = cls(parent, plan)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
