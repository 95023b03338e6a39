"""Where a coder's selection should start and end.

A mouse selection rarely hits word boundaries exactly; coding half a word
makes retrievals and agreement worse. So selections snap outward to whole
words and drop surrounding whitespace (holding Alt in the window keeps the
exact selection). Qt-free so the CLI, tests and exports share it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w", re.UNICODE)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, then widen to whole words; an all-blank selection stays empty."""
    start, end = trim(text, max(0, min(start, end)), min(len(text), max(start, end)))
    if start == end:
        return start, start
    while start > 0 and _WORD.match(text[start - 1]) and _WORD.match(text[start]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]) and _WORD.match(text[end - 1]):
        end += 1
    return start, end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Only drop surrounding whitespace (what an exact, Alt-held selection gets)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def in_vivo_name(text: str, limit: int = 60) -> str:
    """A code name made of the selected words: one line, no '/', at most ``limit`` chars."""
    name = " ".join(text.replace("/", " ").split()).strip(" .,;:!?\"'„“”‚‘’()[]")
    if len(name) > limit:
        name = name[:limit].rsplit(" ", 1)[0] + "…"
    return name
