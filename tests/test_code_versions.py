"""Concurrent changes of the code system never overwrite silently, and an undo that another
coder's later work depends on is refused whole (both backends: two ``Project`` objects on
one project are two coders, or two programs on one file)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qda_app import Project
from qda_app.errors import ChangedMeanwhileError


@pytest.fixture
def other(project: Project) -> Iterator[Project]:
    """A second coder (or program) on the same project."""
    with Project.open(project.location if project.path is None else project.path) as p:
        p.coder = "Zweite"
        yield p


def state(project: Project) -> list[tuple[str, str, str, int]]:
    return [(c.path, c.color, c.description, c.version) for c in project.codes()]


def test_a_rename_based_on_an_old_version_is_refused(project: Project, other: Project) -> None:
    seen = project.add_code("Arbeit", color="#112233")
    assert seen.version == 1
    assert other.rename_code("Arbeit", "Beruf", seen=other.code("Arbeit")).version == 2
    before = state(project)
    with pytest.raises(ChangedMeanwhileError,
                       match=r"“Arbeit” was changed by another .* meanwhile "
                             r"\(renamed to “Beruf”\); nothing was changed"):
        project.rename_code(seen.uuid, "Erwerbsarbeit", seen=seen)
    for change in (lambda: project.recolor_code(seen.uuid, "#ffffff", seen=seen),
                   lambda: project.move_code(seen.uuid, None, 0, seen=seen),
                   lambda: project.describe_code(seen.uuid, "x", seen=seen),
                   lambda: project.set_codable(seen.uuid, False, seen=seen),
                   lambda: project.delete_code(seen.uuid, seen=seen),
                   lambda: project.rename_code(seen.uuid, "X", seen=seen.version)):
        with pytest.raises(ChangedMeanwhileError):
            change()
    assert state(project) == before == [("Beruf", "#112233", "", 2)]
    fresh = project.code(seen.uuid)
    assert project.rename_code(seen.uuid, "Erwerbsarbeit", seen=fresh).version == 3


def test_a_change_of_a_code_deleted_meanwhile_says_so(project: Project,
                                                      other: Project) -> None:
    seen = project.add_code("Arbeit")
    other.delete_code("Arbeit")
    with pytest.raises(ChangedMeanwhileError, match="“Arbeit” was deleted by another"):
        project.recolor_code(seen.uuid, "#000000", seen=seen)
    assert project.codes() == []


def test_merging_a_code_changed_meanwhile_is_refused(project: Project,
                                                     other: Project) -> None:
    doc = project.add_document("I1", "Arbeit und Freizeit")
    seen = project.add_code("Arbeit")
    project.add_code("Freizeit")
    project.add_coding(doc.uuid, "Arbeit", 0, 6)
    other.recolor_code("Arbeit", "#00ff00")
    with pytest.raises(ChangedMeanwhileError, match="recoloured #00ff00"):
        project.merge_codes(seen.uuid, "Freizeit", seen=seen)
    assert [c.path for c in project.codes()] == ["Arbeit", "Freizeit"]
    assert [s.code for s in project.segments()] == ["Arbeit"]


def test_undoing_a_new_code_another_coder_has_coded_with_is_refused(
        project: Project, other: Project) -> None:
    doc = project.add_document("I1", "Arbeit und Freizeit")
    new = project.add_code("Arbeit")
    other.add_coding(doc.uuid, "Arbeit", 0, 6)
    with pytest.raises(ChangedMeanwhileError, match="“Arbeit” has been used for 1 coding "
                                                    "since; nothing was changed"):
        project.remove_new_code(new.uuid, [new.uuid], seen=new)
    assert [c.path for c in project.codes()] == ["Arbeit"] and len(project.segments()) == 1


def test_undoing_a_new_code_that_got_a_subcode_is_refused(project: Project,
                                                          other: Project) -> None:
    new = project.add_code("Arbeit")
    other.add_code("Arbeit/Schicht")
    with pytest.raises(ChangedMeanwhileError, match="got the subcode “Schicht”"):
        project.remove_new_code(new.uuid, [new.uuid], seen=new)
    assert [c.path for c in project.codes()] == ["Arbeit", "Arbeit/Schicht"]
    other.delete_code("Arbeit/Schicht")
    project.remove_new_code(new.uuid, [new.uuid])  # nothing built on it any more
    assert project.codes() == []


def test_restoring_a_code_whose_parent_was_deleted_meanwhile_is_refused(
        project: Project, other: Project) -> None:
    project.add_code("Arbeit/Schicht")
    snapshot = project.snapshot_code("Arbeit/Schicht")
    project.delete_code("Arbeit/Schicht")
    other.delete_code("Arbeit")
    with pytest.raises(ChangedMeanwhileError,
                       match="the code that “Schicht” belongs under was deleted"):
        project.restore_code(snapshot)
    assert project.codes() == []  # not put back somewhere else
