"""The workbench context: what a feature of the window may use of the rest of it.

Features (menus, coding, document import, exports, merge, matrix, agreement)
receive a :class:`Workbench` instead of the main window: the project, the
change hub, the undo stack, the settings, the window as the parent of their
dialogs, a status line, the coder and the coder filter, and "show this
place". None of them reads the main window's attributes, so a feature can be
changed, tested or moved without knowing how the docks are assembled.

The workbench also keeps the window following the project rather than its
memory of it: its :class:`~.common.project_watch.ProjectWatch` catches up
with changes another program wrote to the file (every view reloads, the
status line says so), and what views report gone (``events.notice``) is said
in the status line.

Two answers come from views that the main window attaches once it has built
them (:meth:`Workbench.attach`): the transcript (which document is open; show
a document or a place in it) and the retrieval (what the Retrieved Segments
panel lists; list given segments there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from ..project import Project
from ..team_records import TeamRights
from .commands.command_base import ProjectUndoStack
from .common.project_events import ProjectEvents
from .common.project_watch import ProjectWatch
from .sets.activation import Activation
from .settings import AppSettings

STATUS_MS = 6000
NOTICE_MS = 12000
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class WindowFilters:
    """What the window shows now; the export dialogs start from it."""

    codes: tuple[str, ...] = ()
    """Activated codes (UUIDs, tree order)."""
    include_subcodes: bool = True
    document: str | None = None
    """The segment panel's document filter (UUID), or the document for a transcript."""
    coder: str | None = None
    set: str | None = None
    """The segment panel's set (UUID), when its documents box shows one (or the activated)."""
    where: str | None = None
    """... or the condition activated in the Sets panel."""
    speaker: str | None = None
    """The segment panel's speaker filter (``records.NO_SPEAKER``: codings in no turn)."""


class Transcript(Protocol):
    """The transcript as other features see it."""

    def current_document(self) -> str | None: ...

    def show_document(self, uuid: str) -> None: ...

    def show_place(self, document_uuid: str, start: int, end: int,
                   coding_uuid: str | None = None) -> None: ...


class Retrieval(Protocol):
    """The Retrieved Segments panel (with the code system's ticks) as other features see it."""

    def shown(self) -> WindowFilters: ...

    def show_segments(self, codes: list[str], document: str | None,
                      coder: str | None, speaker: str | None = None) -> None: ...


class Workbench(QObject):
    projectRequested = Signal(str)
    """Open the project at this path (in a new window; this one closes)."""
    coderChanged = Signal(str)
    """The user's coder name changed (new codings carry it)."""
    coderFilterChanged = Signal(object)
    """Show only this coder's codings (``None``: everybody's)."""

    def __init__(self, project: Project, settings: AppSettings, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("workbench")
        self.project = project
        self.project_uuid = project.uuid
        """Read once: what the settings remember is kept per project."""
        self.settings = settings
        self.window = window
        """The parent of every dialog and of the features' actions."""
        self.events = ProjectEvents(project, self)
        self.undo_stack = ProjectUndoStack(self.events, window, self)
        self.undo_stack.setObjectName("undoStack")
        self.watch = ProjectWatch(self.events, window)
        """Looks for changes other programs wrote (``watch.check()`` is what its timer calls)."""
        self.events.notice.connect(lambda text: self.status(text, NOTICE_MS))
        self.events.changedElsewhere.connect(lambda: self.status(
            self.tr("Updated: the project was changed by another program"), NOTICE_MS))
        self.coder_filter: str | None = None
        self.activation = Activation(project, self.events, self)
        """What the Sets panel activated: the analyses' "Activated" documents."""
        self._transcript: Transcript | None = None
        self._retrieval: Retrieval | None = None

    @property
    def rights(self) -> TeamRights:
        """What this login may do (a file: everything): the features ask it before they
        offer a change the database would refuse (:mod:`.team.team_rights`); kept by the
        change hub, which reads it again when the lead changes the team's settings."""
        return self.events.rights

    def attach(self, transcript: Transcript, retrieval: Retrieval) -> None:
        """Called by the main window once the views that answer these questions exist."""
        self._transcript, self._retrieval = transcript, retrieval

    # -- the window ------------------------------------------------------------------------

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        """Say ``text`` in the status line for ``ms`` milliseconds."""
        self.window.statusBar().showMessage(text, ms)

    def request_project(self, path: str) -> None:
        self.projectRequested.emit(path)

    # -- the coder ---------------------------------------------------------------------------

    def set_coder(self, name: str) -> None:
        """Code as ``name`` from now on (remembered for the next start)."""
        self.project.coder = name
        self.settings.coder_name = name
        self.coderChanged.emit(name)

    def set_coder_filter(self, coder: str | None) -> None:
        """Show the codings of one coder (``None``: everybody's)."""
        self.coder_filter = coder
        self.coderFilterChanged.emit(coder)

    # -- the transcript and the retrieval ----------------------------------------------------

    def current_document(self) -> str | None:
        """The UUID of the document in the transcript, if one is open."""
        return self._attached(self._transcript).current_document()

    def show_document(self, uuid: str) -> None:
        self._attached(self._transcript).show_document(uuid)

    def show_place(self, document_uuid: str, start: int, end: int,
                   coding_uuid: str | None = None) -> None:
        """Open the document, select ``[start, end)`` (and the coding), focus the text.

        A feature in a window of its own brings the workbench up itself. Raises
        :class:`~qda_app.errors.QdaError` when the document is gone.
        """
        self._attached(self._transcript).show_place(document_uuid, start, end, coding_uuid)

    def shown(self) -> WindowFilters:
        """The activated codes and the Retrieved Segments panel's filters."""
        return self._attached(self._retrieval).shown()

    def show_segments(self, codes: list[str], document: str | None, coder: str | None,
                      speaker: str | None = None) -> None:
        """List exactly these codings in the Retrieved Segments panel and bring it up."""
        self._attached(self._retrieval).show_segments(codes, document, coder, speaker)

    @staticmethod
    def _attached(part: T | None) -> T:
        if part is None:
            raise RuntimeError("the main window has not attached its views yet")
        return part
