"""A team project's window hears other coders at once, and notices when the server goes.

The project's listening connection (``Project.notification_socket``) becomes
readable when another coder's announcement arrives; a ``QSocketNotifier`` on it
runs :meth:`ProjectEvents.catch_up` on the GUI thread, which reads it without
blocking and patches the views: no polling, no thread, another coder's coding is
painted a few milliseconds after its commit. (The window's two-second timer and
its activation still catch up too, as on a file.)

The notifier watches a duplicate of the socket, so the connection may be closed
behind its back (lost, or replaced by a new one) without Qt ever polling a closed
descriptor; it follows the project's socket after every look and when the
connection comes back.

**Offline.** When the project goes offline (the server stopped, the network went),
the events hub says so (``connectionChanged(False)``): the banner shows, the core
refuses every action with one line, and this feed looks every
:data:`RETRY_MS` whether the core's background thread has connected again. When it
has, the next look reloads every view once (what others did meanwhile was not heard)
and the banner goes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from ..common.project_events import ProjectEvents

RETRY_MS = 500
"""How often an offline window looks whether the connection is back."""


class LiveFeed(QObject):
    """Catches up the moment an announcement arrives; looks for the connection offline."""

    def __init__(self, events: ProjectEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveFeed")
        self.events = events
        self.notifier: QSocketNotifier | None = None
        self._copy: int | None = None  # our duplicate of the project's socket
        self._followed: int | None = None  # the project's own descriptor number
        self.retry = QTimer(self)
        self.retry.setObjectName("reconnectTimer")
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.events.catch_up)
        events.connectionChanged.connect(self._connection_changed)
        self._follow_socket()

    def _readable(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)  # not again while this look reads it
        try:
            self.events.catch_up()
        finally:  # whatever a view made of it, the next announcement is heard too
            self._follow_socket()

    def _follow_socket(self) -> None:
        """Watch the project's present socket (none while offline)."""
        fd = self.events.project.notification_socket()
        if fd is not None and fd == self._followed and self.notifier is not None:
            self.notifier.setEnabled(True)
            return
        self._unfollow()
        if fd is None:
            return
        self._followed, self._copy = fd, os.dup(fd)
        self.notifier = QSocketNotifier(self._copy, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)

    def _unfollow(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self._copy is not None:
            os.close(self._copy)
            self._copy = None
        self._followed = None

    def _connection_changed(self, online: bool) -> None:
        self._unfollow()  # a new connection may reuse the old descriptor's number
        if online:
            self.retry.stop()
            self._follow_socket()
        else:
            self.retry.start()

    def stop(self) -> None:
        """The project is closing: no more looks at it."""
        self.retry.stop()
        self._unfollow()
