"""The .qda file: creating, opening, refusing what is not ours, migrating old files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import NewerSchemaError, NotAProjectError, ProjectExistsError
from qda_app.storage.database import SCHEMA_VERSION

pytestmark = pytest.mark.sqlite_only("the .qda file itself: its journal mode, bytes, name")

V1_FIXTURE = Path(__file__).parent / "data" / "project-schema-v1.qda"


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_create_then_open_keeps_title_and_content(tmp_path: Path) -> None:
    path = tmp_path / "studie.qda"
    with Project.create(path, title="Studie Ländliche Räume") as p:
        p.add_document("Interview 1", "Hallo Welt\n")
        p.add_code("Mobilität")
    with Project.open(path) as p:
        assert p.title == "Studie Ländliche Räume"
        assert [d.name for d in p.documents()] == ["Interview 1"]
        assert [c.path for c in p.codes()] == ["Mobilität"]


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "da.qda"
    path.write_text("wichtig")
    with pytest.raises(ProjectExistsError):
        Project.create(path)
    assert path.read_text() == "wichtig"


def test_file_settings_keep_the_file_complete_at_all_times(project: Project) -> None:
    conn = sqlite3.connect(project.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    from qda_app.storage.sqlite_backend import make_engine

    engine = make_engine(project.path)  # how every connection of a project is made
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def test_opening_does_not_rewrite_the_file(sample_path: Path) -> None:
    before = fingerprint(sample_path)
    with Project.open(sample_path) as p:
        p.documents()
        p.segments()
        p.codes()
    assert fingerprint(sample_path) == before


def _refused(path: Path, error: type[Exception] = NotAProjectError) -> str:
    before = fingerprint(path)
    with pytest.raises(error) as info:
        Project.open(path)
    assert fingerprint(path) == before, "a refused file must stay untouched"
    message = str(info.value)
    assert "\n" not in message and path.name in message
    return message


def test_a_text_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "notizen.qda"
    path.write_text("Das ist kein Projekt, nur Notizen.\n" * 10)
    assert "not a Kodierwerk project" in _refused(path)


def test_an_empty_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "leer.qda"
    path.write_bytes(b"")
    _refused(path)


def test_another_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "fremd.qda"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    assert "not a Kodierwerk project" in _refused(path)


def test_a_truncated_project_is_refused(sample_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "kaputt.qda"
    data = sample_path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "damaged" in _refused(path)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotAProjectError, match="no such project file"):
        Project.open(tmp_path / "gibtsnicht.qda")


def test_a_project_from_a_newer_version_is_refused(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    message = _refused(sample_path, NewerSchemaError)
    assert "newer Kodierwerk" in message


def test_an_old_project_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "alt.qda"
    shutil.copy2(V1_FIXTURE, path)
    original = path.read_bytes()
    with Project.open(path) as p:
        [doc] = p.documents()
        assert doc.name == "interview" and doc.speakers == ("UK", "BT")
        [coding] = p.segments()
        assert coding.text == "Sprache der Prüfung verhindert das"
        assert coding.code == "Arbeit und Ausbildung/Sprache"
        assert coding.coder == "Anna" and coding.memo == "alte Notiz"
        assert coding.speaker == "UK"
        assert p.check() == []
        # what version 2 added works on the migrated file
        p.add_memo("neu", document="interview")
        assert [m.text for m in p.memos(document="interview")] == ["neu"]
    backup = tmp_path / "alt.qda.bak"
    assert backup.read_bytes() == original
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    # a second open finds a current file: no further migration, no second backup
    mtime = path.stat().st_mtime_ns
    Project.open(path).close()
    assert path.stat().st_mtime_ns == mtime
    assert not (tmp_path / "alt.qda.bak1").exists()


def test_migration_keeps_an_existing_backup(tmp_path: Path) -> None:
    path = tmp_path / "alt.qda"
    shutil.copy2(V1_FIXTURE, path)
    (tmp_path / "alt.qda.bak").write_text("an older backup the user keeps")
    Project.open(path).close()
    assert (tmp_path / "alt.qda.bak").read_text() == "an older backup the user keeps"
    assert (tmp_path / "alt.qda.bak1").read_bytes() == V1_FIXTURE.read_bytes()


def test_unreadable_file_is_reported_not_crashed(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "geheim.qda"
    shutil.copy2(V1_FIXTURE, path)
    path.chmod(0)
    with pytest.raises(NotAProjectError):
        Project.open(path)
