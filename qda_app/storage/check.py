"""What ``qda check`` verifies: the file, its references, and every offset and text hash."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Coding, Document, SpeakerTurn


def find_problems(s: Session) -> list[str]:
    problems: list[str] = []
    integrity = [row[0] for row in s.connection().exec_driver_sql("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.extend(f"integrity: {line}" for line in integrity)
    for table, rowid, parent, _fk in s.connection().exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    lengths: dict[int, tuple[str, int]] = {}
    for doc_id, name, text, sha in s.execute(
        select(Document.id, Document.name, Document.text, Document.sha256)
    ):
        lengths[doc_id] = (name, len(text))
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
            problems.append(f"document {name!r}: text does not match its SHA-256 (changed?)")
    for label, table in (("coding", Coding), ("speaker turn", SpeakerTurn)):
        rows = s.execute(
            select(table.document_id, table.start, table.end).where(
                (table.start < 0) | (table.end <= table.start)
                | (table.end > select(func.length(Document.text))
                   .where(Document.id == table.document_id).scalar_subquery())
            )
        ).all()
        for doc_id, start, end in rows:
            name, length = lengths.get(doc_id, ("?", 0))
            problems.append(f"{label} {start}–{end} in {name!r} is outside its text (0–{length})")
    return problems
