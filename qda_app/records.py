"""Frozen values the core hands out.

The UI, the command line and scripts never hold ORM objects: they get these
immutable snapshots, built inside a session, so nothing lazy-loads behind a
closed transaction and a view can keep a record as long as it likes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple, Protocol


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker turn: ``text[start:end]``; the speech proper begins at ``body_start``."""

    start: int
    end: int
    speaker: str
    time: str | None = None
    """The clock time a chat message was sent (``"13:45"``), as the protocol shows it."""
    body_start: int | None = None
    seconds: float | None = None
    """Where the turn is in the recording, in seconds: a transcript's timestamp
    (``#00:01:02-5#`` is 62.5). The text keeps the timestamp; offsets never move."""

    @property
    def label_end(self) -> int:
        """End of the speaker label (``UK``, ``Mathias Schmitt:``, the chat header)."""
        return self.start if self.body_start is None else self.body_start


NO_SPEAKER = ""
"""As a speaker filter (:meth:`~qda_app.Project.segments`): the codings that start in no
speaker turn. No turn has an empty speaker."""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document as listed: everything but its text."""

    uuid: str
    name: str
    chars: int
    sha256: str
    source: str | None
    imported_at: datetime
    codings: int
    speakers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """A document with its text; the text never changes after import."""

    uuid: str
    name: str
    text: str
    sha256: str
    source: str | None
    imported_at: datetime
    turns: tuple[Turn, ...] = ()
    pages: tuple[int, ...] = ()
    """Where each page starts (page 1 at ``pages[0]``, usually 0), for documents from a
    paged source such as a PDF; empty when the source had no pages."""
    _turn_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_turn_starts", tuple(t.start for t in self.turns))

    def turn_at(self, position: int) -> Turn | None:
        """The speaker turn containing ``position``, if any."""
        i = bisect.bisect_right(self._turn_starts, position) - 1
        if i >= 0 and self.turns[i].start <= position < self.turns[i].end:
            return self.turns[i]
        return None

    def speakers(self) -> tuple[str, ...]:
        """Speakers in order of first appearance."""
        return tuple(dict.fromkeys(t.speaker for t in self.turns))

    def page_at(self, position: int) -> int | None:
        """The page (1-based) that ``position`` is on, or ``None`` without pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, position))


@dataclass(frozen=True, slots=True)
class Code:
    """A code in the code system. ``path`` joins the names from the root with ``/``."""

    uuid: str
    name: str
    path: str
    parent_uuid: str | None
    color: str
    description: str
    sort_order: int
    depth: int
    codings: int = 0
    """Codings of this code itself."""
    codings_total: int = 0
    """Codings of this code and all its subcodes."""
    codable: bool = True
    """False for a category: it groups subcodes rather than coding text."""
    version: int = field(default=1, compare=False)
    """How often the code was changed: pass the record back as ``seen`` to a change
    (``Project.rename_code(code, name, seen=code)``) and a change someone else made
    meanwhile is refused rather than overwritten. Not compared: two records of a code
    with the same content are equal, however often it changed on the way (an undo)."""


@dataclass(frozen=True, slots=True)
class Coder:
    uuid: str
    name: str


@dataclass(frozen=True, slots=True)
class Coding:
    """A coded segment with everything a retrieval shows.

    ``document``, ``code`` and ``coder`` are the display names (the code's full
    path); the ``*_uuid`` fields identify them across renames and merges.
    """

    uuid: str
    document_uuid: str
    document: str
    code_uuid: str
    code: str
    color: str
    coder_uuid: str
    coder: str
    start: int
    end: int
    text: str
    memo: str | None
    speaker: str | None
    created: datetime
    modified: datetime
    page: int | None = None
    """The page the coding starts on, for documents from a paged source (PDF)."""


class SpanLike(Protocol):
    """What a :class:`CodingSpan` and a :class:`Coding` both have: enough to paint, index or
    compare a coding. The transcript's index and the agreement take either."""

    @property
    def uuid(self) -> str: ...
    @property
    def document_uuid(self) -> str: ...
    @property
    def code_uuid(self) -> str: ...
    @property
    def coder(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class CodingSpan(NamedTuple):
    """A coding as a view paints or lists it: where, which code, whose; nothing else.

    A tuple, not a :class:`Coding`: opening a transcript with 100,000 codings
    builds 100,000 of these, without cutting texts, joining names or parsing
    timestamps; a view asks :meth:`Project.codings` for the full records of the
    few codings a coder hovers or selects.
    """

    uuid: str
    document_uuid: str
    code_uuid: str
    coder: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Memo:
    """A memo: the project's journal, on a document, on a code, on a passage, or free.

    ``kind`` says which (``"project"``, ``"document"``, ``"code"``, ``"text"``, ``"free"``);
    a memo in the text has ``document_uuid`` with ``start``/``end``. ``author`` is the
    coder who wrote it, where known.
    """

    uuid: str
    title: str
    text: str
    document_uuid: str | None
    code_uuid: str | None
    created: datetime
    modified: datetime
    kind: str = "project"
    author: str | None = None
    start: int | None = None
    end: int | None = None
    links: tuple[MemoLink, ...] = ()
    """What a free memo is linked to: documents, codes, codings, memos (each kind by UUID)."""


MEMO_LINK_KINDS = ("document", "code", "coding", "memo")


@dataclass(frozen=True, slots=True)
class MemoLink:
    """One thing a free memo is linked to: a document, a code, a coding or another memo.

    ``target`` is its UUID as the core hands links out; a caller making a link may
    name a document by name and a code by path instead.
    """

    kind: str
    target: str


@dataclass(frozen=True, slots=True)
class MemoTarget:
    """What a memo belongs to or is linked to, by name, and where it is.

    ``kind`` is ``"document"``, ``"code"``, ``"passage"`` (a memo in the text),
    ``"coding"`` or ``"memo"``; ``name`` the document's name, the code's path, a coding's
    code path, a memo's title. ``document_uuid``/``start``/``end`` say where a passage or
    coding is, for going there.
    """

    kind: str
    uuid: str
    name: str
    document_uuid: str | None = None
    start: int | None = None
    end: int | None = None





@dataclass(frozen=True, slots=True)
class Changes:
    """What one committed action changed, so that views refresh only that."""

    documents: bool = False
    codes: bool = False
    codings: bool = False
    coders: bool = False
    memos: bool = False
    project: bool = False
    variables: bool = False
    """Document variables: their definitions or values (:mod:`.variable_records`)."""
    sets: bool = False
    """Document sets: made, renamed, deleted, or their members changed."""
    document_uuids: frozenset[str] = frozenset()
    code_uuids: frozenset[str] = frozenset()
    coding_uuids: frozenset[str] = frozenset()
    memo_uuids: frozenset[str] = frozenset()
    """Memos added, changed or deleted, when the action knows them (views patch those rows)."""
    added: tuple[Coding, ...] = ()
    """Codings added (or the new state of updated ones), when the action knows them."""
    removed: tuple[Coding, ...] = ()
    """Codings removed (or the old state of updated ones); with ``added``, views patch
    themselves instead of reloading every coding."""

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            documents=self.documents or other.documents,
            codes=self.codes or other.codes,
            codings=self.codings or other.codings,
            coders=self.coders or other.coders,
            memos=self.memos or other.memos,
            project=self.project or other.project,
            variables=self.variables or other.variables,
            sets=self.sets or other.sets,
            document_uuids=self.document_uuids | other.document_uuids,
            code_uuids=self.code_uuids | other.code_uuids,
            coding_uuids=self.coding_uuids | other.coding_uuids,
            memo_uuids=self.memo_uuids | other.memo_uuids,
            added=self.added + other.added,
            removed=self.removed + other.removed,
        )


@dataclass(frozen=True, slots=True)
class CodingSpec:
    """A coding to create with :meth:`Project.add_codings`.

    ``document`` and ``code`` are a name/path, a UUID or a record; ``uuid`` and
    the timestamps are given only when a coding is restored (undo, merge, REFI).
    """

    document: object
    code: object
    start: int
    end: int
    coder: str | None = None
    memo: str | None = None
    uuid: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


class AddedCodings(list[Coding]):
    """What :meth:`Project.add_codings` stored (a list of codings, as it always was).

    ``skipped`` holds the specs not stored because an identical coding (same
    document, code, coder, start and end) was there already or came earlier
    in the same batch; only ``add_codings(..., skip_duplicates=True)`` skips,
    so callers can say "N already there".
    """

    def __init__(self, added: Iterable[Coding] = (), skipped: Iterable[CodingSpec] = ()) -> None:
        super().__init__(added)
        self.skipped: tuple[CodingSpec, ...] = tuple(skipped)


@dataclass(frozen=True, slots=True)
class CodeSpec:
    """A code to create with :meth:`Project.add_codes` (what :meth:`Project.add_code` takes).

    ``uuid`` is given when the code comes from elsewhere (a REFI-QDA codebook)
    and must keep its identity there.
    """

    path: str
    color: str | None = None
    description: str = ""
    uuid: str | None = None
    codable: bool = True
    """False makes the code a category (its parents created on the way stay codable)."""




@dataclass(frozen=True, slots=True)
class MergeResult:
    moved: int
    duplicates: int
