"""One hub that turns the core's change records into a Qt signal.

Views connect to ``changed`` and refresh only what a :class:`~qda_app.Changes`
names, whoever made the change (a command, a dialog, an import). Changes that
another program wrote arrive here too, through :meth:`catch_up`:

- on a **file**, SQLite says only *that* another program committed, so a record
  that names everything and no codings is sent, and each view reloads what it
  shows as after a merge;
- on a **team project**, each commit of another coder was announced with what it
  changed, so the views get a record they patch themselves from, as after their
  own coder's action (:class:`~qda_app.team.live.LiveChanges` reads the codings
  it names). When the connection was lost and is back, every view reloads once.

A view that finds something it remembered gone (a code clicked that another
program deleted) calls :meth:`gone`: the window catches up and the user is told
in the status line, never left with silence or a traceback.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from PySide6.QtCore import QObject, Signal

from ...errors import QdaError, ServerUnreachableError
from ...project import Project
from ...records import Changes
from ...team.live import LiveChanges
from ...team_records import TeamRights

log = logging.getLogger(__name__)

EVERYTHING = Changes(documents=True, codes=True, codings=True, coders=True, memos=True,
                     project=True, variables=True, sets=True)
"""What a change written by another program may have touched: views reload, not patch."""


class ProjectEvents(QObject):
    changed = Signal(object)  # Changes
    changedElsewhere = Signal()
    """Another program changed the file; ``changed`` has just sent :data:`EVERYTHING`."""
    notice = Signal(str)
    """A line for the status bar: something the window remembered is gone."""
    connectionChanged = Signal(bool)
    """A team project went offline (``False``) or is back (``True``, the views reloaded)."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.online = project.online
        self.live = LiveChanges(project) if project.is_server else None
        self.rights: TeamRights = project.rights()
        """What this login may do (a file: everything), read once here for every feature
        of the window, and again before a change of the project (the lead's settings) is
        sent on, so that the views hear the change with the new rights in place."""
        project.subscribe(self._on_change)

    def _on_change(self, changes: Changes) -> None:
        self._emit(changes)

    def _emit(self, changes: Changes) -> None:
        if changes.project:
            with suppress(QdaError):  # offline: the old rights stand until the reload
                self.rights = self.project.rights()
        self.changed.emit(changes)

    def catch_up(self) -> bool:
        """Show what another program (or coder) changed since the last look; whether
        anything had. Cheap (a file: one ``PRAGMA data_version``; a team project: a
        non-blocking look at its announcements, and one query for the codings they name):
        the window asks when a team project's announcement arrives, on activation and on
        a timer, and whenever a view finds its memory of the project stale."""
        if self.live is None:
            if not self.project.changed_elsewhere():
                return False
            self.reload()
            self.changedElsewhere.emit()
            return True
        try:
            return self._follow(self.live)
        finally:
            self.check_connection()

    def _follow(self, live: LiveChanges) -> bool:
        try:
            batch = live.take()
        except ServerUnreachableError:  # lost meanwhile: offline now; reloaded once back
            return False
        except QdaError:
            log.exception("could not read what another coder changed; reloading")
            batch = None
        if batch is None:
            self.reload()
            self.settle()
            return True
        for changes in batch:
            self._emit(changes)
        return bool(batch)

    def reload(self) -> None:
        """Every view reloads what it shows."""
        self._emit(EVERYTHING)

    def settle(self) -> None:
        """Right after the views read the project (the window opened, or reloaded): what
        other coders announced meanwhile may or may not be in what they read, so the
        views read the codings once more rather than patch them in twice."""
        if self.live is None:
            return
        try:
            batch = self.live.take(patch=False)
        except QdaError:
            return
        if batch is None:
            self.reload()
        for changes in batch or ():
            self._emit(changes)

    def check_connection(self) -> bool:
        """Tell the window when a team project went offline or is back; whether online."""
        online = self.project.online
        if online != self.online:
            self.online = online
            self.connectionChanged.emit(online)
        return online

    def gone(self, text: str) -> None:
        """Something a view acted on no longer exists: catch up, then say ``text``."""
        self.catch_up()
        self.notice.emit(text)

    def unreachable(self, exc: QdaError) -> None:
        """A look at a team project found its server gone (the core refused in one line):
        say it in the status bar; the window goes offline (its banner shows)."""
        self.check_connection()
        self.notice.emit(str(exc))

    def detach(self) -> None:
        self.project.unsubscribe(self._on_change)
        if self.live is not None:
            self.live.close()
