"""Small dialogs behind classmethods, so tests can answer them (monkeypatch ``ask``)."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import (
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

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


@dataclass(frozen=True, slots=True)
class MemoDraft:
    """What the memo editor gives back: the memo's title and text."""

    title: str
    text: str


class MemoDialog(QDialog):
    """A memo's editor: a wrapped editor at a size to write in, remembered for next time.

    For a memo of the project, a document, a code, a passage or a free memo it shows
    a title field, what the memo belongs to and who wrote it when (``memo_title``,
    ``about``, ``byline``); a coding's memo is its text alone. Esc, Cancel and the close
    button ask before throwing away what was typed ("Discard the changes to this
    memo?") and close at once when nothing was. A memo the user may not change (another
    coder's, in a team project) opens read-only: ``read_only`` says why, above the text,
    and the only button is Close.
    """

    DEFAULT_SIZE = QSize(560, 380)
    MIN_SIZE = QSize(480, 320)
    SIZE_KEY = "window/memoDialogSize"

    def __init__(self, parent: QWidget | None, title: str, text: str,
                 settings: QSettings | None = None, *, memo_title: str | None = None,
                 about: str = "", byline: str = "", read_only: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(title)
        self.original = MemoDraft(memo_title or "", text)
        self.settings = settings
        layout = QVBoxLayout(self)
        self.title_field: QLineEdit | None = None
        if memo_title is not None:
            self.title_field = QLineEdit(memo_title, self)
            self.title_field.setObjectName("memoTitle")
            self.title_field.setPlaceholderText(translate("MemoDialog", "Title"))
            layout.addWidget(self.title_field)
        for line, name in ((about, "memoAbout"), (byline, "memoByline"),
                           (read_only, "memoReadOnly")):
            if line:
                label = QLabel(line, self)
                label.setObjectName(name)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(label)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("memoEditor")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if read_only else
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        if read_only:
            self.editor.setReadOnly(True)
            if self.title_field is not None:
                self.title_field.setReadOnly(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(self.MIN_SIZE)
        saved = settings.value(self.SIZE_KEY) if settings is not None else None
        self.resize(saved if isinstance(saved, QSize) else self.DEFAULT_SIZE)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it ends
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def draft(self) -> MemoDraft:
        title = self.title_field.text().strip() if self.title_field is not None else ""
        return MemoDraft(title, self.text())

    def reject(self) -> None:
        """Esc, Cancel, the close button: keep typed text unless the user lets it go."""
        if self.draft() != self.original and not DiscardMemo.ask(self):
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue(self.SIZE_KEY, self.size())
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str,
            settings: QSettings | None = None, read_only: str = "") -> str | None:
        """The edited memo, or None when cancelled (``settings`` remember the size; a
        coding's memo shown ``read_only`` gives None too)."""
        dialog = cls(parent, title, text, settings, read_only=read_only)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.text() if accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_memo(cls, parent: QWidget | None, window_title: str, draft: MemoDraft,
                 about: str = "", byline: str = "", settings: QSettings | None = None,
                 read_only: str = "") -> MemoDraft | None:
        """A memo with a title: the edited title and text, or None when cancelled (or shown
        read-only, ``read_only`` saying why)."""
        dialog = cls(parent, window_title, draft.text, settings, memo_title=draft.title,
                     about=about, byline=byline, read_only=read_only)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.draft() if accepted else None
        finally:
            dialog.deleteLater()


class Confirm:
    """A question with Yes and Cancel (the default): "Replace it?", "Delete it?"."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            parent, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


class RenameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str) -> str | None:
        """The new name, or ``None`` when cancelled, empty or unchanged."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        value = value.strip()
        return value if ok and value and value != text else None


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
