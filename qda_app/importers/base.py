"""What every importer returns."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ImportFormatError
from ..records import Turn
from .transcript import parse


@dataclass(frozen=True)
class ImportedText:
    name: str
    text: str
    turns: tuple[Turn, ...]
    source: str
    pages: tuple[int, ...] = ()
    """Where each page starts in ``text``, for a paged source (a PDF); else empty."""


def from_raw(path: Path, raw: str) -> ImportedText:
    """Clean a decoded text, find its speakers, and name it after its file."""
    text, turns = parse(raw)
    if not text.strip():
        raise ImportFormatError(f"{path.name} has no text; nothing imported")
    return ImportedText(name=path.stem, text=text, turns=turns, source=path.name)


def from_pages(path: Path, pages: Sequence[str]) -> ImportedText:
    """Like :func:`from_raw` for a paged source: each page cleaned, pages apart by a
    blank line, and where each page starts kept.

    Each page is cleaned on its own, so that its start is known exactly in the text;
    the speakers are then found in the whole text, so that a turn runs on over a page
    break. Cleaning clean text again changes nothing, except where markup hides more
    markup (``&amp;lt;``): then the pages' own turns are taken, each within its page.
    """
    parsed = [parse(raw) if raw.strip() else ("\n", ()) for raw in pages]
    while len(parsed) > 1 and not parsed[-1][0].strip():
        parsed.pop()  # an empty last page has nothing to code and would end the text
    starts, pos = [], 0
    for page_text, _ in parsed:
        starts.append(pos)
        pos += len(page_text) + 1
    joined = "\n".join(page_text for page_text, _ in parsed)
    text, turns = parse(joined)
    if text != joined:
        text = joined
        turns = tuple(_shifted(turn, start)
                      for (_, page_turns), start in zip(parsed, starts, strict=True)
                      for turn in page_turns)
    if not text.strip():
        raise ImportFormatError(f"{path.name} has no text; nothing imported")
    return ImportedText(name=path.stem, text=text, turns=turns, source=path.name,
                        pages=tuple(starts))


def _shifted(turn: Turn, by: int) -> Turn:
    return dataclasses.replace(
        turn, start=turn.start + by, end=turn.end + by,
        body_start=None if turn.body_start is None else turn.body_start + by)
