"""Links of free memos to documents, codes, codings and other memos (table ``memo_link``).

A link row names its target by row id in one of four columns; the core hands links
out as :class:`~qda_app.records.MemoLink` (kind and UUID). A target that is deleted
takes its links with it (``ON DELETE CASCADE``); undo keeps them as
:class:`~qda_app.snapshot_records.LinkRow` and puts back those whose memo and target exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session, aliased

from .. import records, snapshot_records
from ..errors import InvalidValueError, NotFoundError
from ..ids import norm_uuid
from . import codings, documents
from .code_tree import CodeTree
from .codes import chunks
from .models import Code, Coding, Document, Memo, MemoLink

COLUMNS = {"document": MemoLink.document_id, "code": MemoLink.code_id,
           "coding": MemoLink.coding_id, "memo": MemoLink.linked_memo_id}
"""The column that holds a link of each kind."""


def memo_id(s: Session, uuid: str) -> int:
    found = s.scalar(select(Memo.id).where(Memo.uuid == norm_uuid(uuid)))
    if found is None:
        raise NotFoundError(f"no memo {uuid!r} in this project")
    return found


def target_id(s: Session, link: records.MemoLink, tree: CodeTree | None = None) -> int:
    """The row id a link points to: a document by name or UUID, a code by path or UUID,
    a coding or memo by UUID."""
    if link.kind == "document":
        return documents.find_id(s, link.target)
    if link.kind == "code":
        return (tree or CodeTree.lazy(s)).find(link.target).id
    if link.kind == "coding":
        return codings.find_id(s, link.target)
    if link.kind == "memo":
        return memo_id(s, link.target)
    raise InvalidValueError(f"a memo cannot be linked to a {link.kind!r} "
                            f"(only to a {', '.join(records.MEMO_LINK_KINDS)})")


def add(s: Session, owner_id: int, link: records.MemoLink, tree: CodeTree | None = None
        ) -> bool:
    """Link memo ``owner_id`` (a free memo) to ``link``; ``False`` if it was linked already."""
    kind = s.scalar(select(Memo.kind).where(Memo.id == owner_id))
    if kind != "free":
        raise InvalidValueError(f"only a free memo is linked to other things; this one is a "
                                f"{kind} memo")
    target = target_id(s, link, tree)
    if link.kind == "memo" and target == owner_id:
        raise InvalidValueError("a memo cannot be linked to itself")
    column = COLUMNS[link.kind]
    if s.scalar(select(MemoLink.id).where(MemoLink.memo_id == owner_id, column == target)):
        return False
    s.execute(insert(MemoLink).values({"memo_id": owner_id, column.key: target}))
    return True


def remove(s: Session, owner_id: int, link: records.MemoLink) -> bool:
    """Unlink; ``False`` if there was no such link."""
    target = target_id(s, link)
    done = s.execute(delete(MemoLink).where(MemoLink.memo_id == owner_id,
                                            COLUMNS[link.kind] == target))
    return bool(done.rowcount)  # type: ignore[attr-defined]


def _link_rows(s: Session, *where: ColumnElement[bool]
               ) -> list[tuple[int, int, str, records.MemoLink]]:
    """(row id, memo id, memo UUID, link) of the link rows matching ``where``, in the order
    made."""
    owner, linked = aliased(Memo), aliased(Memo)
    rows = s.execute(
        select(MemoLink.id, MemoLink.memo_id, owner.uuid, Document.uuid, Code.uuid, Coding.uuid,
               linked.uuid)
        .join(owner, owner.id == MemoLink.memo_id)
        .outerjoin(Document, Document.id == MemoLink.document_id)
        .outerjoin(Code, Code.id == MemoLink.code_id)
        .outerjoin(Coding, Coding.id == MemoLink.coding_id)
        .outerjoin(linked, linked.id == MemoLink.linked_memo_id)
        .where(*where)
        .order_by(MemoLink.id)
    ).all()
    out = []
    for row_id, owner_id, owner_uuid, *targets in rows:
        kind, uuid = next((k, u) for k, u in zip(records.MEMO_LINK_KINDS, targets, strict=True)
                          if u is not None)
        out.append((row_id, owner_id, owner_uuid, records.MemoLink(kind, uuid)))
    return out


def links_of(s: Session, memo_ids: Sequence[int]) -> dict[int, tuple[records.MemoLink, ...]]:
    """The links of each of these memos (memos without links are left out)."""
    found: dict[int, list[records.MemoLink]] = {}
    for chunk in chunks(memo_ids):
        for _row, owner_id, _uuid, link in _link_rows(s, MemoLink.memo_id.in_(chunk)):
            found.setdefault(owner_id, []).append(link)
    return {k: tuple(sorted(v, key=link_order)) for k, v in found.items()}


def link_order(link: records.MemoLink) -> tuple[int, str]:
    """How a memo's links are listed: documents, codes, codings, memos, each by UUID. A
    fixed order, not the order made, so that a link put back by undo is where it was."""
    return records.MEMO_LINK_KINDS.index(link.kind), link.target


def linking(s: Session, link: records.MemoLink) -> ColumnElement[bool]:
    """A condition on memos: linked to ``link``'s target."""
    target = target_id(s, link)
    return Memo.id.in_(select(MemoLink.memo_id).where(COLUMNS[link.kind] == target))


def rows_touching(s: Session, memo_ids: Iterable[int] = (), document_ids: Iterable[int] = (),
                  code_ids: Iterable[int] = (), coding_ids: Iterable[int] = ()
                  ) -> tuple[snapshot_records.LinkRow, ...]:
    """Every link row a delete of these memos, documents, codes and codings takes with it:
    the memos' own links, and the links to any of them (each row once, in the order made).
    One query per chunk of ids, so that no statement outgrows a database's parameter limit."""
    memo_ids = list(memo_ids)
    found: dict[int, snapshot_records.LinkRow] = {}
    for ids, column in ((memo_ids, MemoLink.memo_id), (memo_ids, MemoLink.linked_memo_id),
                        (list(document_ids), MemoLink.document_id),
                        (list(code_ids), MemoLink.code_id),
                        (list(coding_ids), MemoLink.coding_id)):
        for chunk in chunks(ids):
            for row_id, _owner, uuid, link in _link_rows(s, column.in_(chunk)):
                found[row_id] = snapshot_records.LinkRow(uuid, link)
    return tuple(found[k] for k in sorted(found))


def restore(s: Session, rows: Iterable[snapshot_records.LinkRow]) -> None:
    """Put link rows back, each once; a row whose memo or target is gone is left out
    (another program deleted it since: nothing to link)."""
    tree = CodeTree.lazy(s)
    for row in rows:
        owner = s.scalar(select(Memo.id).where(Memo.uuid == norm_uuid(row.memo_uuid)))
        if owner is None:
            continue
        try:
            target = target_id(s, row.link, tree)
        except NotFoundError:
            continue
        column = COLUMNS[row.link.kind]
        if not s.scalar(select(MemoLink.id).where(MemoLink.memo_id == owner, column == target)):
            s.execute(insert(MemoLink).values({"memo_id": owner, column.key: target}))
