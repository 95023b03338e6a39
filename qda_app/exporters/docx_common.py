"""Word documents for the exports: python-docx for the package, lxml for the body.

python-docx builds the file (styles, parts, relationships, saving) and the
small tables; paragraphs, runs and comments are made here directly as lxml
elements, because python-docx needs ~100 µs per run and looks up every
comment id again for each new comment, which makes 5,000 excerpts or a
transcript with 20,000 comments far too slow. Elements are written in the
order the WordprocessingML schema asks for (Word is strict about it).

The document is written front to back: a paragraph (or table) is final once
the next one begins, and is then serialised and let go (:mod:`.docx_stream`),
so memory does not grow with the number of excerpts. The same holds for the
comments, whose ranges are therefore marked while the text is written
(:meth:`WordWriter.comment_start`, :meth:`WordWriter.comment_end`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from copy import deepcopy
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn as _qn
from docx.shared import Cm
from lxml import etree

from ..errors import QdaError
from ..files import atomic_output
from ..timestamps import utc_timestamp
from .docx_stream import StreamedPart, save_package

qn = cache(_qn)  # "w:p" -> "{http://...}p", asked for millions of times in a long export
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPLIT_TABS = re.compile("(\t)")

W_P, W_R, W_T, W_TAB, W_BR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br")
W_TC = qn("w:tc")
W_PPR, W_RPR, W_VAL = qn("w:pPr"), qn("w:rPr"), qn("w:val")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

GREY = "595959"


def xml_text(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by U+FFFD (visible, not lost)."""
    return _INVALID_XML.sub("\ufffd", text)


def initials(name: str) -> str:
    """``"Mathias Schmitt"`` -> ``"MS"``; Word shows these in the comment balloon."""
    return "".join(part[0] for part in name.split() if part)[:4].upper() or "?"


def export_date(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%d.%m.%Y")


class WordWriter:
    """One Word document being built front to back; :meth:`save` writes it all-or-nothing.

    The body grows only through this writer: a block added to ``doc``'s body with
    python-docx directly would land after everything written here.
    """

    def __init__(self, title: str, lang: str = "de", landscape: bool = False) -> None:
        self.doc = docx.Document()
        self.doc.core_properties.title = xml_text(title)[:255]
        self.doc.core_properties.author = "Kodierwerk"
        self.doc.core_properties.language = "de-DE" if lang == "de" else "en-GB"
        self._set_language("de-DE" if lang == "de" else "en-GB")
        self._a4(landscape)
        body = self.doc.element.body
        self._body = StreamedPart(body, before=body.sectPr)  # the section properties come last
        self._comments: StreamedPart | None = None
        self._next_comment = 0
        self._heading_ids = [self.doc.styles[f"Heading {n}"].style_id for n in range(1, 5)]

    def _a4(self, landscape: bool) -> None:
        """A4 with 2.5 cm margins (python-docx's template is US Letter); landscape, for wide
        tables, with 2 cm."""
        section = self.doc.sections[0]
        width_cm, height_cm = (29.7, 21.0) if landscape else (21.0, 29.7)
        margin_cm = 2.0 if landscape else 2.5
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(width_cm), Cm(height_cm)
        margin = Cm(margin_cm)
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin
        # kept here, not read back: python-docx reports a size the section lacks as None
        self._text_width_cm = width_cm - 2 * margin_cm

    @property
    def text_width_cm(self) -> float:
        """The width between the margins, for sizing table columns."""
        return self._text_width_cm

    def _set_language(self, tag: str) -> None:
        """Spell-checking and hyphenation in Word and LibreOffice follow the document language."""
        styles = self.doc.styles.element
        rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is None:
            return
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = etree.SubElement(rpr, qn("w:lang"))
        lang.set(W_VAL, tag)

    # -- paragraphs and runs ------------------------------------------------------------

    def paragraph(self, style: str | None = None, *, keep_next: bool = False,
                  indent_cm: float = 0.0, space_after_pt: float | None = None) -> Any:
        """A new empty paragraph at the end of the body; the previous one is now final."""
        p = etree.Element(W_P)
        if style or keep_next or indent_cm or space_after_pt is not None:
            ppr = etree.SubElement(p, W_PPR)
            if style:
                etree.SubElement(ppr, qn("w:pStyle")).set(W_VAL, style)
            if keep_next:
                etree.SubElement(ppr, qn("w:keepNext"))
            if space_after_pt is not None:
                etree.SubElement(ppr, qn("w:spacing")).set(qn("w:after"),
                                                          str(int(space_after_pt * 20)))
            if indent_cm:
                etree.SubElement(ppr, qn("w:ind")).set(qn("w:left"), str(int(indent_cm * 567)))
        self._body.append(p)
        return p

    def run(self, p: Any, text: str, *, bold: bool = False, italic: bool = False,
            color: str | None = None, size_pt: float | None = None,
            shade: str | None = None) -> Any:
        """Append a run to ``p``; tabs become Word tabs; returns the ``w:r`` element."""
        r = etree.SubElement(p, W_R)
        if bold or italic or color or size_pt or shade:
            rpr = etree.SubElement(r, W_RPR)
            if bold:
                etree.SubElement(rpr, qn("w:b"))
            if italic:
                etree.SubElement(rpr, qn("w:i"))
            if color:
                etree.SubElement(rpr, qn("w:color")).set(W_VAL, color.lstrip("#"))
            if size_pt:
                rpr.append(_size(size_pt))
            if shade:
                shd = etree.SubElement(rpr, qn("w:shd"))
                shd.set(W_VAL, "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), shade.lstrip("#").upper())
        _add_text(r, text)
        return r

    def text(self, text: str, style: str | None = None, **run_format: Any) -> None:
        """One paragraph per line of ``text``."""
        for line in text.split("\n"):
            p = self.paragraph(style)
            if line:
                self.run(p, line, **run_format)

    def heading(self, text: str, level: int) -> Any:
        """A heading in Word's own "Heading 1".."Heading 4" (deeper levels use Heading 4)."""
        p = self.paragraph(self._heading_ids[min(max(level, 1), 4) - 1])
        self.run(p, text)
        return p

    def small(self, text: str, *, italic: bool = False, keep_next: bool = False) -> Any:
        """A grey 9 pt line: source lines, counts, filters."""
        p = self.paragraph(keep_next=keep_next, space_after_pt=2)
        self.run(p, text, color=GREY, size_pt=9, italic=italic)
        return p

    def swatch(self, p: Any, color: str) -> Any:
        """A coloured block (shaded spaces) showing a code colour, then its hex value."""
        r = self.run(p, "\u2003\u2003", shade=color)
        self.run(p, f" {color}  ", color=GREY, size_pt=9)
        return r

    def page_break(self) -> None:
        r = etree.SubElement(self.paragraph(), W_R)
        etree.SubElement(r, qn("w:br")).set(qn("w:type"), "page")

    def title_page(self, title: str, subtitle: str, lines: Sequence[str]) -> None:
        self.run(self.paragraph("Title"), title)
        self.run(self.paragraph("Subtitle"), subtitle)
        for line in lines:
            self.run(self.paragraph(), line)

    # -- tables ---------------------------------------------------------------------------

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]],
              widths_cm: Sequence[float], shades: dict[tuple[int, int], str] | None = None
              ) -> None:
        """A grid table with a bold header row that repeats on every page; 9 pt text, line
        breaks kept; ``shades[(row, col)]`` colours a cell (data rows count from 1).

        Data rows are copies of one empty row made by python-docx, filled as XML:
        python-docx's cell API needs seconds per thousand rows, and an agreement's
        disagreement list can have tens of thousands.
        """
        table = self.doc.add_table(rows=2, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm, strict=True):
                cell.width = Cm(width)  # Word reads cell widths, LibreOffice the grid
        for tr in (table.rows[0]._tr, table.rows[1]._tr):
            for p in tr.iter(W_P):  # the paragraph mark in 9 pt too: its size sets the height
                etree.SubElement(etree.SubElement(p, W_PPR), W_RPR).append(_size(9))
        for tc, header in zip(table.rows[0]._tr.iterchildren(W_TC), headers, strict=True):
            self._cell(tc, header, bold=True)
        repeat = etree.SubElement(table.rows[0]._tr.get_or_add_trPr(), qn("w:tblHeader"))
        repeat.set(W_VAL, "true")
        template = table.rows[1]._tr
        tbl = template.getparent()
        tbl.remove(template)
        for i, values in enumerate(rows, start=1):
            tr = deepcopy(template)
            for j, (tc, value) in enumerate(zip(tr.iterchildren(W_TC), values, strict=True)):
                fill = (shades or {}).get((i, j))
                if fill:
                    _shade_cell(tc, fill)
                self._cell(tc, value, color=_contrast(fill) if fill else None)
            tbl.append(tr)
        self._body.append(tbl)  # finished with python-docx's help: into the written body

    def _cell(self, tc: Any, text: str, *, bold: bool = False, color: str | None = None) -> None:
        """``text`` as one run in the cell's paragraph; a line break stays a line break."""
        r = self.run(tc.find(W_P), "", bold=bold, color=color, size_pt=9)
        for i, line in enumerate(text.split("\n")):
            if i:
                etree.SubElement(r, W_BR)
            _add_text(r, line)

    # -- comments -------------------------------------------------------------------------

    def comment(self, author: str, paragraphs: Sequence[str],
                date: datetime | None = None) -> str:
        """A new Word comment (one paragraph per line); returns the id to mark its range
        with :meth:`comment_start` and :meth:`comment_end`.

        Comments are numbered 0, 1, 2, ... in the order they are made; made as their
        ranges start, they are listed in the order of the text.
        """
        if self._comments is None:
            if not hasattr(self.doc.part, "_comments_part"):
                raise QdaError("Word comments need python-docx 1.2 or newer; please update it")
            self._comments = StreamedPart(self.doc.part._comments_part.element)  # creates it
        cid = str(self._next_comment)
        self._next_comment += 1
        comment = etree.Element(qn("w:comment"))
        comment.set(qn("w:id"), cid)
        comment.set(qn("w:author"), xml_text(author))
        if date is not None:
            comment.set(qn("w:date"), utc_timestamp(date))
        comment.set(qn("w:initials"), xml_text(initials(author)))
        for i, line in enumerate(paragraphs):
            p = etree.SubElement(comment, W_P)
            etree.SubElement(etree.SubElement(p, W_PPR), qn("w:pStyle")).set(W_VAL, "CommentText")
            if i == 0:
                ref = etree.SubElement(p, W_R)
                etree.SubElement(etree.SubElement(ref, W_RPR), qn("w:rStyle")).set(
                    W_VAL, "CommentReference")
                etree.SubElement(ref, qn("w:annotationRef"))
            if line:
                self.run(p, line)
        self._comments.append(comment)
        return cid

    @staticmethod
    def comment_start(p: Any, cid: str) -> None:
        """Comment ``cid`` covers what is added to paragraph ``p`` from now on."""
        p.append(_with_id(qn("w:commentRangeStart"), cid))

    @staticmethod
    def comment_end(p: Any, cid: str) -> None:
        """Comment ``cid`` ends after what paragraph ``p`` holds now (its start may be in an
        earlier paragraph, as Word itself writes a comment over several paragraphs)."""
        p.append(_with_id(qn("w:commentRangeEnd"), cid))
        ref = etree.SubElement(p, W_R)
        etree.SubElement(etree.SubElement(ref, W_RPR), qn("w:rStyle")).set(
            W_VAL, "CommentReference")
        etree.SubElement(ref, qn("w:commentReference")).set(qn("w:id"), cid)

    # -- output ---------------------------------------------------------------------------

    def save(self, target: str | Path, force: bool = False) -> Path:
        """Write the document to ``target`` all-or-nothing (see :func:`atomic_output`)."""
        parts = {self.doc.part.partname.membername: self._body}
        if self._comments is not None:
            parts[self.doc.part._comments_part.partname.membername] = self._comments
        with atomic_output(target, force) as tmp:
            save_package(self.doc, parts, tmp)
        return Path(target)


def _with_id(tag: str, cid: str) -> Any:
    element = etree.Element(tag)
    element.set(qn("w:id"), cid)
    return element


def _size(points: float) -> Any:
    size = etree.Element(qn("w:sz"))
    size.set(W_VAL, str(int(points * 2)))
    return size


def _add_text(r: Any, text: str) -> None:
    """``text`` into the run ``r``; tabs become Word tabs."""
    for piece in _SPLIT_TABS.split(xml_text(text)) if "\t" in text else [xml_text(text)]:
        if piece == "\t":
            etree.SubElement(r, W_TAB)
        elif piece:
            t = etree.SubElement(r, W_T)
            t.text = piece
            t.set(XML_SPACE, "preserve")


def _shade_cell(tc: Any, fill: str) -> None:
    tcpr = tc.get_or_add_tcPr()
    shd = etree.SubElement(tcpr, qn("w:shd"))
    shd.set(W_VAL, "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())


def _contrast(fill: str) -> str:
    """Black or white text, whichever reads better on ``fill`` (#rrggbb)."""
    r, g, b = (int(fill.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return "000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "FFFFFF"
