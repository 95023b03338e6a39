"""Coded segments to Word, Excel or CSV, chosen by the output's extension."""

from __future__ import annotations

from pathlib import Path

from ..files import check_target
from ..project import Project
from .docx_segments import export_segments_docx
from .options import DEFAULTS, ExportOptions
from .tables import export_segments_table

SUFFIXES = (".docx", ".xlsx", ".csv")


def export_segments(project: Project, target: str | Path,
                    options: ExportOptions = DEFAULTS) -> Path:
    """Write the segments ``options.query`` selects to ``.docx``, ``.xlsx`` or ``.csv``."""
    path = check_target(target, SUFFIXES, options.force, "an export of coded segments")
    if path.suffix.lower() == ".docx":
        return export_segments_docx(project, path, options)
    return export_segments_table(project, path, options)
