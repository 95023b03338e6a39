"""What every importer returns."""

from __future__ import annotations

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


def from_raw(path: Path, raw: str) -> ImportedText:
    """Clean a decoded text, find its speakers, and name it after its file."""
    text, turns = parse(raw)
    if not text.strip():
        raise ImportFormatError(f"{path.name} has no text; nothing imported")
    return ImportedText(name=path.stem, text=text, turns=turns, source=path.name)
