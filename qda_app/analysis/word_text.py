"""Which text a word count reads, and how it is cut into words.

**Words** are runs of Unicode letters and digits (``\\w`` without ``_``), joined by a
hyphen or an apostrophe between two of them: German compounds stay whole
("Nachteilsausgleich", "Lehrer-Eltern-Gespräch", "E-Mail"), and so do gender forms
("Teilnehmer:innen", "Lehrer*innen", "Kolleg_innen", "Arbeitgeber/in"), abbreviations
of single letters with dots ("z.B.", "d.h.", "u.a."), "geht's" and "don't". A
**number** is a word of digits only (with ``.``, ``,``, ``:`` or ``-`` inside: "2021",
"3,5", "13:30"); it is counted only when asked for. "COVID-19" and "B2" are words.

**The text** is the documents chosen (default: all), or, when codes or coders are chosen,
only the text of the selected codings: per document, the union of their spans, so a
passage two coders coded is read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..project import Project
from ..records import CodingSpan, Document

TOKEN = re.compile(r"""
    (?:[^\W\d_]\.){2,}                 # z.B., d.h., u.a.
  | \d+(?:[.,:]\d+)+                    # 3,5  1.000  13:30
  | [^\W_]+                             # letters and digits, then joined by
    (?:(?:['’\-]                        # a hyphen or apostrophe: E-Mail, geht's
         | [*:_/·](?=in(?:nen)?\b))      # a gender mark: Lehrer*innen, Arbeitgeber:in
       [^\W_]+)*
""", re.VERBOSE)
"""One word (or number) of a text."""
NUMBER = re.compile(r"[\d.,:'’\-]+")


def is_number(token: str) -> bool:
    return NUMBER.fullmatch(token) is not None


@dataclass(frozen=True, slots=True)
class TextScope:
    """Documents, or the coded text of codes and coders; empty tuples mean "all"."""

    documents: tuple[str, ...] = ()
    """Documents by name or UUID."""
    codes: tuple[str, ...] = ()
    """Only the text of these codes' segments (paths or UUIDs)."""
    include_subcodes: bool = True
    coders: tuple[str, ...] = ()
    """Only the text of these coders' segments."""
    set: str | None = None
    """Only the documents of this set."""
    where: str | None = None
    """Only the documents whose variables satisfy this condition."""

    @property
    def coded_only(self) -> bool:
        return bool(self.codes or self.coders)

    @property
    def narrowed(self) -> bool:
        """Whether the documents are chosen (by name, set or condition), not all."""
        return bool(self.documents) or self.set is not None or self.where is not None


ALL_TEXT = TextScope()
"""Every document, whole."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a document the count reads: ``document.text[start:end]``."""

    document: Document
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.document.text[self.start:self.end]


def pieces(project: Project, scope: TextScope) -> Iterator[Piece]:
    """The text ``scope`` selects, document by document (in the project's order).

    Refuses an unknown document, set, code or coder (:class:`~qda_app.errors.NotFoundError`)
    and a condition that cannot be read.
    """
    chosen = project.documents_for(documents=list(scope.documents) or None, set=scope.set,
                                   where=scope.where) if scope.narrowed else None
    if not scope.coded_only:
        for uuid in chosen if chosen is not None else [d.uuid for d in project.documents()]:
            doc = project.document(uuid)
            yield Piece(doc, 0, len(doc.text))
        return
    spans = project.spans(code=list(scope.codes) or None, include_subcodes=scope.include_subcodes,
                          coder=list(scope.coders) or None, document=chosen)
    by_document: dict[str, list[CodingSpan]] = {}
    for s in spans:
        by_document.setdefault(s.document_uuid, []).append(s)
    for uuid, doc_spans in by_document.items():
        doc = project.document(uuid)
        for start, end in merged(doc_spans):
            yield Piece(doc, start, end)


def merged(spans: Sequence[CodingSpan]) -> list[tuple[int, int]]:
    """The union of the spans, as sorted disjoint ``(start, end)`` (touching ones joined)."""
    out: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and s.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        else:
            out.append((s.start, s.end))
    return out
