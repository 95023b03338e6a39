"""The sentence, paragraph or speaker turn around a passage, as autocoding extends hits.

- A **paragraph** is a line: our importers keep one paragraph of the source a line
  (a Word paragraph, a turn of a protocol, a line of a text file), and blank lines are
  no paragraphs. In a line that starts a speaker turn the speaker label ("UK", "I:") is
  not part of it, as "Code Whole Speaker Turn" leaves it out.
- A **sentence** lies within its paragraph. Boundaries come from ``sentencex``
  (Wikimedia's segmenter, compiled, with German abbreviation lists: "z.B.", "z. B.",
  "Dr.", "ca.", "bzw.", "usw." end no sentence), with one rule added for German
  ordinals, which it splits: after an article or preposition ("im 1. Lehrjahr",
  "die 2. Auflage", "am 3. Oktober") a number with a full stop ends no sentence.
- A **turn** is the document's speaker turn around the passage, its speech without the
  label (as "Code Whole Speaker Turn" codes it); a passage in no turn has none.

A passage across several units is extended from the start of the first to the end of
the last. Every span is trimmed of surrounding whitespace, so a unit starts and ends with
text, as a coder's selection does.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import sentencex

from ..records import Document
from ..spans import trim

UNITS = ("hit", "sentence", "paragraph", "turn")
"""What a hit can be extended to, in the order the window offers them."""

SENTENCE_LANGUAGE = "de"
"""sentencex's rules for German (its abbreviation list also knows "e.g.", "Dr.", "p.m.")."""

_ORDINAL_END = re.compile(
    r"\b(?:am|im|zum|zur|vom|beim|ins|ans|an|in|bis|ab|seit|vor|nach|zu|für|um|"
    r"der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|jede|jeder|jedes|jedem|"
    r"jeden)\s+\d{1,3}\.\s*$", re.IGNORECASE)
"""A sentence that ends in "im 1." (an article or preposition, then a number and a full
stop): in German that is an ordinal inside the sentence, not its end."""

Span = tuple[int, int]


class UnitFinder:
    """Finds units in one document; sentence boundaries are worked out once a paragraph."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self._turn_starts = [t.start for t in document.turns]
        self._sentences: dict[int, tuple[list[int], list[Span]]] = {}

    def extend(self, start: int, end: int, unit: str) -> Span | None:
        """The ``unit`` (one of :data:`UNITS`) around ``text[start:end]``, trimmed;
        ``None`` when there is none (no turn there, or only whitespace)."""
        last = max(start, end - 1)  # the last character of the passage
        span: Span | None
        if unit == "hit":
            span = (start, end)
        elif unit == "paragraph":
            span = (self.paragraph(start)[0], self.paragraph(last)[1])
        elif unit == "sentence":
            span = (self.sentence(start)[0], self.sentence(last)[1])
        elif unit == "turn":
            span = self.turns(start, end)
        else:
            raise ValueError(f"unknown unit {unit!r} (one of {', '.join(UNITS)})")
        if span is None:
            return None
        first, stop = trim(self.text, *span)
        return (first, stop) if stop > first else None

    def paragraph(self, position: int) -> Span:
        """The line around ``position``, after the speaker label if the line has one."""
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        turn = self.doc.turn_at(position)
        if turn is not None and start < turn.label_end <= position:
            start = turn.label_end
        return start, end

    def sentence(self, position: int) -> Span:
        """The sentence around ``position``, within its paragraph."""
        first, last = self.paragraph(position)
        cached = self._sentences.get(first)
        if cached is None:
            spans = split_sentences(self.text, first, last)
            cached = self._sentences[first] = ([s for s, _ in spans], spans)
        starts, spans = cached
        return spans[max(bisect_right(starts, position) - 1, 0)]

    def turns(self, start: int, end: int) -> Span | None:
        """From the speech of the first turn the passage touches to the end of the last."""
        turns = self.doc.turns
        i = max(bisect_right(self._turn_starts, start) - 1, 0)
        touched = []
        for turn in turns[i:]:
            if turn.start >= max(end, start + 1):
                break
            if turn.end > start:
                touched.append(turn)
        if not touched:
            return None
        return touched[0].label_end, touched[-1].end


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """The sentences of ``text[start:end]`` (one paragraph), as spans of ``text``."""
    found: list[Span] = []
    for part in sentencex.get_sentence_boundaries(SENTENCE_LANGUAGE, text[start:end]):
        span = (start + int(part["start_index"]), start + int(part["end_index"]))
        if found and _ORDINAL_END.search(text[found[-1][0]:found[-1][1]]):
            found[-1] = (found[-1][0], span[1])  # "im 1." goes on: join the next part
        else:
            found.append(span)
    return found or [(start, end)]
