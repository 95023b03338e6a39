"""The small dialogs of the Document variables window, each behind a ``classmethod ask()``
(tests answer them with ``monkeypatch``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
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


class NameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        value = value.strip()
        return value if ok and value and value != text else None


class ConfirmDelete:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            parent, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
