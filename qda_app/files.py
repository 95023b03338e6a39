"""Files that leave the tool: checking a target, writing it all-or-nothing, progress and cancel.

Shared by every layer that writes or reads a user's file (exporters, REFI-QDA,
team reports, the window), so it sits on the shared floor below the facade.

A long export that fails at the very end because the file exists or the folder
is missing wastes the user's time, so :func:`check_target` runs first; the
atomic writer checks again when it renames, so a file that appears in the
meantime is still not overwritten.

An export is written to a temporary file beside its target, ``.NAME.1a2b3c4d.part``,
which is synced and renamed over the target only when complete. The exporter's own
first write creates that file: an export killed while it is still being built (most
of its time) leaves nothing behind. What a run killed while writing left (a ``.part``
of the same target, untouched for :data:`STALE_AFTER`) is removed by the next export
to that target. A write that fails (disk full, read-only folder) is one line.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from .errors import OutputError, QdaError

STALE_AFTER = 10 * 60
"""Seconds without a write after which a ``.part`` file is a leftover, not a file that
another export is writing right now."""

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; return ``False`` to cancel."""


class ExportCancelled(QdaError):
    """The user cancelled; nothing was written."""


class ImportCancelled(QdaError):
    """The user cancelled an import (REFI-QDA); nothing was written.

    Here beside :class:`ExportCancelled`, not in :mod:`qda_app.refi`, so the
    window can catch both without loading all of refi (and lxml) at start.
    """


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise :class:`ExportCancelled` if the user cancelled."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled("export cancelled; nothing was written")


def report_done(progress: Progress | None, total: int) -> None:
    """Say the file is written. A Cancel now comes too late, so its answer is ignored:
    raising ExportCancelled ("nothing was written") after the rename would be untrue."""
    if progress is not None:
        progress(total, total)


def write_error(exc: OSError, target: Path) -> OutputError:
    """The one line for an ``OSError`` met while writing ``target``."""
    if exc.errno == errno.ENOSPC:
        return OutputError(f"cannot write {target}: the disk is full")
    if exc.errno == errno.EDQUOT:
        return OutputError(f"cannot write {target}: your disk quota is used up")
    if exc.errno == errno.EROFS:
        return OutputError(f"cannot write into {target.parent}: it is read-only")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return OutputError(f"cannot write into {target.parent}: it is read-only for you "
                           "(permission denied)")
    return OutputError(f"cannot write {target}: {exc.strerror or exc}")


def _parts_of(target: Path) -> re.Pattern[str]:
    """Our temporary files for ``target`` (``mkstemp``'s names of earlier versions too), and
    what a writer keeps beside one (SQLite's ``-journal``)."""
    return re.compile(re.escape(f".{target.name}.") + r"[a-z0-9_]{8}\.part(?:-journal)?")


def remove_stale_parts(target: Path) -> None:
    """Remove what killed writes of ``target`` left; skip files written to recently."""
    pattern, now = _parts_of(target), time.time()
    try:
        with os.scandir(target.parent) as entries:
            ours = [e for e in entries if pattern.fullmatch(e.name)]
    except OSError:
        return
    for entry in ours:
        try:
            if entry.is_file(follow_symlinks=False) \
                    and now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                os.unlink(entry.path)
        except OSError:
            continue  # a leftover we cannot remove must not stop the export


@contextmanager
def atomic_output(target: str | Path, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    Refuses to overwrite an existing ``target`` unless ``force``; on any error
    (or cancel) the temporary file is removed and ``target`` is untouched. The
    temporary file does not exist until the caller creates it by writing.
    """
    target = Path(target)
    if target.exists() and not force:
        raise QdaError(f"{target} exists already; use --force to overwrite it")
    if not target.parent.is_dir():
        raise QdaError(f"cannot write {target}: folder {target.parent} does not exist")
    remove_stale_parts(target)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        yield tmp
        _publish(tmp, target)
    except OSError as exc:
        discard(tmp)
        raise write_error(exc, target) from None
    except BaseException:
        discard(tmp)
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


def discard(path: Path) -> None:
    """Remove a temporary file if it is there. On a read-only disk even removing a file
    that does not exist fails (EROFS); that must not hide the error being reported."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _publish(tmp: Path, target: Path) -> None:
    """Sync ``tmp`` to disk, then rename it over ``target`` (keeping ``target``'s mode)."""
    if target.exists():
        tmp.chmod(stat.S_IMODE(target.stat().st_mode))
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
