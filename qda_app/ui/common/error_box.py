"""Showing errors: a user's problem gets its one line; a bug gets logged, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import QdaError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, QdaError):
        text = str(exc)
    else:
        log.error("unexpected error", exc_info=exc)
        text = QWidget.tr("Something went wrong: {0}. Your project is unchanged.").format(
            f"{type(exc).__name__}: {exc}")
    QMessageBox.warning(parent, title or QWidget.tr("Kodierwerk"), text)
