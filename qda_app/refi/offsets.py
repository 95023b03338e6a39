"""Selection offsets between a REFI-QDA source text and the text we store.

The standard counts code points in the stored ``.txt`` with an exclusive end.
Real files differ: NVivo counts UTF-16 code units (an emoji counts 2), every
tool keeps the text's CRLF line breaks (counted 2) while our texts use LF
only, and a BOM is not counted. So a position is read in the units the file
was written in, on the raw text, and then moved onto our text (CRLF -> LF).
See ``/work/shared/refi/README.md`` ("How offsets are counted").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..text_units import Utf16Map

_CRLF = re.compile("\r\n")


@dataclass(frozen=True)
class Counting:
    """How a file counts positions: code points or UTF-16 units; CRLF as 2 or as 1."""

    utf16: bool = False
    crlf_as_one: bool = False

    def describe(self) -> str:
        unit = "UTF-16 code units" if self.utf16 else "code points"
        return unit + (", line breaks counted as one" if self.crlf_as_one else "")


STANDARD = Counting()
NVIVO = Counting(utf16=True)


class SourceText:
    """A source text as stored in the file (BOM removed) and as we keep it (LF only)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw.replace("\r\n", "\n").replace("\r", "\n")
        self._removed_cr = [m.start() for m in _CRLF.finditer(raw)]
        self._units: dict[bool, Utf16Map] = {}

    @property
    def has_astral(self) -> bool:
        return self._units_of(False).length_u16 != len(self.raw)

    @property
    def has_crlf(self) -> bool:
        return bool(self._removed_cr)

    def _units_of(self, crlf_as_one: bool) -> Utf16Map:
        if crlf_as_one not in self._units:
            self._units[crlf_as_one] = Utf16Map(self.text if crlf_as_one else self.raw)
        return self._units[crlf_as_one]

    def length(self, counting: Counting) -> int:
        """The text's length in the file's units."""
        if counting.utf16:
            return self._units_of(counting.crlf_as_one).length_u16
        return len(self.text if counting.crlf_as_one else self.raw)

    def to_ours(self, position: int, counting: Counting, end: bool = False) -> int:
        """A position in the file's units as an index into :attr:`text`."""
        if counting.utf16:
            # a start inside a surrogate pair takes the whole character
            position = self._units_of(counting.crlf_as_one).to_cp(position, backward=not end)
        if counting.crlf_as_one:
            return position
        return position - bisect_left(self._removed_cr, position)

    def map_span(self, start: int, end: int, counting: Counting
                 ) -> tuple[tuple[int, int] | None, bool]:
        """``((start, end), clamped)`` in our text; ``None`` when nothing is left of it."""
        length = self.length(counting)
        clamped = start < 0 or end > length
        start, end = max(0, start), min(end, length)
        if end <= start:
            return None, clamped
        ours = (self.to_ours(start, counting), self.to_ours(end, counting, end=True))
        return (ours if ours[1] > ours[0] else None), clamped

    def candidates(self) -> list[Counting]:
        """The ways of counting that differ on this text, the standard's first."""
        found = [STANDARD]
        if self.has_astral:
            found.append(Counting(utf16=True))
        if self.has_crlf:
            found.append(Counting(crlf_as_one=True))
            if self.has_astral:
                found.append(Counting(utf16=True, crlf_as_one=True))
        return found

    def fit(self, spans: Sequence[tuple[int, int]], counting: Counting) -> int:
        """How many span boundaries land between words (not inside one) when read so."""
        text, length, score = self.text, self.length(counting), 0
        for start, end in spans:
            if not 0 <= start < end <= length:
                continue
            s, e = self.to_ours(start, counting), self.to_ours(end, counting, end=True)
            score += _between_words(text, s) + _between_words(text, e)
        return score


def _between_words(text: str, i: int) -> bool:
    return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())


def counting_for(origin: str) -> Counting | None:
    """The counting a tool is known to use (by the file's ``origin``); None: guess."""
    tool = origin.strip().lower()
    if tool.startswith("nvivo"):
        return NVIVO
    if tool.startswith(("kodierwerk", "qualcoder")):
        return STANDARD  # both count Python code points on the text as stored
    return None


def choose_counting(source: SourceText, spans: Sequence[tuple[int, int]],
                    known: Counting | None) -> Counting:
    """How this file counted: as its tool is known to, else whichever fits the words best.

    The standard's code points win every tie, so a guess is made only when the
    text has emoji or CRLF *and* another reading fits more boundaries.
    """
    if known is not None:
        return known
    options = source.candidates()
    if len(options) == 1 or not spans:
        return STANDARD
    scores = [source.fit(spans, c) for c in options]
    best = max(range(len(options)), key=lambda i: (scores[i], -i))
    return options[best]
