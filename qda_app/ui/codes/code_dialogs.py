"""The small dialogs of the code tree, each behind a ``classmethod ask()``.

Tests monkeypatch ``ask`` instead of clicking through modal dialogs, and the
panel never touches a ``QMessageBox`` or ``QColorDialog`` directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...colors import PALETTE

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def delete_question(name: str, subcodes: int, codings: int) -> str:
    """What the delete confirmation asks, with exactly what goes with the code."""
    if codings == 1:
        codings_text = translate("CodeDialogs", "1 coding")
    else:
        codings_text = translate("CodeDialogs", "{0} codings").format(codings)
    if subcodes == 1:
        subcodes_text = translate("CodeDialogs", "1 subcode")
    else:
        subcodes_text = translate("CodeDialogs", "{0} subcodes").format(subcodes)
    if subcodes and codings:
        return translate("CodeDialogs", "Delete the code “{0}” with its {1} and {2}?").format(
            name, subcodes_text, codings_text)
    if subcodes:
        return translate(
            "CodeDialogs", "Delete the code “{0}” with its {1}? They have no codings.").format(
            name, subcodes_text)
    if codings:
        return translate("CodeDialogs", "Delete the code “{0}” and its {1}?").format(
            name, codings_text)
    return translate("CodeDialogs", "Delete the code “{0}”? It has no codings.").format(name)


class ConfirmDeleteCode:
    @classmethod
    def ask(cls, parent: QWidget | None, question: str) -> bool:
        title = translate("CodeDialogs", "Delete code")
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(translate("CodeDialogs", "You can undo this with Ctrl+Z."))
        delete = box.addButton(translate("CodeDialogs", "Delete"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete


class CodeColorDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str) -> str | None:
        """A colour as ``#rrggbb``, or ``None`` when cancelled; the palette is offered first."""
        for i, color in enumerate(PALETTE[: QColorDialog.customCount()]):
            QColorDialog.setCustomColor(i, QColor(color))
        title = translate("CodeDialogs", "Code colour")
        chosen = QColorDialog.getColor(QColor(current), parent, title)
        return chosen.name() if chosen.isValid() else None


class CodeNameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """A non-empty name, or ``None`` when cancelled."""
        name, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return name.strip() if ok and name.strip() else None


class CodeDescriptionDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CodeDialogs", "Code description"))
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("codeDescriptionEditor")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(path))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(420, 280)

    @classmethod
    def ask(cls, parent: QWidget | None, path: str, text: str) -> str | None:
        """The edited description, or ``None`` when cancelled."""
        dialog = cls(parent, path, text)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.editor.toPlainText()
            return None
        finally:
            dialog.deleteLater()
