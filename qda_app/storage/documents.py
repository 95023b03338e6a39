"""Documents and speaker turns: inserting, finding and loading them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .. import records
from ..document_names import free_name
from ..errors import DocumentNotFound, DuplicateDocumentError, InvalidValueError
from ..ids import norm_uuid
from .models import Coding, Document, SpeakerTurn


def insert_document(
    s: Session,
    name: str,
    text: str,
    sha256: str,
    source: str | None,
    turns: Sequence[records.Turn],
    uuid: str | None = None,
) -> int:
    clash = s.execute(select(Document.name).where(Document.sha256 == sha256)).scalar()
    if clash is not None:
        raise DuplicateDocumentError(f"this text is already in the project as {clash!r}")
    doc = Document(name=unique_name(s, name), text=text, sha256=sha256, source=source)
    if uuid:
        doc.uuid = uuid
    s.add(doc)
    s.flush()
    if turns:
        s.execute(
            SpeakerTurn.__table__.insert(),
            [
                {"document_id": doc.id, "start": t.start, "end": t.end, "speaker": t.speaker,
                 "time": t.time, "body_start": t.body_start}
                for t in turns
            ],
        )
    return doc.id


def unique_name(s: Session, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``… if a document has it already."""
    return free_name(name, set(s.scalars(select(Document.name))))


def find_id(s: Session, ref: object) -> int:
    """A document id by record, name or UUID."""
    if isinstance(ref, (records.Document, records.DocumentInfo)):
        ref = ref.uuid
    if not isinstance(ref, str):
        raise DocumentNotFound(f"no document {ref!r} in this project")
    doc_id = s.scalar(select(Document.id).where(Document.name == ref))
    if doc_id is None:
        doc_id = s.scalar(select(Document.id).where(Document.uuid == norm_uuid(ref)))
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
        imported_at=doc.imported_at, turns=load_turns(s, doc_id),
    )
    return cache[doc_id]


def load_turns(s: Session, doc_id: int) -> tuple[records.Turn, ...]:
    rows = s.execute(
        select(SpeakerTurn.start, SpeakerTurn.end, SpeakerTurn.speaker, SpeakerTurn.time,
               SpeakerTurn.body_start)
        .where(SpeakerTurn.document_id == doc_id)
        .order_by(SpeakerTurn.start)
    ).all()
    return tuple(records.Turn(*row) for row in rows)


def list_infos(s: Session) -> list[records.DocumentInfo]:
    """Every document without its text or turns: the database counts codings and speakers.

    Python sees one row per document and speaker, not one per speaker turn,
    so listing documents stays quick however long the transcripts are.
    """
    counts = dict(
        s.execute(select(Coding.document_id, func.count()).group_by(Coding.document_id)).all()
    )
    speakers: dict[int, list[str]] = {}
    first = func.min(SpeakerTurn.start)
    for doc_id, speaker, _start in s.execute(  # each speaker once, in order of first turn
        select(SpeakerTurn.document_id, SpeakerTurn.speaker, first)
        .group_by(SpeakerTurn.document_id, SpeakerTurn.speaker)
        .order_by(SpeakerTurn.document_id, first)
    ):
        speakers.setdefault(doc_id, []).append(speaker)
    rows = s.execute(
        select(Document.id, Document.uuid, Document.name, func.length(Document.text),
               Document.sha256, Document.source, Document.imported_at)
        .order_by(Document.id)
    ).all()
    return [
        records.DocumentInfo(
            uuid=uuid, name=name, chars=chars, sha256=sha, source=source, imported_at=at,
            codings=counts.get(doc_id, 0), speakers=tuple(speakers.get(doc_id, ())),
        )
        for doc_id, uuid, name, chars, sha, source, at in rows
    ]


def rename(s: Session, doc_id: int, new_name: str) -> None:
    new_name = new_name.strip()
    if not new_name:
        raise InvalidValueError("a document name cannot be empty")
    clash = s.scalar(select(Document.id).where(Document.name == new_name))
    if clash is not None and clash != doc_id:
        raise InvalidValueError(f"a document {new_name!r} exists already")
    s.execute(update(Document).where(Document.id == doc_id).values(name=new_name))
    s.info.get("documents", {}).pop(doc_id, None)


def remove(s: Session, doc_id: int) -> None:
    s.execute(delete(Document).where(Document.id == doc_id))
    s.info.get("documents", {}).pop(doc_id, None)
