"""Crosstabs: codes × the values of a document variable, × document sets, or × speakers.

Two numbers per cell, both computed in one pass over the codings (spans):

* **codings**: the codings of the row's code in the column's documents (or, by
  speaker, that start in the speaker's turns);
* **documents**: how many of the column's documents have at least one such coding.

Each column also says how many documents it has (``Column.documents``): what the
documents count is a share of. A code counts its own codings; with
``include_subcodes`` a row counts its subcodes' too (what a collapsed tree node
stands for, as in the code matrix).

Columns:

* **by variable**: one per value, in the order of the type (numbers and dates ascending,
  no before yes, texts alphabetically ignoring case, texts that differ only in case one
  column); documents without a value make a last column "(no value)". Whole and decimal
  numbers are taken by distinct value; with ``bins=N`` they fall into N ranges of equal
  width from the smallest to the largest value instead (whole numbers: ``20–29``;
  decimals: ``1.5–<2.5``, the last range closed).
* **by set**: one per set, in the sets' order; a document in several sets counts in
  each, and documents in none make a last column "(in no set)".
* **by speaker**: one per speaker of the chosen documents (a speaker of the same name in
  two documents is one column), as the code matrix counts them; codings that start
  outside every turn make a column "(no speaker)". A column's documents are those the
  speaker speaks in.

The documents counted are all, or those ``documents``, ``set`` and ``where`` choose.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import InvalidValueError
from ..project import Project
from ..records import Code, CodingSpan
from ..variable_values import Value, decimal_text

BY = ("variable", "sets", "speakers")
NO_VALUE = "\x00no value"
"""The key of the column of documents without a value (or in no set, or no speaker)."""


@dataclass(frozen=True, slots=True)
class CrosstabQuery:
    by: str = "variable"
    """``variable``, ``sets`` or ``speakers``: what a column stands for."""
    variable: str | None = None
    """By variable: its name."""
    bins: int = 0
    """By a numeric variable: 0 for a column per value, N for N ranges of equal width."""
    codes: tuple[str, ...] = ()
    """Rows: these codes (with ``include_subcodes``, their subcodes too); empty: all."""
    include_subcodes: bool = False
    """A row counts its subcodes' codings too."""
    coders: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    set: str | None = None
    where: str | None = None

    def check(self) -> None:
        if self.by not in BY:
            raise InvalidValueError(f"cannot make a column per {self.by!r}: use variable, "
                                    "sets or speakers")
        if self.by == "variable" and not self.variable:
            raise InvalidValueError("a crosstab by variable needs the variable's name")
        if self.bins < 0:
            raise InvalidValueError(f"the number of ranges must be positive ({self.bins})")


BY_VARIABLE = CrosstabQuery()
"""The default query (a variable's name still to be given)."""


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    """The stored value, set UUID or speaker; :data:`NO_VALUE` for the "none" column."""
    label: str
    """As shown (the "none" column's label is empty: the reader's language names it)."""
    documents: int
    """Documents in the column."""
    value: Any = None
    """By variable, a column per value: the value (to show in the reader's language)."""

    @property
    def is_none(self) -> bool:
        return self.key == NO_VALUE


@dataclass(frozen=True, slots=True)
class Crosstab:
    query: CrosstabQuery
    codes: tuple[Code, ...]
    columns: tuple[Column, ...]
    codings: tuple[tuple[int, ...], ...]
    """``codings[row][column]``."""
    documents: tuple[tuple[int, ...], ...]
    """``documents[row][column]``: documents of the column with a coding of the row's code."""
    variable_type: str | None = None

    def maximum(self, counts: str = "codings") -> int:
        table = self.codings if counts == "codings" else self.documents
        return max((max(row, default=0) for row in table), default=0)

    def to_json(self, no_value: str = "(no value)") -> dict[str, Any]:
        return {"by": self.query.by, "variable": self.query.variable,
                "type": self.variable_type, "bins": self.query.bins,
                "columns": [{"label": c.label or no_value, "documents": c.documents}
                            for c in self.columns],
                "codes": [c.path for c in self.codes],
                "codings": [list(r) for r in self.codings],
                "documents": [list(r) for r in self.documents]}


def crosstab(project: Project, query: CrosstabQuery) -> Crosstab:
    """The crosstab ``query`` asks for (see the module for what each number is)."""
    query.check()
    chosen = project.documents_for(documents=list(query.documents) or None, set=query.set,
                                   where=query.where)
    spans = project.spans(code=list(query.codes) or None,
                          include_subcodes=query.include_subcodes,
                          coder=list(query.coders) or None,
                          document=list(query.documents) or None, set=query.set,
                          where=query.where)
    codes = _row_codes(project, query)
    kind: str | None = None
    if query.by == "variable":
        assert query.variable is not None
        variable = project.variable(query.variable)
        kind = variable.type
        columns, of_doc = _value_columns(project.variable_values(variable.uuid), chosen,
                                         kind, query.bins)
        groups: Any = lambda s: of_doc.get(s.document_uuid, ())  # noqa: E731
    elif query.by == "sets":
        columns, of_doc = _set_columns(project, chosen)
        groups = lambda s: of_doc.get(s.document_uuid, ())  # noqa: E731
    else:
        columns, groups = _speaker_columns(project, chosen, spans)
    codings, documents = _count(codes, columns, spans, groups, query.include_subcodes)
    return Crosstab(query, codes, tuple(columns), codings, documents, kind)


def _row_codes(project: Project, query: CrosstabQuery) -> tuple[Code, ...]:
    codes = project.codes()
    if not query.codes:
        return tuple(codes)
    chosen = {project.code(ref).uuid for ref in query.codes}
    if query.include_subcodes:
        for c in codes:  # tree order: a parent comes before its subcodes
            if c.parent_uuid in chosen:
                chosen.add(c.uuid)
    return tuple(c for c in codes if c.uuid in chosen)


def _count(codes: tuple[Code, ...], columns: list[Column], spans: Iterable[CodingSpan],
           groups: Any, include_subcodes: bool
           ) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]:
    """One pass: each coding adds to its code's (and ancestors') cells of its columns."""
    row = {c.uuid: i for i, c in enumerate(codes)}
    parent = {c.uuid: c.parent_uuid for c in codes}
    column = {c.key: i for i, c in enumerate(columns)}
    codings = [[0] * len(columns) for _ in codes]
    seen: list[list[set[str]]] = [[set() for _ in columns] for _ in codes]
    for span in spans:
        cells = [column[k] for k in groups(span) if k in column]
        code: str | None = span.code_uuid
        while code is not None:
            r = row.get(code)
            if r is not None:
                for c in cells:
                    codings[r][c] += 1
                    seen[r][c].add(span.document_uuid)
            code = parent.get(code) if include_subcodes else None
    return (tuple(tuple(r) for r in codings),
            tuple(tuple(len(s) for s in r) for r in seen))


# -- columns ------------------------------------------------------------------------------

def _value_columns(values: Mapping[str, Value], chosen: list[str], kind: str, bins: int
                   ) -> tuple[list[Column], dict[str, tuple[str, ...]]]:
    """A column per value (or range), in the type's order, and each document's column."""
    if bins and kind not in ("integer", "decimal"):
        raise InvalidValueError("ranges (bins) apply to whole-number and decimal variables")
    present = {u: values[u] for u in chosen if u in values}
    if bins and present:
        key_of, labels = _ranges(list(present.values()), kind, bins)
    else:
        key_of, labels = _distinct(present.values(), kind)
    members: dict[str, int] = defaultdict(int)
    of_doc: dict[str, tuple[str, ...]] = {}
    for uuid in chosen:
        key = key_of(present[uuid]) if uuid in present else NO_VALUE
        of_doc[uuid] = (key,)
        members[key] += 1
    columns = [Column(key, label, members[key], value) for key, label, value in labels]
    if members[NO_VALUE]:
        columns.append(Column(NO_VALUE, "", members[NO_VALUE]))
    return columns, of_doc


def _distinct(values: Iterable[Value], kind: str) -> tuple[Any, list[tuple[str, str, Any]]]:
    def key_of(value: Value) -> str:
        return value.casefold() if isinstance(value, str) else _label(value)

    shown: dict[str, tuple[str, str, Any]] = {}
    for value in sorted(values, key=_order):
        shown.setdefault(key_of(value), (key_of(value), _label(value), value))
    return key_of, list(shown.values())


def _order(value: Value) -> Any:
    return (value.casefold(), value) if isinstance(value, str) else value


def _label(value: Value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return decimal_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _ranges(values: list[Any], kind: str, bins: int
            ) -> tuple[Any, list[tuple[str, str, Any]]]:
    """``bins`` ranges of equal width from the smallest value to the largest."""
    low, high = min(values), max(values)
    if kind == "integer":
        width = max(1, math.ceil((high - low + 1) / bins))
        starts = [low + i * width for i in range(bins) if low + i * width <= high]
        labels = [(str(i), f"{s}–{s + width - 1}" if width > 1 else str(s), None)
                  for i, s in enumerate(starts)]
        return (lambda v: str(min((v - low) // width, len(starts) - 1))), labels
    width_f = (high - low) / bins if high > low else 1.0
    count = bins if high > low else 1
    edges = [low + i * width_f for i in range(count + 1)]
    labels = [(str(i), f"{decimal_text(round(edges[i], 6))}–"
                       f"{'' if i == count - 1 else '<'}{decimal_text(round(edges[i + 1], 6))}",
               None) for i in range(count)]
    return (lambda v: str(min(int((v - low) // width_f), count - 1))), labels


def _set_columns(project: Project, chosen: list[str]
                 ) -> tuple[list[Column], dict[str, tuple[str, ...]]]:
    scope = set(chosen)
    sets = project.sets()
    of_doc: dict[str, list[str]] = {u: [] for u in chosen}
    columns: list[Column] = []
    for s in sets:
        members = [u for u in s.documents if u in scope]
        for u in members:
            of_doc[u].append(s.uuid)
        columns.append(Column(s.uuid, s.name, len(members)))
    outside = [u for u, keys in of_doc.items() if not keys]
    for u in outside:
        of_doc[u].append(NO_VALUE)
    if outside:
        columns.append(Column(NO_VALUE, "", len(outside)))
    return columns, {u: tuple(keys) for u, keys in of_doc.items()}


def _speaker_columns(project: Project, chosen: list[str], spans: list[CodingSpan]
                     ) -> tuple[list[Column], Any]:
    """A column per speaker; a coding's column is the speaker of the turn holding its
    start, read from each document's turns (loaded once per project)."""
    infos = {d.uuid: d for d in project.documents()}
    speaks: dict[str, int] = defaultdict(int)
    for uuid in chosen:
        for name in infos[uuid].speakers:
            speaks[name] += 1
    with_turns = [u for u in dict.fromkeys(s.document_uuid for s in spans)
                  if infos[u].speakers]
    docs = {d.uuid: d for d in project.load_documents(with_turns)}

    def speaker_of(span: CodingSpan) -> tuple[str, ...]:
        doc = docs.get(span.document_uuid)
        turn = doc.turn_at(span.start) if doc is not None else None
        return (turn.speaker,) if turn is not None else (NO_VALUE,)

    columns = [Column(name, name, n) for name, n in speaks.items()]  # a "none" column's
    # documents: every one chosen (any may have text outside its turns)
    outside = any(speaker_of(s) == (NO_VALUE,) for s in spans)
    if outside:
        columns.append(Column(NO_VALUE, "", len(chosen)))
    return columns, speaker_of
