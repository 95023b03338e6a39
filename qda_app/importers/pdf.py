"""PDF documents with a text layer: paragraphs in reading order, page by page.

Every page's paragraphs become lines of the text (see :mod:`.pdf_layout`), a blank
line separates one page from the next, and where each page starts is stored with the
document, so that a coding knows its page. A blank line rather than a form feed: a
form feed is a control character that Word and REFI-QDA files cannot carry and the
window does not show, and the page starts need no mark in the text to be exact.

pypdf is imported only when a PDF is read (see :mod:`.pdf_pages`).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..errors import ImportFormatError
from .base import ImportedText, from_pages

suffixes = (".pdf",)


def read(path: Path) -> ImportedText:
    from .pdf_layout import page_texts
    from .pdf_pages import read_lines

    texts = page_texts(read_lines(path.read_bytes(), path.name))
    if not any(text.strip() for text in texts):
        raise ImportFormatError(f"no text layer in {path.name} (scanned?): run OCR first")
    return from_pages(path, [unicodedata.normalize("NFC", text) for text in texts])
