"""Roles, members and settings of a team project: the part of the :class:`~qda_app.Project`
facade that says who may do what.

The database enforces the rights (:mod:`qda_app.storage.team_roles`); this book
reads them for the window (which hides what a login may not do) and the command
line (``qda team members``, ``qda team settings``), and lets an administrator add
members and the lead change the settings. On a ``.qda`` file there are no roles:
:meth:`TeamBook.rights` says ``owner``, the settings read as the defaults, and
changing settings or members is refused in one line (a file belongs to one person;
a team needs a server).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy.orm import Session

from .errors import QdaError
from .records import Changes
from .storage import team_roles, team_settings
from .team_records import OWNER, PasswordSource, TeamMember, TeamRights, TeamSettings

Write = Callable[[Changes | None], AbstractContextManager[Session]]
Read = Callable[[], AbstractContextManager[Session]]
SETTINGS_CHANGED = Changes(project=True, codings=True, coders=True)
"""Blinded mode changes which codings a coder sees: their views reload them."""


class TeamBook:
    def __init__(self, is_server: bool, name: str, write: Write, read: Read) -> None:
        self._server, self._name = is_server, name
        self._write, self._read = write, read

    def _refuse_file(self, what: str) -> None:
        if not self._server:
            raise QdaError(f"{what} belong to team projects on a PostgreSQL server; "
                           f"{self._name} is a file, for one person (`qda team push` puts it "
                           "on a server)")

    def settings(self) -> TeamSettings:
        """The lead's settings (a file, or a project without roles: the defaults)."""
        with self._read() as s:
            return team_settings.read(s)[0]

    def set_settings(self, blinded: bool | None, coders_add_codes: bool | None
                     ) -> TeamSettings:
        """Change the settings (the lead only: the database refuses anyone else)."""
        self._refuse_file("team settings")
        with self._write(SETTINGS_CHANGED) as s:
            team_roles.stem_of(s.connection())
            return team_settings.write(s, blinded, coders_add_codes)

    def members(self) -> list[TeamMember]:
        """Every coder with login and role; on a file or a project without roles, the
        coders without either."""
        with self._read() as s:
            stem = team_settings.read(s)[1] if self._server else None
            if stem is None:
                from .storage import coders as coder_store

                return [TeamMember(c.name, None, None) for c in coder_store.list_coders(s)]
            return team_roles.members(s.connection(), stem)

    def rights(self) -> TeamRights:
        """What this login may do; one read of settings, role and its coder."""
        if not self._server:
            return TeamRights(OWNER)
        with self._read() as s:
            settings, stem = team_settings.read(s)
            conn = s.connection()
            role = team_roles.role_of_login(conn, stem)
            coder = team_roles.own_coder(conn) if stem else None
        return TeamRights(role, coder, team=stem is not None, settings=settings)

    def add_member(self, name: str, role: str, password: PasswordSource) -> TeamMember:
        """Make ``name`` a member in ``role`` (its login made if missing, ``password`` asked
        only then); an administrator's work (a superuser or a CREATEROLE login)."""
        self._refuse_file("team members")
        with self._write(Changes(coders=True)) as s:
            conn = s.connection()
            stem = team_roles.stem_of(conn)
            team_roles.refuse_unless_admin(conn, "add members to a team project")
            return team_roles.add_member(conn, stem, name, role, password)

    def remove_member(self, name: str) -> TeamMember:
        """Revoke every role of this project from ``name`` (an administrator's work)."""
        self._refuse_file("team members")
        with self._write(Changes(coders=True)) as s:
            conn = s.connection()
            stem = team_roles.stem_of(conn)
            team_roles.refuse_unless_admin(conn, "remove members from a team project")
            return team_roles.remove_member(conn, stem, name)

    def own_coder(self) -> str | None:
        """The coder whose login opened this team project (``None``: none, or a file)."""
        with self._read() as s:
            return team_roles.own_coder(s.connection())
