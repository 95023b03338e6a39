"""Code names another tool can tell apart, and what to warn of before a REFI-QDA export.

Our code system allows two codes of the same name under different parents
(``Schule/Sonstiges``, ``Arbeit/Sonstiges``). QualCoder does not: it keeps
codes (and, apart, categories) in a table with unique names, so on import the
second "Sonstiges" is taken for the first and every coding of it ends up
without a code. Before a ``.qdc``/``.qdpx`` export the user is warned, one
line per name; ``unique_names`` qualifies the names in the file only
(``Sonstiges (Schule)``), never in the project. A category that holds codings
is warned of as well: QualCoder keeps no codings on a category.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import records
from ..code_paths import SEPARATOR
from ..exporters.options import ExportOptions
from ..text_format import counted

if TYPE_CHECKING:
    from ..project import Project

QUALIFIER_SEPARATOR = " / "
"""Between the parents' names of a qualified name: ``Sonstiges (Projekt / Schule)``."""


@dataclass(frozen=True, slots=True)
class NameClash:
    """Codes (or categories: QualCoder keeps them apart) that share one name."""

    name: str
    paths: tuple[str, ...]
    category: bool = False

    def line(self) -> str:
        kind = "categories" if self.category else "codes"
        return (f"{len(self.paths)} {kind} are named {self.name!r} ({', '.join(self.paths)}); "
                "QualCoder needs unique code names and would take them for one "
                "(--unique-names qualifies them in the file)")


@dataclass(frozen=True, slots=True)
class CodedCategory:
    """A category that holds codings of its own."""

    path: str
    codings: int

    def line(self) -> str:
        return (f"the category {self.path!r} has {counted(self.codings, 'coding')} of its "
                "own; QualCoder drops codings of a category (make it a code to keep them)")


ExportWarning = NameClash | CodedCategory


def name_clashes(codes: Sequence[records.Code]) -> list[NameClash]:
    """Names used by more than one code (or category), in tree order of their first use."""
    groups: dict[tuple[bool, str], list[records.Code]] = defaultdict(list)
    for code in codes:
        groups[(code.codable, code.name)].append(code)
    return [NameClash(name, tuple(c.path for c in group), not codable)
            for (codable, name), group in groups.items() if len(group) > 1]


def unique_names(codes: Sequence[records.Code]) -> dict[str, str]:
    """Code UUID -> the name to export it under, for the codes whose name is shared.

    Each is qualified with its parent (``Sonstiges (Schule)``), or with more of
    its path while that is not enough; a top-level code keeps its name. A
    qualified name that another code has already gets a number.
    """
    taken = {(c.codable, c.name) for c in codes}
    by_path = {c.path: c for c in codes}
    renamed: dict[str, str] = {}
    for clash in name_clashes(codes):
        group = [by_path[path] for path in clash.paths]
        same_kind = {name for codable, name in taken if codable == (not clash.category)}
        names = _qualified(group, same_kind)
        for code in group:
            if names[code.uuid] != code.name:
                renamed[code.uuid] = names[code.uuid]
                taken.add((code.codable, names[code.uuid]))
    return renamed


def _qualified(group: list[records.Code], taken: set[str]) -> dict[str, str]:
    """Names for ``group`` (all named alike): with as few parents as tell them apart."""
    deepest = max(c.depth for c in group)
    for depth in range(1, deepest + 1):
        names = {c.uuid: _with_parents(c, depth) for c in group}
        new = [names[c.uuid] for c in group if names[c.uuid] != c.name]
        if len(set(names.values())) == len(group) and not taken.intersection(new):
            return names
    names = {c.uuid: _with_parents(c, deepest) for c in group}
    for code in group:  # qualified names that other codes have: numbered
        name, n = names[code.uuid], 2
        while name != code.name and name in taken:
            name = f"{names[code.uuid]} ({n})"
            n += 1
        names[code.uuid] = name
        taken.add(name)
    return names


def _with_parents(code: records.Code, depth: int) -> str:
    parents = code.path.split(SEPARATOR)[:-1][-depth:]
    return f"{code.name} ({QUALIFIER_SEPARATOR.join(parents)})" if parents else code.name


def qdc_warnings(project: Project, options: ExportOptions) -> list[ExportWarning]:
    """What to tell before a codebook export: the shared names, unless they are qualified."""
    return [] if options.unique_names else list(name_clashes(project.codes()))


def qdpx_warnings(project: Project, options: ExportOptions) -> list[ExportWarning]:
    """:func:`qdc_warnings`, and the categories that hold codings."""
    codes = project.codes()
    found: list[ExportWarning] = [] if options.unique_names else list(name_clashes(codes))
    found += [CodedCategory(c.path, c.codings) for c in codes if not c.codable and c.codings]
    return found
