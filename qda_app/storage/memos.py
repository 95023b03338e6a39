"""Memos of every kind: the project's journal, on a document, on a code, on a passage
(a document with a span), and free memos with their links (:mod:`.memo_links`).

What a kind needs is checked here, before anything is written: a memo in the text
has a span inside its document, a free memo belongs to nothing but its links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.orm import Session

from .. import records, snapshot_records
from ..errors import InvalidValueError, NotFoundError
from ..ids import norm_uuid
from ..timestamps import utcnow
from . import documents, memo_links, row_rights
from .codes import chunks
from .codings import Resolver
from .models import MEMO_KINDS, Code, Coder, Document, Memo


def _select(s: Session, *where: ColumnElement[bool]) -> list[records.Memo]:
    """Memos matching ``where``, oldest first, with the UUIDs of what they belong to."""
    rows = s.execute(
        select(Memo.id, Memo.uuid, Memo.title, Memo.text, Document.uuid, Code.uuid,
               Memo.created, Memo.modified, Memo.kind, Coder.name, Memo.start, Memo.end)
        .outerjoin(Document, Document.id == Memo.document_id)
        .outerjoin(Code, Code.id == Memo.code_id)
        .outerjoin(Coder, Coder.id == Memo.coder_id)
        .where(*where)
        .order_by(Memo.created, Memo.id)
    ).all()
    links = memo_links.links_of(s, [r[0] for r in rows if r[8] == "free"])
    return [records.Memo(uuid=u, title=t, text=x, document_uuid=d, code_uuid=c, created=cr,
                         modified=mo, kind=kind, author=author, start=start, end=end,
                         links=links.get(memo_id, ()))
            for memo_id, u, t, x, d, c, cr, mo, kind, author, start, end in rows]


def list_memos(s: Session, kind: str | None = None, document_id: int | None = None,
               code_id: int | None = None, linked_to: records.MemoLink | None = None
               ) -> list[records.Memo]:
    where: list[ColumnElement[bool]] = []
    if kind is not None:
        where.append(Memo.kind == check_kind(kind))
    if document_id is not None:
        where.append(Memo.document_id == document_id)
    if code_id is not None:
        where.append(Memo.code_id == code_id)
    if linked_to is not None:
        where.append(memo_links.linking(s, linked_to))
    return _select(s, *where)


def check_kind(kind: str) -> str:
    if kind not in MEMO_KINDS:
        raise InvalidValueError(f"no memo kind {kind!r} (kinds: {', '.join(MEMO_KINDS)})")
    return kind


def get(s: Session, uuid: str) -> records.Memo:
    found = _select(s, Memo.uuid == norm_uuid(uuid))
    if not found:
        raise NotFoundError(f"no memo {uuid!r} in this project")
    return found[0]


def of_ids(s: Session, ids: list[int]) -> list[records.Memo]:
    return [m for chunk in chunks(ids) for m in _select(s, Memo.id.in_(chunk))]


@dataclass(frozen=True, slots=True)
class NewMemo:
    """A memo to write, its targets resolved to row ids (``add`` checks the kind's rules)."""

    text: str
    title: str
    kind: str
    document_id: int | None = None
    code_id: int | None = None
    start: int | None = None
    end: int | None = None
    author: str | None = None
    uuid: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


def infer_kind(document: bool, code: bool, span: bool, links: bool) -> str:
    """The kind a memo has when the caller does not say: what it is attached to decides."""
    if span:
        return "text"
    if document:
        return "document"
    if code:
        return "code"
    return "free" if links else "project"


def check(s: Session, new: NewMemo) -> None:
    """Refuse, in one line, a memo its kind does not allow."""
    kind = check_kind(new.kind)
    span = new.start is not None or new.end is not None
    needs = {"document": new.document_id is not None and not span and new.code_id is None,
             "code": new.code_id is not None and new.document_id is None and not span,
             "text": new.document_id is not None and new.code_id is None and span,
             "project": new.document_id is None and new.code_id is None and not span,
             "free": new.document_id is None and new.code_id is None and not span}
    if not needs[kind]:
        raise InvalidValueError({
            "document": "a document memo belongs to one document (and to no code or passage)",
            "code": "a code memo belongs to one code (and to no document)",
            "text": "a memo in the text needs a document and the start and end of its passage",
            "project": "a project memo belongs to no document or code",
            "free": "a free memo belongs to no document or code; link it to them instead",
        }[kind])
    if kind == "text":
        assert new.document_id is not None
        length = len(documents.load(s, new.document_id).text)
        if not (isinstance(new.start, int) and isinstance(new.end, int)
                and 0 <= new.start < new.end <= length):
            raise InvalidValueError(f"passage {new.start}–{new.end} is not inside the document "
                                    f"(0–{length}) or is empty")


def add(s: Session, new: NewMemo, resolver: Resolver | None = None) -> int:
    """Write ``new`` after :func:`check`; returns its row id."""
    check(s, new)
    author = None
    if new.author is not None and new.author.strip():
        author = (resolver or Resolver(s)).coder(new.author)
    memo = Memo(title=new.title, text=new.text, document_id=new.document_id,
                code_id=new.code_id, kind=new.kind, coder_id=author, start=new.start,
                end=new.end)
    if new.uuid:
        memo.uuid = norm_uuid(new.uuid)
    memo.created = new.created or utcnow()  # a new memo: written and changed at once
    memo.modified = new.modified or memo.created
    s.add(memo)
    s.flush()
    return memo.id


def update_memo(s: Session, uuid: str, text: str | None, title: str | None,
                modified: datetime | None = None) -> None:
    values: dict[str, object] = {"modified": modified or utcnow()}
    if text is not None:
        values["text"] = text
    if title is not None:
        values["title"] = title
    done = s.execute(update(Memo).where(Memo.uuid == norm_uuid(uuid)).values(**values))
    _refuse_untouched(s, uuid, row_rights.count(done))


def delete_memo(s: Session, uuid: str) -> None:
    done = s.execute(delete(Memo).where(Memo.uuid == norm_uuid(uuid)))
    _refuse_untouched(s, uuid, row_rights.count(done), gone_is_done=True)


def _refuse_untouched(s: Session, uuid: str, done: int, gone_is_done: bool = False) -> None:
    """No row changed: the memo is gone (deleting it again is no error), or it is another
    coder's (row-level security left it out)."""
    if done:
        return
    if s.scalar(select(Memo.id).where(Memo.uuid == norm_uuid(uuid))) is None:
        if gone_is_done:
            return
        raise NotFoundError(f"no memo {uuid!r} in this project")
    row_rights.refuse_unless_all(0, 1, "this memo")


# -- undo ----------------------------------------------------------------------------------


def snapshot(s: Session, memo_ids: list[int], **touching: list[int]
             ) -> snapshot_records.MemoSnapshot:
    """The memos ``memo_ids`` and every link row their delete (with the documents, codes and
    codings named in ``touching``, see :func:`memo_links.rows_touching`) takes with it."""
    return snapshot_records.MemoSnapshot(
        memos=tuple(of_ids(s, memo_ids)),
        links=memo_links.rows_touching(s, memo_ids=memo_ids, **touching))


def restore(s: Session, snap: snapshot_records.MemoSnapshot) -> None:
    """Put the snapshot's memos back with their UUIDs, kinds, authors, spans and times,
    then its links; a memo that exists already is left as it is."""
    resolver = Resolver(s)
    for memo in snap.memos:
        if s.scalar(select(Memo.id).where(Memo.uuid == memo.uuid)) is not None:
            continue
        add(s, NewMemo(
            text=memo.text, title=memo.title, kind=memo.kind,
            document_id=documents.find_id(s, memo.document_uuid) if memo.document_uuid
            else None,
            code_id=resolver.code(memo.code_uuid) if memo.code_uuid else None,
            start=memo.start, end=memo.end, author=memo.author, uuid=memo.uuid,
            created=memo.created, modified=memo.modified), resolver)
    memo_links.restore(s, snap.links)
