"""Keyword in context: where a counted word occurs, with the text around it.

A row of the word table keeps the spellings it counted (``WordCount.forms``); the
concordance finds exactly those tokens again in the same text, cut the same way, so
it lists as many places as the row counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..project import Project
from .word_text import ALL_TEXT, TOKEN, TextScope, pieces

WIDTH = 50
"""Characters of context on each side."""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place: ``document`` text ``[start, end)`` is the word, with context around it."""

    document_uuid: str
    document: str
    start: int
    end: int
    before: str
    word: str
    after: str

    def to_json(self) -> dict[str, object]:
        return {"document": self.document, "start": self.start, "end": self.end,
                "before": self.before, "word": self.word, "after": self.after}


def concordance(project: Project, forms: Iterable[str], scope: TextScope = ALL_TEXT,
                width: int = WIDTH) -> list[Occurrence]:
    """Every occurrence of ``forms`` (exact spellings, as ``WordCount.forms`` has them) in
    the text of ``scope``, in document order. Context stops at the document's ends, not
    at a coded segment's: a reader wants the sentence."""
    wanted = frozenset(forms)
    found: list[Occurrence] = []
    for piece in pieces(project, scope):
        text = piece.document.text
        for m in TOKEN.finditer(text, piece.start, piece.end):
            if m.group() in wanted:
                found.append(Occurrence(
                    piece.document.uuid, piece.document.name, m.start(), m.end(),
                    _one_line(text[max(0, m.start() - width):m.start()]), m.group(),
                    _one_line(text[m.end():m.end() + width])))
    return found


def _one_line(text: str) -> str:
    """Line breaks and tabs as spaces: a concordance line is one line."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
