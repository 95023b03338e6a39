"""What a merge moves between projects: a coder's file as read, the team file's index, the writes.

Plain records on the shared floor: storage reads and writes them, the merge
planner (:mod:`qda_app.team.merge_plan`) matches them in plain Python, and the
window's preview shows them; none of these layers needs another's internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import records, snapshot_records


@dataclass(frozen=True, slots=True)
class SourceDocument:
    uuid: str
    name: str
    sha256: str
    text: str
    source: str | None
    turns: tuple[records.Turn, ...]
    pages: tuple[int, ...] = ()


class SourceCoding(NamedTuple):
    """A coding as stored, with the file's timestamp text (a tuple: files hold thousands)."""

    uuid: str
    document_uuid: str
    code_uuid: str
    coder_uuid: str
    start: int
    end: int
    memo: str | None
    created: str
    modified: str


@dataclass(frozen=True, slots=True)
class SourceMemo:
    uuid: str
    title: str
    text: str
    document_uuid: str | None
    code_uuid: str | None
    created: str
    modified: str
    kind: str = "project"
    author_uuid: str | None = None
    """The coder who wrote it (their UUID in the coder's file)."""
    start: int | None = None
    end: int | None = None
    links: tuple[records.MemoLink, ...] = ()
    """A free memo's links, by the UUIDs of the coder's file."""


@dataclass(frozen=True)
class ProjectContent:
    """Everything of one coder's file that a merge can carry over."""

    path: Path
    uuid: str
    title: str
    documents: tuple[SourceDocument, ...]
    codes: tuple[snapshot_records.CodeRow, ...]
    """In tree order: a parent always comes before its subcodes."""
    coders: tuple[records.Coder, ...]
    codings: tuple[SourceCoding, ...]
    memos: tuple[SourceMemo, ...]


@dataclass(frozen=True, slots=True)
class TargetCode:
    uuid: str
    path: str
    color: str
    description: str


CodingKey = tuple[str, str, str, int, int]
"""(document UUID, code UUID, coder UUID, start, end): what makes two codings identical."""


@dataclass
class TargetIndex:
    """What the team file holds, as far as matching needs it (no texts)."""

    documents: dict[str, tuple[str, str]] = field(default_factory=dict)
    """sha256 -> (uuid, name)"""
    codes: list[TargetCode] = field(default_factory=list)
    coders: list[records.Coder] = field(default_factory=list)
    codings: dict[str, tuple[CodingKey, str | None]] = field(default_factory=dict)
    """coding UUID -> (key, memo)"""
    memo_uuids: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class NewDocument:
    uuid: str
    name: str
    document: SourceDocument


@dataclass(frozen=True, slots=True)
class NewCode:
    uuid: str
    path: str
    color: str | None
    description: str
    codable: bool = True


@dataclass(frozen=True, slots=True)
class NewMemo:
    memo: SourceMemo
    document_uuid: str | None
    code_uuid: str | None
    author: str | None = None
    """The team file's name of its author."""
    links: tuple[records.MemoLink, ...] = ()
    """Its links, by the team file's UUIDs."""


@dataclass
class MergeWrites:
    """What a merge adds to the team file, in the order it must be written."""

    documents: list[NewDocument] = field(default_factory=list)
    codes: list[NewCode] = field(default_factory=list)
    """Parents before subcodes; each path's parent exists or comes earlier."""
    coders: list[records.Coder] = field(default_factory=list)
    codings: list[records.CodingSpec] = field(default_factory=list)
    """``document`` is a target UUID, ``code`` a target path, ``coder`` a target name."""
    memos: list[NewMemo] = field(default_factory=list)


TRANSFER_KINDS = (("document", "documents"), ("code", "codes"), ("coder", "coders"),
                  ("coding", "codings"), ("memo", "memos"), ("variable", "variables"),
                  ("document_set", "sets"))
"""The tables a push or pull reports, with the word for their rows."""


@dataclass(frozen=True)
class ProjectDump:
    """A whole project as rows, to move it between a file and a server with every UUID
    (``qda team push`` / ``qda team pull``): the project's identity and, per table, the
    column names and the rows in id order. What belongs to one place only stays there:
    server logins, the team's settings and roles, the schema version."""

    uuid: str
    title: str
    created: object
    """The project's creation time (a ``datetime``)."""
    tables: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]

    def count(self, table: str) -> int:
        return len(self.tables.get(table, ((), []))[1])
