"""``qda check`` reports damage as ``problem:`` lines, and opening refuses it in one line.

Each case damages a real project the way a broken disk, a bad copy or another
tool could (SQL with foreign keys and checks off, or cutting bytes off), then
asks ``qda check`` and the Python API. Nothing may end in a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.errors import DamagedProjectError

from .conftest import ProjectCopy


def write_small(path: Path) -> None:
    with Project.create(path) as p:
        p.coder = "Anna"
        p.add_document("Interview", "Die Sprache der Prüfung verhindert das.\n")
        p.add_code("Arbeit/Sprache")
        p.add_coding("Interview", "Arbeit/Sprache", 4, 11, memo="zentral")
        p.add_memo("Notiz", document="Interview")


@pytest.fixture
def small(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    return project_copy(write_small, tmp_path / "klein.qda")


def sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)


def cut_last_byte(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-1])


def read_everything(path: Path) -> None:
    with Project.open(path) as p:
        for info in p.documents():
            p.document(info.name)
        p.codes()
        p.segments()
        p.memos()
        p.coders()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "coding of a missing code": (
        lambda p: sql(p, "DELETE FROM code WHERE name = 'Sprache'"),
        "foreign key: coding row 1 points to a missing code"),
    "date that does not parse": (
        lambda p: sql(p, "UPDATE coding SET created = 'gestern'"),
        "coding row 1: 'created' is not a date ('gestern')"),
    "text stored as a blob": (
        lambda p: sql(p, "UPDATE document SET text = CAST(text AS BLOB)"),
        "document row 1: 'text' holds binary data (a blob), not text"),
    "code its own parent": (
        lambda p: sql(p, "UPDATE code SET parent_id = id WHERE name = 'Arbeit'"),
        "code 'Arbeit' (row 1) is its own ancestor: its parent chain loops (Arbeit → Arbeit)"),
    "codes each other's parent": (
        lambda p: sql(p, "UPDATE code SET parent_id = 2 WHERE name = 'Arbeit'"),
        "is its own ancestor: its parent chain loops"),
    "text that is not UTF-8": (
        lambda p: sql(p, "UPDATE memo SET text = CAST(X'C328' AS TEXT)"),
        "memo row 1: 'text' is not valid UTF-8 text"),
    "file cut short by its last byte": (
        cut_last_byte,
        "the file is cut short: its last page lacks 1 byte (an interrupted copy or download?)"),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_qda_check_reports_damage_as_problems(
        small: Path, case: str, capsys: pytest.CaptureFixture[str]) -> None:
    damage, expected = DAMAGE[case]
    damage(small)
    assert main(["check", str(small)]) == 1
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert any(line.startswith("problem: ") and expected in line for line in lines), err
    assert lines[-1].startswith(f"error: {small}: ") and lines[-1].endswith("found")
    assert all(line.startswith(("problem: ", "error: ")) for line in lines)
    assert "unexpected" not in err and out == ""


@pytest.mark.parametrize("case", DAMAGE)
def test_opening_and_reading_damage_ends_in_one_line(small: Path, case: str) -> None:
    DAMAGE[case][0](small)
    with pytest.raises(DamagedProjectError) as info:
        read_everything(small)
    message = str(info.value)
    assert "\n" not in message and message.endswith("run `qda check` for details")


def test_check_file_looks_into_a_project_that_does_not_open(small: Path) -> None:
    sql(small, "UPDATE document SET text = CAST(text AS BLOB)",
        "UPDATE coding SET modified = '2024-02-30 10:00:00.000000'")
    with pytest.raises(DamagedProjectError):
        Project.open(small)
    assert Project.check_file(small) == [
        "document row 1: 'text' holds binary data (a blob), not text",
        "coding row 1: 'modified' is not a date ('2024-02-30 10:00:00.000000')",
    ]


def test_a_sound_project_checks_clean(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(small)]) == 0
    assert capsys.readouterr().out == f"{small}: ok (1 documents, 2 codes, 1 codings)\n"
    assert Project.check_file(small) == []
