"""A document with all that a delete takes with it, and putting it back (undo of a delete).

A delete cascades to the document's turns, pages, codings, memos, the links to any of
them, its variable values and its set memberships; :func:`take` reads each of these,
:func:`restore` writes them back with their UUIDs and timestamps, in one unit of work.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .. import records, snapshot_records
from ..errors import InvalidValueError
from . import documents, memos
from .codings import Resolver, insert_many
from .models import (
    Code,
    Coder,
    Coding,
    Document,
    DocumentSet,
    Memo,
    SetMember,
    Variable,
    VariableValue,
)


def take(s: Session, doc_id: int) -> snapshot_records.DocumentSnapshot:
    doc = documents.load(s, doc_id)
    rows = s.execute(
        select(Coding.id, Coding.uuid, Code.uuid, Coder.name, Coding.start, Coding.end,
               Coding.memo, Coding.created, Coding.modified)
        .join(Code, Code.id == Coding.code_id)
        .join(Coder, Coder.id == Coding.coder_id)
        .where(Coding.document_id == doc_id)
        .order_by(Coding.id)
    ).all()
    codings = tuple(
        records.CodingSpec(document=doc.uuid, code=code, start=start, end=end, coder=coder,
                           memo=memo, uuid=uuid, created=created, modified=modified)
        for _id, uuid, code, coder, start, end, memo, created, modified in rows)
    memo_ids = list(s.scalars(select(Memo.id).where(Memo.document_id == doc_id)
                              .order_by(Memo.id)))
    variables = tuple((u, v) for u, v in s.execute(
        select(Variable.uuid, VariableValue.value)
        .join(Variable, Variable.id == VariableValue.variable_id)
        .where(VariableValue.document_id == doc_id).order_by(Variable.sort_order, Variable.id)))
    sets = tuple(s.scalars(
        select(DocumentSet.uuid).join(SetMember, SetMember.set_id == DocumentSet.id)
        .where(SetMember.document_id == doc_id).order_by(DocumentSet.id)))
    return snapshot_records.DocumentSnapshot(
        document=doc, position=documents.position(s, doc_id), codings=codings,
        memos=memos.snapshot(s, memo_ids, document_ids=[doc_id],
                             coding_ids=[r[0] for r in rows]),
        variables=variables, sets=sets)


def restore(s: Session, snap: snapshot_records.DocumentSnapshot, default_coder: str) -> None:
    """Put the document back where it was in the list, with everything it had.

    Refuses a document that exists again (same UUID) and, through the import rule, a
    text that came back under another name meanwhile. Variables and sets deleted
    since are left out: there is nothing to give a value of, or to belong to.
    """
    doc = snap.document
    if s.scalar(select(Document.id).where(Document.uuid == doc.uuid)) is not None:
        raise InvalidValueError(f"the document {doc.name!r} is in the project already")
    doc_id = documents.insert_document(s, doc.name, doc.text, doc.sha256, doc.source,
                                       doc.turns, doc.uuid, doc.pages)
    s.execute(update(Document).where(Document.id == doc_id)
              .values(imported_at=doc.imported_at))
    documents.move(s, doc_id, snap.position)
    insert_many(s, Resolver(s), snap.codings, default_coder)
    memos.restore(s, snap.memos)
    known = dict(s.execute(select(Variable.uuid, Variable.id)).all()) if snap.variables else {}
    values = [{"document_id": doc_id, "variable_id": known[u], "value": v}
              for u, v in snap.variables if u in known]
    if values:
        s.execute(insert(VariableValue), values)
    groups = dict(s.execute(select(DocumentSet.uuid, DocumentSet.id)).all()) if snap.sets else {}
    members = [{"set_id": groups[u], "document_id": doc_id} for u in snap.sets if u in groups]
    if members:
        s.execute(insert(SetMember), members)
