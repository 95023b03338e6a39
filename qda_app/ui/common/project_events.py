"""One hub that turns the core's change records into a Qt signal.

Views connect to ``changed`` and refresh only what a :class:`~qda_app.Changes`
names, whoever made the change (a command, a dialog, an import). Changes that
another program wrote to the same file arrive here too: :meth:`catch_up`
asks the project and, if it changed elsewhere, sends a record that names
everything and no codings, so each view reloads what it shows as after a
merge. A view that finds something it remembered gone (a code clicked that
another program deleted) calls :meth:`gone`: the window catches up and the
user is told in the status line, never left with silence or a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...project import Project
from ...records import Changes

EVERYTHING = Changes(documents=True, codes=True, codings=True, coders=True, memos=True,
                     project=True, variables=True, sets=True)
"""What a change written by another program may have touched: views reload, not patch."""


class ProjectEvents(QObject):
    changed = Signal(object)  # Changes
    changedElsewhere = Signal()
    """Another program changed the file; ``changed`` has just sent :data:`EVERYTHING`."""
    notice = Signal(str)
    """A line for the status bar: something the window remembered is gone."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        project.subscribe(self._on_change)

    def _on_change(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def catch_up(self) -> bool:
        """Refresh every view if another program wrote to the file since the last look.

        Cheap (one ``PRAGMA data_version``): the window asks on activation and
        on a timer, and whenever a view finds its memory of the project stale.
        """
        if not self.project.changed_elsewhere():
            return False
        self.changed.emit(EVERYTHING)
        self.changedElsewhere.emit()
        return True

    def gone(self, text: str) -> None:
        """Something a view acted on no longer exists: catch up, then say ``text``."""
        self.catch_up()
        self.notice.emit(text)

    def detach(self) -> None:
        self.project.unsubscribe(self._on_change)
