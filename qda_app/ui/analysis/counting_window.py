"""What the analysis windows that count (Code Matrix, Co-occurrence, Word Frequencies,
Crosstab) do alike: follow the project, and open a place in the text.

A change the window cares about (its :meth:`CountingWindow._on_change` decides) marks
the counts out of date; they are counted again after a short pause, so that several
changes in a row (an import, a merge, undoing a macro) are counted once, and only while
the window is visible: a hidden window counts when it is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent

from ...errors import NotFoundError
from ...records import Changes
from ..common.tool_window import ToolWindow
from ..workbench import Workbench

RECOUNT_DELAY_MS = 150
"""Changes in a row are counted once, this long after the last."""


class CountingWindow(ToolWindow):
    """A :class:`ToolWindow` whose table the core counts (:meth:`count`), counted again
    after the changes :meth:`_on_change` marks with :meth:`recount_soon`."""

    def __init__(self, bench: Workbench, name: str) -> None:
        super().__init__(bench, name)
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self._recount_if_visible)

    def count(self) -> None:  # pragma: no cover - abstract
        """Count with what the window's controls say now, and show it."""
        raise NotImplementedError

    def _on_change(self, changes: Changes) -> None:  # pragma: no cover - abstract
        """Subclasses connect this to ``bench.events.changed`` once their controls exist."""
        raise NotImplementedError

    def recount(self) -> None:
        """Count again now."""
        self.count()
        self._dirty = False

    def recount_soon(self) -> None:
        """The counts are out of date: count again after the pause, if visible by then."""
        self._dirty = True
        self._timer.start()

    def _recount_if_visible(self) -> None:
        if self._dirty and self.isVisible():
            self.recount()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.recount()
        super().showEvent(event)

    def open_place(self, document: str, start: int, end: int,
                   coding: str | None = None) -> None:
        """Show the place in the workbench's text and bring the workbench up; a document
        another program deleted is said in its status line."""
        try:
            self.bench.show_place(document, start, end, coding)
        except NotFoundError:
            self.bench.events.gone(QCoreApplication.translate(
                "CountingWindow",
                "This document no longer exists (another program may have deleted it)."))
            return
        self.bench.window.raise_()
        self.bench.window.activateWindow()
