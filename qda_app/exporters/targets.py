"""Checking an output path before any work is done.

A long export that fails at the very end because the file exists or the
folder is missing wastes the user's time; these checks run first. (The
atomic writer checks again when it renames, so a file that appears in the
meantime is still not overwritten.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import QdaError


class ExportFormatError(QdaError):
    """The output file name has an extension this export cannot write."""


def check_target(target: str | Path, suffixes: Sequence[str], force: bool = False,
                 what: str = "this export") -> Path:
    """``target`` as a Path, if it can be written; otherwise a one-line :class:`QdaError`."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise ExportFormatError(
            f"{path.name}: {what} cannot write {suffix or 'files without an extension'} "
            f"(use {', '.join(suffixes)})"
        )
    if path.is_dir():
        raise QdaError(f"{path} is a folder; give a file name ending in {suffixes[0]}")
    if path.exists() and not force:
        raise QdaError(f"{path} exists already; use --force to overwrite it")
    if not path.parent.is_dir():
        raise QdaError(f"cannot write {path}: folder {path.parent} does not exist")
    return path
