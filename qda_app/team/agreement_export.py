"""Exporting agreement results: Word (statistics tables and the disagreement list) and CSV.

Written all-or-nothing through :func:`atomic_output`; ``progress(done, total)``
may cancel (nothing is written then).
"""

from __future__ import annotations

import csv
import re
from copy import deepcopy
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ..exporters.atomic import Progress, atomic_output, check_progress
from .agreement import AgreementResult
from .agreement_report import (
    coding_ranges,
    format_cell,
    format_overlap,
    statistics_tables,
)

CSV_ENCODING = "utf-8-sig"  # the byte order mark makes Excel read umlauts right
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export(result: AgreementResult, target: str | Path, force: bool = False,
           progress: Progress | None = None) -> Path:
    """Write ``.docx`` (statistics and disagreements) or ``.csv`` (disagreements) by suffix."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == ".docx":
        export_docx(result, target, force, progress)
    elif suffix == ".csv":
        export_disagreements_csv(result, target, force, progress)
    else:
        from ..errors import QdaError

        raise QdaError(f"{target.name}: choose a .docx or .csv file to export to")
    return target


def export_disagreements_csv(result: AgreementResult, target: str | Path, force: bool = False,
                             progress: Progress | None = None) -> None:
    """One row per place: where, which code, the text and each coder's codings."""
    total = len(result.disagreements)
    with atomic_output(target, force) as tmp, tmp.open("w", encoding=CSV_ENCODING,
                                                       newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["document", "start", "end", "code", "kind", "text",
                         *result.coders, "document_uuid", "code_uuid"])
        for i, d in enumerate(result.disagreements):
            if i % 500 == 0:
                check_progress(progress, i, total)
            writer.writerow([d.document, d.start, d.end, d.code, d.kind, d.text,
                             *(coding_ranges(d.of(c)) for c in result.coders),
                             d.document_uuid, d.code_uuid])
        check_progress(progress, total, total)


def export_statistics_csv(result: AgreementResult, target: str | Path,
                          force: bool = False) -> None:
    """Every statistics table below one another: a ``level`` column says which it is."""
    with atomic_output(target, force) as tmp, tmp.open("w", encoding=CSV_ENCODING,
                                                       newline="") as fh:
        writer = csv.writer(fh)
        for table in statistics_tables(result):
            writer.writerow(["level", *(c.label for c in table.columns)])
            for row in table.rows:
                writer.writerow([table.key, *(format_cell(v, c.kind)
                                              for v, c in zip(row, table.columns, strict=True))])
            writer.writerow([])


def export_docx(result: AgreementResult, target: str | Path, force: bool = False,
                progress: Progress | None = None) -> None:
    word = _landscape_document()
    word.add_heading("Intercoder agreement", level=1)
    word.add_paragraph(f"Coders: {', '.join(result.coders)}. Overlap for the segment level: "
                       f"{format_overlap(result.overlap)} % of the union of two codings.")
    word.add_paragraph("Documents: " + (", ".join(d.name for d in result.documents) or "none"))
    for note in result.notes:
        word.add_paragraph(note, style="List Bullet")
    for table in statistics_tables(result):
        word.add_heading(table.title, level=2)
        widths = [5.0] + [(_WIDTH - 5.0 - 5.0) / (len(table.columns) - 2)] * (
            len(table.columns) - 2) + [5.0]
        _word_table(word, [c.label for c in table.columns],
                    [[format_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                     for row in table.rows], widths)
    word.add_heading(f"Disagreements ({len(result.disagreements)})", level=2)
    rows = []
    total = len(result.disagreements)
    for i, d in enumerate(result.disagreements):
        if i % 200 == 0:
            check_progress(progress, i, total)
        rows.append([d.document, f"{d.start}–{d.end}", d.code, d.kind, d.text,
                     *(coding_ranges(d.of(c)) for c in result.coders)])
    if rows:
        fixed = [3.0, 2.2, 3.5, 2.6]
        per_coder = min(3.2, (_WIDTH - sum(fixed) - 7.0) / len(result.coders))
        text = _WIDTH - sum(fixed) - per_coder * len(result.coders)
        _word_table(word, ["Document", "Position", "Code", "Difference", "Text",
                           *result.coders], rows,
                    [*fixed, text, *[per_coder] * len(result.coders)])
    check_progress(progress, total, total)
    with atomic_output(target, force) as tmp:
        word.save(str(tmp))


_WIDTH = 25.7  # cm of text on a landscape A4 page with 2 cm margins


def _landscape_document() -> Any:
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    word = WordDocument()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    word.styles["Normal"].font.size = Pt(9)
    return word


def _word_table(word: Any, headers: list[str], rows: list[list[str]],
                widths_cm: list[float]) -> None:
    """A bordered table with a bold header row and fixed column widths.

    Data rows are copied from one empty row as XML and filled directly:
    python-docx's cell API needs seconds per thousand rows, and a disagreement
    list can have tens of thousands.
    """
    from docx.shared import Cm

    table = word.add_table(rows=2, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False
    for i, width in enumerate(widths_cm):
        table.columns[i].width = Cm(width)
        for row in table.rows:
            row.cells[i].width = Cm(width)
    for cell, label in zip(table.rows[0].cells, headers, strict=True):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    template = table.rows[1]._tr
    tbl = template.getparent()
    tbl.remove(template)
    for values in rows:
        tr = deepcopy(template)
        for tc, value in zip(tr.iterchildren(qn("w:tc")), values, strict=True):
            _fill(tc.find(qn("w:p")), value)
        tbl.append(tr)


def _fill(paragraph: Any, text: str) -> None:
    """Put ``text`` in a paragraph as one run; line breaks and tabs become Word's own."""
    run = OxmlElement("w:r")
    for i, line in enumerate(_XML_UNSAFE.sub("", text).split("\n")):
        if i:
            run.append(OxmlElement("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                run.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement("w:t")
                t.text = piece
                t.set(qn("xml:space"), "preserve")
                run.append(t)
    paragraph.append(run)
