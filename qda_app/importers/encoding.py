"""Turning the bytes of a text file into ``str`` without mojibake.

BOMs decide first, then strict UTF-8 (what nearly every modern file is), then
charset-normalizer for legacy files. Our users' legacy files are German
Windows files: when charset-normalizer finds several single-byte code pages
equally plausible (it ranks cp1250 first for German text, which turns ``à``
into ``ŕ``), we take Windows-1252 if it is among them.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import ImportFormatError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PREFERRED = ("cp1252", "iso8859_15", "latin_1")
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}


def decode(data: bytes, name: str) -> str:
    """Decode a text file's bytes; newlines become ``\\n`` and the text NFC."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFormatError(f"{name} is empty; nothing imported")
    text, _ = decode_exact(data, name)
    if looks_binary(text):
        raise ImportFormatError(f"{name} looks like a binary file, not text; nothing imported")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode_exact(data: bytes, name: str) -> tuple[str, str]:
    """The text as stored and the codec that read it (``"utf-8"``, ``"utf-16"``, ``"cp1252"``…).

    Only a BOM is removed: line breaks and composition stay as they are, because
    a REFI-QDA file counts its offsets in the characters as stored. Raises
    :class:`ImportFormatError` for bytes that are text in no encoding we know.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError:
                raise ImportFormatError(
                    f"{name} starts with a {encoding.upper()} byte-order mark but is not "
                    f"valid {encoding.upper()}; nothing imported"
                ) from None
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # only legacy files need it (~25 ms to import)

    matches = from_bytes(data)
    best = matches.best()
    if best is None or (b"\x00" in data and not best.encoding.startswith("utf_16")):
        raise ImportFormatError(
            f"{name} looks like a binary file or uses an unknown encoding; nothing imported"
        )
    for candidate in _PREFERRED:
        if candidate != best.encoding and any(
            m.chaos <= best.chaos + 1e-9 and candidate in (m.encoding, *m.could_be_from_charset)
            for m in matches
        ):
            try:
                return data.decode(candidate), candidate
            except UnicodeDecodeError:
                continue
        if candidate == best.encoding:
            break
    return str(best), best.encoding


def looks_binary(text: str) -> bool:
    """Whether ``text`` holds more control characters than any text file has."""
    sample = text[:20000]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
    )
    return controls > max(2, len(sample) // 1000)
