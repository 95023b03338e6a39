"""Documents: the list's own order, sorted views, and a delete that undo takes back whole."""

from __future__ import annotations

from typing import Any

import pytest

from qda_app import Project, Turn
from qda_app.errors import InvalidValueError
from qda_app.records import MemoLink

from . import raw_sql

TEXT = "I: Wie war der Anfang?\nB: Die Arbeit war gut, aber die Sprache war schwer.\n"


def _sql(p: Project, *statements: str) -> list[tuple[Any, ...]]:
    """Rows of the last statement: tests write and read the variable and set tables
    directly, as another program would."""
    rows: list[tuple[Any, ...]] = []
    for statement in statements:
        rows = raw_sql.execute(p, statement)
    return rows


def _everything(p: Project) -> dict[str, Any]:
    """Every record a document's delete touches, comparable with ``==``."""
    docs = p.documents()
    return {
        "documents": docs,
        "texts": [p.document(d.uuid) for d in docs],
        "codings": sorted(p.segments(), key=lambda c: c.uuid),
        "memos": p.memos(),
        "codes": p.codes(),
        "coders": p.coders(),
        "variables": _sql(p, "SELECT d.uuid, v.uuid, x.value FROM variable_value x "
                                  "JOIN document d ON d.id = x.document_id "
                                  "JOIN variable v ON v.id = x.variable_id ORDER BY 1, 2"),
        "sets": _sql(p, "SELECT d.uuid, s.uuid FROM set_member m JOIN document d ON "
                             "d.id = m.document_id JOIN document_set s ON s.id = m.set_id "
                             "ORDER BY 1, 2"),
    }


@pytest.fixture
def p(project: Project) -> Project:
    first = TEXT.index("\n") + 1
    project.add_document("Interview 1", "Erstes.\n")
    project.add_document("Interview 2", TEXT, turns=[
        Turn(0, first - 1, "I", body_start=3, seconds=1.5),
        Turn(first, len(TEXT) - 1, "B", body_start=first + 3)], pages=(0, first))
    project.add_document("Interview 10", "Drittes.\n")
    project.add_code("Sprache")
    project.add_code("Arbeit")
    return project


def test_documents_move_in_the_list_and_sort_by_name_or_date_without_storing_it(
        p: Project) -> None:
    assert [d.name for d in p.documents()] == ["Interview 1", "Interview 2", "Interview 10"]
    p.move_document("Interview 10", 0)
    assert [d.name for d in p.documents()] == ["Interview 10", "Interview 1", "Interview 2"]
    p.move_document("Interview 10", 99)  # past the end: last
    assert [d.name for d in p.documents()] == ["Interview 1", "Interview 2", "Interview 10"]
    p.move_document("Interview 1", 1)
    assert [d.name for d in p.documents()] == ["Interview 2", "Interview 1", "Interview 10"]
    assert [d.name for d in p.documents("name")] == ["Interview 1", "Interview 2",
                                                       "Interview 10"]
    assert [d.name for d in p.documents("imported")] == ["Interview 1", "Interview 2",
                                                           "Interview 10"]
    assert [d.name for d in p.documents()] == ["Interview 2", "Interview 1", "Interview 10"]
    with pytest.raises(InvalidValueError):
        p.documents("size")


def test_a_new_document_comes_last_in_the_users_order(p: Project) -> None:
    p.move_document("Interview 10", 0)
    p.add_document("Nachtrag", "Neu.\n")
    assert [d.name for d in p.documents()][-1] == "Nachtrag"


def test_a_deleted_document_comes_back_identical(p: Project) -> None:
    doc = p.document("Interview 2")
    start = TEXT.index("Sprache")
    kept = p.add_coding("Interview 1", "Arbeit", 0, 5)
    coding = p.add_coding(doc, "Sprache", start, start + 7, coder="Anna", memo="schwer")
    p.add_coding(doc, "Arbeit", 0, 10, coder="Ben")
    p.add_memo("Gesprächsnotiz", "Dokument", document=doc, author="Anna")
    passage = p.add_memo("Warum?", document=doc, start=start, end=start + 7)
    p.add_memo("Querbezug", links=[doc, coding, passage, kept, ("code", "Sprache")])
    p.add_memo("Code", code="Sprache")
    p.move_document("Interview 2", 0)
    _sql(p,
         "INSERT INTO variable (uuid, name, type, sort_order) VALUES ('v-alter', 'Alter', "
         "'integer', 1), ('v-region', 'Region', 'text', 2)",
         "INSERT INTO variable_value SELECT d.id, v.id, '34' FROM document d, variable v "
         "WHERE v.uuid = 'v-alter'",
         "INSERT INTO variable_value SELECT d.id, v.id, 'Thüringen' FROM document d, "
         "variable v WHERE v.uuid = 'v-region' AND d.name = 'Interview 2'",
         "INSERT INTO document_set (uuid, name, sort_order, created) VALUES "
         "('s-ost', 'Ost', 1, '2024-01-01 10:00:00.000000'), "
         "('s-alle', 'Alle', 2, '2024-01-01 10:00:00.000000')",
         "INSERT INTO set_member SELECT s.id, d.id FROM document_set s, document d "
         "WHERE s.uuid = 's-alle' OR d.name = 'Interview 2'")
    before = _everything(p)
    snapshot = p.snapshot_document(doc)
    assert p.delete_document(doc) == 2
    gone = _everything(p)
    assert doc.uuid not in {d.uuid for d in gone["documents"]}
    free = next(m for m in gone["memos"] if m.kind == "free")
    assert len(gone["memos"]) == 2 and free.links == (  # the links to what stays, stay
        MemoLink("code", p.code("Sprache").uuid), MemoLink("coding", kept.uuid))
    restored = p.restore_document(snapshot)
    assert restored == doc
    assert _everything(p) == before


def test_restoring_a_document_that_is_back_already_is_refused(p: Project) -> None:
    snapshot = p.snapshot_document("Interview 1")
    with pytest.raises(InvalidValueError):
        p.restore_document(snapshot)
    assert len(p.documents()) == 3


def test_a_restored_document_leaves_out_a_variable_deleted_meanwhile(p: Project) -> None:
    _sql(p,
         "INSERT INTO variable (uuid, name, type, sort_order) VALUES ('v', 'Alter', "
         "'integer', 1)",
         "INSERT INTO variable_value SELECT d.id, v.id, '34' FROM document d, variable v")
    snapshot = p.snapshot_document("Interview 1")
    p.delete_document("Interview 1")
    _sql(p, "DELETE FROM variable")
    p.restore_document(snapshot)
    assert p.documents()[0].name == "Interview 1"
    assert _sql(p, "SELECT count(*) FROM variable_value") == [(0,)]
