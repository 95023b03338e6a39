"""Who may do what in a team project: settings, members and one login's rights, as records.

A team project on a PostgreSQL server has three group roles (``lead``, ``coder``,
``reader``) whose rights the *database* enforces, with grants and row-level
security (:mod:`qda_app.storage.team_roles`). These records are what the facade
reads of them, so that the window can hide what a login may not do and the
command line can list members; hiding is a courtesy, the database the guard.
A ``.qda`` file belongs to one person, who may do everything (``owner``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ROLES = ("lead", "coder", "reader")
"""The roles of a team project, strongest first."""
OWNER = "owner"
"""The role of whoever owns the project: a file's user, the server login that created a
team project (its administrator), or a superuser. Roles do not bind them."""

PasswordSource = str | Callable[[], str] | None
"""A new login's password: given, asked for only when a login has to be made (a callable
such as a prompt), or none (then only an existing login can be used)."""


@dataclass(frozen=True, slots=True)
class TeamSettings:
    """What the lead decides for the whole team (``Project.team_settings``)."""

    blinded: bool = False
    """Coders see only their own codings (and memos on codings) until the lead ends it."""
    coders_add_codes: bool = False
    """Coders may add codes (never change or delete them: that is the lead's)."""


@dataclass(frozen=True, slots=True)
class TeamMember:
    """A coder of the project with their server login and role (``None``: no role, e.g. a
    coder whose codings came with a merge but who has no login for this project)."""

    name: str
    login: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class TeamRights:
    """What the login of an open project may do (``Project.rights()``)."""

    role: str
    """``owner``, ``lead``, ``coder``, ``reader``; ``""`` for a login of a team project
    that holds none of its roles (it may read what the server lets it)."""
    coder: str | None = None
    """The coder this login codes as (the coder record its login belongs to)."""
    team: bool = False
    """Whether the project has team roles at all (a file and a project made with
    ``qda init URL`` have none)."""
    settings: TeamSettings = TeamSettings()

    @property
    def leads(self) -> bool:
        """Code system, documents, variables, sets, everyone's codings, merges, settings."""
        return self.role in (OWNER, "lead")

    @property
    def can_code(self) -> bool:
        """Add, change and remove (one's own) codings and memos."""
        return self.leads or self.role == "coder"

    @property
    def can_add_codes(self) -> bool:
        return self.leads or (self.role == "coder" and self.settings.coders_add_codes)

    @property
    def can_manage_team(self) -> bool:
        """The Team menu: members and settings (a team project only)."""
        return self.team and self.leads

    @property
    def fixed_coder(self) -> bool:
        """Whether the login codes under one name only (a coder: the database refuses
        codings under another name), so the window offers no change of coder name."""
        return self.role in ("coder", "reader") and self.team

    @property
    def may_change_project(self) -> bool:
        """Documents (import, rename, delete, order), variables and their values, sets and
        the project's title: the lead's alone (the database grants the writes to the lead
        role only)."""
        return self.leads

    @property
    def may_write_memos(self) -> bool:
        """Write new memos (a coder's carry their own name); a reader writes none."""
        return self.can_code

    def may_change_coding(self, coder: str | None) -> bool:
        """Remove, move or re-bound a coding by ``coder``: the lead any, a coder their own
        (the row-level policy on codings is ``coder_id`` = their coder), a reader none."""
        return self.may_change_memo(coder)

    def may_change_memo(self, author: str | None) -> bool:
        """Change, delete or (re)link a memo written by ``author``, or the memo of a coding
        by ``author``: the lead any, a coder their own only (the row-level policy is
        ``coder_id`` = their coder, so a memo of unknown author is not theirs)."""
        if self.leads:
            return True
        return self.role == "coder" and author is not None and author == self.coder
