"""A full disk or a read-only folder while writing: one line, and no half file left.

As root a chmod'ed folder is still writable, so the faults are made where the
operating system would report them: opening the file (read-only folder), writing
to it or syncing it (disk full, often only reported by ``fsync``), renaming it
over the target (no permission).
"""

from __future__ import annotations

import builtins
import errno
import gc
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qda_app import Project
from qda_app.errors import OutputError
from qda_app.exporters.docx_codebook import export_codebook
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.matrix import export_matrix
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.segments import export_segments
from qda_app.refi import export_qdc, export_qdpx, import_qdpx
from qda_app.team.agreement_export import export as export_agreement
from qda_app.team.agreement_input import measure_agreement

Export = Callable[[Project, Path], object]

EXPORTS: dict[str, tuple[str, Export]] = {
    "Word codebook": ("codebook.docx",
                      lambda p, t: export_codebook(p, t, ExportOptions(examples=1))),
    "Word transcript": ("transcript.docx",
                        lambda p, t: export_transcript(
                            p, t, ExportOptions(document=p.documents()[0].uuid))),
    "Word segments": ("segments.docx", export_segments),
    "Excel segments": ("segments.xlsx", export_segments),
    "CSV segments": ("segments.csv", export_segments),
    "Excel matrix": ("matrix.xlsx", export_matrix),
    "CSV matrix": ("matrix.csv", export_matrix),
    "REFI codebook": ("codes.qdc", export_qdc),
    "REFI project": ("project.qdpx", export_qdpx),
    "agreement CSV": ("agreement.csv", lambda p, t: export_agreement(
        measure_agreement(p, [c.name for c in p.coders()]), t)),
}


def fail_inside(folder: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    """Make the OS fail for files in ``folder`` the way ``fault`` names."""
    real_open = io.open

    def oserror(code: int) -> OSError:
        return OSError(code, os.strerror(code))

    class FullDisk:
        """A file that takes no more bytes; everything else is the real file's."""

        def __init__(self, real: Any) -> None:
            self._real = real

        def write(self, data: object) -> int:
            raise oserror(errno.ENOSPC)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._real, name)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._real.close()

        def __iter__(self) -> Any:
            return iter(self._real)

    def failing_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        writing = any(flag in mode for flag in "wax+")
        if not (writing and isinstance(file, (str, Path)) and Path(file).parent == folder):
            return real_open(file, mode, *args, **kwargs)
        if fault == "read-only folder":
            raise oserror(errno.EROFS)
        real = real_open(file, mode, *args, **kwargs)
        return FullDisk(real) if fault == "disk full on write" else real

    def failing(code: int) -> Callable[..., None]:
        def fail(*args: object, **kwargs: object) -> None:
            raise oserror(code)
        return fail

    monkeypatch.setattr(io, "open", failing_open)
    monkeypatch.setattr(builtins, "open", failing_open)
    if fault == "disk full on sync":
        monkeypatch.setattr(os, "fsync", failing(errno.ENOSPC))
    if fault == "no permission to rename":
        monkeypatch.setattr(os, "replace", failing(errno.EACCES))


CREATE_MESSAGES = {  # when creating the project file itself fails
    "read-only folder": "cannot write {target}: the folder {folder} is read-only",
    "disk full on sync": "cannot write {target}: the disk is full",
    "no permission to rename": "cannot write {target}: the folder {folder} is read-only",
}
MESSAGES = {
    "read-only folder": "cannot write into {folder}: it is read-only",
    "disk full on write": "cannot write {target}: the disk is full",
    "disk full on sync": "cannot write {target}: the disk is full",
    "no permission to rename": "cannot write into {folder}: it is read-only for you "
                               "(permission denied)",
}


# openpyxl leaves its sheet writers half-way when the disk fails; collected, they complain
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
# every exporter opens and writes its own way; syncing and renaming are atomic_output's
@pytest.mark.parametrize(("kind", "fault"), [
    *((kind, fault) for kind in EXPORTS for fault in ("read-only folder", "disk full on write")),
    *((kind, fault) for kind in ("Word codebook", "Excel segments", "REFI project")
      for fault in ("disk full on sync", "no permission to rename")),
])
def test_a_failing_disk_is_one_line_and_leaves_no_file(
        sample: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str,
        fault: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    name, run = EXPORTS[kind]
    target = folder / name
    fail_inside(folder, monkeypatch, fault)
    with pytest.raises(OutputError) as info:
        run(sample, target)
    assert str(info.value) == MESSAGES[fault].format(folder=folder, target=target)
    assert list(folder.iterdir()) == []
    gc.collect()  # here, where the warning filter above applies, not in a later test


@pytest.mark.parametrize("fault", ["read-only folder", "disk full on sync",
                                   "no permission to rename"])
def test_creating_a_project_from_a_qdpx_on_a_failing_disk_leaves_nothing(
        sample: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    source = tmp_path / "sample.qdpx"
    export_qdpx(sample, source)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "neu.qda"
    fail_inside(folder, monkeypatch, fault)
    with pytest.raises(OutputError) as info:
        import_qdpx(source, target)
    message = str(info.value)
    # one line naming the project the user asked for (not the temporary file) and why
    assert "\n" not in message and ".part" not in message
    assert message in (MESSAGES[fault].format(folder=folder, target=target),
                       CREATE_MESSAGES[fault].format(folder=folder, target=target))
    assert list(folder.iterdir()) == []  # no project, no temporary file, no journal


def test_an_existing_file_is_kept_when_replacing_it_fails(
        sample: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "codes.qdc"
    target.write_bytes(b"the old codebook")
    fail_inside(tmp_path, monkeypatch, "disk full on sync")
    with pytest.raises(OutputError, match="the disk is full"):
        export_qdc(sample, target, ExportOptions(force=True))
    assert target.read_bytes() == b"the old codebook"
    assert [p.name for p in tmp_path.iterdir() if p.name != "sample.qda"] == ["codes.qdc"]
