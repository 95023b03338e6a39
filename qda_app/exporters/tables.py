"""Coded segments as a table: ``.xlsx`` (openpyxl) or ``.csv``; one row a coding.

Columns: document, code path, coder, speaker, page, start, end, text, memo,
created. Offsets are as everywhere in Kodierwerk (code points, start from 0,
end exclusive); the page is the one a segment starts on in a paged source (a
PDF), empty for other documents; ``created`` is in the exporting computer's
local time.

Two things Excel would otherwise get wrong are handled here: a text that
starts with ``=`` is written to ``.xlsx`` as text, not as a formula, and a
cell holds at most 32,767 characters, so a longer segment is shortened with
a note in the cell (the ``.csv`` keeps every character). The ``.csv`` is
UTF-8 with a byte-order mark so that Excel shows umlauts right.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InvalidValueError
from ..files import Progress, atomic_output, check_progress, check_target
from ..project import Project
from ..records import Coding
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .selection import select_segments

SUFFIXES = (".xlsx", ".csv")
EXCEL_CELL_LIMIT = 32_767
DELIMITERS = {",": ",", ";": ";", "\t": "\t", "comma": ",", "semicolon": ";", "tab": "\t"}
_STEP = 1000
_WIDTHS = (28, 30, 14, 14, 7, 9, 9, 80, 40, 19)
# the control characters a worksheet cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE)
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font


def local_time(value: datetime) -> datetime:
    """Local wall-clock time without zone (Excel has no time zones).

    A date at the very end of the calendar has no local time east of UTC: it stays UTC.
    """
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone().replace(tzinfo=None, microsecond=0)
    except (OverflowError, ValueError, OSError):
        return value.replace(tzinfo=None, microsecond=0)


def segment_header(words: Mapping[str, str]) -> list[str]:
    keys = ("document", "code_path", "coder", "speaker", "page_column", "start", "end", "text",
            "memo", "created")
    return [words[k] for k in keys]


def segment_row(seg: Coding) -> list[Any]:
    return [seg.document, seg.code, seg.coder, seg.speaker or "",
            "" if seg.page is None else seg.page, seg.start, seg.end, seg.text, seg.memo or "",
            local_time(seg.created)]


def export_segments_table(project: Project, target: str | Path,
                          options: ExportOptions = DEFAULTS) -> Path:
    """Write the segments ``options.query`` selects (default: all) to ``.xlsx`` or ``.csv``."""
    path = check_target(target, SUFFIXES, options.force, "a table of coded segments")
    words = labels(options.lang)
    sep = csv_delimiter(options.delimiter)
    segments = select_segments(project, options.query).segments
    rows = _rows(segments, options.progress)
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            write_csv(tmp, segment_header(words), rows, sep)
        else:
            write_xlsx(tmp, words["segments"], segment_header(words), rows, words, _WIDTHS)
    return path


def csv_delimiter(name: str) -> str:
    """``","``, ``";"`` (what German Excel expects), tab, or their names."""
    try:
        return DELIMITERS[name]
    except KeyError:
        raise InvalidValueError(
            f"unknown CSV delimiter {name!r}: use comma, semicolon or tab") from None


def _rows(segments: Sequence[Coding], progress: Progress | None) -> Iterator[list[Any]]:
    total = len(segments)
    for i, seg in enumerate(segments):
        if i % _STEP == 0:
            check_progress(progress, i, total)
        yield segment_row(seg)
    check_progress(progress, total, total)


def write_csv(path: Path, header: Sequence[str], rows: Iterator[Sequence[Any]],
              delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def write_xlsx(path: Path, title: str, header: Sequence[str], rows: Iterator[Sequence[Any]],
               words: Mapping[str, str], widths: Sequence[float] = ()) -> None:
    """A one-sheet workbook, written row by row (openpyxl's write-only mode: fast, lean)."""
    # openpyxl loads in a quarter second: only when an .xlsx is written, not at app start
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    add_table_sheet(book, title, header, rows, " " + words["truncated"], widths)
    book.save(path)


def add_table_sheet(book: Any, title: str, header: Sequence[str],
                    rows: Iterator[Sequence[Any]], cut_note: str,
                    widths: Sequence[float] = ()) -> None:
    """A sheet of ``book`` (a write-only workbook): the header in bold, frozen and with a
    filter, then ``rows``; text cleaned, never taken for a formula, and cut to what a cell
    holds, ending in ``cut_note``."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title[:31])
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_header_cell(sheet, h, bold) for h in header])
    n = 0
    try:
        for row in rows:
            sheet.append([_xlsx_value(sheet, v, cut_note) for v in row])
            n += 1
    except BaseException:  # cancelled or failed: end openpyxl's stream and its temporary file
        with suppress(Exception):
            sheet.close()
            sheet._writer.cleanup()
        raise
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{n + 1}"


def add_about_sheet(book: Any, title: str, lines: Sequence[tuple[str, str]],
                    label_width: float) -> None:
    """A sheet of ``book`` saying how a table was made: (label, value) lines."""
    info = book.create_sheet(title[:31])
    info.column_dimensions["A"].width = label_width
    info.column_dimensions["B"].width = 60
    for label, value in lines:
        info.append([label, xlsx_text(value)])


def _header_cell(sheet: Any, text: str, font: Font) -> WriteOnlyCell:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.font = font
    return cell


def xlsx_text(value: str) -> str:
    """``value`` without the control characters a worksheet cannot hold (shown as U+FFFD)."""
    return _ILLEGAL.sub("\ufffd", value)


def _xlsx_value(sheet: Any, value: Any, cut_note: str) -> Any:
    """A value as openpyxl should store it (datetimes get its date format by themselves)."""
    if not isinstance(value, str):
        return value
    if not value:
        return None  # an empty cell costs nothing to write
    text = xlsx_text(value)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(cut_note)] + cut_note
    if text.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # text that looks like a formula stays text
        return cell
    return text
