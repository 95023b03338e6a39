"""Document sets and variable conditions through the facade, and every core analysis that
takes documents taking a set or a condition too (counted by hand: variables_support)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qda_app import Changes, Project
from qda_app.conditions import ConditionError
from qda_app.errors import InvalidValueError, NotFoundError

from .conftest import Place
from .variables_support import write_study


@pytest.fixture
def study(place: Place) -> Iterator[Project]:
    with Project.open(place(write_study, "studie.qda")) as p:
        yield p


def names(project: Project, uuids: list[str]) -> list[str]:
    by_uuid = {d.uuid: d.name for d in project.documents()}
    return [by_uuid[u] for u in uuids]


def test_documents_where_a_condition_holds(study: Project) -> None:
    found = study.documents_where("Region = Thüringen and Alter < 40")
    assert [d.name for d in found] == ["Interview 1"]
    assert [d.name for d in study.documents_where("Raucher = nein or Alter < 30")] == [
        "Interview 2", "Interview 3", "Interview 5"]
    assert [d.name for d in study.documents_where("Interview am < 01.04.2024")] == [
        "Interview 1", "Interview 2"]


def test_a_set_from_a_condition_keeps_it(study: Project) -> None:
    made = study.add_set("Thüringen", where="Region = Thüringen")
    assert made.condition == "Region = Thüringen"
    assert names(study, list(made.documents)) == ["Interview 1", "Interview 3"]
    assert [d.name for d in study.set_members("Thüringen")] == ["Interview 1", "Interview 3"]


def test_a_set_of_named_documents_and_a_document_in_several(study: Project) -> None:
    study.add_set("A", documents=["Interview 2", "Interview 1"])
    study.add_set("B", documents=["Interview 1"])
    assert [(s.name, names(study, list(s.documents))) for s in study.sets()] == [
        ("A", ["Interview 1", "Interview 2"]), ("B", ["Interview 1"])]


def test_members_are_added_and_removed_and_say_which_changed(study: Project) -> None:
    study.add_set("A", documents=["Interview 1"])
    added = study.add_to_set("A", ["Interview 1", "Interview 4"])
    assert names(study, added) == ["Interview 4"]
    removed = study.remove_from_set("A", ["Interview 1", "Interview 5"])
    assert names(study, removed) == ["Interview 1"]
    assert [d.name for d in study.set_members("A")] == ["Interview 4"]


def test_rename_delete_and_restore(study: Project) -> None:
    study.add_set("A", where="Alter > 40")
    study.rename_set("A", "Ältere")
    with pytest.raises(InvalidValueError, match="a set 'ältere' exists already"):
        study.add_set("ältere")
    before = study.sets()
    gone = study.delete_set("Ältere")
    assert study.sets() == []
    study.restore_set(gone)
    assert study.sets() == before


def test_a_bad_condition_makes_no_set(study: Project) -> None:
    with pytest.raises(ConditionError, match="at character 16: no variable 'Alder'"):
        study.add_set("X", where="Raucher=ja and Alder > 3")
    assert study.sets() == []
    with pytest.raises(NotFoundError, match="no set 'Y'"):
        study.set_members("Y")


def test_sets_announce_themselves(study: Project) -> None:
    heard: list[Changes] = []
    study.subscribe(heard.append)
    study.add_set("A", documents=["Interview 1"])
    assert heard[-1].sets and not heard[-1].documents


def test_the_resolver_intersects_documents_set_and_condition(study: Project) -> None:
    study.add_set("Raucher", where="Raucher = ja")
    assert names(study, study.documents_for(set="Raucher")) == ["Interview 1", "Interview 4"]
    assert names(study, study.documents_for(set="Raucher", where="Alter < 40")) == [
        "Interview 1"]
    assert names(study, study.documents_for(documents=["Interview 4", "Interview 2"],
                                            set="Raucher")) == ["Interview 4"]
    assert len(study.documents_for()) == 5


def test_segments_and_spans_take_a_set_or_a_condition(study: Project) -> None:
    study.add_set("Thüringen", where="Region = Thüringen")
    # Interview 1: 3 codings, Interview 3: 3 codings
    assert len(study.segments(set="Thüringen")) == 6
    assert len(study.spans(set="Thüringen")) == 6
    assert len(study.segments(code="Arbeit", set="Thüringen")) == 3  # with Arbeit/Lohn
    assert len(study.segments(where="Alter < 40")) == 4  # Interview 1 (3) and 5 (1)
    assert len(study.segments(where="Alter < 40", set="Thüringen")) == 3
    assert study.segments(where="Region = Bayern") == []  # Interview 4 has no codings


def test_search_takes_a_set_or_a_condition(study: Project) -> None:
    hits = study.search("Sprache", where="Raucher = nein")
    assert sorted({h.document for h in hits}) == ["Interview 2", "Interview 3"]
    study.add_set("leer", documents=[])
    assert study.search("Sprache", set="leer") == []  # an empty set: nothing, not all
