"""The body of an OpenDocument text (``.odt``) as lines, for the ODT importer.

The body (``content.xml``) is read with lxml, which Kodierwerk already needs, rather
than odfpy: odfpy has had no release since 2020, builds its own DOM of the whole
file, and would only hand us the same elements. Paragraphs and headings become lines,
a table row one line with its cells separated by tabs (``UK<TAB>…`` reads as a
speaker), list items ``•`` bullets indented by their level, ``<text:s>`` spaces,
tabs and line breaks what they are. Left out, as the Word import leaves them out:
footnotes, comments, tracked deletions, text frames and generated indexes.

The archive is checked as every zip from a stranger is (:mod:`.zip_checks`); a file
LibreOffice saved with a password is said to be one. Only an ODT import loads this
module (and lxml with it), not the start of the app.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from ..errors import ImportFormatError
from .zip_checks import UNREADABLE_ZIP, ZipReader, reason

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_P, _H, _LIST = f"{{{_TEXT}}}p", f"{{{_TEXT}}}h", f"{{{_TEXT}}}list"
_TABLE_EL, _ROW, _CELL = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell"
_S, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"
_SKIPPED = frozenset({
    f"{{{_TEXT}}}note", f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes",
    f"{{{_TEXT}}}table-of-content", f"{{{_TEXT}}}alphabetical-index",
    f"{{{_TEXT}}}bibliography", f"{{{_TEXT}}}sequence-decls",
    f"{{{_TEXT}}}variable-decls", f"{{{_TEXT}}}user-field-decls",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}custom-shape",
})
MAX_SPACES = 100
"""``<text:s text:c="…"/>`` is a run of spaces; a damaged count must not make gigabytes."""
MAX_LIST_LEVEL = 10
"""LibreOffice's deepest list level; deeper lists are indented no further."""

_MIME = "application/vnd.oasis.opendocument.text"
_OTHER_MIMES = {"spreadsheet": "a spreadsheet (.ods)", "presentation": "a presentation (.odp)",
                "graphics": "a drawing (.odg)", "text-template": "a text template (.ott)"}


def document_lines(data: bytes, name: str) -> list[str]:
    """The lines of the ``.odt`` file ``data``; anything wrong with it is one line."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFormatError(f"{name} is empty; nothing imported")
    if not data.startswith(b"PK"):
        raise ImportFormatError(f"{name} is not an OpenDocument text (.odt); nothing imported")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            reader = ZipReader(zf, len(data), name)
            _check_is_text(reader, zf.namelist(), name)
            content = reader.read("content.xml")
        root = etree.fromstring(content, _parser())
    except UNREADABLE_ZIP as exc:
        raise ImportFormatError(
            f"{name} is damaged and cannot be read ({reason(exc)}); nothing imported") from None
    except etree.LxmlError as exc:
        raise ImportFormatError(
            f"{name} is damaged: its text (content.xml) is not readable XML ({reason(exc)}); "
            "nothing imported") from None
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise ImportFormatError(f"{name} is damaged: it has no text body; nothing imported")
    lines: list[str] = []
    _blocks(body, lines, level=-1)
    return lines


def _parser() -> etree.XMLParser:
    """No entities, no network, libxml2's limits on depth and size (no ``huge_tree``)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _check_is_text(reader: ZipReader, members: list[str], name: str) -> None:
    if "content.xml" not in members:
        kind = ("a Word document (.docx)" if any(m.startswith("word/") for m in members)
                else "another zip archive")
        raise ImportFormatError(f"{name} is not an OpenDocument text (.odt): it is {kind}; "
                                "nothing imported")
    mime = reader.read("mimetype").decode("ascii", "replace").strip() \
        if "mimetype" in members else _MIME
    if mime != _MIME:
        kind = next((k for key, k in _OTHER_MIMES.items() if mime.endswith("." + key)),
                    f"of type {mime[:60]!r}")
        raise ImportFormatError(f"{name} is not an OpenDocument text: it is {kind}; "
                                "nothing imported")
    manifest = reader.read("META-INF/manifest.xml") \
        if "META-INF/manifest.xml" in members else b""
    if b"encryption-data" in manifest:
        raise ImportFormatError(
            f"{name} is password-protected: open it in LibreOffice and save a copy without "
            "a password, then import that; nothing imported")


def _blocks(container: etree._Element, lines: list[str], level: int) -> None:
    """Paragraphs, headings, lists and tables below ``container``, in document order."""
    for child in container.iterchildren(tag=etree.Element):
        tag = child.tag
        if tag in (_P, _H):
            text = _inline(child, in_table=False)
            lines.append("  " * max(level, 0) + "• " + text.strip() if level >= 0 else text)
        elif tag == _LIST:
            for item in child.iterchildren(tag=etree.Element):
                _blocks(item, lines, min(level + 1, MAX_LIST_LEVEL))
        elif tag == _TABLE_EL:
            lines.extend(_table_lines(child))
            lines.append("")
        elif tag not in _SKIPPED:
            _blocks(child, lines, level)  # sections, list items, groups of rows…


def _table_lines(table: etree._Element) -> list[str]:
    """One line a row (its own rows: those of a table inside a cell belong to that cell)."""
    lines: list[str] = []
    for row in table.iter(_ROW):
        if next(row.iterancestors(_TABLE_EL), None) is not table:
            continue
        cells = []
        for cell in row.iterchildren(_CELL):
            inner = (_inline(p, in_table=True).strip() for p in cell.iter(_P, _H)
                     if _kept(p, cell))
            cells.append(" ".join(t for t in inner if t))
        lines.append("\t".join(cells).rstrip())
    return lines


def _kept(paragraph: etree._Element, cell: etree._Element) -> bool:
    """Whether a paragraph in ``cell`` is read: not one of a footnote, comment or frame."""
    for parent in paragraph.iterancestors():
        if parent is cell:
            return True
        if parent.tag in _SKIPPED:
            return False
    return True


def _inline(paragraph: etree._Element, in_table: bool) -> str:
    """A paragraph's text with its spans, spaces, tabs and line breaks."""
    parts: list[str] = []
    tab, newline = (" ", " ") if in_table else ("\t", "\n")

    def walk(el: etree._Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el.iterchildren():
            tag = child.tag
            if tag == _S:
                parts.append(" " * _count(child.get(f"{{{_TEXT}}}c")))
            elif tag == _TAB:
                parts.append(tab)
            elif tag == _BREAK:
                parts.append(newline)
            elif isinstance(tag, str) and tag not in _SKIPPED:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(paragraph)
    return "".join(parts).replace("\u00ad", "")


def _count(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), MAX_SPACES)
    except ValueError:
        return 1
