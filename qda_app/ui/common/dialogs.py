"""Small dialogs behind classmethods, so tests can answer them (monkeypatch ``ask``)."""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class MemoDialog(QDialog):
    """A coding's memo: a wrapped editor at a size to write in, remembered for next time.

    Esc, Cancel and the close button ask before throwing away what was typed
    ("Discard the changes to this memo?") and close at once when nothing was.
    """

    DEFAULT_SIZE = QSize(560, 380)
    MIN_SIZE = QSize(480, 320)
    SIZE_KEY = "window/memoDialogSize"

    def __init__(self, parent: QWidget | None, title: str, text: str,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(title)
        self.original = text
        self.settings = settings
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("memoEditor")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.setMinimumSize(self.MIN_SIZE)
        saved = settings.value(self.SIZE_KEY) if settings is not None else None
        self.resize(saved if isinstance(saved, QSize) else self.DEFAULT_SIZE)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it ends

    def text(self) -> str:
        return self.editor.toPlainText()

    def reject(self) -> None:
        """Esc, Cancel, the close button: keep typed text unless the user lets it go."""
        if self.text() != self.original and not DiscardMemo.ask(self):
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue(self.SIZE_KEY, self.size())
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str,
            settings: QSettings | None = None) -> str | None:
        """The edited memo, or None when cancelled (``settings`` remember the size)."""
        dialog = cls(parent, title, text, settings)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.text() if accepted else None
        finally:
            dialog.deleteLater()


class DiscardMemo:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("MemoDialog", "Memo"),
            QCoreApplication.translate("MemoDialog", "Discard the changes to this memo?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


class CoderNameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str | None = None) -> str | None:
        value, ok = QInputDialog.getText(
            parent, translate("QWidget", "Your name as a coder"),
            translate("QWidget", "Every coding you make is attached to this name:"),
            QLineEdit.EchoMode.Normal, current or system_user_name())
        value = value.strip()
        return value if ok and value else None


def system_user_name() -> str:
    """The user's full name from the system when known, else the login name."""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if gecos:
            return gecos
    except (ImportError, KeyError, AttributeError):
        pass
    for var in ("USERNAME", "USER"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "Coder"
