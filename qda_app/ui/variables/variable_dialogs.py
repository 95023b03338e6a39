"""The New Variable dialog, behind a ``classmethod ask()`` (tests answer it with
``monkeypatch``); renaming and deleting ask with ``common/dialogs``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...variable_values import TYPES
from .variable_model import type_label

translate = QCoreApplication.translate


class NewVariableDialog(QDialog):
    """A name and a type."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("newVariableDialog")
        self.setWindowTitle(self.tr("New variable"))
        self.name = QLineEdit(self)
        self.name.setObjectName("newVariableName")
        self.name.setPlaceholderText(self.tr("e.g. Alter, Region, Interviewdatum"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("newVariableType")
        for kind in TYPES:
            self.kind.addItem(type_label(kind), kind)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Type:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(name, type), or ``None`` when cancelled or no name was typed."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name.text().strip():
                return None
            return dialog.name.text().strip(), str(dialog.kind.currentData())
        finally:
            dialog.deleteLater()

