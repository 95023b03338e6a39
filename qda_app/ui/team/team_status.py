"""The status bar of a team project's window: which project, as whom, and who else is in.

"team project Studie Ost · connected as anna · 3 coders online" (and "· blinded" while the
lead keeps coders from seeing each other's codings): the number is how
many Kodierwerk programs have the project open now, this one included, read from the
server's session list (``Project.programs_online``: one small query, no rights beyond
logging in) every :data:`REFRESH_MS` and when the connection comes or goes. While
offline it says so instead.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ...errors import QdaError
from ...records import Changes
from ..common.project_events import ProjectEvents

REFRESH_MS = 10_000
"""How often the number of coders online is read: one small query per program, so 500
coders ask 50 times a second between them, which the server does not notice."""
TITLE_CHARS = 32


class TeamStatus(QLabel):
    """The status bar's permanent "team project X · connected as NAME · N coders online"."""

    def __init__(self, events: ProjectEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamStatus")
        self.events = events
        self.project = events.project
        self._title = self.project.title
        self._blinded = self.project.team_settings().blinded
        self.timer = QTimer(self)
        self.timer.setObjectName("teamStatusTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        events.connectionChanged.connect(lambda _online: self.refresh())
        events.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, changes: Changes) -> None:
        if changes.project and self.project.online:  # renamed, here or by another coder
            self._title = self.project.title
            self._blinded = self.project.team_settings().blinded
            self.refresh()

    def refresh(self) -> None:
        project = self.title_line()
        if not self.project.online:
            self.setText(self.tr("{0} · offline, reconnecting…").format(project))
            return
        try:
            n = self.project.programs_online()
        except QdaError:  # lost just now: the next look says offline
            return
        login = self.project.login or ""
        coders = (self.tr("1 coder online") if n == 1 else
                  self.tr("{0} coders online").format(n))
        text = self.tr("{0} · connected as {1} · {2}").format(project, login, coders)
        if self._blinded:  # a coder sees only their own codings; the lead should know too
            text = self.tr("{0} · blinded").format(text)
        self.setText(text)

    def title_line(self) -> str:
        """"team project TITLE", a long title shortened (the status bar's temporary
        messages share its width); the whole title is in the tooltip."""
        title = self._title
        if len(title) > TITLE_CHARS:
            title = title[:TITLE_CHARS - 1].rstrip() + "…"
        self.setToolTip(self.tr("team project {0}").format(self._title))
        return self.tr("team project {0}").format(title)

    def stop(self) -> None:
        self.timer.stop()
