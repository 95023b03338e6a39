"""Snapshots of a code subtree, and putting one back (undo of delete and merge)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import records
from .code_tree import CodeTree, Node
from .codes import _renumber
from .codings import Resolver, insert_many
from .models import Code, Coder, Coding, Document, Memo


def take_snapshot(s: Session, tree: CodeTree, node: Node) -> records.CodeSnapshot:
    nodes = tree.subtree(node)
    ids = [n.id for n in nodes]
    codes = tuple(
        records.CodeRow(
            uuid=n.uuid,
            parent_uuid=tree.by_id[n.parent_id].uuid if n.parent_id else None,
            name=n.name, color=n.color, description=n.description, sort_order=n.sort_order,
        )
        for n in nodes
    )
    rows = s.execute(
        select(Coding.uuid, Document.uuid, Coding.code_id, Coder.name, Coding.start, Coding.end,
               Coding.memo, Coding.created, Coding.modified)
        .join(Document, Document.id == Coding.document_id)
        .join(Coder, Coder.id == Coding.coder_id)
        .where(Coding.code_id.in_(ids))
    ).all()
    codings = tuple(
        records.CodingSpec(
            document=doc_uuid, code=tree.by_id[code_id].uuid, start=start, end=end,
            coder=coder, memo=memo, uuid=uuid, created=created, modified=modified,
        )
        for uuid, doc_uuid, code_id, coder, start, end, memo, created, modified in rows
    )
    memo_rows = s.execute(
        select(Memo.uuid, Memo.title, Memo.text, Memo.code_id, Memo.created, Memo.modified)
        .where(Memo.code_id.in_(ids))
    ).all()
    memos = tuple(
        records.Memo(uuid=u, title=t, text=x, document_uuid=None,
                     code_uuid=tree.by_id[c].uuid, created=cr, modified=mo)
        for u, t, x, c, cr, mo in memo_rows
    )
    return records.CodeSnapshot(codes=codes, codings=codings, memos=memos)


def restore_snapshot(s: Session, snap: records.CodeSnapshot, default_coder: str) -> None:
    tree = CodeTree.load(s)
    for row in snap.codes:  # parents come before their children in a snapshot
        parent = tree.by_uuid[row.parent_uuid.lower()] if row.parent_uuid else None
        parent_id = parent.id if parent else None
        node = tree.by_uuid.get(row.uuid.lower())
        if node is None:
            code = Code(uuid=row.uuid, parent_id=parent_id, name=row.name, color=row.color,
                        description=row.description, sort_order=row.sort_order)
            s.add(code)
            s.flush()
            node = Node(code.id, code.uuid, parent_id, row.name, row.color, row.description,
                        row.sort_order)
            tree.by_id[node.id] = node
            tree.by_uuid[node.uuid.lower()] = node
        else:
            tree.siblings(node.parent_id).remove(node)
            _renumber(s, tree.siblings(node.parent_id))
            s.execute(update(Code).where(Code.id == node.id).values(
                parent_id=parent_id, name=row.name, color=row.color,
                description=row.description))
            node.parent_id = parent_id
        siblings = tree.siblings(parent_id)
        siblings.insert(min(row.sort_order, len(siblings)), node)
        node.sort_order = -1
        _renumber(s, siblings)
    resolver = Resolver(s, CodeTree.load(s))
    existing = dict(s.execute(
        select(Coding.uuid, Coding.id).where(Coding.uuid.in_([c.uuid for c in snap.codings]))
    ).all())
    for spec in snap.codings:
        if spec.uuid in existing:
            s.execute(update(Coding).where(Coding.id == existing[spec.uuid]).values(
                code_id=resolver.code(spec.code), start=spec.start, end=spec.end,
                memo=spec.memo, modified=spec.modified))
    insert_many(s, resolver, [c for c in snap.codings if c.uuid not in existing], default_coder)
    for memo in snap.memos:
        code_id = resolver.code(memo.code_uuid) if memo.code_uuid else None
        found = s.scalar(select(Memo.id).where(Memo.uuid == memo.uuid))
        if found is None:
            s.add(Memo(uuid=memo.uuid, title=memo.title, text=memo.text, code_id=code_id,
                       created=memo.created, modified=memo.modified))
        else:
            s.execute(update(Memo).where(Memo.id == found).values(code_id=code_id))
