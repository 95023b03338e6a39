"""Showing errors: a user's problem gets its one line; a bug gets logged, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import QdaError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, QdaError):
        text = str(exc)
    else:
        log.error("unexpected error", exc_info=exc)
        text = translate(
            "QWidget", "Something went wrong: {0}. Your project is unchanged."
        ).format(f"{type(exc).__name__}: {exc}")
    QMessageBox.warning(parent, title or translate("QWidget", "Kodierwerk"), text)
