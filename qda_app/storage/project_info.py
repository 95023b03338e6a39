"""The project's own row: its title and identity."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import ProjectInfo


def title(s: Session) -> str:
    return s.scalars(select(ProjectInfo.title)).one()


def uuid(s: Session) -> str:
    return s.scalars(select(ProjectInfo.uuid)).one()


def set_title(s: Session, new_title: str) -> None:
    s.execute(update(ProjectInfo).values(title=new_title))
