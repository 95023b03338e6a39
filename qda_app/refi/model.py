"""A REFI-QDA file as read: plain values, checked, ready to write into a project.

Readers build these completely before anything is written, so a broken
file fails before a project is created or changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from .document_variables import VariablesRead

Remark = tuple[str, str, str, str | None]
"""What reading one code changed about it: ``(verb, noun, rest, example)`` of
:meth:`~.report.ImportReport.tally`, said only if the code is added."""


@dataclass
class CodeEntry:
    """A code of the file; ``name`` is already fit for our tree (no ``/``, unique).

    ``codable=False`` is a category (``isCodable="false"``): it groups codes.
    """

    guid: str
    name: str
    color: str | None = None
    description: str = ""
    children: list[CodeEntry] = field(default_factory=list)
    codable: bool = True
    remarks: list[Remark] = field(default_factory=list)


def walk_codes(entries: list[CodeEntry]) -> Iterator[tuple[CodeEntry, CodeEntry | None]]:
    """``(code, parent)`` depth first, parents before their children."""
    stack: list[tuple[CodeEntry, CodeEntry | None]] = [(e, None) for e in reversed(entries)]
    while stack:
        entry, parent = stack.pop()
        yield entry, parent
        stack.extend((c, entry) for c in reversed(entry.children))


@dataclass
class UserEntry:
    guid: str
    name: str


@dataclass
class CodingEntry:
    """A coding on our text: offsets already moved onto the LF text we store."""

    guid: str
    code_guid: str
    start: int
    end: int
    user_guid: str | None
    created: datetime | None = None
    modified: datetime | None = None
    memo: str = ""


@dataclass
class DocumentEntry:
    guid: str
    name: str
    text: str
    codings: list[CodingEntry] = field(default_factory=list)


@dataclass
class MemoEntry:
    """A memo on the project (no target), on a document or on a code."""

    guid: str
    title: str
    text: str
    document_guid: str | None = None
    code_guid: str | None = None


@dataclass
class ExchangeProject:
    """Everything of a ``.qdpx`` that we import."""

    name: str
    origin: str
    users: list[UserEntry] = field(default_factory=list)
    codes: list[CodeEntry] = field(default_factory=list)
    documents: list[DocumentEntry] = field(default_factory=list)
    memos: list[MemoEntry] = field(default_factory=list)
    variables: VariablesRead = field(default_factory=VariablesRead)
    """Variables with each document's values, and the sets."""

    def n_codings(self) -> int:
        return sum(len(d.codings) for d in self.documents)
