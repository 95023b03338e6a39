"""File → Merge Coder Projects…: choose coders' files, preview the merge, then merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


def install(window: MainWindow, menu: QMenu | None = None) -> QAction:
    """Add the merge action to ``menu`` (default: the window's File menu)."""
    menu = menu or window.actions_.file_menu
    action = QAction(window.tr("&Merge Coder Projects…"), window)
    action.setObjectName("mergeAction")
    menu.addAction(action)
    return action
