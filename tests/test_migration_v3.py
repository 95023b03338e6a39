"""Version 3: each coding once. Old files with copies migrate without losing a memo."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.errors import DuplicateCodingError
from qda_app.storage.database import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"
V2_DUPLICATES = DATA / "project-schema-v2-duplicates.qda"
V1 = DATA / "project-schema-v1.qda"


def folded(project: Project) -> list[str]:
    """The notices about folded copies (opening may say other things, e.g. where the backup is)."""
    return [n for n in project.notices if "duplicate" in n]


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "dubletten.qda"
    shutil.copy2(V2_DUPLICATES, path)
    return path


def test_copies_are_folded_into_the_oldest_with_every_memo(old_file: Path) -> None:
    with Project.open(old_file) as p:
        [notice] = folded(p)
        assert notice.startswith("4 duplicate codings") and "\n" not in notice
        kept = {(s.code, s.coder, s.start, s.end): s for s in p.segments()}
        assert set(kept) == {("Arbeit und Ausbildung/Sprache", "Anna", 7, 26),
                             ("Arbeit und Ausbildung/Sprache", "Ben", 7, 26),
                             ("Mobilität", "Anna", 46, 55),
                             ("Arbeit und Ausbildung", "Anna", 3, 26)}
        sprache = kept[("Arbeit und Ausbildung/Sprache", "Anna", 7, 26)]
        assert sprache.uuid.endswith("0001")  # the oldest row stays, with its identity
        assert sprache.memo == "alte Notiz\n\nzweiter Blick"
        assert sprache.modified.isoformat().startswith("2024-03-02T10:00")  # memo changed then
        mobil = kept[("Mobilität", "Anna", 46, 55)]
        assert mobil.uuid.endswith("0006") and mobil.memo == "Land"
        assert kept[("Arbeit und Ausbildung/Sprache", "Ben", 7, 26)].memo is None
        assert [c.codings for c in p.codes()] == [1, 2, 1]
        [doc] = p.documents()  # length and speakers, stored with the document from now on
        assert (doc.chars, doc.speakers, doc.codings) == (84, ("UK", "BT"), 4)
        assert p.check() == []
        with pytest.raises(DuplicateCodingError):
            p.add_coding("interview", "Mobilität", 46, 55, coder="Anna")
    assert (old_file.parent / "dubletten.qda.bak").read_bytes() == V2_DUPLICATES.read_bytes()
    conn = sqlite3.connect(old_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
    with pytest.raises(sqlite3.IntegrityError):  # the index guards the file from now on
        conn.execute("INSERT INTO coding SELECT 99, 'e0000000-0000-4000-8000-000000000099', "
                     'document_id, code_id, coder_id, start, "end", memo, created, modified '
                     "FROM coding WHERE id = 6")
    conn.close()
    with Project.open(old_file) as p:
        assert folded(p) == []  # said once, when it happened


def test_a_file_without_copies_migrates_silently(tmp_path: Path) -> None:
    path = tmp_path / "alt.qda"
    shutil.copy2(V1, path)
    with Project.open(path) as p:
        assert folded(p) == []
        assert len(p.segments()) == 1


def test_the_command_line_tells_the_user_once(old_file: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", str(old_file)]) == 0
    lines = capsys.readouterr()[1].splitlines()
    assert all(line.startswith("note: ") for line in lines)
    assert [line for line in lines if "duplicate" in line] == [
        "note: 4 duplicate codings (same document, code, coder and span) were folded into "
        "the coding they repeated; memos were kept"]
    assert main(["docs", str(old_file)]) == 0
    assert capsys.readouterr()[1] == ""


def schema(path: Path) -> dict[str, object]:
    """Tables with their columns, indexes with theirs: what the two ways must agree on."""
    conn = sqlite3.connect(path)
    out: dict[str, object] = {}
    for kind, name, table in conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
        if kind == "table":
            out[name] = [(c[1], c[2].upper(), c[3]) for c in conn.execute(
                f"PRAGMA table_info({name})")]
        else:
            unique = {r[1]: r[2] for r in conn.execute(f"PRAGMA index_list({table})")}[name]
            out[name] = (table, unique, [r[2] for r in conn.execute(f"PRAGMA index_info({name})")])
    conn.close()
    return out


@pytest.mark.parametrize("fixture", [V1, V2_DUPLICATES], ids=["version 1", "version 2"])
def test_a_migrated_file_has_the_schema_of_a_new_one(fixture: Path, tmp_path: Path) -> None:
    old = tmp_path / "alt.qda"
    shutil.copy2(fixture, old)
    Project.open(old).close()
    Project.create(tmp_path / "neu.qda").close()
    assert schema(old) == schema(tmp_path / "neu.qda")


def test_a_migrated_file_knows_who_added_a_code_from_now_on(tmp_path: Path) -> None:
    """Version 6 adds ``code.created_by``: old codes have no author, new ones their coder's,
    and removing that coder leaves the code without one."""
    old = tmp_path / "alt.qda"
    shutil.copy2(V2_DUPLICATES, old)
    with Project.open(old) as p:
        p.coder = "Anna"  # a coder of the old file
        p.add_code("Neu")
    conn = sqlite3.connect(old)
    rows = dict(conn.execute("SELECT k.name, c.name FROM code k LEFT JOIN coder c "
                             "ON c.id = k.created_by").fetchall())
    assert rows["Neu"] == "Anna" and rows["Mobilität"] is None
    [key] = [r for r in conn.execute("PRAGMA foreign_key_list(code)") if r[2] == "coder"]
    assert (key[3], key[4], key[6]) == ("created_by", "id", "SET NULL")
    conn.close()
