"""A killed export leaves no empty ``.part`` file, and the next export clears what one left.

Real kills (SIGKILL) of a child process: the child says on stdout when it is inside
the export, and is killed right there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.files import STALE_AFTER
from qda_app.refi import export_qdpx

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

BUILDING = """
import sys, time
from qda_app import Project
from qda_app.exporters.options import ExportOptions
from qda_app.refi import export_qdpx

def progress(done, total):
    print("inside the export", flush=True)
    time.sleep(60)
    return True

with Project.open(sys.argv[1]) as p:
    export_qdpx(p, sys.argv[2], ExportOptions(progress=progress))
"""

WRITING = """
import sys, time
from qda_app.files import atomic_output

with atomic_output(sys.argv[2]) as tmp:
    tmp.write_bytes(b"the first half of an export")
    print("inside the export", flush=True)
    time.sleep(60)
"""


def kill_inside_export(script: str, project: Path, target: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", script, str(project), str(target)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inside the export"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_an_export_killed_while_it_is_built_leaves_nothing(sample_path: Path,
                                                           tmp_path: Path) -> None:
    """The temporary file was made before the work began; killed there, it stayed empty."""
    out = tmp_path / "out"
    out.mkdir()
    kill_inside_export(BUILDING, sample_path, out / "projekt.qdpx")
    assert list(out.iterdir()) == []


def test_the_next_export_removes_what_a_killed_one_left(sample: Project, sample_path: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "projekt.qdpx"
    kill_inside_export(WRITING, sample_path, target)
    (killed,) = out.iterdir()
    assert killed.name.startswith(".projekt.qdpx.") and killed.name.endswith(".part")
    long_ago = time.time() - STALE_AFTER - 60
    os.utime(killed, (long_ago, long_ago))
    journal = out / ".projekt.qdpx.abcd1234.part-journal"  # an import's, also killed
    others = [out / ".projekt.qdpx.fresh123.part",  # being written right now by another run
              out / ".anderes.qdpx.abcd1234.part",  # another target's
              out / "projekt.qdpx.part"]  # not ours
    for path in [journal, *others]:
        path.write_bytes(b"x")
    for path in [journal, *others[1:]]:
        os.utime(path, (long_ago, long_ago))
    export_qdpx(sample, target)
    assert sorted(p.name for p in out.iterdir()) == sorted(["projekt.qdpx",
                                                            *(p.name for p in others)])
