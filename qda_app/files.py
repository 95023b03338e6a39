"""Files that leave the tool: checking a target, writing it all-or-nothing, progress and cancel.

Shared by every layer that writes or reads a user's file (exporters, REFI-QDA,
team reports, the window), so it sits on the shared floor below the facade.

A long export that fails at the very end because the file exists or the folder
is missing wastes the user's time, so :func:`check_target` runs first; the
atomic writer checks again when it renames, so a file that appears in the
meantime is still not overwritten.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .errors import QdaError

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; return ``False`` to cancel."""


class ExportCancelled(QdaError):
    """The user cancelled; nothing was written."""


class ImportCancelled(QdaError):
    """The user cancelled an import (REFI-QDA); nothing was written.

    Here beside :class:`ExportCancelled`, not in :mod:`qda_app.refi`, so the
    window can catch both without loading all of refi (and lxml) at start.
    """


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise :class:`ExportCancelled` if the user cancelled."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled("export cancelled; nothing was written")


def report_done(progress: Progress | None, total: int) -> None:
    """Say the file is written. A Cancel now comes too late, so its answer is ignored:
    raising ExportCancelled ("nothing was written") after the rename would be untrue."""
    if progress is not None:
        progress(total, total)


@contextmanager
def atomic_output(target: str | Path, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    Refuses to overwrite an existing ``target`` unless ``force``; on any error
    (or cancel) the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    if target.exists() and not force:
        raise QdaError(f"{target} exists already; use --force to overwrite it")
    if not target.parent.is_dir():
        raise QdaError(f"cannot write {target}: folder {target.parent} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp makes the file private (0600); an export should get the usual permissions
    tmp.chmod(target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
