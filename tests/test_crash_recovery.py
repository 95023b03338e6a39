"""A crash in the middle of a change loses nothing and never locks the project.

The crashes are real: a child Python process is killed with ``SIGKILL`` while
it is inside a big transaction (with a small page cache, so changed pages
have already been written into the file), or ends itself with ``os._exit``
in the middle of creating a file. What is left behind must open (the
unfinished change rolled back, and said so) or not exist at all.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.errors import QdaError
from qda_app.team.merge import merge_files

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Runs in the child: every connection gets a 10-page cache; once the transaction has written
# changed pages into the file itself, the child says so and waits there to be killed.
BIG_WRITE = textwrap.dedent(
    """
    import os, sqlite3, sys, time
    size = os.path.getsize(sys.argv[1])
    _connect = sqlite3.connect
    def connect(*args, **kwargs):
        conn = _connect(*args, **kwargs)
        conn.execute("PRAGMA cache_size=10")  # a big change spills pages into the file
        def progress():
            if conn.in_transaction and os.path.getsize(sys.argv[1]) > size:
                print("inside", flush=True)
                time.sleep(60)  # killed here, in the middle of the transaction
            return 0
        conn.set_progress_handler(progress, 1000)
        return conn
    sqlite3.connect = sqlite3.dbapi2.connect = connect  # SQLAlchemy calls the latter
    from qda_app import Project
    from qda_app.records import CodingSpec
    with Project.open(sys.argv[1]) as p:
        p.add_codings([CodingSpec("d", "C", i, i + 5, coder="Kill") for i in range(30000)])
    print("finished", flush=True)
    """
)


def make_project(path: Path) -> None:
    with Project.create(path, title="Absturz") as p:
        p.coder = "Anna"
        p.add_document("d", "Wort " * 7000 + "\n")
        p.add_code("C")
        p.add_coding("d", "C", 0, 4)


def kill_inside_big_write(path: Path) -> None:
    """Run :data:`BIG_WRITE` on ``path`` and SIGKILL it in the middle of its transaction."""
    proc = subprocess.Popen([sys.executable, "-c", BIG_WRITE, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == "inside\n"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def test_a_change_killed_halfway_is_rolled_back_when_the_project_opens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "absturz.qda"
    make_project(path)
    before = path.read_bytes()
    kill_inside_big_write(path)
    # the crash left half a change in the file itself, and the journal to undo it
    assert journal(path).stat().st_size > 0
    assert path.read_bytes() != before

    with Project.open(path) as p:
        assert p.notices == (
            "absturz.qda: an unfinished change from a crashed program was rolled back",)
        assert [(s.coder, s.start, s.end) for s in p.segments()] == [("Anna", 0, 4)]
        assert p.title == "Absturz"
    assert not journal(path).exists()
    assert path.read_bytes() == before  # exactly the last committed state

    assert main(["check", str(path)]) == 0
    assert "absturz.qda: ok (1 documents, 1 codes, 1 codings)" in capsys.readouterr().out


def test_the_command_line_says_in_one_line_that_a_crashed_change_was_rolled_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "absturz.qda"
    make_project(path)
    kill_inside_big_write(path)
    assert main(["segments", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ("note: absturz.qda: an unfinished change from a crashed program was "
                   "rolled back\n")
    assert "Anna" in out and "Kill" not in out


def test_qda_check_rolls_a_crashed_change_back_and_finds_the_file_sound(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "absturz.qda"
    make_project(path)
    kill_inside_big_write(path)
    assert Project.check_file(path) == []
    assert not journal(path).exists()


def test_a_coder_file_left_by_a_crash_is_merged_as_it_was_last_saved(tmp_path: Path) -> None:
    coder_file = tmp_path / "anna.qda"
    make_project(coder_file)
    kill_inside_big_write(coder_file)
    team = tmp_path / "team.qda"
    merge_files(team, [coder_file])
    with Project.open(team) as p:
        assert [(s.coder, s.start, s.end) for s in p.segments()] == [("Anna", 0, 4)]
    assert not journal(coder_file).exists()
    assert Project.check_file(coder_file) == []


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0,
                    reason="root may write to read-only folders")
def test_a_crashed_change_in_a_read_only_folder_is_refused_saying_what_to_do(
        tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "absturz.qda"
    make_project(path)
    kill_inside_big_write(path)
    folder.chmod(0o555)
    path.chmod(0o444)
    try:
        for attempt in (Project.open, lambda p: merge_files(tmp_path / "team.qda", [p])):
            with pytest.raises(QdaError) as info:
                attempt(path)
            message = str(info.value)
            assert "unfinished change" in message and "writable" in message
            assert "\n" not in message and "damaged" not in message
        assert journal(path).exists()  # nothing was touched
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    with Project.open(path) as p:  # once writable, it opens as it was last saved
        assert len(p.segments()) == 1


# -- creating --------------------------------------------------------------------------------

# Runs in the child: the process ends (as in a power cut) when it is about to create the
# table named in argv[2], in the middle of creating the project.
CRASH_WHILE_CREATING = textwrap.dedent(
    """
    import os, sqlite3, sys
    _connect = sqlite3.connect
    def connect(*args, **kwargs):
        conn = _connect(*args, **kwargs)
        def trace(sql):
            if "CREATE TABLE " + sys.argv[2] in sql:
                os._exit(9)
        conn.set_trace_callback(trace)
        return conn
    sqlite3.connect = sqlite3.dbapi2.connect = connect  # SQLAlchemy calls the latter
    from qda_app import Project
    Project.create(sys.argv[1])
    """
)


@pytest.mark.parametrize("table", ["document", "coding", "memo"])
def test_a_crash_while_creating_leaves_no_half_project(tmp_path: Path, table: str) -> None:
    path = tmp_path / "neu.qda"
    result = subprocess.run([sys.executable, "-c", CRASH_WHILE_CREATING, str(path), table],
                            timeout=60)
    assert result.returncode == 9
    assert not path.exists()
    with Project.create(path, title="Neu") as p:  # the name is free; leftovers are cleared
        p.add_document("d", "Text\n")
    with Project.open(path) as p:
        assert [d.name for d in p.documents()] == ["d"] and p.notices == ()
    assert sorted(f.name for f in tmp_path.iterdir()) == ["neu.qda"]


def test_a_journal_left_beside_a_deleted_project_does_not_touch_a_new_one(
        tmp_path: Path) -> None:
    old = tmp_path / "old" / "team.qda"
    old.parent.mkdir()
    make_project(old)
    kill_inside_big_write(old)
    path = tmp_path / "team.qda"
    shutil.copy2(journal(old), journal(path))  # the user deleted team.qda, not its journal
    with Project.create(path) as p:
        p.add_document("neu", "Neuer Text\n")
    with Project.open(path) as p:
        assert p.notices == ()
        assert [d.name for d in p.documents()] == ["neu"]
        assert p.check() == []


def test_a_failed_merge_into_a_new_file_leaves_neither_file_nor_journal(
        tmp_path: Path) -> None:
    coder_file = tmp_path / "anna.qda"
    make_project(coder_file)
    broken = tmp_path / "ben.qda"
    broken.write_text("kein Projekt")
    outside = tmp_path / "cem.qda"  # a coding beyond its text: refused inside the merge
    make_project(outside)
    with closing(sqlite3.connect(outside)) as conn, conn:
        conn.execute('UPDATE coding SET "end" = 99999')
    team = tmp_path / "team.qda"
    for sources in ([coder_file, broken], [coder_file, outside]):
        with pytest.raises(QdaError):
            merge_files(team, sources)
        assert sorted(f.name for f in tmp_path.iterdir()) == ["anna.qda", "ben.qda", "cem.qda"]
