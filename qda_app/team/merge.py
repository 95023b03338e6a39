"""Merging coder files into a team file: reading the inputs, and the command-line entry.

The facade method :meth:`Project.merge_from` does the merge into an open
project (the app's File → Merge projects…); :func:`merge_files` adds what the
command line needs on top: creating the team file when it does not exist yet
(and removing it again, with its journal, if the merge fails) and previewing into a file that
does not exist.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import QdaError
from ..storage.merge import ProjectContent, TargetIndex, read_source
from .mapping import CodeMapping, as_mapping
from .merge_plan import plan_merge
from .merge_report import MergeReport

Sources = Iterable[str | Path | ProjectContent]
"""File paths, or files read already by :func:`load_sources`."""
MappingArg = CodeMapping | Mapping[str, str] | str | Path | None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def load_sources(sources: Sources, target: Path | None = None) -> list[ProjectContent]:
    """Read every coder's file read-only; refuses the team file itself as a source."""
    out = []
    for item in sources:
        path = item.path if isinstance(item, ProjectContent) else Path(item)
        if target is not None and path.exists() and target.exists() and _same_file(path, target):
            raise QdaError(f"cannot merge {path} into itself")
        out.append(item if isinstance(item, ProjectContent) else read_source(path))
    if not out:
        raise QdaError("name at least one project file to merge")
    return out


def preview_new(target: str | Path, sources: Sources, mapping: MappingArg = None
                ) -> MergeReport:
    """What merging into a new, empty team file would do (nothing is created)."""
    plan = plan_merge(TargetIndex(), load_sources(sources), as_mapping(mapping))
    return plan.report(str(target), dry_run=True)


def merge_files(target: str | Path, sources: Sources, mapping: MappingArg = None,
                dry_run: bool = False) -> MergeReport:
    """``qda merge``: merge into ``target``, creating it if needed (removed again on failure)."""
    from ..project import Project

    target = Path(target)
    mapping = as_mapping(mapping)
    if not target.exists():
        if dry_run:
            return preview_new(target, sources, mapping)
        sources = load_sources(sources)  # refuse bad inputs before creating anything
        project = Project.create(target)
        try:
            with project:
                return project.merge_from(sources, mapping)
        except BaseException:
            for leftover in (target, target.with_name(target.name + "-journal")):
                leftover.unlink(missing_ok=True)  # a journal without its file would be stale
            raise
    with Project.open(target) as project:
        return project.merge_from(sources, mapping, dry_run=dry_run)
