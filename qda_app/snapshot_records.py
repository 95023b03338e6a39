"""What undo keeps of things a delete takes away, and the stored form of a code that undo
and merges restore: frozen records built inside a session, handed back to the facade.

They sit beside :mod:`qda_app.records` (the records every caller reads) because only
the undo stack, the facade's snapshot and restore methods and the merge use them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import CodingSpec, Document, Memo, MemoLink


@dataclass(frozen=True, slots=True)
class LinkRow:
    """A stored link: memo ``memo_uuid`` is linked to ``link`` (undo puts such rows back)."""

    memo_uuid: str
    link: MemoLink


@dataclass(frozen=True, slots=True)
class MemoSnapshot:
    """Memos with everything a delete takes with them, for undo: their links and the links
    of other memos to them (or to the document, codes or codings deleted with them)."""

    memos: tuple[Memo, ...] = ()
    links: tuple[LinkRow, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentSnapshot:
    """A document as it was before a delete, with all that went with it.

    :meth:`Project.restore_document` puts it back with the same UUID, text, turns,
    pages, place in the list, codings (UUIDs, coders, timestamps), memos and links,
    variable values and set memberships.
    """

    document: Document
    position: int
    """Its index in the project's document list."""
    codings: tuple[CodingSpec, ...]
    memos: MemoSnapshot
    variables: tuple[tuple[str, str], ...] = ()
    """(variable UUID, value) of each variable the document had a value for."""
    sets: tuple[str, ...] = ()
    """UUIDs of the document sets it belonged to."""


@dataclass(frozen=True, slots=True)
class CodeRow:
    """One code as stored, for snapshots that undo and merges restore."""

    uuid: str
    parent_uuid: str | None
    name: str
    color: str
    description: str
    sort_order: int
    codable: bool = True
    created_by: str | None = None
    """The name of the coder who added the code (kept by undo and redo, so a coder may
    undo their new code again after a redo); ``None`` when unknown."""


@dataclass(frozen=True, slots=True)
class CodeSnapshot:
    """A code subtree with its codings and memos, as it was at one moment.

    :meth:`Project.restore_code` puts everything back (undo of delete and merge).
    """

    codes: tuple[CodeRow, ...]
    codings: tuple[CodingSpec, ...]
    memos: tuple[Memo, ...] = ()
    links: tuple[LinkRow, ...] = ()
    """Links of free memos to these codes, their codings and their memos (and the code
    memos' own links): a delete takes them with it."""
