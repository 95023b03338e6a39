"""Snapshots of a code subtree, and putting one back (undo of delete and merge).

Putting back costs the size of the snapshot and of the sibling lists it
touches: each list of siblings is put in order and renumbered once, however
many of its codes come back.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import records, snapshot_records
from . import code_versions, memos
from . import coders as coder_store
from .code_tree import CodeTree, Node
from .codes import _renumber, chunks
from .codings import Resolver, insert_many
from .models import Code, Coder, Coding, Document, Memo


def take_snapshot(s: Session, tree: CodeTree, node: Node) -> snapshot_records.CodeSnapshot:
    nodes = tree.subtree(node)
    ids = [n.id for n in nodes]
    authors = {i: name for chunk in chunks(ids) for i, name in s.execute(
        select(Code.id, Coder.name).join(Coder, Coder.id == Code.created_by)
        .where(Code.id.in_(chunk)))}
    codes = tuple(
        snapshot_records.CodeRow(
            uuid=n.uuid,
            parent_uuid=tree.node(n.parent_id).uuid if n.parent_id else None,
            name=n.name, color=n.color, description=n.description, sort_order=n.sort_order,
            codable=n.codable, created_by=authors.get(n.id),
        )
        for n in nodes
    )
    rows = [row for chunk in chunks(ids) for row in s.execute(
        select(Coding.uuid, Document.uuid, Coding.code_id, Coder.name, Coding.start, Coding.end,
               Coding.memo, Coding.created, Coding.modified, Coding.id)
        .join(Document, Document.id == Coding.document_id)
        .join(Coder, Coder.id == Coding.coder_id)
        .where(Coding.code_id.in_(chunk))
        .order_by(Coding.id)
    )]
    codings = tuple(
        records.CodingSpec(
            document=doc_uuid, code=tree.node(code_id).uuid, start=start, end=end,
            coder=coder, memo=memo, uuid=uuid, created=created, modified=modified,
        )
        for uuid, doc_uuid, code_id, coder, start, end, memo, created, modified, _id in rows
    )
    memo_ids = [i for chunk in chunks(ids)
                for i in s.scalars(select(Memo.id).where(Memo.code_id.in_(chunk)))]
    kept = memos.snapshot(s, memo_ids, code_ids=ids, coding_ids=[r[-1] for r in rows])
    return snapshot_records.CodeSnapshot(codes=codes, codings=codings, memos=kept.memos,
                                links=kept.links)


def restore_snapshot(s: Session, snap: snapshot_records.CodeSnapshot, default_coder: str) -> None:
    tree = CodeTree.lazy(s)
    tree.prefetch([*(row.uuid for row in snap.codes),
                   *(row.parent_uuid for row in snap.codes if row.parent_uuid)])
    code_versions.refuse_lost_parents(s, tree, snap.codes)
    if any(tree.get(row.uuid) is not None for row in snap.codes):
        tree.ensure_complete()  # codes that still exist move back: that needs the whole tree
    _restore_codes(s, tree, snap.codes)
    resolver = Resolver(s, tree)
    uuids = [c.uuid for c in snap.codings]
    existing = {u: i for chunk in chunks(uuids) for u, i in s.execute(
        select(Coding.uuid, Coding.id).where(Coding.uuid.in_(chunk)))}
    for spec in snap.codings:
        if spec.uuid in existing:
            s.execute(update(Coding).where(Coding.id == existing[spec.uuid]).values(
                code_id=resolver.code(spec.code), start=spec.start, end=spec.end,
                memo=spec.memo, modified=spec.modified))
    insert_many(s, resolver, [c for c in snap.codings if c.uuid not in existing], default_coder,
                skip_duplicates=True)
    for memo in snap.memos:  # memos a merge gave to another code go back to theirs
        if memo.code_uuid:
            s.execute(update(Memo).where(Memo.uuid == memo.uuid).values(
                code_id=resolver.code(memo.code_uuid)))
    memos.restore(s, snapshot_records.MemoSnapshot(snap.memos, snap.links))


def _restore_codes(s: Session, tree: CodeTree, rows: tuple[snapshot_records.CodeRow, ...]) -> None:
    """Re-create or move back the snapshot's codes, then order each sibling list once."""
    placed: dict[int | None, list[tuple[int, Node]]] = {}
    left: dict[int | None, list[Node]] = {}  # sibling lists a code was taken out of
    created: set[int] = set()  # written with their numbers just now
    authors = {name: coder_store.id_if_present(s, name)
               for name in {row.created_by for row in rows if row.created_by}}
    for row in rows:  # parents come before their children in a snapshot
        parent = tree.get(row.parent_uuid) if row.parent_uuid else None
        parent_id = parent.id if parent else None
        node = tree.get(row.uuid)
        if node is None:
            node = tree.create(row.uuid, parent_id, row.name, row.color, row.description,
                               row.sort_order, codable=row.codable,
                               created_by=authors.get(row.created_by or ""))
            created.add(node.id)
        else:
            left[node.parent_id] = tree.detach(node)
            s.execute(update(Code).where(Code.id == node.id).values(
                parent_id=parent_id, name=row.name, color=row.color,
                description=row.description, codable=row.codable))
            node.name, node.description, node.codable = row.name, row.description, row.codable
            tree.recolor(node, row.color)
            tree.move(node, parent_id)
        placed.setdefault(parent_id, []).append((row.sort_order, node))
    for parent_id, wanted in placed.items():
        siblings = tree.siblings(parent_id)
        back = {id(node) for _, node in wanted}
        others = iter([n for n in siblings if id(n) not in back])
        ordered: list[Node] = []
        for position, node in sorted(wanted, key=lambda p: p[0]):
            while len(ordered) < position and (other := next(others, None)) is not None:
                ordered.append(other)
            ordered.append(node)
            if node.id not in created:  # a new row has its number (a coder may write no other)
                node.sort_order = -1  # force the write below
        ordered.extend(others)
        siblings[:] = ordered
        _renumber(s, siblings)
    for parent_id, siblings in left.items():
        if parent_id not in placed:
            _renumber(s, siblings)
