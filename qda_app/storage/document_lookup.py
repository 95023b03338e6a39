"""Many documents' ids by name or UUID at once (a set of 500 documents is one query, not
a thousand)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import records
from ..errors import DocumentNotFound
from ..ids import norm_uuid
from .models import Document

_PER_QUERY = 400
"""Keys per ``IN (…)`` (each appears twice): far below every database's limit."""


def find_ids(s: Session, refs: Sequence[object]) -> list[int]:
    """The ids of ``refs`` (records, names or UUIDs), in their order; the first unknown one
    is refused as :func:`documents.find_id` refuses it."""
    keys = [r.uuid if isinstance(r, (records.Document, records.DocumentInfo)) else r
            for r in refs]
    strings = [k for k in dict.fromkeys(keys) if isinstance(k, str)]
    by_name: dict[str, int] = {}
    by_uuid: dict[str, int] = {}
    for first in range(0, len(strings), _PER_QUERY):
        chunk = strings[first:first + _PER_QUERY]
        uuids = [norm_uuid(k) for k in chunk]
        for row_id, uuid, name in s.execute(
                select(Document.id, Document.uuid, Document.name)
                .where(or_(Document.name.in_(chunk), Document.uuid.in_(uuids)))):
            by_name[name], by_uuid[uuid] = row_id, row_id
    found: list[int] = []
    for key in keys:
        doc_id: int | None = None
        if isinstance(key, str):
            doc_id = by_name.get(key, by_uuid.get(norm_uuid(key)))
        if doc_id is None:
            raise DocumentNotFound(f"no document {key!r} in this project")
        found.append(doc_id)
    return found
