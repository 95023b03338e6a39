"""Analysis → Code Matrix…: codes × documents, cells shaded by count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


def install(window: MainWindow, menu: QMenu | None = None) -> QAction:
    """Add the code matrix action to ``menu`` (default: the window's Analysis menu)."""
    menu = menu or window.actions_.analysis_menu
    action = QAction(window.tr("Code &Matrix…"), window)
    action.setObjectName("codeMatrixAction")
    menu.addAction(action)
    return action
