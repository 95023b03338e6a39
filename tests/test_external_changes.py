"""The project notices what other programs write to it (the window then refreshes): to
its file, or to its database on a server (heard through LISTEN/NOTIFY, which arrives a
moment after the other program's commit: :func:`heard` waits up to a second)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from qda_app import Project


def qda(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "qda_app.cli.main", *args], check=True,
                   capture_output=True, timeout=60)


def heard(project: Project) -> bool:
    """Whether a change from elsewhere arrives within 1 s (the issue's bound)."""
    deadline = time.monotonic() + 1.0
    while not project.changed_elsewhere():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_commit_by_another_program_is_noticed_once(project: Project) -> None:
    path = project.location
    assert not project.changed_elsewhere()
    project.add_code("Own")  # our own writes are not news
    assert not project.changed_elsewhere()
    qda("code", "add", path, "From the command line")
    assert heard(project)
    assert not project.changed_elsewhere()  # told once
    assert "From the command line" in [c.path for c in project.codes()]


def test_our_own_write_right_after_a_foreign_one_does_not_hide_it(project: Project) -> None:
    qda("code", "add", project.location, "Theirs")
    project.add_code("Mine")
    assert heard(project)


def test_a_second_open_project_on_the_same_file_counts_as_elsewhere(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qda") as a, Project.open(tmp_path / "p.qda") as b:
        b.add_code("Written by the second window")
        assert a.changed_elsewhere()
        assert not b.changed_elsewhere()
