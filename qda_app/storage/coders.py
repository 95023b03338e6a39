"""Coders: the people whose names stand on codings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import records
from ..errors import CoderNotFound
from ..ids import new_uuid, norm_uuid
from .models import Coder


def list_coders(s: Session) -> list[records.Coder]:
    rows = s.execute(select(Coder.uuid, Coder.name).order_by(Coder.name)).all()
    return [records.Coder(*row) for row in rows]


def ensure(s: Session, name: str, uuid: str | None = None) -> tuple[records.Coder, bool]:
    """The coder called ``name`` (added, with ``uuid`` if given, when missing), and if it was."""
    row = s.execute(select(Coder).where(Coder.name == name)).scalar()
    if row is not None:
        return records.Coder(row.uuid, row.name), False
    row = Coder(name=name, uuid=norm_uuid(uuid) if uuid else new_uuid())
    s.add(row)
    s.flush()
    return records.Coder(row.uuid, row.name), True


def ids_by_name(s: Session) -> dict[str, int]:
    return {name: id_ for name, id_ in s.execute(select(Coder.name, Coder.id))}


def ids_of(s: Session, names: list[str]) -> list[int]:
    """The ids of coders named ``names``; an unknown name is refused, naming who exists."""
    known = ids_by_name(s)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise CoderNotFound(f"no coder {unknown[0]!r} in this project (coders: "
                            f"{', '.join(sorted(known)) or 'none yet'})")
    return [known[n] for n in names]
