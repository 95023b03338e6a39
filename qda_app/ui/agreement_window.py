"""Analysis → Intercoder Agreement…: choose coders, documents and codes; read the tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


def install(window: MainWindow, menu: QMenu | None = None) -> QAction:
    """Add the agreement action to ``menu`` (default: the window's Analysis menu)."""
    menu = menu or window.actions_.analysis_menu
    action = QAction(window.tr("Intercoder &Agreement…"), window)
    action.setObjectName("agreementAction")
    menu.addAction(action)
    return action
