"""Importers: one module per kind of file, each with ``suffixes`` and ``read(path)``.

``read_file`` picks the importer by suffix. Importers only read; the facade
writes what they return in one transaction (:func:`import_file` does both),
so a failed import leaves the project as it was.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from ..errors import ImportFormatError
from . import docx, odt, pdf, rtf, text
from .base import ImportedText

if TYPE_CHECKING:
    from ..project import Project
    from ..records import Document

IMPORTERS: tuple[ModuleType, ...] = (text, docx, odt, rtf, pdf)


def suffixes() -> tuple[str, ...]:
    return tuple(s for module in IMPORTERS for s in module.suffixes)


def read_file(path: Path) -> ImportedText:
    """Read ``path`` with the importer for its suffix; any failure is one readable line.

    An unreadable file (no permission, a failing disk or network share) is an
    :class:`ImportFormatError` like a broken one, not a raw ``OSError``.
    """
    if not path.is_file():
        if not path.exists():
            raise ImportFormatError(f"{path}: no such file")
        what = "a folder, not a file" if path.is_dir() else "not a regular file"
        raise ImportFormatError(f"{path.name} is {what}; nothing imported")
    suffix = path.suffix.lower()
    for module in IMPORTERS:
        if suffix in module.suffixes:
            try:
                return module.read(path)
            except OSError as exc:
                raise ImportFormatError(
                    f"cannot read {path.name}: {exc.strerror or exc}; nothing imported"
                ) from None
    known = ", ".join(suffixes())
    raise ImportFormatError(
        f"{path.name}: cannot import {suffix or 'files without an extension'} "
        f"(Kodierwerk imports {known})"
    )


def import_file(project: Project, path: str | Path, name: str | None = None) -> Document:
    """Import a transcript or report into ``project``, with its turns and pages."""
    imported = read_file(Path(path))
    return project.add_document(name or imported.name, imported.text, imported.turns,
                                source=imported.source, pages=imported.pages)


__all__ = ["IMPORTERS", "ImportedText", "import_file", "read_file", "suffixes"]
