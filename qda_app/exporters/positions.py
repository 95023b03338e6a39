"""Where a segment is, said so that a reader can find it again.

Character offsets are exact but useless on paper; paragraph numbers (the
document's lines, 1-based, as the coded-transcript export lays them out one
Word paragraph each) are what a researcher can look up. The source line of
an exported segment gives both: "Abs. 12, Zeichen 1234–1300" (offsets as in
``qda segments`` and the tables: start counted from 0, end exclusive). A
segment of a paged source (a PDF) also names its page, the one a reader of
the original turns to: "S. 4, Abs. 12, …" ("S. 4–5" over a page break).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from ..project import Project
from ..records import Coding, Document


class LineIndex:
    """Paragraph (line) numbers of offsets in one text."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line_of(self, offset: int) -> int:
        """The 1-based line holding ``text[offset]``."""
        return bisect.bisect_right(self._starts, offset)

    def lines(self, start: int, end: int) -> str:
        """``"12"`` or ``"12–14"`` for the span ``[start, end)``."""
        first, last = self.line_of(start), self.line_of(max(start, end - 1))
        return str(first) if first == last else f"{first}–{last}"


class Locator:
    """Source lines for segments of a project; each document's text is read once."""

    def __init__(self, project: Project, labels: Mapping[str, str]) -> None:
        self._project = project
        self._labels = labels
        self._documents: dict[str, tuple[Document, LineIndex]] = {}

    def _document(self, document_uuid: str) -> tuple[Document, LineIndex]:
        if document_uuid not in self._documents:
            doc = self._project.document(document_uuid)
            self._documents[document_uuid] = (doc, LineIndex(doc.text))
        return self._documents[document_uuid]

    def index(self, document_uuid: str) -> LineIndex:
        return self._document(document_uuid)[1]

    def pages(self, coding: Coding) -> str | None:
        """``"4"`` or ``"4–5"``: the pages of the segment; ``None`` without pages."""
        doc = self._document(coding.document_uuid)[0]
        first = doc.page_at(coding.start)
        if first is None:
            return None
        last = doc.page_at(max(coding.start, coding.end - 1)) or first
        return str(first) if first == last else f"{first}–{last}"

    def position(self, coding: Coding) -> str:
        """``"Abs. 12, Zeichen 1234–1300"``, after ``"S. 4, "`` in a paged document."""
        lines = self.index(coding.document_uuid).lines(coding.start, coding.end)
        pages = self.pages(coding)
        page = f"{self._labels['page']} {pages}, " if pages else ""
        return (f"{page}{self._labels['paragraph']} {lines}, "
                f"{self._labels['chars']} {coding.start}–{coding.end}")

    def source_line(self, coding: Coding) -> str:
        """``"document · speaker · coder · position"`` (no speaker outside a turn)."""
        parts = [coding.document, coding.speaker, coding.coder, self.position(coding)]
        return " · ".join(p for p in parts if p)
