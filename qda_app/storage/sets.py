"""Document sets and their members: the SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from .. import variable_records as vr
from ..errors import InvalidValueError
from ..ids import norm_uuid
from . import named_rows
from .models import Document, DocumentSet, SetMember

_IDS_PER_QUERY = 500


def list_sets(s: Session) -> list[vr.DocumentSet]:
    """Every set in its order, each with its members' UUIDs in the document list's order."""
    members: dict[int, list[str]] = defaultdict(list)
    for set_id, uuid in s.execute(
            select(SetMember.set_id, Document.uuid)
            .join(Document, Document.id == SetMember.document_id)
            .order_by(Document.sort_order, Document.id)):
        members[set_id].append(uuid)
    rows = s.scalars(select(DocumentSet).order_by(DocumentSet.sort_order, DocumentSet.id))
    return [record(row, members.get(row.id, [])) for row in rows]


def record(row: DocumentSet, members: Sequence[str]) -> vr.DocumentSet:
    return vr.DocumentSet(row.uuid, row.name, row.condition, row.sort_order, row.created,
                          tuple(members))


def load(s: Session, row: DocumentSet) -> vr.DocumentSet:
    return record(row, member_uuids(s, row.id))


def member_uuids(s: Session, set_id: int) -> list[str]:
    return list(s.scalars(select(Document.uuid)
                          .join(SetMember, SetMember.document_id == Document.id)
                          .where(SetMember.set_id == set_id)
                          .order_by(Document.sort_order, Document.id)))


def member_ids(s: Session, set_id: int) -> set[int]:
    return set(s.scalars(select(SetMember.document_id).where(SetMember.set_id == set_id)))


def find(s: Session, ref: object) -> DocumentSet:
    """A set by name (exactly, else ignoring case if that is unique), UUID or record."""
    key = ref.uuid if isinstance(ref, vr.DocumentSet) else ref
    return named_rows.find(s, DocumentSet, key, "set")


def check_name(s: Session, name: str, own_id: int | None = None) -> str:
    return named_rows.check_name(s, DocumentSet, name, "set", own_id)


def insert_set(s: Session, name: str, condition: str | None, doc_ids: Iterable[int],
               uuid: str | None = None, position: int | None = None,
               created: datetime | None = None) -> DocumentSet:
    row = DocumentSet(name=check_name(s, name), condition=condition)
    if uuid:
        if s.scalar(select(DocumentSet.id).where(DocumentSet.uuid == norm_uuid(uuid))):
            raise InvalidValueError(f"a set with the UUID {uuid} exists already")
        row.uuid = norm_uuid(uuid)
    if created is not None:
        row.created = created
    ordered = list(s.scalars(select(DocumentSet.id).order_by(DocumentSet.sort_order,
                                                             DocumentSet.id)))
    at = len(ordered) if position is None else max(0, min(position, len(ordered)))
    row.sort_order = at
    s.add(row)
    s.flush()
    _renumber(s, [*ordered[:at], row.id, *ordered[at:]])
    add_members(s, row.id, doc_ids)
    return row


def _renumber(s: Session, ids: Sequence[int]) -> None:
    current = dict(s.execute(select(DocumentSet.id, DocumentSet.sort_order)).all())
    for order, set_id in enumerate(ids):
        if current.get(set_id) != order:
            s.execute(update(DocumentSet).where(DocumentSet.id == set_id)
                      .values(sort_order=order))


def rename(s: Session, row: DocumentSet, new_name: str) -> None:
    row.name = check_name(s, new_name, row.id)
    s.flush()


def remove(s: Session, row: DocumentSet) -> None:
    s.execute(delete(DocumentSet).where(DocumentSet.id == row.id))
    _renumber(s, list(s.scalars(select(DocumentSet.id).order_by(DocumentSet.sort_order,
                                                                DocumentSet.id))))


def add_members(s: Session, set_id: int, doc_ids: Iterable[int]) -> list[int]:
    """Add the documents not in the set yet; returns their ids."""
    have = member_ids(s, set_id)
    new = [d for d in dict.fromkeys(doc_ids) if d not in have]
    if new:
        s.execute(insert(SetMember), [{"set_id": set_id, "document_id": d} for d in new])
    return new


def remove_members(s: Session, set_id: int, doc_ids: Iterable[int]) -> list[int]:
    """Take the documents out of the set; returns the ids of those that were in it."""
    have = member_ids(s, set_id)
    gone = [d for d in dict.fromkeys(doc_ids) if d in have]
    for first in range(0, len(gone), _IDS_PER_QUERY):
        s.execute(delete(SetMember).where(SetMember.set_id == set_id,
                                          SetMember.document_id.in_(
                                              gone[first:first + _IDS_PER_QUERY])))
    return gone


def restore(s: Session, snap: vr.DocumentSet, doc_ids: dict[str, int]) -> DocumentSet:
    """Put a set back as ``snap`` has it (by UUID; made again if gone), with the members
    that still exist (``doc_ids``: UUID -> id)."""
    row = s.scalar(select(DocumentSet).where(DocumentSet.uuid == snap.uuid))
    members = [doc_ids[u] for u in snap.documents if u in doc_ids]
    if row is None:
        return insert_set(s, snap.name, snap.condition, members, snap.uuid, snap.sort_order,
                          snap.created)
    row.name = check_name(s, snap.name, row.id)
    row.condition = snap.condition
    s.execute(delete(SetMember).where(SetMember.set_id == row.id))
    add_members(s, row.id, members)
    s.flush()
    return row
