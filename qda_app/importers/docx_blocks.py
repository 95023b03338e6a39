"""The body of a Word document as lines, for the Word importer.

Paragraphs and table cells in document order, lists as bullets. A table row
becomes one line with its cells separated by tabs, so that the common
protocol table "initials | statement" reads as ``UK<TAB>…`` and its speakers
are found like those of a text file. Only a Word import loads this module (and
python-docx with it, ~80 ms), not the start of the app.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as DocxDocument
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from ..errors import ImportFormatError
from .zip_checks import UNREADABLE_ZIP, check_directory, reason

MAX_LIST_LEVEL = 8
"""Word's deepest list level (levels 0-8); a file claiming more is cut to it."""

DAMAGED = (*UNREADABLE_ZIP, etree.LxmlError, OpcError, PythonDocxError, KeyError, IndexError,
           AttributeError, TypeError)
"""What reading a damaged ``.docx`` raises: broken zip data (see ``UNREADABLE_ZIP``), broken
XML (``lxml``), a missing part (``KeyError``), a value python-docx cannot convert
(``ValueError``, ``InvalidXmlError``). python-docx trusts the shape of the XML: a part
whose root element is not the one it expects surfaces as ``AttributeError`` or
``TypeError``."""


def document_lines(data: bytes, name: str) -> list[str]:
    """The lines of the ``.docx`` file ``data`` (named ``name`` in the error if it is none).

    Anything wrong with the file is one :class:`ImportFormatError`: the zip is checked
    for encryption, compression and size before python-docx unpacks it (which it
    does all at once, into memory), and every way python-docx fails on damaged
    content is caught here.
    """
    if not data.startswith(b"PK"):
        raise ImportFormatError(f"{name} is not a Word document (.docx); nothing imported")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_directory(zf, len(data), name)
            _check_is_word(zf.namelist(), name)
        return _block_lines(docx.Document(io.BytesIO(data)))
    except DAMAGED as exc:
        raise ImportFormatError(
            f"{name} is damaged and cannot be read ({reason(exc)}); nothing imported"
        ) from None


_OTHER_KINDS = (("xl/", "an Excel workbook"), ("ppt/", "a PowerPoint presentation"),
                ("content.xml", "an OpenDocument text (name it .odt)"))


def _check_is_word(members: list[str], name: str) -> None:
    """A zip that is not a Word file at all (often a renamed one) is said to be what it is."""
    if any(member.startswith("word/") for member in members):
        return
    what = next((kind for prefix, kind in _OTHER_KINDS
                 if any(member.startswith(prefix) for member in members)), "another zip archive")
    raise ImportFormatError(f"{name} is not a Word document (.docx): it is {what}; "
                            "nothing imported")


def _block_lines(container: DocxDocument | _Cell) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_paragraph_text(block))
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
            lines.append("")
    return lines


def _paragraph_text(paragraph: Paragraph) -> str:
    text = paragraph.text.replace("\n", " ").replace("\t", " ") if _in_table(paragraph) \
        else paragraph.text
    level = _list_level(paragraph)
    if level is not None:
        return "  " * level + "• " + text.strip()
    return text


def _in_table(paragraph: Paragraph) -> bool:
    return paragraph._p.getparent().tag == qn("w:tc")


def _list_level(paragraph: Paragraph) -> int | None:
    """The list depth of a bulleted or numbered paragraph, ``None`` for body text."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        # python-docx declares numPr as its ZeroOrOne descriptor, which stands for CT_NumPr
        ilvl = ppr.numPr.ilvl  # type: ignore[attr-defined]
        return _clamp(int(ilvl.val)) if ilvl is not None else 0
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.lower().startswith(("list bullet", "list number", "listenabsatz", "aufzählung")):
        digits = "".join(ch for ch in style if ch.isdecimal())
        return _clamp(int(digits) - 1) if digits else 0
    return None


def _clamp(level: int) -> int:
    """A list level Word can have; a damaged file's ``99999999`` must not indent by gigabytes."""
    return min(max(level, 0), MAX_LIST_LEVEL)


def _table_lines(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in python-docx's row.cells
                continue
            seen.add(id(cell._tc))
            inner = [line for line in _block_lines(cell) if line.strip()]
            cells.append(" ".join(line.strip() for line in inner))
        lines.append("\t".join(cells).rstrip())
    return lines
