"""Coders: the people whose names stand on codings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
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
    row = s.execute(select(Coder.uuid, Coder.name).where(Coder.name == name)).one_or_none()
    if row is not None:
        return records.Coder(row.uuid, row.name), False
    _, added = add_missing(s, name, norm_uuid(uuid) if uuid else None)
    found = s.execute(select(Coder.uuid, Coder.name).where(Coder.name == name)).one()
    return records.Coder(found.uuid, found.name), added


def add_missing(s: Session, name: str, uuid: str | None = None) -> tuple[int, bool]:
    """The id of the coder ``name``, added when missing, and whether this call added it.

    Two programs coding under a new name at the same moment (on a server) both find it
    missing; the second insert then waits for the first and does nothing (``ON CONFLICT
    DO NOTHING``), instead of failing the second program's action on the unique name."""
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    inserted = s.execute(dialect.insert(Coder).values(name=name, uuid=uuid or new_uuid())
                         .on_conflict_do_nothing(index_elements=["name"]))
    coder_id = s.scalar(select(Coder.id).where(Coder.name == name))
    assert coder_id is not None  # inserted now, or by the program that won the race
    return coder_id, bool(inserted.rowcount)  # type: ignore[attr-defined]


def id_if_present(s: Session, name: str) -> int | None:
    """The id of the coder called ``name``, or ``None``: never adds one (a code records
    who added it only when that coder exists, so coder lists do not grow by it)."""
    return s.scalar(select(Coder.id).where(Coder.name == name))


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
