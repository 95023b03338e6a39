"""Exporting agreement results: Word (statistics tables and the disagreement list) and CSV.

Written all-or-nothing through :func:`atomic_output`; ``progress(done, total)``
may cancel (nothing is written then). CSV files are UTF-8 with a byte order mark
(Excel reads umlauts right) and take the delimiter of the other exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ..errors import QdaError
from ..exporters.atomic import Progress, atomic_output, check_progress
from ..exporters.tables import csv_delimiter, write_csv
from .agreement import AgreementResult
from .agreement_report import (
    ALL_CODES,
    coding_ranges,
    format_cell,
    format_overlap,
    statistics_tables,
)

_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export(result: AgreementResult, target: str | Path, force: bool = False,
           progress: Progress | None = None, delimiter: str = ",") -> Path:
    """Write ``.docx`` (statistics and disagreements) or ``.csv`` (disagreements) by suffix."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == ".docx":
        export_docx(result, target, force, progress)
    elif suffix == ".csv":
        export_disagreements_csv(result, target, force, progress, delimiter)
    else:
        raise QdaError(f"{target.name}: choose a .docx or .csv file to export to")
    return target


def export_disagreements_csv(result: AgreementResult, target: str | Path, force: bool = False,
                             progress: Progress | None = None, delimiter: str = ",") -> None:
    """One row per place: where, which code, the text and each coder's codings."""
    sep = csv_delimiter(delimiter)
    header = ["document", "start", "end", "code", "kind", "text", *result.coders,
              "document_uuid", "code_uuid"]
    with atomic_output(target, force) as tmp:
        write_csv(tmp, header, _disagreement_rows(result, progress), sep)


def _disagreement_rows(result: AgreementResult, progress: Progress | None
                       ) -> Iterator[list[Any]]:
    total = len(result.disagreements)
    for i, d in enumerate(result.disagreements):
        if i % 500 == 0:
            check_progress(progress, i, total)
        yield [d.document, d.start, d.end, d.code, d.kind, d.text,
               *(coding_ranges(d.of(c)) for c in result.coders), d.document_uuid, d.code_uuid]
    check_progress(progress, total, total)


def export_statistics_csv(result: AgreementResult, target: str | Path, force: bool = False,
                          delimiter: str = ",") -> None:
    """All statistics in one table: a row per level and code, ``level`` says which it is."""
    sep = csv_delimiter(delimiter)
    a, b = result.pair
    header = ["level", "code", f"codings {a}", f"codings {b}", "both", f"only {a}",
              f"only {b}", "neither", "agreements", "disagreements", "% agreement",
              "kappa (Cohen)", "kappa (Brennan & Prediger)",
              f"coded by 0…{len(result.coders)} coders", "alpha", "note"]
    with atomic_output(target, force) as tmp:
        write_csv(tmp, header, _statistics_rows(result), sep)


def _statistics_rows(result: AgreementResult) -> Iterator[list[Any]]:
    def number(value: float | None, kind: str) -> str:
        return format_cell(value, kind)

    for path, s in [*result.segment.per_code.items(), (ALL_CODES, result.segment.overall)]:
        yield ["segment", path, *s.codings, "", "", "", "", s.agreements, s.disagreements,
               number(s.percent_agreement, "percent"), "", number(s.kappa_bp, "coef"), "", "",
               s.note or ""]
    for level, stats in (("character", result.character), ("presence", result.presence)):
        for path, c in [*stats.per_code.items(), (ALL_CODES, stats.overall)]:
            yield [level, path, "", "", c.both, c.only_first, c.only_second, c.neither,
                   c.agreements, c.disagreements, number(c.percent_agreement, "percent"),
                   number(c.kappa, "coef"), "", "", "", c.note or ""]
    for path, al in [*result.alpha.per_code.items(), (ALL_CODES, result.alpha.overall)]:
        yield ["alpha", path, *[""] * 11, "/".join(map(str, al.coded_by)),
               number(al.value, "coef"), al.note or ""]


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
