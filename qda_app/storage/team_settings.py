"""The lead's settings of a team project: one row of ``team_settings`` (portable SQL).

On PostgreSQL the row-level security policies read the row themselves
(:mod:`.team_roles`); this module reads it for the window and the command line,
and writes it for the lead (whose grant covers exactly these two columns).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..team_records import TeamSettings
from .models import TeamSettings as SettingsRow


def read(s: Session) -> tuple[TeamSettings, str | None]:
    """The settings (the defaults without a row) and the stem of the group roles."""
    row = s.execute(select(SettingsRow.blinded, SettingsRow.coders_add_codes,
                           SettingsRow.roles).where(SettingsRow.id == 1)).one_or_none()
    if row is None:
        return TeamSettings(), None
    return TeamSettings(bool(row[0]), bool(row[1])), row[2]


def write(s: Session, blinded: bool | None, coders_add_codes: bool | None) -> TeamSettings:
    """Change what is given (``None``: keep); the row exists in every project with roles."""
    values: dict[str, bool] = {}
    if blinded is not None:
        values["blinded"] = bool(blinded)
    if coders_add_codes is not None:
        values["coders_add_codes"] = bool(coders_add_codes)
    if values:
        s.execute(update(SettingsRow).where(SettingsRow.id == 1).values(**values))
    return read(s)[0]
