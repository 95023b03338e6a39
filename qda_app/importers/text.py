"""Plain text and Markdown transcripts."""

from __future__ import annotations

from pathlib import Path

from .base import ImportedText, from_raw
from .encoding import decode

suffixes = (".txt", ".md", ".text", ".markdown")


def read(path: Path) -> ImportedText:
    return from_raw(path, decode(path.read_bytes(), path.name))
