"""Importers: one module per kind of file, each with ``suffixes`` and ``read(path)``.

``read_file`` picks the importer by suffix. Importers only read; the facade
writes what they return in one transaction, so a failed import leaves the
project as it was.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from ..errors import ImportFormatError
from . import docx, text
from .base import ImportedText

IMPORTERS: tuple[ModuleType, ...] = (text, docx)


def suffixes() -> tuple[str, ...]:
    return tuple(s for module in IMPORTERS for s in module.suffixes)


def read_file(path: Path) -> ImportedText:
    if not path.is_file():
        raise ImportFormatError(f"{path}: no such file")
    suffix = path.suffix.lower()
    for module in IMPORTERS:
        if suffix in module.suffixes:
            return module.read(path)
    known = ", ".join(suffixes())
    raise ImportFormatError(
        f"{path.name}: cannot import {suffix or 'files without an extension'} "
        f"(Kodierwerk imports {known})"
    )


__all__ = ["IMPORTERS", "ImportedText", "read_file", "suffixes"]
