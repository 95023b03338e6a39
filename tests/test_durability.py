"""A process killed right after a call returned loses nothing (SIGKILL, real subprocess)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qda_app import Project

WRITER = textwrap.dedent(
    """
    import sys, time
    from qda_app import Project
    p = Project.open(sys.argv[1])
    for i in range(int(sys.argv[2])):
        p.add_coding("d", "C", i, i + 5, coder="Kill")
        print("committed", i, flush=True)
    p.rename_code("C", "Umbenannt")
    print("committed rename", flush=True)
    time.sleep(60)  # killed here, with the project still open
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_after_return_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kill.qda"
    with Project.create(path) as p:
        p.add_document("d", "x" * 100 + "\n")
        p.add_code("C")
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "25"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("committed rename"):
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Project.open(path) as p:
        assert len(p.segments()) == 25
        assert [c.path for c in p.codes()] == ["Umbenannt"]
        assert p.check() == []
