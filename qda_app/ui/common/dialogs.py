"""Small dialogs behind classmethods, so tests can answer them (monkeypatch ``ask``)."""

from __future__ import annotations

import getpass
import os

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class MemoDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        value, ok = QInputDialog.getMultiLineText(parent, title, QWidget.tr("Memo:"), text)
        return value if ok else None


class CoderNameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str | None = None) -> str | None:
        value, ok = QInputDialog.getText(
            parent, QWidget.tr("Your name as a coder"),
            QWidget.tr("Every coding you make is attached to this name:"),
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
