"""Where a segment is, said so that a reader can find it again.

Character offsets are exact but useless on paper; paragraph numbers (the
document's lines, 1-based, as the coded-transcript export lays them out one
Word paragraph each) are what a researcher can look up. The source line of
an exported segment gives both: "Abs. 12, Zeichen 1234–1300" (offsets as in
``qda segments`` and the tables: start counted from 0, end exclusive).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from ..project import Project
from ..records import Coding


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
        self._indexes: dict[str, LineIndex] = {}

    def index(self, document_uuid: str) -> LineIndex:
        if document_uuid not in self._indexes:
            text = self._project.document(document_uuid).text
            self._indexes[document_uuid] = LineIndex(text)
        return self._indexes[document_uuid]

    def position(self, coding: Coding) -> str:
        """``"Abs. 12, Zeichen 1234–1300"``."""
        lines = self.index(coding.document_uuid).lines(coding.start, coding.end)
        return (f"{self._labels['paragraph']} {lines}, "
                f"{self._labels['chars']} {coding.start}–{coding.end}")

    def source_line(self, coding: Coding) -> str:
        """``"document · speaker · coder · position"`` (no speaker outside a turn)."""
        parts = [coding.document, coding.speaker, coding.coder, self.position(coding)]
        return " · ".join(p for p in parts if p)
