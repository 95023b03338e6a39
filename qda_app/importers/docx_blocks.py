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
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ..errors import ImportFormatError


def document_lines(data: bytes, name: str) -> list[str]:
    """The lines of the ``.docx`` file ``data`` (named ``name`` in the error if it is none)."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise ImportFormatError(
            f"{name} is not a Word document (.docx) or is damaged; nothing imported"
        ) from None
    return _block_lines(document)


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
        ilvl = ppr.numPr.ilvl
        return int(ilvl.val) if ilvl is not None else 0
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.lower().startswith(("list bullet", "list number", "listenabsatz", "aufzählung")):
        digits = "".join(ch for ch in style if ch.isdigit())
        return int(digits) - 1 if digits else 0
    return None


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
