"""RTF transcripts (``.rtf``), as f4transkript, Word and LibreOffice write them.

striprtf turns the RTF into text: paragraphs and line breaks as lines, ``\\tab`` as a
tab, ``\\'fc`` in the document's code page (``\\ansicpg1252``, or a font's charset),
``\\u228?`` as the character it names, headers, footers, pictures, comments and field
codes left out. Around it, this module makes the result read like a Word import:
table cells are separated by tabs (a row ``UK<TAB>…`` reads as a speaker, as in a
``.docx``), list items start with ``•``, soft hyphens are dropped and a character
written as two UTF-16 halves (``\\u-10179?\\u-8704?``, an emoji) is one again.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import ImportFormatError
from .base import ImportedText, from_raw
from .encoding import looks_binary
from .zip_checks import reason

suffixes = (".rtf",)

_REWRITTEN = re.compile(
    r"\\\\|\\(?:nest)?cell(?![A-Za-z])|\\fldinst(?![A-Za-z])|\\uc(?![A-Za-z0-9-])")
_REWRITES = {"\\\\": "\\\\", "\\fldinst": "\\fldtype", "\\uc": "\\uc1"}
MAX_FONT_ENTRY = 4096
"""Characters a font table may have without a ``;`` (a real entry has a few dozen)."""
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")
_LIST_MARK = re.compile(r"^[ \t]*(?:[\ue000-\uf8ff•◦▪·o–-])\t", re.MULTILINE)
_TRAILING_TABS = re.compile(r"\t+$", re.MULTILINE)
_OTHER_KINDS = ((b"PK\x03\x04", "a zip archive (a .docx or .odt with another name?)"),
                (b"%PDF-", "a PDF"), (b"\xd0\xcf\x11\xe0", "an old Word document (.doc)"))


def read(path: Path) -> ImportedText:
    data = path.read_bytes()
    return from_raw(path, rtf_text(data, path.name))


def rtf_text(data: bytes, name: str) -> str:
    """The text of the RTF file ``data``; anything wrong with it is one line."""
    from striprtf.striprtf import rtf_to_text

    source = _rewritten(_decoded(data, name), name)
    try:
        text = rtf_to_text(source, errors="replace")
        # halves of a character beyond U+FFFF come out as two surrogates: join them
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    except LookupError as exc:
        raise ImportFormatError(f"{name} uses a character set Kodierwerk cannot read "
                                f"({reason(exc)}); nothing imported") from None
    except (ValueError, OverflowError, IndexError, RecursionError, MemoryError) as exc:
        raise ImportFormatError(
            f"{name} is damaged and cannot be read ({reason(exc)}); nothing imported"
        ) from None
    if looks_binary(text):
        raise ImportFormatError(f"{name} holds binary data, not text; nothing imported")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = _TRAILING_TABS.sub("", _LIST_MARK.sub("• ", text))
    return unicodedata.normalize("NFC", text)


def _rewritten(source: str, name: str) -> str:
    """The RTF with three control words changed before striprtf reads it, in one pass.

    * ``\\cell`` becomes ``\\tab``: striprtf writes ``|`` for a cell, which text has too.
    * ``\\fldinst`` (a field's instruction, never shown) becomes ``\\fldtype``, which
      striprtf skips alike: its pattern for hyperlinks backtracks on a long line of
      field instructions (minutes for 100 KB), and finds nothing without the word.
    * ``\\uc`` without its number (a damaged file) gets the standard's ``1``, on which
      striprtf would fail with a ``TypeError``.

    An escaped backslash is matched first, so ``\\\\cell`` (a word after it) stays.
    striprtf's pattern for the font table is as slow as the hyperlinks' on a long
    stretch without ``;``; a real font table has one every few dozen characters, so a
    file without is refused.
    """
    from striprtf.striprtf import font_table_group

    if any(len(part) > MAX_FONT_ENTRY for part in font_table_group(source).split(";")):
        raise ImportFormatError(f"{name} is damaged: its font table is not one an RTF "
                                "writer makes; nothing imported")
    return _REWRITTEN.sub(lambda m: _REWRITES.get(m[0], r"\tab"), source)


def _decoded(data: bytes, name: str) -> str:
    """The RTF source as ``str``: it is ASCII by the standard, but some programs write
    the document's code page (or UTF-8) as it is."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFormatError(f"{name} is empty; nothing imported")
    data = data.removeprefix(b"\xef\xbb\xbf")
    start = data.lstrip(b" \t\r\n")
    if not start.startswith(b"{\\rtf"):
        what = next((kind for magic, kind in _OTHER_KINDS if start.startswith(magic)), None)
        raise ImportFormatError(f"{name} is not an RTF document"
                                + (f": it is {what}" if what else "") + "; nothing imported")
    if data.isascii():
        return data.decode("ascii")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    page = _CODE_PAGE.search(data[:4096])
    codec = f"cp{page[1].decode()}" if page else "cp1252"
    try:
        return data.decode(codec, "replace")
    except LookupError:
        return data.decode("cp1252", "replace")
