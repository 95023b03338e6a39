"""Coding and retrieval through the facade, with offsets in code points."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qda_app import CodingSpec, Project
from qda_app.errors import (
    CodeNotFound,
    CoderNotFound,
    CodingNotFound,
    DocumentNotFound,
    InvalidValueError,
)

from .conftest import ProjectCopy, write_empty

TEXT = "UK\t😀 Die Sprache der Prüfung ist ein Problem.\nBT\tMobilität auf dem Land.\n"


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


S, E = span("Sprache")
M0, M1 = span("Mobilität")


@pytest.fixture
def coded(project: Project) -> Project:
    from qda_app.records import Turn

    uk_end = TEXT.index("\n")
    bt = TEXT.index("BT")
    project.add_document("p", TEXT, turns=(Turn(0, uk_end, "UK", None, 3),
                                           Turn(bt, len(TEXT) - 1, "BT", None, bt + 3)))
    project.add_code("Arbeit/Sprache")
    project.add_code("Arbeit/Prüfung")
    project.add_code("Mobilität")
    return project


def test_a_coding_holds_exactly_its_text_after_an_emoji(coded: Project) -> None:
    c = coded.add_coding("p", "Arbeit/Sprache", S, E, coder="Anna")
    assert c.text == "Sprache" and c.speaker == "UK" and c.coder == "Anna"
    assert coded.segments()[0].text == "Sprache"


def test_default_coder_is_the_projects_coder(coded: Project) -> None:
    coded.coder = "Jonas"
    assert coded.add_coding("p", "Mobilität", M0, M1).coder == "Jonas"
    assert [c.name for c in coded.coders()] == ["Jonas"]


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (9, 4), (0, len(TEXT) + 1)])
def test_spans_outside_the_text_or_empty_are_refused(coded: Project, start: int, end: int
                                                    ) -> None:
    with pytest.raises(InvalidValueError):
        coded.add_coding("p", "Mobilität", start, end)
    assert coded.segments() == []


def test_unknown_document_or_code_is_refused(coded: Project) -> None:
    with pytest.raises(DocumentNotFound):
        coded.add_coding("nope", "Mobilität", 0, 3)
    with pytest.raises(Exception, match="no code"):
        coded.add_coding("p", "Nope", 0, 3)


def test_bulk_add_is_all_or_nothing(coded: Project) -> None:
    good = CodingSpec("p", "Mobilität", M0, M1)
    with pytest.raises(InvalidValueError):
        coded.add_codings([good, CodingSpec("p", "Mobilität", 0, 999)])
    assert coded.segments() == []
    added = coded.add_codings([good, ("p", "Arbeit/Sprache", S, E, "Anna", "Notiz")])
    assert len(added) == 2 and {a.coder for a in added} == {"Tester", "Anna"}


def test_update_changes_bounds_memo_and_code(coded: Project) -> None:
    c = coded.add_coding("p", "Arbeit/Sprache", S, E)
    c2 = coded.update_coding(c, end=span("Sprache der Prüfung")[1], memo="länger")
    assert c2.text == "Sprache der Prüfung" and c2.memo == "länger" and c2.uuid == c.uuid
    assert c2.modified >= c.modified
    c3 = coded.update_coding(c, code="Arbeit/Prüfung")
    assert c3.code == "Arbeit/Prüfung" and c3.memo == "länger"
    assert coded.update_coding(c, memo=None).memo is None
    with pytest.raises(InvalidValueError):
        coded.update_coding(c, end=2)


def test_remove_returns_the_coding_so_it_can_be_restored(coded: Project) -> None:
    c = coded.add_coding("p", "Mobilität", M0, M1, memo="m")
    removed = coded.remove_coding(c.uuid)
    assert removed == c and coded.segments() == []
    with pytest.raises(CodingNotFound):
        coded.remove_coding(c.uuid)
    again = coded.add_codings([CodingSpec("p", "Mobilität", M0, M1, coder=c.coder, memo="m",
                                          uuid=c.uuid, created=c.created, modified=c.modified)])
    assert again == [c]


def test_segments_filters_like_a_retrieval(coded: Project) -> None:
    coded.add_document("q", "Noch ein Text über Sprache.\n")
    coded.add_coding("p", "Arbeit/Sprache", S, E, coder="Anna")
    coded.add_coding("p", "Arbeit", S, span("Problem.")[1], coder="Jonas")
    coded.add_coding("q", "Arbeit/Prüfung", 0, 4, coder="Anna")
    coded.add_coding("p", "Mobilität", M0, M1, coder="Jonas")
    assert len(coded.segments(code="Arbeit")) == 3
    assert len(coded.segments(code="Arbeit", include_subcodes=False)) == 1
    assert {s.document for s in coded.segments(coder="Anna")} == {"p", "q"}
    assert [s.code for s in coded.segments(document="q")] == ["Arbeit/Prüfung"]
    assert len(coded.segments(code=["Mobilität", "Arbeit/Prüfung"], coder=["Jonas"])) == 1
    speakers = {s.code: s.speaker for s in coded.segments(document="p")}
    assert speakers == {"Arbeit/Sprache": "UK", "Arbeit": "UK", "Mobilität": "BT"}


def test_segments_refuse_an_unknown_filter_and_name_the_coders(coded: Project) -> None:
    coded.add_coding("p", "Mobilität", M0, M1, coder="Jonas")
    coded.add_coding("p", "Arbeit", S, E, coder="Anna")
    # a misspelt coder is an error like a misspelt code, not silently no segments
    with pytest.raises(CoderNotFound) as err:
        coded.segments(coder="Jonsa")
    assert str(err.value).startswith("no coder 'Jonsa' in this project (coders: ")
    assert "Anna" in str(err.value) and "Jonas" in str(err.value)
    with pytest.raises(CoderNotFound, match="'Nobody'"):
        coded.segments(coder=["Anna", "Nobody"])
    with pytest.raises(CodeNotFound):
        coded.segments(code="Nix")
    with pytest.raises(DocumentNotFound):
        coded.segments(document="Nix")
    assert [s.coder for s in coded.segments(coder=coded.coders()[0])] == ["Anna"]


def test_change_listeners_hear_committed_actions(coded: Project) -> None:
    heard = []
    coded.subscribe(heard.append)
    c = coded.add_coding("p", "Mobilität", M0, M1)
    coded.rename_code("Mobilität", "Wege")
    assert heard[0].codings and c.uuid in heard[0].coding_uuids
    assert heard[1].codes


@settings(max_examples=60, deadline=None)
@given(prefix=st.text(min_size=0, max_size=20), word=st.text(min_size=1, max_size=10),
       suffix=st.text(min_size=0, max_size=20))
def test_any_span_comes_back_as_the_exact_text(tmp_path_factory: pytest.TempPathFactory,
                                               project_copy: ProjectCopy,
                                               prefix: str, word: str, suffix: str) -> None:
    """Whatever characters (emoji, combining marks, CJK) precede a span, it stays exact."""
    text = prefix + word + suffix
    assume(text.strip() and "\x00" not in text)
    path = project_copy(write_empty, tmp_path_factory.mktemp("h") / "h.qda")
    with Project.open(path) as p:
        p.add_document("d", text)
        p.add_code("C")
        c = p.add_coding("d", "C", len(prefix), len(prefix) + len(word))
        assert c.text == word
        assert p.document("d").text == text


def test_renamed_document_shows_its_new_name_in_codings(coded: Project) -> None:
    c = coded.add_coding("p", "Mobilität", M0, M1)
    assert coded.coding(c.uuid).document == "p"
    coded.rename_document("p", "Protokoll 1")
    assert coded.coding(c.uuid).document == "Protokoll 1"
    assert coded.document("Protokoll 1").name == "Protokoll 1"
