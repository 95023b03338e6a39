"""The positioned lines of every page of a PDF, read with pypdf; a bad PDF is one line.

pypdf reads a page's text in the order it was written into the page (what Word,
LibreOffice and LaTeX write in reading order) and tells, for every piece, where it
stands; :mod:`.pdf_layout` makes paragraphs of that. Only a PDF import loads this
module and pypdf with it (~60 ms), not the start of the app.

pypdf bounds what a hostile file can cost (decompressed streams, image sizes, cmap
sizes, loops in the object tree); what it raises for that, for a damaged file or for
a password is turned into one :class:`ImportFormatError` here. A PDF that opens
without a password (one with only an owner password against copying or printing,
as many published reports have) is read like any other.
"""

from __future__ import annotations

import io
import logging
import math
import struct
import warnings
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

from ..errors import ImportFormatError
from .pdf_layout import Line
from .zip_checks import reason

DAMAGED = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError,
           AssertionError, ZeroDivisionError, OverflowError, RecursionError, LookupError,
           zlib.error, struct.error, EOFError, UnicodeError)
"""What pypdf raises for a damaged file: its own errors for what it checks, and whatever
Python raises where it trusts the file's structure (a number where a dictionary should
be, a cut-off stream, a reference chain deeper than the stack)."""


def read_lines(data: bytes, name: str) -> list[list[Line]]:
    """The lines of each page of the PDF ``data`` (named ``name`` in any error)."""
    _check_is_pdf(data, name)
    try:
        with _quiet():
            reader = PdfReader(io.BytesIO(data), strict=False)
            _unlock(reader, name)
            pages = reader.pages
            if len(pages) == 0:
                raise ImportFormatError(f"{name} has no pages; nothing imported")
            return [_page_lines(page) for page in pages]
    except ImportFormatError:
        raise
    except FileNotDecryptedError:
        raise _locked(name) from None
    except NotImplementedError as exc:  # e.g. a security handler other than the standard's
        raise ImportFormatError(f"{name} uses a PDF feature Kodierwerk cannot read "
                                f"({reason(exc)}); nothing imported") from None
    except LimitReachedError as exc:
        raise ImportFormatError(
            f"{name} holds more than Kodierwerk reads from one PDF ({reason(exc)}): "
            "refused as possibly malicious; nothing imported") from None
    except DAMAGED as exc:
        raise ImportFormatError(
            f"{name} is damaged and cannot be read ({reason(exc)}); nothing imported"
        ) from None


_TAIL = 8192
"""Where ``%%EOF`` must be: the standard says the last 1024 bytes; some tools append more."""
_OTHER_KINDS = ((b"PK\x03\x04", "a zip archive (a .docx or .odt with another name?)"),
                (b"{\\rtf", "an RTF document"), (b"\xd0\xcf\x11\xe0", "an old Word document"))


def _check_is_pdf(data: bytes, name: str) -> None:
    """A PDF starts with ``%PDF-`` (readers accept some bytes of junk before it) and ends
    with ``%%EOF``: without it the file was cut short (an aborted download, a full disk),
    and pypdf would read what is left, pages missing, without a word."""
    if not data.strip():
        raise ImportFormatError(f"{name} is empty; nothing imported")
    if b"%PDF-" in data[:1024]:
        if b"%%EOF" not in data[-_TAIL:]:
            raise ImportFormatError(f"{name} is damaged: it is cut short (its end is "
                                    "missing); nothing imported")
        return
    what = next((kind for magic, kind in _OTHER_KINDS if data.startswith(magic)), None)
    raise ImportFormatError(f"{name} is not a PDF" + (f": it is {what}" if what else "")
                            + "; nothing imported")


def _unlock(reader: PdfReader, name: str) -> None:
    """Open an encrypted PDF that needs no password to read; refuse one that does."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except DependencyError as exc:  # an encryption that pypdf's crypto backend lacks
        raise ImportFormatError(f"{name} is encrypted in a way Kodierwerk cannot read "
                                f"({reason(exc)}); nothing imported") from None
    if opened == PasswordType.NOT_DECRYPTED:
        raise _locked(name)


def _locked(name: str) -> ImportFormatError:
    return ImportFormatError(
        f"{name} is password-protected: open it with its password and save a copy "
        "without one (or print it to PDF), then import that; nothing imported")


def _page_lines(page: Any) -> list[Line]:
    collector = _Lines()
    page.extract_text(visitor_text=collector.visit)
    collector.end_line()
    return collector.lines


class _Lines:
    """Collects pypdf's text pieces into its lines, each placed by its first piece.

    Two pieces of one line far apart (table cells, an initials column) are joined by a
    tab, as the cells of a Word table row are, so that ``UK<TAB>…`` reads as a speaker.
    Without the fonts' widths, a piece is taken to be ``CELL_GAP`` ems wider than its
    letters at an average width could make it.
    """

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._at: tuple[float, float, float] | None = None
        self._last: tuple[float, int, float] = (0.0, 0, 0.0)  # x, letters, size of a piece

    def visit(self, text: str, cm: Sequence[float], tm: Sequence[float], _font: Any,
              size: float) -> None:
        for i, piece in enumerate(text.split("\n")):
            if i:
                self.end_line()
            if not piece.strip():
                self._parts.append(piece)
                continue
            x, y, printed = _place(cm, tm, size)
            if self._at is None:
                self._at = (x, y, printed)
            elif _far_apart(self._last, x):
                self._parts[-1:] = [self._parts[-1].rstrip(), "\t"]
                piece = piece.lstrip()
            self._parts.append(piece)
            self._last = (x, len(piece.strip()), printed)

    def end_line(self) -> None:
        if self._at is not None:
            self.lines.append(Line("".join(self._parts), *self._at))
        self._parts, self._at = [], None


CELL_GAP = 2.0
"""Ems of empty space between two pieces of a line that make them two cells."""


def _far_apart(last: tuple[float, int, float], x: float) -> bool:
    start, letters, size = last
    wide = 0.6 * letters * size  # most text is narrower: 0.45-0.55 em a letter
    return x - start > wide + CELL_GAP * size + 0.15 * wide


def _place(cm: Sequence[float], tm: Sequence[float], size: float) -> tuple[float, float, float]:
    """Where a piece of text starts: along its line, up the page, and its printed size.

    The text matrix times the page's current transformation gives the piece's baseline
    direction ``(a, b)`` and its up direction ``(c, d)``; measuring position along those
    keeps a rotated page's lines in order.
    """
    a = tm[0] * cm[0] + tm[1] * cm[2]
    b = tm[0] * cm[1] + tm[1] * cm[3]
    c = tm[2] * cm[0] + tm[3] * cm[2]
    d = tm[2] * cm[1] + tm[3] * cm[3]
    e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    f = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    along, up = math.hypot(a, b) or 1.0, math.hypot(c, d) or 1.0
    x = (e * a + f * b) / along
    y = (e * c + f * d) / up
    printed = abs(size * up)
    values = (x, y, printed)
    return values if all(math.isfinite(v) for v in values) else (0.0, 0.0, 0.0)


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf warns (logging and ``warnings``) about every oddity it repairs; a user sees
    the result or one line, not a stream of notes on the console."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
