"""Opening tells "in use", "WAL" and "old version" apart from damage, and never writes otherwise.

Another program's lock is held by a second SQLite connection, as another
program would hold it; the waiting time for locks is cut to a fraction of a
second so the tests do not wait the five seconds a user's program would.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import DamagedProjectError, ProjectInUseError, QdaError
from qda_app.storage import migrations, sqlite_file

NOW = migrations.CURRENT_VERSION

V1_FIXTURE = Path(__file__).parent / "data" / "project-schema-v1.qda"


@pytest.fixture(autouse=True)
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_S", 0.2)


def folder_state(path: Path) -> tuple[list[str], bytes, int]:
    """Every file in the project's folder, and the project's bytes and modification time."""
    names = sorted(f.name for f in path.parent.iterdir())
    return names, path.read_bytes(), path.stat().st_mtime_ns


@pytest.fixture
def old_project(tmp_path: Path) -> Path:
    path = tmp_path / "alt.qda"
    shutil.copy2(V1_FIXTURE, path)
    return path


def lock(path: Path, how: str) -> sqlite3.Connection:
    """A second connection holding ``how`` (RESERVED: writing; EXCLUSIVE: committing)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"BEGIN {how}")
    return conn


@pytest.fixture(params=["IMMEDIATE", "EXCLUSIVE"])
def locked(request: pytest.FixtureRequest, sample_path: Path) -> Iterator[Path]:
    conn = lock(sample_path, request.param)
    yield sample_path
    conn.rollback()
    conn.close()


def test_opening_reading_and_closing_write_nothing(sample_path: Path) -> None:
    before = folder_state(sample_path)
    with Project.open(sample_path) as p:
        p.documents()
        p.segments()
        p.codes()
        assert p.check() == [] and p.notices == ()
    assert folder_state(sample_path) == before


def test_a_file_another_program_is_writing_is_in_use_not_damaged(locked: Path) -> None:
    before = folder_state(locked)
    with pytest.raises(ProjectInUseError) as info:
        Project.open(locked)
    message = str(info.value)
    assert message.startswith(f"{locked} is in use by another program")
    assert "damaged" not in message and "\n" not in message
    assert folder_state(locked) == before


def test_a_change_while_another_program_writes_is_refused_in_one_line(
        sample_path: Path) -> None:
    with Project.open(sample_path) as p:
        conn = lock(sample_path, "IMMEDIATE")
        try:
            with pytest.raises(ProjectInUseError) as info:
                p.add_code("Neu")
        finally:
            conn.rollback()
            conn.close()
        assert str(info.value) == ("sample.qda is in use by another program, so your last "
                                   "change was not saved; try again when it has finished")
        p.add_code("Neu")  # once the other program is done, it works
        assert "Neu" in [c.path for c in p.codes()]


def test_a_wal_mode_file_is_refused_in_one_line_and_left_as_it_is(sample_path: Path) -> None:
    with closing(sqlite3.connect(sample_path)) as conn:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    before = folder_state(sample_path)
    with pytest.raises(QdaError) as info:
        Project.open(sample_path)
    message = str(info.value)
    assert "WAL mode" in message and "PRAGMA journal_mode=DELETE" in message
    assert "\n" not in message
    assert folder_state(sample_path) == before  # no -wal or -shm beside it, no rewrite
    assert Project.check_file(sample_path) == [message]
    assert folder_state(sample_path) == before


def test_an_old_file_in_use_is_neither_upgraded_nor_backed_up(old_project: Path) -> None:
    conn = lock(old_project, "IMMEDIATE")
    before = folder_state(old_project)
    for _attempt in range(3):
        with pytest.raises(ProjectInUseError):
            Project.open(old_project)
    conn.rollback()
    conn.close()
    assert folder_state(old_project) == before
    with Project.open(old_project) as p:
        assert p.notices == (f"alt.qda was upgraded to project format {NOW}; the file as it was "
                             "is kept as alt.qda.bak",)
    assert sorted(f.name for f in old_project.parent.iterdir()) == ["alt.qda", "alt.qda.bak"]


def test_an_upgrade_that_fails_leaves_no_backup_behind(
        old_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_step(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE speaker_turn SET start = start")  # the upgrade had begun
        conn.execute("ALTER TABLE no_such_table ADD COLUMN x INTEGER")

    monkeypatch.setitem(migrations.STEPS, 1, failing_step)
    before = folder_state(old_project)
    for _attempt in range(2):
        with pytest.raises(QdaError, match=f"could not be upgraded to project format {NOW}"):
            Project.open(old_project)
    assert folder_state(old_project) == before


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0,
                    reason="root may write to read-only files")
def test_a_read_only_old_file_is_refused_without_a_backup(old_project: Path) -> None:
    old_project.chmod(0o444)
    try:
        before = folder_state(old_project)
        with pytest.raises(QdaError, match="read-only"):
            Project.open(old_project)
        assert folder_state(old_project) == before
    finally:
        old_project.chmod(0o644)


# Runs in the child: the upgrade's only step does its work, then the process dies.
KILLED_UPGRADE = textwrap.dedent(
    """
    import os, sys
    from qda_app import Project
    from qda_app.storage import migrations
    step = migrations.STEPS[1]
    def dying_step(conn):
        step(conn)
        os._exit(9)
    migrations.STEPS[1] = dying_step
    Project.open(sys.argv[1])
    """
)


def test_an_upgrade_killed_halfway_is_rolled_back_and_redone_with_one_backup(
        old_project: Path) -> None:
    original = old_project.read_bytes()
    result = subprocess.run([sys.executable, "-c", KILLED_UPGRADE, str(old_project)],
                            timeout=60)
    assert result.returncode == 9
    assert (old_project.parent / "alt.qda-journal").exists()
    with Project.open(old_project) as p:
        assert p.notices[-1] == (f"alt.qda was upgraded to project format {NOW}; the file as "
                                 "it was is kept as alt.qda.bak")
        assert [s.text for s in p.segments()] == ["Sprache der Prüfung verhindert das"]
        assert p.check() == []
    assert sorted(f.name for f in old_project.parent.iterdir()) == ["alt.qda", "alt.qda.bak"]
    assert (old_project.parent / "alt.qda.bak").read_bytes() == original


def _null_coder_names(path: Path, count: int) -> None:
    """Damage only SQLite's self-check sees: ``count`` coders without a name."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany("INSERT INTO coder (uuid, name) VALUES (?, ?)",
                         [(f"u{i}", f"n{i}") for i in range(count)])
    for old, new in (("name TEXT NOT NULL,", "name TEXT,"), ("name TEXT,", "name TEXT NOT NULL,")):
        with closing(sqlite3.connect(path)) as conn, conn:
            if new.endswith("NOT NULL,"):
                conn.execute("UPDATE coder SET name = NULL WHERE uuid LIKE 'u%'")
            conn.execute("PRAGMA writable_schema=ON")
            conn.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = 'coder'",
                         (old, new))


def test_a_long_self_check_report_is_cut_to_one_line(sample_path: Path) -> None:
    _null_coder_names(sample_path, 3)
    with pytest.raises(DamagedProjectError) as info:
        Project.open(sample_path)
    assert str(info.value) == (f"{sample_path} is damaged: NULL value in coder.name (and 2 "
                               "more); run `qda check` for details")


def test_a_file_cut_short_by_one_byte_is_damaged(sample_path: Path) -> None:
    sample_path.write_bytes(sample_path.read_bytes()[:-1])
    with pytest.raises(DamagedProjectError) as info:
        Project.open(sample_path)
    assert "is damaged: the file is cut short: its last page lacks 1 byte" in str(info.value)
    assert Project.check_file(sample_path)[0].startswith("the file is cut short")


@pytest.mark.parametrize("name", ["folder", "x" * 300 + ".qda", "nul\0l.qda"])
def test_a_path_that_cannot_be_a_project_is_refused_in_one_line(
        tmp_path: Path, name: str) -> None:
    path = tmp_path / name if name != "folder" else tmp_path
    for attempt in (Project.open, Project.check_file, Project.create):
        with pytest.raises(QdaError) as info:
            attempt(path)
        assert "\n" not in str(info.value)
