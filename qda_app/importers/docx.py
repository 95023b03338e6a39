"""Word transcripts (``.docx``): their body as lines, then speakers as in a text file.

The reading of the Word body lives in :mod:`.docx_blocks`, imported only when a
Word file is read: python-docx takes ~80 ms to import, and the window imports
this module at start for :data:`suffixes`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from .base import ImportedText, from_raw

suffixes = (".docx",)


def read(path: Path) -> ImportedText:
    from .docx_blocks import document_lines

    lines = document_lines(path.read_bytes(), path.name)
    raw = "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n")
    return from_raw(path, unicodedata.normalize("NFC", raw))
