"""The project notices what other programs write to its file (the window then refreshes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qda_app import Project


def qda(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "qda_app.cli.main", *args], check=True,
                   capture_output=True, timeout=60)


def test_a_commit_by_another_program_is_noticed_once(project: Project) -> None:
    path = project.location
    assert not project.changed_elsewhere()
    project.add_code("Own")  # our own writes are not news
    assert not project.changed_elsewhere()
    qda("code", "add", path, "From the command line")
    assert project.changed_elsewhere()
    assert not project.changed_elsewhere()  # told once
    assert "From the command line" in [c.path for c in project.codes()]


def test_our_own_write_right_after_a_foreign_one_does_not_hide_it(project: Project) -> None:
    qda("code", "add", project.location, "Theirs")
    project.add_code("Mine")
    assert project.changed_elsewhere()


def test_a_second_open_project_on_the_same_file_counts_as_elsewhere(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qda") as a, Project.open(tmp_path / "p.qda") as b:
        b.add_code("Written by the second window")
        assert a.changed_elsewhere()
        assert not b.changed_elsewhere()
