"""Coded segments to Word, Excel or CSV, chosen by the output's extension."""

from __future__ import annotations

from pathlib import Path

from ..files import Progress, check_target
from ..project import Project
from .docx_segments import export_segments_docx
from .selection import SegmentQuery
from .tables import export_segments_table

SUFFIXES = (".docx", ".xlsx", ".csv")


def export_segments(
    project: Project,
    target: str | Path,
    query: SegmentQuery | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
    lang: str = "de",
    delimiter: str = ",",
) -> Path:
    """Write the segments ``query`` selects to ``.docx``, ``.xlsx`` or ``.csv``."""
    path = check_target(target, SUFFIXES, force, "an export of coded segments")
    if path.suffix.lower() == ".docx":
        return export_segments_docx(project, path, query, force=force, progress=progress,
                                    lang=lang)
    return export_segments_table(project, path, query, force=force, progress=progress,
                                 lang=lang, delimiter=delimiter)
