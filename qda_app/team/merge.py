"""Merging coder files into a team file: reading the inputs, and the command-line entry.

:func:`merge_into` merges into an open project (the app's File → Merge
projects…): it reads the coders' files through the facade, plans the merge
here in plain Python and lets the facade write the plan in one transaction.
:func:`merge_files` adds what the command line needs on top: creating the
team file when it does not exist yet (and removing it again, with its journal, if
the merge fails) and previewing into a file that does not exist.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import QdaError
from ..locations import is_server_url
from ..merge_records import MergeWrites, ProjectContent, TargetIndex
from ..project import Project
from . import merge_rights
from .mapping import CodeMapping, as_mapping
from .merge_plan import MergePlan, plan_merge
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
        out.append(item if isinstance(item, ProjectContent) else Project.read_content(path))
    if not out:
        raise QdaError("name at least one project file to merge")
    return out


def preview_new(target: str | Path, sources: Sources, mapping: MappingArg = None
                ) -> MergeReport:
    """What merging into a new, empty team file would do (nothing is created)."""
    plan = plan_merge(TargetIndex(), load_sources(sources), as_mapping(mapping))
    return plan.report(str(target), dry_run=True)


def merge_into(project: Project, sources: Sources, mapping: MappingArg = None,
               dry_run: bool = False) -> MergeReport:
    """Merge coder files into ``project`` in one transaction; return the report.

    ``mapping`` renames coders' code paths (``{old: new}`` or a mapping
    file). With ``dry_run`` nothing is written: the report is the preview.
    The coder files are only read.
    """
    contents = load_sources(sources, project.path)  # a server project is no source file
    rights = project.rights()  # a team project: a coder brings in their own work only
    merge_rights.refuse_unless_merging(rights, project.location)
    contents = [merge_rights.own_work(c, rights) for c in contents]
    rules = as_mapping(mapping)
    if dry_run:
        return plan_merge(project.merge_index(), contents, rules).report(
            project.location, dry_run=True)
    plans: list[MergePlan] = []

    def plan(index: TargetIndex) -> MergeWrites:
        plans.append(plan_merge(index, contents, rules))
        merge_rights.check_writes(plans[-1].writes, rights, project.location)
        return plans[-1].writes

    project.apply_merge(plan)
    return plans[-1].report(project.location, dry_run=False)


def merge_files(target: str | Path, sources: Sources, mapping: MappingArg = None,
                dry_run: bool = False, password: str | None = None) -> MergeReport:
    """``qda merge``: merge into ``target``, creating it if needed (removed again on failure).

    ``target`` may be a team project's ``postgresql://`` URL (``password`` for its login
    when libpq's usual places have none): it must exist (``qda team create`` or ``qda
    init URL``); the merge is one transaction there too, within the login's role."""
    if is_server_url(target):
        with Project.open(str(target), password=password) as project:
            return merge_into(project, sources, mapping, dry_run=dry_run)
    target = Path(target)
    mapping = as_mapping(mapping)
    if not target.exists():
        if dry_run:
            return preview_new(target, sources, mapping)
        sources = load_sources(sources)  # refuse bad inputs before creating anything
        project = Project.create(target)
        try:
            with project:
                return merge_into(project, sources, mapping)
        except BaseException:
            for leftover in (target, target.with_name(target.name + "-journal")):
                leftover.unlink(missing_ok=True)  # a journal without its file would be stale
            raise
    with Project.open(target) as project:
        return merge_into(project, sources, mapping, dry_run=dry_run)
