"""Memos of every kind through the facade: what each belongs to, links, cascades, undo."""

from __future__ import annotations

import pytest

from qda_app import Project
from qda_app.errors import InvalidValueError, NotFoundError
from qda_app.records import Changes, MemoLink

from . import raw_sql

TEXT = "I: Wie war der Anfang?\nB: Die Arbeit war gut, aber die Sprache war schwer.\n"


@pytest.fixture
def p(project: Project) -> Project:
    project.add_document("Interview 1", TEXT)
    project.add_document("Interview 2", "Zweites Interview.\n")
    project.add_code("Arbeit/Pflege")
    project.add_code("Sprache")
    return project


def test_each_kind_belongs_to_what_it_says(p: Project) -> None:
    doc = p.document("Interview 1")
    start = TEXT.index("Sprache")
    journal = p.add_memo("Heute begonnen", "Tag 1")
    on_doc = p.add_memo("Gutes Interview", document="Interview 1")
    on_code = p.add_memo("Definition", code="Sprache")
    in_text = p.add_memo("Warum schwer?", "Sprache", document=doc, start=start,
                         end=start + len("Sprache"))
    free = p.add_memo("Querbezug", links=[("document", "Interview 2"), ("code", "Sprache")])
    assert [m.kind for m in (journal, on_doc, on_code, in_text, free)] == [
        "project", "document", "code", "text", "free"]
    assert (in_text.document_uuid, in_text.start, in_text.end) == (doc.uuid, start, start + 7)
    assert free.links == (MemoLink("document", p.document("Interview 2").uuid),
                          MemoLink("code", p.code("Sprache").uuid))
    assert {m.author for m in p.memos()} == {"Tester"}  # the project's coder by default
    assert [m.uuid for m in p.memos(kind="text")] == [in_text.uuid]
    assert {m.uuid for m in p.memos(document="Interview 1")} == {on_doc.uuid, in_text.uuid}
    assert [m.uuid for m in p.memos(code="Sprache")] == [on_code.uuid]
    assert [m.uuid for m in p.memos(linked_to=p.code("Sprache"))] == [free.uuid]
    assert p.memo(in_text.uuid) == in_text


@pytest.mark.parametrize("kwargs", [
    {"kind": "text", "document": "Interview 1", "start": 5, "end": 5},
    {"kind": "text", "document": "Interview 1", "start": 0, "end": len(TEXT) + 1},
    {"kind": "text", "document": "Interview 1"},
    {"start": 0, "end": 3},
    {"kind": "free", "document": "Interview 1"},
    {"kind": "project", "code": "Sprache"},
    {"kind": "document"},
    {"kind": "code", "document": "Interview 1"},
    {"kind": "diary"},
])
def test_a_memo_its_kind_does_not_allow_is_refused_and_nothing_written(
        p: Project, kwargs: dict) -> None:
    with pytest.raises(InvalidValueError):
        p.add_memo("Text", **kwargs)
    assert p.memos() == []


def test_a_memo_can_have_no_author_and_a_named_one(p: Project) -> None:
    assert p.add_memo("Import", author=None).author is None
    assert p.add_memo("Von Anna", author="Anna").author == "Anna"
    assert "Anna" in {c.name for c in p.coders()}


def test_links_are_added_once_removed_and_only_free_memos_have_them(p: Project) -> None:
    coding = p.add_coding("Interview 1", "Sprache", 0, 10)
    other = p.add_memo("Anderes Memo", links=[("code", "Arbeit/Pflege")])
    free = p.add_memo("Frei", kind="free")
    assert free.links == ()
    p.link_memo(free, coding)
    p.link_memo(free, coding)  # twice: still one link
    free = p.link_memo(free, other)
    assert free.links == (MemoLink("coding", coding.uuid), MemoLink("memo", other.uuid))
    assert p.unlink_memo(free, coding).links == (MemoLink("memo", other.uuid),)
    with pytest.raises(InvalidValueError):
        p.link_memo(free, free)
    with pytest.raises(InvalidValueError):
        p.link_memo(p.add_memo("Journal"), coding)
    with pytest.raises(NotFoundError):
        p.link_memo(free, ("document", "gibt es nicht"))


def test_a_link_goes_with_its_target_and_the_views_hear_of_it(p: Project) -> None:
    coding = p.add_coding("Interview 1", "Sprache", 0, 10)
    target_memo = p.add_memo("Ziel")
    free = p.add_memo("Frei", links=[coding, ("document", "Interview 2"),
                                     ("code", "Arbeit/Pflege"), target_memo])
    heard: list[Changes] = []
    p.subscribe(heard.append)
    p.remove_coding(coding)
    assert heard[-1].memos and free.uuid in heard[-1].memo_uuids
    p.delete_document("Interview 2")
    p.delete_code("Arbeit/Pflege")
    p.delete_memo(target_memo)
    assert p.memo(free.uuid).links == ()


def test_a_document_takes_its_memos_and_a_code_its_memos_with_it(p: Project) -> None:
    p.add_memo("Dok", document="Interview 2")
    p.add_memo("Stelle", document="Interview 2", start=0, end=7)
    p.add_memo("Code", code="Sprache")
    p.delete_document("Interview 2")
    p.delete_code("Sprache")
    assert p.memos() == []


def test_update_keeps_what_it_is_not_told_to_change_and_undo_can_pass_the_old_time(
        p: Project) -> None:
    memo = p.add_memo("Alt", "Titel", document="Interview 1", start=0, end=2)
    changed = p.update_memo(memo, text="Neu")
    assert (changed.title, changed.text, changed.kind, changed.start) == (
        "Titel", "Neu", "text", 0)
    assert changed.modified > memo.modified
    back = p.update_memo(memo, text="Alt", modified=memo.modified)
    assert back == memo


def test_a_deleted_memo_comes_back_with_its_links_and_the_links_to_it(p: Project) -> None:
    coding = p.add_coding("Interview 1", "Sprache", 0, 10)
    first = p.add_memo("Erstes", links=[coding, ("code", "Sprache")])
    second = p.add_memo("Zweites", links=[first])
    before = p.memos()
    snapshot = p.snapshot_memo(first)
    p.delete_memo(first)
    assert p.memo(second.uuid).links == ()
    p.restore_memos(snapshot)
    assert p.memos() == before


def test_undo_of_removing_a_coding_can_put_its_links_back(p: Project) -> None:
    coding = p.add_coding("Interview 1", "Sprache", 0, 10)
    free = p.add_memo("Frei", links=[coding])
    links = p.memo_links_to([coding])
    [removed] = p.remove_codings([coding.uuid])
    p.add_codings([(removed.document_uuid, removed.code_uuid, removed.start, removed.end,
                    removed.coder, None, removed.uuid)])
    p.restore_memo_links(links)
    assert p.memo(free.uuid).links == (MemoLink("coding", coding.uuid),)


def test_a_deleted_code_comes_back_with_its_memo_kind_author_and_links(p: Project) -> None:
    coding = p.add_coding("Interview 1", "Sprache", 0, 10)
    code_memo = p.add_memo("Definition", code="Sprache", author="Anna")
    free = p.add_memo("Frei", links=[("code", "Sprache"), coding, code_memo])
    before = p.memos()
    snapshot = p.snapshot_code("Sprache")
    p.delete_code("Sprache", delete_codings=True)
    assert p.memo(free.uuid).links == ()
    p.restore_code(snapshot)
    assert p.memos() == before


def test_coding_memos_lists_the_codings_that_have_one(p: Project) -> None:
    p.add_coding("Interview 1", "Sprache", 0, 10, memo="wichtig")
    p.add_coding("Interview 1", "Sprache", 12, 20)
    assert [c.memo for c in p.coding_memos()] == ["wichtig"]


def test_check_names_a_memo_in_the_text_whose_passage_left_its_text(p: Project) -> None:
    memo = p.add_memo("Stelle", document="Interview 1", start=0, end=4)
    raw_sql.execute(p, 'UPDATE memo SET "end" = 9999 WHERE uuid = ?', (memo.uuid,))
    assert p.check() == [f"memo in the text 0–9999 in 'Interview 1' is outside its text "
                         f"(0–{len(TEXT)})"]
