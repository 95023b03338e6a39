"""OpenDocument texts (``.odt``, LibreOffice's own format), read as a Word file is.

The reading of the body lives in :mod:`.odt_body`, imported only when an ODT file is
read: the window imports this module at start for :data:`suffixes`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from .base import ImportedText, from_raw

suffixes = (".odt",)


def read(path: Path) -> ImportedText:
    from .odt_body import document_lines

    lines = document_lines(path.read_bytes(), path.name)
    return from_raw(path, unicodedata.normalize("NFC", "\n".join(lines)))
