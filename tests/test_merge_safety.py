"""A merge is all or nothing; a preview writes nothing; bad inputs change nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from qda_app import Project, QdaError
from qda_app.storage import merge_io as merge_store
from qda_app.team.merge import merge_files, merge_into
from tests.conftest import ProjectCopy
from tests.merge_helpers import coder_file, content, fingerprint, write_base


@pytest.fixture
def files(project_copy: ProjectCopy, tmp_path: Path) -> tuple[Path, Path, Path]:
    base = project_copy(write_base, tmp_path / "base.qda")

    def anna(p: Project) -> None:
        p.add_document("Interview 3", "B: Neu.\n")
        p.add_code("Neu")
        p.add_coding("Interview 1", "Sprache", 67, 88, coder="Anna", memo="m")
        p.add_coding("Interview 3", "Neu", 3, 7, coder="Anna")

    def ben(p: Project) -> None:
        p.add_coding("Interview 1", "Sprache", 62, 88, coder="Ben")

    return (base, coder_file(base, tmp_path / "anna.qda", anna),
            coder_file(base, tmp_path / "ben.qda", ben))


def test_a_failure_midway_leaves_the_team_file_as_it_was(
        files: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base, anna, ben = files
    team = tmp_path / "team.qda"
    merge_files(team, [base])
    before, bytes_before = content(team), team.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")  # after documents, codes and coders were inserted

    monkeypatch.setattr(merge_store, "insert_many", broken)
    with pytest.raises(OSError):
        merge_files(team, [anna, ben])
    assert content(team) == before
    assert team.read_bytes() == bytes_before
    assert not Path(str(team) + "-journal").exists()


def test_a_failed_merge_into_a_new_file_leaves_no_file(
        files: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, anna, _ = files
    monkeypatch.setattr(merge_store, "insert_many", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        merge_files(tmp_path / "team.qda", [anna])
    assert not (tmp_path / "team.qda").exists()


def test_preview_writes_nothing_and_reports_what_the_merge_does(
        files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    base, anna, ben = files
    team = tmp_path / "team.qda"
    merge_files(team, [base])
    before = fingerprint(team)
    preview = merge_files(team, [anna, ben], dry_run=True)
    assert fingerprint(team) == before
    with Project.open(team) as p:
        assert merge_into(p, [anna, ben], dry_run=True) == preview
    done = merge_files(team, [anna, ben])
    assert preview.dry_run and not done.dry_run
    assert {**preview.to_dict(), "dry_run": False} == done.to_dict()
    assert "preview: nothing was written" in preview.to_text()


def test_preview_into_a_file_that_does_not_exist_creates_nothing(
        files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, anna, _ = files
    report = merge_files(tmp_path / "new.qda", [anna], dry_run=True)
    assert not (tmp_path / "new.qda").exists()
    assert report.sources[0].codings_added == 1 + 1


def test_merging_the_team_file_into_itself_is_refused(
        files: tuple[Path, Path, Path]) -> None:
    base, _, _ = files
    with pytest.raises(QdaError, match="into itself"):
        merge_files(base, [base])


def test_a_file_that_is_not_a_project_is_refused_before_anything_is_created(
        files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, anna, _ = files
    junk = tmp_path / "notes.qda"
    junk.write_text("not a database", encoding="utf-8")
    with pytest.raises(QdaError, match="not a Kodierwerk project") as err:
        merge_files(tmp_path / "team.qda", [anna, junk])
    assert "\n" not in str(err.value)
    assert not (tmp_path / "team.qda").exists()


def _qda(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qda_app.cli.main", *args],
                          capture_output=True, text=True, check=False)


def test_cli_merge_report_as_json_and_text(files: tuple[Path, Path, Path],
                                           tmp_path: Path) -> None:
    _, anna, ben = files
    team = tmp_path / "team.qda"
    preview = _qda("merge", str(team), str(anna), str(ben), "--dry-run", "--json")
    assert preview.returncode == 0, preview.stderr
    data = json.loads(preview.stdout)
    assert data["dry_run"] is True and not team.exists()
    assert data["sources"][0]["codings"] == {"Anna": {"added": 2, "duplicate": 0}}
    assert data["sources"][0]["documents"]["added"] == ["Interview 1", "Interview 2",
                                                         "Interview 3"]
    done = _qda("merge", str(team), str(anna), str(ben))
    assert done.returncode == 0, done.stderr
    assert "codings by Ben: 1 added, 0 duplicate" in done.stdout
    again = _qda("merge", str(team), str(anna), str(ben))
    assert "the team file already had everything" in again.stdout


def test_cli_merge_errors_are_one_line(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, anna, _ = files
    missing = _qda("merge", str(tmp_path / "team.qda"), str(tmp_path / "nope.qda"))
    assert missing.returncode == 1
    assert missing.stderr.startswith("error: ") and missing.stderr.count("\n") == 1
    bad_map = tmp_path / "map.txt"
    bad_map.write_text("Sprache -> Sprachbarrieren\n", encoding="utf-8")
    result = _qda("merge", str(tmp_path / "team.qda"), str(anna), "--map", str(bad_map))
    assert result.returncode == 1
    assert result.stderr == ("error: map.txt, line 1: expected 'old path=new path', "
                             "got 'Sprache -> Sprachbarrieren'\n")
    assert not (tmp_path / "team.qda").exists()


def test_a_coder_file_of_an_older_format_is_read_as_it_is_and_not_migrated(
        files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, anna, _ = files
    with closing(sqlite3.connect(anna)) as conn:  # make it a version 1 file
        conn.execute("DROP TABLE memo")
        conn.execute("ALTER TABLE speaker_turn DROP COLUMN body_start")
        conn.execute("PRAGMA user_version=1")
        conn.commit()
    before = fingerprint(anna)
    team = tmp_path / "team.qda"
    report = merge_files(team, [anna])
    assert fingerprint(anna) == before and not Path(str(anna) + ".bak").exists()
    assert report.sources[0].codings_added == 2
    with Project.open(team) as p:
        assert [t.label_end for t in p.document("Interview 1").turns] == [0, 37]


def test_a_damaged_coder_file_is_refused_with_its_name(
        files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, anna, _ = files
    with closing(sqlite3.connect(anna)) as conn:
        conn.execute('UPDATE coding SET "end" = 5000 WHERE start = 67')
        conn.commit()
    team = tmp_path / "team.qda"
    with pytest.raises(QdaError, match=r"anna.qda: coding 67–5000 lies outside its document"):
        merge_files(team, [anna])
    assert not team.exists()
