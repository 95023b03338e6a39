"""The code system through the facade: what a team lead does to a code tree."""

from __future__ import annotations

import pytest

from qda_app import Project
from qda_app.colors import PALETTE
from qda_app.errors import CodeInUseError, DuplicateCodeName, InvalidValueError
from qda_app.records import CodeSpec

TEXT = "UK\tDie Sprache der Prüfung ist ein Problem.\nBT\tMobilität auf dem Land auch.\n"


@pytest.fixture
def tree(project: Project) -> Project:
    project.add_document("p", TEXT)
    project.add_code("Arbeit/Sprache", color="#e6194b", description="Sprache als Hürde")
    project.add_code("Arbeit/Prüfung/Nachteilsausgleich")
    project.add_code("Mobilität")
    return project


def paths(p: Project) -> list[str]:
    return [c.path for c in p.codes()]


def test_add_code_creates_parents_in_tree_order(tree: Project) -> None:
    assert paths(tree) == ["Arbeit", "Arbeit/Sprache", "Arbeit/Prüfung",
                           "Arbeit/Prüfung/Nachteilsausgleich", "Mobilität"]
    sprache = tree.code("Arbeit/Sprache")
    assert sprache.color == "#e6194b" and sprache.description == "Sprache als Hürde"
    assert sprache.depth == 1 and sprache.parent_uuid == tree.code("Arbeit").uuid


def test_new_codes_get_distinct_palette_colours(project: Project) -> None:
    colors = [project.add_code(f"Code {i}").color for i in range(5)]
    assert len(set(colors)) == 5 and all(c in PALETTE for c in colors)


def test_duplicate_and_invalid_names_are_refused(tree: Project) -> None:
    with pytest.raises(DuplicateCodeName):
        tree.add_code("arbeit/sprache")  # same name ignoring case
    with pytest.raises(InvalidValueError):
        tree.add_code("Arbeit//Leer")
    with pytest.raises(InvalidValueError):
        tree.add_code("X", color="rot")
    assert len(tree.codes()) == 5


def test_lookup_ignores_case_and_spaces(tree: Project) -> None:
    assert tree.code(" arbeit / SPRACHE ").path == "Arbeit/Sprache"
    assert tree.code(tree.code("Mobilität").uuid.upper()).path == "Mobilität"


def test_rename_keeps_identity_and_codings(tree: Project) -> None:
    coding = tree.add_coding("p", "Arbeit/Sprache", 3, 14)
    uuid = tree.code("Arbeit/Sprache").uuid
    renamed = tree.rename_code("Arbeit/Sprache", "Sprachkenntnisse")
    assert renamed.uuid == uuid and renamed.path == "Arbeit/Sprachkenntnisse"
    assert tree.coding(coding.uuid).code == "Arbeit/Sprachkenntnisse"
    with pytest.raises(DuplicateCodeName):
        tree.rename_code("Arbeit/Sprachkenntnisse", "Prüfung")
    with pytest.raises(InvalidValueError):
        tree.rename_code("Mobilität", "a/b")


def test_move_reparents_and_reorders(tree: Project) -> None:
    tree.move_code("Mobilität", "Arbeit", position=0)
    assert paths(tree)[:2] == ["Arbeit", "Arbeit/Mobilität"]
    tree.move_code("Arbeit/Prüfung", None, position=0)
    assert paths(tree) == ["Prüfung", "Prüfung/Nachteilsausgleich", "Arbeit",
                           "Arbeit/Mobilität", "Arbeit/Sprache"]
    assert [c.sort_order for c in tree.codes() if c.depth == 0] == [0, 1]
    with pytest.raises(InvalidValueError):
        tree.move_code("Prüfung", "Prüfung/Nachteilsausgleich")


def test_recolor_and_describe(tree: Project) -> None:
    assert tree.recolor_code("Mobilität", "#ABC").color == "#aabbcc"
    assert tree.describe_code("Mobilität", "Wege").description == "Wege"


def test_delete_refuses_codes_with_codings_unless_told(tree: Project) -> None:
    tree.add_coding("p", "Arbeit/Prüfung/Nachteilsausgleich", 3, 14)
    with pytest.raises(CodeInUseError, match="1 coding"):
        tree.delete_code("Arbeit/Prüfung")
    assert "Arbeit/Prüfung" in paths(tree)
    assert tree.delete_code("Arbeit/Prüfung", delete_codings=True) == 1
    assert "Arbeit/Prüfung/Nachteilsausgleich" not in paths(tree)
    assert tree.segments() == []


def test_delete_can_reassign_codings(tree: Project) -> None:
    c = tree.add_coding("p", "Arbeit/Sprache", 3, 14)
    assert tree.delete_code("Arbeit/Sprache", reassign_to="Mobilität") == 1
    assert tree.coding(c.uuid).code == "Mobilität"


def test_merge_moves_codings_and_subcodes_without_duplicates(tree: Project) -> None:
    tree.add_code("Arbeit/Sprache/Deutschkurs")
    tree.add_coding("p", "Arbeit/Sprache", 3, 14, coder="A")
    tree.add_coding("p", "Mobilität", 3, 14, coder="A")  # same span: a duplicate
    tree.add_coding("p", "Arbeit/Sprache", 20, 30, coder="A")
    result = tree.merge_codes("Arbeit/Sprache", "Mobilität")
    assert (result.moved, result.duplicates) == (1, 1)
    assert "Arbeit/Sprache" not in paths(tree)
    assert "Mobilität/Deutschkurs" in paths(tree)
    assert sorted((s.start, s.end) for s in tree.segments(code="Mobilität")) == [
        (3, 14), (20, 30)]


def test_merging_a_code_into_its_parent_moves_a_namesake_subcode_up(tree: Project) -> None:
    """"Arbeit/Sprache" into "Arbeit" when it has a subcode "Sprache" too: nothing is lost."""
    tree.add_code("Arbeit/Sprache/Sprache")
    tree.add_coding("p", "Arbeit/Sprache", 3, 14, coder="A")
    tree.add_coding("p", "Arbeit/Sprache/Sprache", 20, 30, coder="A")
    tree.merge_codes("Arbeit/Sprache", "Arbeit")
    assert "Arbeit/Sprache" in paths(tree)  # the former subcode, one level up
    assert [(s.start, s.code) for s in tree.segments(code="Arbeit", include_subcodes=True)] == [
        (3, "Arbeit"), (20, "Arbeit/Sprache")]


def test_codes_report_own_and_total_counts(tree: Project) -> None:
    tree.add_coding("p", "Arbeit/Sprache", 3, 14)
    tree.add_coding("p", "Arbeit/Prüfung/Nachteilsausgleich", 3, 14)
    counts = {c.path: (c.codings, c.codings_total) for c in tree.codes()}
    assert counts["Arbeit"] == (0, 2)
    assert counts["Arbeit/Prüfung"] == (0, 1)
    assert counts["Arbeit/Sprache"] == (1, 1)


def test_snapshot_restores_a_deleted_subtree_exactly(tree: Project) -> None:
    c = tree.add_coding("p", "Arbeit/Prüfung/Nachteilsausgleich", 3, 14, memo="wichtig")
    tree.add_memo("Code-Memo", code="Arbeit/Prüfung")
    before_codes = tree.codes()
    snapshot = tree.snapshot_code("Arbeit/Prüfung")
    tree.delete_code("Arbeit/Prüfung", delete_codings=True)
    tree.restore_code(snapshot)
    assert tree.codes() == before_codes
    restored = tree.coding(c.uuid)
    assert (restored.start, restored.end, restored.memo, restored.created) == (
        3, 14, "wichtig", c.created)
    assert [m.text for m in tree.memos(code="Arbeit/Prüfung")] == ["Code-Memo"]


def test_snapshot_undoes_a_merge(tree: Project) -> None:
    tree.add_code("Arbeit/Sprache/Deutschkurs")
    c = tree.add_coding("p", "Arbeit/Sprache", 3, 14)
    before = tree.codes()
    snapshot = tree.snapshot_code("Arbeit/Sprache")
    tree.merge_codes("Arbeit/Sprache", "Mobilität")
    tree.restore_code(snapshot)
    assert [(x.path, x.uuid, x.codings) for x in tree.codes()] == [
        (x.path, x.uuid, x.codings) for x in before]
    assert tree.coding(c.uuid).code == "Arbeit/Sprache"


def test_add_codes_is_one_action_with_one_notification(project: Project) -> None:
    heard: list[object] = []
    project.subscribe(heard.append)
    added = project.add_codes([
        CodeSpec("Arbeit/Sprache", "#112233", "Sprache als Hürde"),
        {"path": "Arbeit/Prüfung", "uuid": "{AAAAAAAA-0000-4000-8000-000000000001}"},
        CodeSpec("Mobilität"),
    ])
    assert [c.path for c in added] == ["Arbeit/Sprache", "Arbeit/Prüfung", "Mobilität"]
    assert paths(project) == ["Arbeit", "Arbeit/Sprache", "Arbeit/Prüfung", "Mobilität"]
    assert added[0].color == "#112233" and added[0].description == "Sprache als Hürde"
    assert added[1].uuid == "aaaaaaaa-0000-4000-8000-000000000001"
    assert len({c.color for c in project.codes()}) == 4  # palette colours still distinct
    assert len(heard) == 1 and heard[0].codes  # type: ignore[attr-defined]


def test_add_codes_adds_all_or_nothing(project: Project) -> None:
    project.add_code("Vorher")
    heard: list[object] = []
    project.subscribe(heard.append)
    with pytest.raises(DuplicateCodeName):
        project.add_codes([CodeSpec("Neu/Eins"), CodeSpec("Neu/Zwei"), CodeSpec("vorher")])
    with pytest.raises(InvalidValueError):
        project.add_codes([CodeSpec("Neu/Eins"), CodeSpec("X", color="rot")])
    assert paths(project) == ["Vorher"] and heard == []
    assert project.add_codes([]) == [] and heard == []
