"""What interviews, PDFs and other QDA tools bring is kept: turn times, pages, categories."""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app import Project, Turn
from qda_app.errors import InvalidValueError
from qda_app.team.merge import merge_into

TEXT = "I: Wie kamen Sie hierher? #00:00:05-2#\nB: Mit dem Bus. #00:00:09-0#\n"


def test_a_turn_keeps_its_time_in_the_recording(project: Project) -> None:
    first = TEXT.index("\n") + 1
    doc = project.add_document("Interview", TEXT, [
        Turn(0, first - 1, "I", body_start=3, seconds=5.2),
        Turn(first, len(TEXT) - 1, "B", body_start=first + 3, seconds=9.0)])
    assert [t.seconds for t in project.document(doc.uuid).turns] == [5.2, 9.0]
    assert project.document(doc.uuid).text == TEXT  # the timestamps stay in the text


def test_a_coding_reports_the_page_it_starts_on(project: Project) -> None:
    text = "Seite eins.\n\fSeite zwei.\n\fSeite drei.\n"
    pages = (0, text.index("\f") + 1, text.rindex("\f") + 1)
    project.add_document("Bericht", text, pages=pages)
    project.add_code("Seite")
    third = project.add_coding("Bericht", "Seite", pages[2], pages[2] + 5)
    first = project.add_coding("Bericht", "Seite", 0, 5)
    assert (first.page, third.page) == (1, 3)
    assert [s.page for s in project.segments()] == [1, 3]
    assert project.document("Bericht").pages == pages


@pytest.mark.parametrize("pages", [(5,), (0, 10, 10), (0, 999)])
def test_page_starts_that_cannot_be_are_refused(project: Project, pages: tuple[int, ...]
                                                ) -> None:
    with pytest.raises(InvalidValueError):
        project.add_document("Bericht", "Seite eins.\n\fSeite zwei.\n", pages=pages)
    assert project.documents() == []


def test_a_document_without_pages_has_no_page(project: Project) -> None:
    project.add_document("Protokoll", "Nur Text.\n")
    project.add_code("C")
    assert project.add_coding("Protokoll", "C", 0, 3).page is None


@pytest.mark.sqlite_only("the source of a merge is a .qda file")
def test_a_category_stays_one_through_undo_and_merge(project: Project, tmp_path: Path
                                                      ) -> None:
    category = project.add_code("Schule", codable=False)
    project.add_code("Schule/Sonstiges")
    assert not category.codable and project.code("Schule/Sonstiges").codable
    snapshot = project.snapshot_code("Schule")
    project.delete_code("Schule")
    project.restore_code(snapshot)
    assert not project.code("Schule").codable
    with Project.create(tmp_path / "team.qda") as team:
        merge_into(team, [project.path])
        assert not team.code("Schule").codable
        assert team.code("Schule/Sonstiges").codable


def test_a_code_becomes_a_category_and_back(project: Project) -> None:
    project.add_code("Arbeit")
    assert not project.set_codable("Arbeit", False).codable
    assert not project.code("Arbeit").codable
    assert project.set_codable("Arbeit", True).codable


def test_memos_of_an_older_file_keep_what_they_were_about(tmp_path: Path) -> None:
    """Version 5 gives memos a kind: a version 2 file's memos say what they belonged to."""
    import shutil
    import sqlite3

    old = tmp_path / "alt.qda"
    shutil.copy2(Path(__file__).parent / "data" / "project-schema-v2-duplicates.qda", old)
    conn = sqlite3.connect(old)
    stamp = "2024-01-01 10:00:00.000000"
    doc_id = conn.execute("SELECT id FROM document").fetchone()[0]
    code_id = conn.execute("SELECT id FROM code").fetchone()[0]
    for uuid, document, code in (("m-project", None, None), ("m-doc", doc_id, None),
                                 ("m-code", None, code_id)):
        conn.execute("INSERT INTO memo (uuid, title, text, document_id, code_id, created, "
                     "modified) VALUES (?, ?, 'Text', ?, ?, ?, ?)",
                     (uuid, uuid, document, code, stamp, stamp))
    conn.commit()
    conn.close()
    with Project.open(old) as p:
        assert {m.title: m.kind for m in p.memos()} == {
            "m-project": "project", "m-doc": "document", "m-code": "code"}
        assert p.check() == []


def test_new_memos_say_what_they_are_about(project: Project) -> None:
    project.add_document("Protokoll", "Nur Text.\n")
    project.add_code("C")
    kinds = [project.add_memo("a").kind, project.add_memo("b", document="Protokoll").kind,
             project.add_memo("c", code="C").kind]
    assert kinds == ["project", "document", "code"]
