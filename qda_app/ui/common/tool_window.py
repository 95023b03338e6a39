"""Windows of their own beside the workbench, and bringing a window or a pane forward.

The analysis windows (Code Matrix, Co-occurrence, Word Frequencies, Crosstab, Agreement)
and the Document Variables table are each one non-modal window per main window: a menu
entry shows it, made on first use (:func:`show_window`). :class:`ToolWindow` is what
they set up alike: the workbench and its project, a hint line below the table, an
Export… button, and a size fitted once, when first shown. A pane in a dock (Search,
Assist) comes forward with :func:`show_dock_of`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMenu, QPushButton, QWidget

from ..workbench import Workbench

W = TypeVar("W", bound=QWidget)


def show_window(parent: QWidget, kind: type[W], make: Callable[[], W],
                name: str | None = None) -> W:
    """``parent``'s window of ``kind`` (named ``name``, if given), made by ``make`` the first
    time; shown, or raised when it is open behind another window, and activated."""
    found = parent.findChild(kind, name) if name else parent.findChild(kind)
    window = found if isinstance(found, kind) else make()
    if window.isVisible():
        window.raise_()
    else:
        window.show()
    window.activateWindow()
    return window


def add_window_entry(menu: QMenu, parent: QWidget, text: str, name: str,
                     show: Callable[[], object]) -> QAction:
    """Add the entry ``text`` (translated) to ``menu``; choosing it calls ``show``."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: show())
    menu.addAction(action)
    return action


def show_dock_of(widget: QWidget) -> None:
    """Show the dock ``widget`` sits in, in front of the docks it shares a place with."""
    dock = widget.parentWidget()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    if dock is not None:
        dock.show()
        dock.raise_()


class ToolWindow(QDialog):
    """A non-modal window beside the workbench ``bench``, parented to its main window (so
    that :func:`show_window` finds it and it closes with it)."""

    def __init__(self, bench: Workbench, name: str) -> None:
        super().__init__(bench.window)
        self.setObjectName(name)
        self.setModal(False)
        self.bench, self.project = bench, bench.project
        self._sized = False

    def hint_label(self, name: str, wrap: bool = True) -> QLabel:
        """The line below the table that says what it shows."""
        hint = QLabel(self)
        hint.setObjectName(name)
        hint.setWordWrap(wrap)
        return hint

    def export_button(self, name: str, export: Callable[[], object]) -> QPushButton:
        """Export…, calling ``export``."""
        button = QPushButton(QCoreApplication.translate("ToolWindow", "Export…"), self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: export())
        return button

    def fit(self) -> None:
        """Size the window to its contents, when it is first shown (by default: as built)."""

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            self.fit()
        super().showEvent(event)
