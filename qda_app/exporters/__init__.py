"""Exporters: everything that leaves the tool is written here, on the core API only.

Conventions every exporter follows (so the CLI and the window drive them alike):

* ``progress(done, total)`` is called now and then; it returns ``False`` to
  cancel, and the exporter then raises :class:`ExportCancelled`.
* Output goes through :func:`atomic_output`: a temporary file in the target
  folder, fsynced, then renamed. A failed or cancelled export leaves no half
  file, and an existing file is only replaced when ``force`` is given.
"""

from __future__ import annotations

from .atomic import (
    ExportCancelled,
    ImportCancelled,
    Progress,
    atomic_output,
    check_progress,
    report_done,
)

__all__ = ["ExportCancelled", "ImportCancelled", "Progress", "atomic_output", "check_progress",
           "report_done"]
