"""The passages the assistance compares: every sentence, paragraph or speaker turn of a document.

They are the units autocoding extends a hit to (:mod:`qda_app.analysis.unit_spans`), listed
whole instead of found around a place:

- a **paragraph** is a line with text, after its speaker label if the line starts a turn;
- a **sentence** lies within its paragraph (``sentencex``'s boundaries, German ordinals
  kept together), so a speaker label is never part of one;
- a **turn** is a speaker turn's speech, without the label. A document without speaker
  turns (a memo, a letter, a protocol without speakers) is compared by its paragraphs
  instead, so that it is not left out of a search by turn.

Each span is trimmed of whitespace. Units of fewer than :data:`MIN_WORDS` words are left
out: "Ja.", "Mhm.", "Problem:" or "Wie?" are no passages anyone looks for, and as the
shortest of vectors they would come first for any query sharing their one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis.unit_spans import UnitFinder, split_sentences
from ..analysis.word_text import TOKEN
from ..errors import InvalidValueError
from ..records import Document
from ..spans import trim

UNITS = ("sentence", "paragraph", "turn")
"""What a passage can be, the default first."""
MIN_WORDS = 3
_LINE = re.compile(r"[^\n]+")

Span = tuple[int, int]


def check_unit(unit: str) -> str:
    """``unit`` if it is one of :data:`UNITS`; otherwise one line saying which are."""
    if unit not in UNITS:
        raise InvalidValueError(f"unknown unit {unit!r}: use {', '.join(UNITS)}")
    return unit


def unit_spans(document: Document, unit: str) -> list[Span]:
    """The ``unit`` passages of ``document`` in text order, as ``(start, end)``."""
    check_unit(unit)
    if unit == "turn" and document.turns:
        spans: Iterator[Span] = ((t.label_end, t.end) for t in document.turns)
    elif unit == "sentence":
        spans = _sentences(document)
    else:
        spans = _paragraphs(document)
    text = document.text
    found = []
    for start, end in spans:
        first, stop = trim(text, start, end)
        if stop > first and _enough_words(text, first, stop):
            found.append((first, stop))
    return found


def _enough_words(text: str, start: int, end: int) -> bool:
    words = TOKEN.finditer(text, start, end)
    return sum(1 for _ in zip(range(MIN_WORDS), words, strict=False)) == MIN_WORDS


def _paragraphs(document: Document) -> Iterator[Span]:
    finder = UnitFinder(document)
    for line in _LINE.finditer(document.text):
        # asked at the line's end: a line that starts a turn begins after its label
        yield finder.paragraph(line.end() - 1)[0], line.end()


def _sentences(document: Document) -> Iterator[Span]:
    text = document.text
    for start, end in _paragraphs(document):
        first, stop = trim(text, start, end)
        if stop > first:
            yield from split_sentences(text, first, stop)
