"""Memos on the project (no target), on a document or on a code."""

from __future__ import annotations

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.orm import Session

from .. import records
from ..errors import NotFoundError
from ..ids import norm_uuid
from ..timestamps import utcnow
from .models import Code, Coder, Document, Memo


def _select(s: Session, *where: ColumnElement[bool]) -> list[records.Memo]:
    """Memos matching ``where``, oldest first, with the UUIDs of what they belong to."""
    rows = s.execute(
        select(Memo.uuid, Memo.title, Memo.text, Document.uuid, Code.uuid,
               Memo.created, Memo.modified, Memo.kind, Coder.name, Memo.start, Memo.end)
        .outerjoin(Document, Document.id == Memo.document_id)
        .outerjoin(Code, Code.id == Memo.code_id)
        .outerjoin(Coder, Coder.id == Memo.coder_id)
        .where(*where)
        .order_by(Memo.created, Memo.id)
    ).all()
    return [records.Memo(uuid=u, title=t, text=x, document_uuid=d, code_uuid=c, created=cr,
                         modified=mo, kind=kind, author=author, start=start, end=end)
            for u, t, x, d, c, cr, mo, kind, author, start, end in rows]


def list_memos(s: Session, document_id: int | None = None, code_id: int | None = None
               ) -> list[records.Memo]:
    where: list[ColumnElement[bool]] = []
    if document_id is not None:
        where.append(Memo.document_id == document_id)
    if code_id is not None:
        where.append(Memo.code_id == code_id)
    return _select(s, *where)


def get(s: Session, uuid: str) -> records.Memo:
    found = _select(s, Memo.uuid == norm_uuid(uuid))
    if not found:
        raise NotFoundError(f"no memo {uuid!r} in this project")
    return found[0]


def add(s: Session, text: str, title: str, document_id: int | None, code_id: int | None,
        uuid: str | None = None) -> str:
    kind = "document" if document_id is not None else "code" if code_id is not None else (
        "project")
    memo = Memo(title=title, text=text, document_id=document_id, code_id=code_id, kind=kind)
    if uuid:
        memo.uuid = norm_uuid(uuid)
    s.add(memo)
    s.flush()
    return memo.uuid


def update_memo(s: Session, uuid: str, text: str | None, title: str | None) -> None:
    values: dict[str, object] = {"modified": utcnow()}
    if text is not None:
        values["text"] = text
    if title is not None:
        values["title"] = title
    done = s.execute(update(Memo).where(Memo.uuid == norm_uuid(uuid)).values(**values))
    if not done.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError(f"no memo {uuid!r} in this project")


def delete_memo(s: Session, uuid: str) -> None:
    s.execute(delete(Memo).where(Memo.uuid == norm_uuid(uuid)))
