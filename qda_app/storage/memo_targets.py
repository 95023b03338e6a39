"""What memos belong to, by name: the memo manager's "linked item" and ``qda memos``.

One query per kind of target for a whole list of memos, never one per memo.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from .. import records
from .code_tree import CodeTree
from .codes import chunks
from .coding_spans import fetch_uuids
from .models import Document, Memo


def targets(s: Session, memos: Sequence[records.Memo]
            ) -> dict[str, tuple[records.MemoTarget, ...]]:
    """Memo UUID -> what it belongs to (a document, code or passage) or is linked to;
    targets deleted meanwhile are left out."""
    wanted: dict[str, set[str]] = {"document": set(), "code": set(), "coding": set(),
                                   "memo": set()}
    for memo in memos:
        if memo.document_uuid:
            wanted["document"].add(memo.document_uuid)
        if memo.code_uuid:
            wanted["code"].add(memo.code_uuid)
        for link in memo.links:
            wanted[link.kind].add(link.target)
    tree = CodeTree.lazy(s)
    codings = {c.uuid: c for c in fetch_uuids(s, tree, sorted(wanted["coding"]))}
    for coding in codings.values():
        wanted["document"].add(coding.document_uuid)
    docs = _names(s, Document.uuid, Document.name, wanted["document"])
    titles = _names(s, Memo.uuid, Memo.title, wanted["memo"])
    tree.prefetch(wanted["code"])
    codes = {u: n.path for u in wanted["code"] if (n := tree.get(u)) is not None}

    def one(kind: str, uuid: str) -> records.MemoTarget | None:
        if kind == "document" and uuid in docs:
            return records.MemoTarget("document", uuid, docs[uuid], uuid)
        if kind == "code" and uuid in codes:
            return records.MemoTarget("code", uuid, codes[uuid])
        if kind == "coding" and uuid in codings:
            c = codings[uuid]
            return records.MemoTarget("coding", uuid, c.code, c.document_uuid, c.start, c.end)
        if kind == "memo" and uuid in titles:
            return records.MemoTarget("memo", uuid, titles[uuid])
        return None

    out: dict[str, tuple[records.MemoTarget, ...]] = {}
    for memo in memos:
        found: list[records.MemoTarget | None] = []
        if memo.kind == "text" and memo.document_uuid in docs:
            assert memo.document_uuid is not None
            found.append(records.MemoTarget("passage", memo.document_uuid,
                                            docs[memo.document_uuid], memo.document_uuid,
                                            memo.start, memo.end))
        elif memo.document_uuid:
            found.append(one("document", memo.document_uuid))
        if memo.code_uuid:
            found.append(one("code", memo.code_uuid))
        found += [one(link.kind, link.target) for link in memo.links]
        out[memo.uuid] = tuple(t for t in found if t is not None)
    return out


def _names(s: Session, key: InstrumentedAttribute[str], value: InstrumentedAttribute[str],
           uuids: set[str]) -> dict[str, str]:
    return {u: n for chunk in chunks(sorted(uuids))
            for u, n in s.execute(select(key, value).where(key.in_(chunk)))}
