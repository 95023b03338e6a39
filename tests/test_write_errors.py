"""A change that cannot be written ends in one line that says what to do, and saves nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import ProjectInUseError, QdaError, SaveFailedError
from qda_app.storage import sqlite_errors

# Runs in the child: files may grow to 300 kB only (as on a nearly full disk).
LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    from qda_app.cli.main import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
def test_a_failing_disk_gives_one_line_and_the_project_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "voll.qda"
    with Project.create(path) as p:
        p.add_document("klein", "Ein kurzer Text.\n")
    big = tmp_path / "gross.txt"
    big.write_text("Ein langer Text über Arbeit und Sprache.\n" * 20_000, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", LIMITED, "import", str(path), str(big)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == ("error: cannot save to voll.qda: disk I/O error, so your last "
                             "change was not saved; check that the drive or network folder "
                             "is still there\n")
    with Project.open(path) as p:
        assert [d.name for d in p.documents()] == ["klein"]
        assert p.check() == []
    assert not (tmp_path / "voll.qda-journal").exists()


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0,
                    reason="root may write to read-only files")
def test_a_read_only_project_opens_and_refuses_changes_saying_why(tmp_path: Path) -> None:
    path = tmp_path / "nurlesen.qda"
    with Project.create(path) as p:
        p.add_code("A")
    path.chmod(0o444)
    try:
        with Project.open(path) as p:
            assert [c.path for c in p.codes()] == ["A"]
            with pytest.raises(SaveFailedError, match="the file or its folder is read-only"):
                p.add_code("B")
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(("sqlite_says", "kind", "we_say"), [
    ("database is locked", ProjectInUseError, "P.qda is in use by another program, so your "
     "last change was not saved; try again when it has finished"),
    ("database or disk is full", SaveFailedError, "cannot save to P.qda: the disk is full, so "
     "your last change was not saved; free some space and try again"),
    ("attempt to write a readonly database", SaveFailedError, "cannot save to P.qda: the file "
     "or its folder is read-only, so your last change was not saved; make both writable (or "
     "copy the project to a folder you can write to) and try again"),
    ("unable to open database file", SaveFailedError, "cannot save to P.qda: the file or its "
     "folder is read-only, so your last change was not saved; make both writable (or copy the "
     "project to a folder you can write to) and try again"),
])
def test_sqlite_write_errors_become_one_line_saying_what_to_do(
        sqlite_says: str, kind: type[QdaError], we_say: str) -> None:
    error = sqlite_errors.on_write(Path("/daten/P.qda"), sqlite3.OperationalError(sqlite_says))
    assert type(error) is kind and str(error) == we_say
