"""Document variables from a spreadsheet (``.xlsx``) or a ``.csv``: read, plan, then write.

The sheet has a header row; its first column names the documents, every other column
is a variable (its header the name). A variable that does not exist yet gets the type
its values suggest (:func:`~qda_app.variable_values.guess_type`: German and English
numbers and dates, ja/nein); an existing one keeps its type, and a value that does not
fit it is a problem the plan lists. An empty cell writes nothing (the document keeps
the value it has, or has none). Rows naming no document of the project are listed,
never silently dropped; so are rows that name the same document twice (the last wins).

:func:`plan_import` reads and checks without writing (the window's preview, ``qda vars
import --dry-run``); :func:`apply_import` writes the plan in one transaction, all of
it or, if it has problems, nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ImportFormatError, InvalidValueError
from ..project import Project
from ..text_format import counted
from ..variable_records import VariableWrite
from ..variable_values import canonical, guess_type
from .encoding import decode

SUFFIXES = (".xlsx", ".csv")
_EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class Sheet:
    """A table as read: the header's cells and the rows below it (cells as the file has
    them: text, or numbers, dates and booleans from a workbook)."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What one column becomes."""

    name: str
    type: str
    new: bool
    """Whether the variable is made (else it exists and keeps its type)."""
    values: int
    """Non-empty cells of known documents: the values written."""


@dataclass(frozen=True, slots=True)
class VariableImportPlan:
    path: Path
    columns: tuple[ColumnPlan, ...]
    writes: tuple[VariableWrite, ...]
    documents: int
    """Documents of the project that get values."""
    unknown: tuple[str, ...]
    """Names in the first column that are no document of the project."""
    repeated: tuple[str, ...] = ()
    """Documents named in more than one row (the last row's values are taken)."""
    problems: tuple[str, ...] = field(default=())
    """Values that do not fit their variable, one line each; :func:`apply_import` refuses
    a plan with problems."""

    def lines(self) -> list[str]:
        """What the plan does, one line each (``qda vars import`` prints them)."""
        out = [f"{c.name}: {'new, ' if c.new else ''}{c.type}, {counted(c.values, 'value')}"
               for c in self.columns]
        if self.unknown:
            out.append(f"{counted(len(self.unknown), 'row')} "
                       f"name{'s' if len(self.unknown) == 1 else ''} no document of the "
                       f"project: {_examples(self.unknown)}")
        if self.repeated:
            out.append(f"named in more than one row (the last row counts): "
                       f"{_examples(self.repeated)}")
        out.extend(self.problems)
        return out


def _examples(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:_EXAMPLES])
    return shown + (", …" if len(names) > _EXAMPLES else "")


# -- reading --------------------------------------------------------------------------------

def read_sheet(path: str | Path) -> Sheet:
    """The first worksheet of an ``.xlsx``, or a ``.csv`` (its delimiter and encoding
    found out); one line when it is neither or has no header."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFormatError(f"{path.name}: variables are read from .xlsx or .csv files")
    if not path.is_file():
        raise ImportFormatError(f"{path}: no such file")
    try:
        rows = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    rows = [r for r in rows if any(_filled(v) for v in r)]
    if not rows:
        raise ImportFormatError(f"{path.name} is empty; nothing imported")
    header = tuple("" if v is None else " ".join(str(v).split()) for v in rows[0])
    width = len(header)
    body = tuple(tuple(r[:width]) + (None,) * (width - len(r)) for r in rows[1:])
    return Sheet(path.name, header, body)


def _read_xlsx(path: Path) -> list[tuple[Any, ...]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise ImportFormatError(f"{path.name} is not an Excel workbook (.xlsx): {exc}"
                                ) from None
    try:
        sheet = book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_csv(path: Path) -> list[tuple[Any, ...]]:
    text = decode(path.read_bytes(), path.name)
    sample = text[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:  # one column, or nothing to tell by
        dialect = csv.excel
    return [tuple(row) for row in csv.reader(io.StringIO(text), dialect)]


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# -- planning and writing -------------------------------------------------------------------

def plan_import(project: Project, path: str | Path) -> VariableImportPlan:
    """What importing ``path`` would write, read and checked, nothing written."""
    sheet = read_sheet(path)
    columns = _columns(sheet)
    rows, unknown, repeated = _document_rows(project, sheet)
    existing = {v.name.casefold(): v for v in project.variables()}
    plans: list[ColumnPlan] = []
    writes: list[VariableWrite] = []
    problems: list[str] = []
    for index, header in columns:
        cells = [(doc, row[index]) for doc, row in rows if _filled(row[index])]
        known = existing.get(header.casefold())
        kind = known.type if known else guess_type(v for _d, v in cells)
        name = known.name if known else header
        for doc, value in cells:
            try:
                canonical(kind, value)
            except InvalidValueError as exc:
                problems.append(f"{name}, {doc}: {exc}")
                continue
            writes.append(VariableWrite(doc, name, value))
        plans.append(ColumnPlan(name, kind, known is None, len(cells)))
    documents = len({w.document for w in writes})
    return VariableImportPlan(Path(path), tuple(plans), tuple(writes), documents,
                              tuple(unknown), tuple(repeated), tuple(problems))


def _columns(sheet: Sheet) -> list[tuple[int, str]]:
    """(index, name) of the variable columns; a repeated name is refused."""
    if len(sheet.header) < 2:
        raise ImportFormatError(f"{sheet.name}: the first row must name the documents' column "
                                "and at least one variable")
    seen: dict[str, str] = {}
    found: list[tuple[int, str]] = []
    for index, name in enumerate(sheet.header[1:], start=1):
        if not name:
            continue  # a column without a heading: a note beside the table, not a variable
        if name.casefold() in seen:
            raise ImportFormatError(f"{sheet.name}: the column {name!r} appears twice")
        seen[name.casefold()] = name
        found.append((index, name))
    if not found:
        raise ImportFormatError(f"{sheet.name}: no column after the first has a heading")
    return found


def _document_rows(project: Project, sheet: Sheet
                   ) -> tuple[list[tuple[str, tuple[Any, ...]]], list[str], list[str]]:
    """The rows by document (exact name, else one that differs only in case and spaces)."""
    names = [d.name for d in project.documents()]
    exact = set(names)
    loose: dict[str, list[str]] = {}
    for name in names:
        loose.setdefault(" ".join(name.split()).casefold(), []).append(name)
    rows: dict[str, tuple[Any, ...]] = {}
    unknown: list[str] = []
    repeated: list[str] = []
    for row in sheet.rows:
        label = "" if row[0] is None else str(row[0]).strip()
        if not label:
            continue
        match = label if label in exact else None
        if match is None:
            candidates = loose.get(" ".join(label.split()).casefold(), [])
            match = candidates[0] if len(candidates) == 1 else None
        if match is None:
            unknown.append(label)
            continue
        if match in rows:
            repeated.append(match)
        rows[match] = row
    return list(rows.items()), unknown, repeated


def apply_import(project: Project, plan: VariableImportPlan) -> int:
    """Write ``plan`` in one transaction (all of it, or nothing: a plan with problems is
    refused before writing); returns how many values changed."""
    if plan.problems:
        more = f" (and {len(plan.problems) - 1} more)" if len(plan.problems) > 1 else ""
        raise InvalidValueError(f"{plan.problems[0]}{more}; nothing imported")
    define = [(c.name, c.type) for c in plan.columns if c.new]
    return project.set_variables(plan.writes, define=define)
