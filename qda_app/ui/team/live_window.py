"""What a team project's window adds: live updates, the offline banner, the team status.

:func:`install` is called once the main window has built its views (a file project
gets nothing: it has no server to hear or lose). See :mod:`.live_feed`,
:mod:`.offline_banner` and :mod:`.team_status`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..workbench import NOTICE_MS, Workbench
from .live_feed import LiveFeed
from .offline_banner import OfflineBanner
from .team_status import TeamStatus


class LiveWindow(QObject):
    """The live feed, the banner and the team status of one team project's window."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.setObjectName("liveWindow")
        self.bench = bench
        events = bench.events
        self.banner = OfflineBanner(bench.project, bench.window)
        self.status = TeamStatus(events, bench.window)
        bench.window.statusBar().insertPermanentWidget(0, self.status)
        self.feed = LiveFeed(events, self)
        events.connectionChanged.connect(self._connection_changed)
        events.settle()  # what others announced while the views were reading
        self.banner.set_online(events.check_connection())

    def _connection_changed(self, online: bool) -> None:
        self.banner.set_online(online)
        self._undo_while(online)
        if online:
            self.bench.status(self.tr("Back online: the project was reloaded with what the "
                                      "other coders did meanwhile"), NOTICE_MS)

    def _undo_while(self, online: bool) -> None:
        """No undo or redo offline: Qt's stack would move past a step that cannot be undone
        and drop it; back online, the history is there as it was. (Nothing is pushed while
        offline, since every action is refused, so the stack does not enable them again.)"""
        stack = self.bench.undo_stack
        for name, can in (("undoAction", stack.canUndo), ("redoAction", stack.canRedo)):
            action = self.bench.window.findChild(QAction, name)
            if isinstance(action, QAction):
                action.setEnabled(online and can())

    def stop(self) -> None:
        self.feed.stop()
        self.status.stop()


def install(bench: Workbench) -> LiveWindow | None:
    """Live updates and the team status for a team project's window; nothing for a file."""
    return LiveWindow(bench) if bench.project.is_server else None
