"""Documents and speaker turns: inserting, finding and loading them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import pairwise

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from .. import records
from ..document_names import free_name
from ..errors import DocumentNotFound, DuplicateDocumentError, InvalidValueError
from ..ids import norm_uuid
from .models import Coding, Document, DocumentPage, SpeakerTurn


def insert_document(
    s: Session,
    name: str,
    text: str,
    sha256: str,
    source: str | None,
    turns: Sequence[records.Turn],
    uuid: str | None = None,
    pages: Sequence[int] = (),
) -> int:
    check_pages(pages, len(text))
    clash = s.execute(select(Document.name).where(Document.sha256 == sha256)).scalar()
    if clash is not None:
        raise DuplicateDocumentError(f"this text is already in the project as {clash!r}")
    ordered = sorted(turns, key=lambda t: t.start)
    last = s.scalar(select(func.max(Document.sort_order))) or 0
    doc = Document(name=unique_name(s, name), text=text, sha256=sha256, source=source,
                   chars=len(text), speakers=speakers_json(t.speaker for t in ordered),
                   sort_order=last + 1)
    if uuid:
        doc.uuid = uuid
    s.add(doc)
    s.flush()
    if turns:
        s.execute(
            insert(SpeakerTurn),
            [
                {"document_id": doc.id, "start": t.start, "end": t.end, "speaker": t.speaker,
                 "time": t.time, "body_start": t.body_start, "seconds": t.seconds}
                for t in turns
            ],
        )
    if pages:
        s.execute(insert(DocumentPage), [{"document_id": doc.id, "number": i, "start": start}
                                         for i, start in enumerate(pages, start=1)])
    return doc.id


def check_pages(pages: Sequence[int], length: int) -> None:
    """Page starts must rise from 0 and lie inside the text (an importer's promise)."""
    if pages and (pages[0] != 0 or any(b <= a for a, b in pairwise(pages))
                  or pages[-1] >= max(length, 1)):
        raise InvalidValueError("page starts must begin at 0, rise, and lie inside the text")


def unique_name(s: Session, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``… if a document has it already."""
    return free_name(name, set(s.scalars(select(Document.name))))


def find_id(s: Session, ref: object) -> int:
    """A document id by record, name or UUID."""
    if isinstance(ref, (records.Document, records.DocumentInfo)):
        ref = ref.uuid
    if not isinstance(ref, str):
        raise DocumentNotFound(f"no document {ref!r} in this project")
    # one round trip (it counts on a server): a name wins over another document's UUID
    by_name = Document.name == ref
    doc_id = s.scalar(select(Document.id).where(by_name | (Document.uuid == norm_uuid(ref)))
                      .order_by(by_name.desc()).limit(1))
    if doc_id is None:
        raise DocumentNotFound(f"no document {ref!r} in this project")
    return doc_id


def load(s: Session, doc_id: int) -> records.Document:
    """A document with its text and turns, from the project's cache when loaded before.

    Texts and turns never change after import, so a loaded document is reused
    (the cache lives in the session factory's ``info``, shared by the project's
    sessions); the UUID check guards against a row id reused after a deletion.
    """
    cache: dict[int, records.Document] = s.info.setdefault("documents", {})
    cached = cache.get(doc_id)
    if cached is not None and tuple(s.execute(
            select(Document.uuid, Document.name).where(Document.id == doc_id)).one_or_none()
            or ()) == (cached.uuid, cached.name):
        return cached
    doc = s.get(Document, doc_id)
    if doc is None:
        raise DocumentNotFound(f"no document with id {doc_id}")
    cache[doc_id] = records.Document(
        uuid=doc.uuid, name=doc.name, text=doc.text, sha256=doc.sha256, source=doc.source,
        imported_at=doc.imported_at, turns=load_turns(s, doc_id), pages=load_pages(s, doc_id),
    )
    return cache[doc_id]


def load_turns(s: Session, doc_id: int) -> tuple[records.Turn, ...]:
    rows = s.execute(
        select(SpeakerTurn.start, SpeakerTurn.end, SpeakerTurn.speaker, SpeakerTurn.time,
               SpeakerTurn.body_start, SpeakerTurn.seconds)
        .where(SpeakerTurn.document_id == doc_id)
        .order_by(SpeakerTurn.start)
    ).all()
    return tuple(records.Turn(*row) for row in rows)


def load_pages(s: Session, doc_id: int) -> tuple[int, ...]:
    return tuple(s.scalars(select(DocumentPage.start).where(DocumentPage.document_id == doc_id)
                           .order_by(DocumentPage.number)))


def speakers_json(names: Iterable[str]) -> str:
    """The speakers in order of first turn, each once, as stored in ``document.speakers``."""
    return json.dumps(list(dict.fromkeys(names)), ensure_ascii=False)


def list_infos(s: Session) -> list[records.DocumentInfo]:
    """Every document without its text or turns.

    Length and speakers are stored with the document at import (text and
    turns never change after it), so the list reads one row per document: it
    costs the same for a 2 MB transcript with 4,800 turns as for a 20 MB one.
    """
    counts = dict(
        s.execute(select(Coding.document_id, func.count()).group_by(Coding.document_id)).all()
    )
    rows = s.execute(
        select(Document.id, Document.uuid, Document.name, Document.chars, Document.sha256,
               Document.source, Document.imported_at, Document.speakers)
        .order_by(Document.sort_order, Document.id)
    ).all()
    return [
        records.DocumentInfo(
            uuid=uuid, name=name, chars=chars, sha256=sha, source=source, imported_at=at,
            codings=counts.get(doc_id, 0), speakers=_speakers(s, doc_id, speakers),
        )
        for doc_id, uuid, name, chars, sha, source, at, speakers in rows
    ]


def ordered_ids(s: Session) -> list[int]:
    """Every document's id in the order the document list shows them."""
    return list(s.scalars(select(Document.id).order_by(Document.sort_order, Document.id)))


def load_many(s: Session, ids: Sequence[int]) -> list[records.Document]:
    """Documents with texts and turns, as :func:`load` gives them, in a few queries.

    A search over 500 interviews would otherwise check (and at first read) each one
    with queries of its own. Ids that no longer exist are left out.
    """
    cache: dict[int, records.Document] = s.info.setdefault("documents", {})
    names = {row.id: (row.uuid, row.name) for row in s.execute(
        select(Document.id, Document.uuid, Document.name))}
    stale = [i for i in ids if i in names and (
        i not in cache or (cache[i].uuid, cache[i].name) != names[i])]
    for first in range(0, len(stale), _CHUNK):
        _read_into(s, cache, stale[first:first + _CHUNK])
    return [cache[i] for i in ids if i in names]


_CHUNK = 500
"""Ids per ``IN (…)``: far below every database's limit on bound parameters."""


def _read_into(s: Session, cache: dict[int, records.Document], ids: Sequence[int]) -> None:
    turns: dict[int, list[records.Turn]] = {i: [] for i in ids}
    for row in s.execute(select(SpeakerTurn.document_id, SpeakerTurn.start, SpeakerTurn.end,
                                SpeakerTurn.speaker, SpeakerTurn.time, SpeakerTurn.body_start,
                                SpeakerTurn.seconds)
                         .where(SpeakerTurn.document_id.in_(ids))
                         .order_by(SpeakerTurn.document_id, SpeakerTurn.start)):
        turns[row[0]].append(records.Turn(*row[1:]))
    pages: dict[int, list[int]] = {i: [] for i in ids}
    for doc_id, start in s.execute(select(DocumentPage.document_id, DocumentPage.start)
                                   .where(DocumentPage.document_id.in_(ids))
                                   .order_by(DocumentPage.document_id, DocumentPage.number)):
        pages[doc_id].append(start)
    for doc in s.scalars(select(Document).where(Document.id.in_(ids))):
        cache[doc.id] = records.Document(
            uuid=doc.uuid, name=doc.name, text=doc.text, sha256=doc.sha256, source=doc.source,
            imported_at=doc.imported_at, turns=tuple(turns[doc.id]),
            pages=tuple(pages[doc.id]))


def _speakers(s: Session, doc_id: int, stored: str) -> tuple[str, ...]:
    """The stored speaker list; read from the turns again if the stored one is damaged
    (it only repeats what the turns say, so nothing is lost)."""
    try:
        names = json.loads(stored)
    except (TypeError, ValueError):
        names = None
    if isinstance(names, list) and all(isinstance(n, str) for n in names):
        return tuple(names)
    return tuple(dict.fromkeys(t.speaker for t in load_turns(s, doc_id)))


def rename(s: Session, doc_id: int, new_name: str) -> None:
    new_name = new_name.strip()
    if not new_name:
        raise InvalidValueError("a document name cannot be empty")
    clash = s.scalar(select(Document.id).where(Document.name == new_name))
    if clash is not None and clash != doc_id:
        raise InvalidValueError(f"a document {new_name!r} exists already")
    s.execute(update(Document).where(Document.id == doc_id).values(name=new_name))
    s.info.get("documents", {}).pop(doc_id, None)


def position(s: Session, doc_id: int) -> int:
    return ordered_ids(s).index(doc_id)


def move(s: Session, doc_id: int, to: int) -> None:
    """Put the document at index ``to`` of the list (clamped), numbering the list 1, 2, …
    again; only the rows whose number changes are written."""
    ids = ordered_ids(s)
    ids.remove(doc_id)
    ids.insert(max(0, min(to, len(ids))), doc_id)
    numbers = dict(s.execute(select(Document.id, Document.sort_order)).all())
    for number, row_id in enumerate(ids, start=1):
        if numbers[row_id] != number:
            s.execute(update(Document).where(Document.id == row_id).values(sort_order=number))


def remove(s: Session, doc_id: int) -> None:
    s.execute(delete(Document).where(Document.id == doc_id))
    s.info.get("documents", {}).pop(doc_id, None)
