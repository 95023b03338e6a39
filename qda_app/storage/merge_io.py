"""The SQL of merging projects: reading coder files read-only, and writing a merge plan.

The matching itself (which document, code and coder of a coder's file is which
in the team file) is plain Python in :mod:`qda_app.team.merge_plan`; this module
only reads the rows it needs and, inside the caller's single transaction on
the team file, writes what the plan says. Coder files are opened with SQLite's
``mode=ro``, so a merge cannot change them even by accident (only a change that
a crashed program left unfinished in one is rolled back first, see
:func:`read_source`).
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import records, snapshot_records
from ..errors import QdaError
from ..merge_records import (
    MergeWrites,
    ProjectContent,
    SourceCoding,
    SourceDocument,
    SourceMemo,
    TargetCode,
    TargetIndex,
)
from ..timestamps import parse_ts
from . import documents, memo_links, sqlite_errors, sqlite_file
from .check import code_cycle_problems
from .code_tree import CodeTree
from .codes import add_code
from .codings import Resolver, insert_many
from .models import Code, Coder, Coding, Document, Memo

log = logging.getLogger(__name__)

# -- reading a coder's file ---------------------------------------------------------------


def read_source(path: Path) -> ProjectContent:
    """Read a whole project file without any chance of changing what it holds.

    A coder's file that a crash left with an unfinished change (a hot
    journal) is rolled back first, as opening it would: the rollback restores
    its last committed state, which is exactly what the merge must read, and
    it spares the coder opening the file by hand before the merge can go on.
    When the file is read-only that cannot happen, and it is refused with one
    line saying what to do. Every other access is read-only (``mode=ro``).
    """
    for notice in sqlite_file.inspect_file(path).notices:  # one line for what cannot be read
        log.warning("%s", notice)
    try:
        with closing(sqlite_file.connect_ro(path)) as conn:
            content = _read(conn, path)
            loops = code_cycle_problems(conn)
    except sqlite_errors.FILE_ERRORS as exc:
        raise sqlite_errors.on_open(path, exc) from None
    if loops:
        raise sqlite_errors.damaged(path, loops)
    _check_dates(path, content)
    return content


def _check_dates(path: Path, content: ProjectContent) -> None:
    """Refuse, naming the file, a coder's file with a date the merge could not carry over."""
    dates = [d for c in content.codings for d in (c.created, c.modified)]
    dates += [d for m in content.memos for d in (m.created, m.modified)]
    for value in dates:
        try:
            parse_ts(value)
        except QdaError:
            raise sqlite_errors.damaged(path, f"{str(value)[:40]!r} is not a date") from None


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _read(conn: sqlite3.Connection, path: Path) -> ProjectContent:
    uuid, title = conn.execute("SELECT uuid, title FROM project").fetchone()
    columns = _columns(conn, "speaker_turn")
    body = "body_start" if "body_start" in columns else "start"  # as version 2
    seconds = "seconds" if "seconds" in columns else "NULL"  # as version 4
    turns: dict[int, list[records.Turn]] = {}
    for doc_id, *turn in conn.execute(
        f'SELECT document_id, start, "end", speaker, time, {body}, {seconds} FROM speaker_turn '
        "ORDER BY document_id, start"
    ):
        turns.setdefault(doc_id, []).append(records.Turn(*turn))
    pages: dict[int, list[int]] = {}
    if "document_page" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
        for doc_id, start in conn.execute(
                "SELECT document_id, start FROM document_page ORDER BY document_id, number"):
            pages.setdefault(doc_id, []).append(start)
    docs = tuple(
        SourceDocument(u, name, sha, text, source, tuple(turns.get(doc_id, ())),
                       tuple(pages.get(doc_id, ())))
        for doc_id, u, name, sha, text, source in conn.execute(
            "SELECT id, uuid, name, sha256, text, source FROM document ORDER BY id"
        )
    )
    codable = "c.codable" if "codable" in _columns(conn, "code") else "1"  # as version 4
    rows = [snapshot_records.CodeRow(uuid, parent, name, color, description, order,
                                     bool(is_codable))
            for uuid, parent, name, color, description, order, is_codable in conn.execute(
        f"SELECT c.uuid, p.uuid, c.name, c.color, c.description, c.sort_order, {codable} "
        "FROM code c LEFT JOIN code p ON p.id = c.parent_id"
    )]
    coders = tuple(records.Coder(*r) for r in conn.execute("SELECT uuid, name FROM coder"))
    codings = tuple(map(SourceCoding._make, conn.execute(
        'SELECT k.uuid, d.uuid, c.uuid, r.uuid, k.start, k."end", k.memo, k.created, '
        "k.modified FROM coding k JOIN document d ON d.id = k.document_id "
        "JOIN code c ON c.id = k.code_id JOIN coder r ON r.id = k.coder_id ORDER BY k.id"
    )))
    return ProjectContent(path, uuid, title, docs, _tree_order(rows), coders, codings,
                          _read_memos(conn))


def _read_memos(conn: sqlite3.Connection) -> tuple[SourceMemo, ...]:
    """The memos of a coder's file, with kind, author, span and links from version 5 on
    (before it a memo's kind follows from what it belongs to, as the upgrade sets it)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if "memo" not in tables:
        return ()
    if "kind" in _columns(conn, "memo"):
        extra = 'm.kind, r.uuid, m.start, m."end"'
        author = "LEFT JOIN coder r ON r.id = m.coder_id "
    else:
        extra, author = ("CASE WHEN m.document_id IS NOT NULL THEN 'document' WHEN m.code_id "
                         "IS NOT NULL THEN 'code' ELSE 'project' END, NULL, NULL, NULL"), ""
    links: dict[str, list[records.MemoLink]] = {}
    if "memo_link" in tables:
        for owner, *targets in conn.execute(
                "SELECT o.uuid, d.uuid, c.uuid, k.uuid, t.uuid FROM memo_link l "
                "JOIN memo o ON o.id = l.memo_id LEFT JOIN document d ON d.id = l.document_id "
                "LEFT JOIN code c ON c.id = l.code_id LEFT JOIN coding k ON k.id = l.coding_id "
                "LEFT JOIN memo t ON t.id = l.linked_memo_id ORDER BY l.id"):
            links.setdefault(owner, []).extend(
                records.MemoLink(kind, target) for kind, target
                in zip(records.MEMO_LINK_KINDS, targets, strict=True) if target is not None)
    return tuple(
        replace(SourceMemo(*row), links=tuple(links.get(row[0], ()))) for row in conn.execute(
            f"SELECT m.uuid, m.title, m.text, d.uuid, c.uuid, m.created, m.modified, {extra} "
            "FROM memo m LEFT JOIN document d ON d.id = m.document_id "
            f"LEFT JOIN code c ON c.id = m.code_id {author}ORDER BY m.id"))


def _tree_order(rows: list[snapshot_records.CodeRow]) -> tuple[snapshot_records.CodeRow, ...]:
    children: dict[str | None, list[snapshot_records.CodeRow]] = {}
    for row in rows:
        children.setdefault(row.parent_uuid, []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: r.sort_order)
    out: list[snapshot_records.CodeRow] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        row = stack.pop()
        out.append(row)
        stack.extend(reversed(children.get(row.uuid, [])))
    return tuple(out)


# -- the team file ---------------------------------------------------------------------------


def read_target(s: Session) -> TargetIndex:
    index = TargetIndex()
    for uuid, name, sha in s.execute(select(Document.uuid, Document.name, Document.sha256)):
        index.documents[sha] = (uuid, name)
    tree = CodeTree.load(s)
    index.codes = [TargetCode(n.uuid.lower(), n.path, n.color, n.description)
                   for n in tree.walk()]
    index.coders = [records.Coder(*r) for r in s.execute(select(Coder.uuid, Coder.name))]
    rows = s.execute(
        select(Coding.uuid, Document.uuid, Code.uuid, Coder.uuid, Coding.start, Coding.end,
               Coding.memo)
        .join(Document, Document.id == Coding.document_id)
        .join(Code, Code.id == Coding.code_id)
        .join(Coder, Coder.id == Coding.coder_id)
    )
    for uuid, doc, code, coder, start, end, memo in rows:
        index.codings[uuid] = ((doc, code.lower(), coder, start, end), memo)
    index.memo_uuids = set(s.scalars(select(Memo.uuid)))
    return index


def apply_writes(s: Session, writes: MergeWrites, default_coder: str) -> None:
    """Write a merge plan inside the caller's transaction (all of it, or nothing)."""
    for new_doc in writes.documents:
        doc = new_doc.document
        documents.insert_document(s, new_doc.name, doc.text, doc.sha256, doc.source, doc.turns,
                                  new_doc.uuid, doc.pages)
    tree = CodeTree.load(s)
    for code in writes.codes:
        add_code(s, tree, code.path, code.color, code.description, code.uuid,
                 codable=code.codable)
    for coder in writes.coders:
        s.add(Coder(uuid=coder.uuid, name=coder.name))
    s.flush()
    # the plan skipped what the team file has; a copy the coder's file holds twice is skipped
    insert_many(s, Resolver(s, tree), writes.codings, default_coder, skip_duplicates=True)
    if writes.memos:
        doc_ids = dict(s.execute(select(Document.uuid, Document.id)).all())
        coder_ids = dict(s.execute(select(Coder.name, Coder.id)).all())
        for new in writes.memos:
            m = new.memo
            s.add(Memo(
                uuid=m.uuid, title=m.title, text=m.text, kind=m.kind,
                document_id=doc_ids[new.document_uuid] if new.document_uuid else None,
                code_id=tree.find(new.code_uuid).id if new.code_uuid else None,
                coder_id=coder_ids.get(new.author) if new.author else None,
                start=m.start, end=m.end,
                created=parse_ts(m.created), modified=parse_ts(m.modified),
            ))
        s.flush()
        memo_links.restore(s, [snapshot_records.LinkRow(new.memo.uuid, link)
                               for new in writes.memos for link in new.links])
