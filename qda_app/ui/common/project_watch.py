"""When the window looks for changes that another program wrote to its project.

A coder may run ``qda code-text`` or a script on the file the window has open,
or keep a second window on it. The window catches up (:meth:`ProjectEvents.catch_up`,
one ``PRAGMA data_version``) when it is activated, when the application comes
back to the front, and every two seconds while the application is active. It
does not look behind a modal dialog or a progress bar: the work under way
reads the project itself, and the window catches up on the next tick after.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .project_events import ProjectEvents

POLL_MS = 2000


class ProjectWatch(QObject):
    def __init__(self, events: ProjectEvents, window: QWidget) -> None:
        super().__init__(window)
        self.events = events
        self.timer = QTimer(self)
        self.timer.setObjectName("projectWatchTimer")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)
        self._app = QApplication.instance()
        if isinstance(self._app, QApplication):
            self._app.applicationStateChanged.connect(self._application_state_changed)
            if self._app.applicationState() == Qt.ApplicationState.ApplicationActive:
                self.timer.start()

    def check(self) -> bool:
        """Catch up with the project if another program changed it (what the timer calls)."""
        if QApplication.activeModalWidget() is not None:
            return False
        return self.events.catch_up()

    def stop(self) -> None:
        """The project is closing: no more looks at it."""
        self.timer.stop()
        if isinstance(self._app, QApplication):
            self._app.applicationStateChanged.disconnect(self._application_state_changed)
            self._app = None

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
            self.timer.start()
        else:
            self.timer.stop()  # nobody looks at the window: look again when they come back

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return super().eventFilter(watched, event)
