"""Code all hits of a search (autocode): each hit, or its sentence, paragraph or turn.

:func:`plan_autocode` works out, without writing, which codings the hits make: every hit
extended to its unit (:mod:`.unit_spans`), and units that overlap in one document merged
into one coding (two hits in one sentence code the sentence once; hits in two
overlapping sentences code both as one span, as MAXQDA merges). It also counts how many
of these codings exist already (same document, code, coder and span): the preview's
numbers. :func:`apply_autocode` writes the plan in one transaction
(``Project.add_codings(..., skip_duplicates=True)``): codings that exist are not doubled,
and the result says how many were added and how many were there.

Only identical codings count as existing: a coding of the same code over a different
span (a sentence coded by hand without its full stop) stays, and the unit is added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import InvalidValueError
from ..project import Project
from ..records import AddedCodings, CodingSpec
from ..text_search import SearchHit
from .unit_spans import UNITS, Span, UnitFinder


@dataclass(frozen=True, slots=True)
class AutocodePlan:
    """What autocoding would write: the codings, and how many of them exist already."""

    code_uuid: str
    code_path: str
    coder: str
    unit: str
    hits: int
    """Hits the plan was made from."""
    specs: tuple[CodingSpec, ...]
    """Every coding the hits make (those that exist already included), in document and
    text order."""
    existing: int
    """How many of ``specs`` exist already (they will not be added again)."""
    without_unit: int = 0
    """Hits that have no such unit (no speaker turn there, or only whitespace)."""

    @property
    def new(self) -> int:
        """How many codings applying the plan will add (unless the project changes first)."""
        return len(self.specs) - self.existing


@dataclass(frozen=True, slots=True)
class AutocodeResult:
    plan: AutocodePlan
    added: AddedCodings
    """The codings added; ``added.skipped`` the ones that were there already."""

    @property
    def existing(self) -> int:
        return len(self.added.skipped)


def plan_autocode(project: Project, hits: Sequence[SearchHit], code: object,
                  unit: str = "hit", coder: str | None = None) -> AutocodePlan:
    """The codings that coding ``hits`` with ``code`` at ``unit`` level makes.

    ``code`` is a path, UUID or record; ``coder`` defaults to the project's coder.
    Refuses an unknown code or unit with one line, before anything is read.
    """
    if unit not in UNITS:
        raise InvalidValueError(f"unknown unit {unit!r}; use one of: {', '.join(UNITS)}")
    target = project.code(code)
    who = (coder or project.coder).strip() or project.coder
    by_document: dict[str, list[SearchHit]] = {}
    for hit in hits:
        by_document.setdefault(hit.document_uuid, []).append(hit)
    specs: list[CodingSpec] = []
    lost = 0
    for uuid, doc_hits in by_document.items():
        finder = UnitFinder(doc_hits[0].doc)  # the document as searched (texts never change)
        spans = [finder.extend(h.start, h.end, unit) for h in doc_hits]
        lost += sum(span is None for span in spans)
        specs += [CodingSpec(uuid, target.uuid, start, end, coder=who)
                  for start, end in merge_overlapping([s for s in spans if s is not None])]
    existing = _existing(project, target.uuid, who, list(by_document))
    there = sum((s.document, s.start, s.end) in existing for s in specs)
    return AutocodePlan(target.uuid, target.path, who, unit, len(hits), tuple(specs), there,
                        lost)


def merge_overlapping(spans: Sequence[Span]) -> list[Span]:
    """``spans`` sorted, those sharing a character joined into one (touching ones not)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _existing(project: Project, code_uuid: str, coder: str, documents: list[str]
              ) -> set[tuple[object, int, int]]:
    """(document UUID, start, end) of the code's codings by ``coder`` in ``documents``.

    Read for the code and coder alone (one query) and narrowed here: naming 500
    documents in the query would look each of them up first.
    """
    if not documents or coder not in {c.name for c in project.coders()}:
        return set()  # a coder's first codings: nothing of theirs can be there
    wanted = set(documents)
    return {(s.document_uuid, s.start, s.end)
            for s in project.spans(code=code_uuid, include_subcodes=False, coder=coder)
            if s.document_uuid in wanted}


def apply_autocode(project: Project, plan: AutocodePlan) -> AutocodeResult:
    """Write the plan in one transaction; codings that exist (by now) are skipped."""
    return AutocodeResult(plan, project.add_codings(plan.specs, skip_duplicates=True))


def autocode(project: Project, query: str, code: object, unit: str = "hit",
             coder: str | None = None, documents: object | Sequence[object] | None = None,
             whole_words: bool = False, case_sensitive: bool = False, regex: bool = False
             ) -> AutocodeResult:
    """Search as :meth:`Project.search` does and code every hit (one transaction).

    For a preview, :func:`plan_autocode` on ``project.search(...)`` says the same
    numbers without writing.
    """
    hits = project.search(query, documents, whole_words, case_sensitive, regex)
    return apply_autocode(project, plan_autocode(project, hits, code, unit, coder))
