"""Merging coders' files into a team file: nothing lost, nothing doubled, inputs untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from qda_app import Project, Turn
from qda_app.team.merge import merge_files, merge_into
from qda_app.team.merge_report import CodingCounts
from tests.conftest import ProjectCopy
from tests.merge_helpers import TEXT1, TEXT2, coder_file, content, fingerprint, write_base


@pytest.fixture
def base(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    return project_copy(write_base, tmp_path / "base.qda")


def _anna(p: Project) -> None:
    p.add_coding("Interview 1", "Arbeit/Pflege", 40, 61, coder="Anna", memo="Anfang")
    p.add_coding("Interview 1", "Sprache", 67, 88, coder="Anna")
    p.add_coding("Interview 2", "Sprache", 20, 40, coder="Anna")


def _ben(p: Project) -> None:
    p.add_coding("Interview 1", "Arbeit/Pflege", 40, 61, coder="Ben")
    p.add_coding("Interview 1", "Sprache", 62, 88, coder="Ben")


@pytest.fixture
def anna(base: Path, tmp_path: Path) -> Path:
    return coder_file(base, tmp_path / "anna.qda", _anna)


@pytest.fixture
def ben(base: Path, tmp_path: Path) -> Path:
    return coder_file(base, tmp_path / "ben.qda", _ben)


def test_merge_into_new_team_file_keeps_every_coding_with_coder_memo_and_times(
        anna: Path, ben: Path, tmp_path: Path) -> None:
    team = tmp_path / "team.qda"
    report = merge_files(team, [anna, ben])
    merged = content(team)
    expected = sorted(content(anna)["codings"] + content(ben)["codings"])
    assert merged["codings"] == expected  # same UUIDs, coders, memos and timestamps
    assert [c[1] for c in merged["codes"]] == ["Arbeit", "Arbeit/Pflege", "Sprache"]
    assert merged["codes"] == content(anna)["codes"]  # UUIDs, colours, descriptions
    assert merged["turns"] == content(anna)["turns"]
    assert report.sources[0].codings_added == 3
    assert report.sources[1].codings_added == 2
    assert {c.coder: c.added for c in report.sources[1].codings} == {"Ben": 2}
    with Project.open(team) as p:
        assert p.check() == []


def test_inputs_are_never_modified(anna: Path, ben: Path, tmp_path: Path) -> None:
    before = {p: fingerprint(p) for p in (anna, ben)}
    merge_files(tmp_path / "team.qda", [anna, ben])
    merge_files(tmp_path / "team.qda", [anna, ben], dry_run=True)
    assert {p: fingerprint(p) for p in (anna, ben)} == before


def test_merging_again_adds_nothing(anna: Path, ben: Path, tmp_path: Path) -> None:
    team = tmp_path / "team.qda"
    merge_files(team, [anna, ben])
    once = content(team)
    report = merge_files(team, [anna, ben, anna])
    assert content(team) == once
    assert report.codings_added == 0 and not report.changes_anything
    assert [s.codings_duplicate for s in report.sources] == [3, 2, 3]
    assert "already had everything" in report.to_text()


def test_identical_coding_with_another_uuid_is_not_duplicated(
        base: Path, tmp_path: Path) -> None:
    first = coder_file(base, tmp_path / "a.qda", _anna)
    again = coder_file(base, tmp_path / "b.qda", _anna)  # same spans, new coding UUIDs
    team = tmp_path / "team.qda"
    report = merge_files(team, [first, again])
    assert len(content(team)["codings"]) == 3
    assert report.sources[1].codings == (CodingCounts("Anna", added=0, duplicate=3),)


def test_same_document_under_another_name_matches_by_text(base: Path, tmp_path: Path) -> None:
    def renamed(p: Project) -> None:
        p.rename_document("Interview 1", "int-01.txt")
        p.add_coding("int-01.txt", "Sprache", 67, 88, coder="Ben")

    team = tmp_path / "team.qda"
    merge_files(team, [coder_file(base, tmp_path / "anna.qda", _anna)])
    report = merge_files(team, [coder_file(base, tmp_path / "ben.qda", renamed)])
    with Project.open(team) as p:
        assert [d.name for d in p.documents()] == ["Interview 1", "Interview 2"]
        assert {s.coder for s in p.segments(document="Interview 1", code="Sprache")} == {
            "Anna", "Ben"}
    matched = {d.source_name: d for d in report.sources[0].documents}
    assert matched["int-01.txt"].target_name == "Interview 1"
    assert not matched["int-01.txt"].added
    assert "int-01.txt = Interview 1 (same text)" in report.to_text()


def test_documents_and_codes_of_one_file_only_are_added(base: Path, tmp_path: Path) -> None:
    def extra(p: Project) -> None:
        p.add_document("Interview 3", "B: Ganz neuer Text über Schule.\n",
                       turns=[Turn(0, 32, "B", body_start=3)])
        p.add_code("Bildung/Schule", color="#abcdef", description="neu")
        p.add_coding("Interview 3", "Bildung/Schule", 3, 31, coder="Anna")

    team = tmp_path / "team.qda"
    merge_files(team, [base])
    report = merge_files(team, [coder_file(base, tmp_path / "anna.qda", extra)])
    source = report.sources[0]
    assert [d.target_name for d in source.documents if d.added] == ["Interview 3"]
    assert [c.target_path for c in source.codes if c.added] == ["Bildung", "Bildung/Schule"]
    with Project.open(team) as p:
        assert p.code("Bildung/Schule").color == "#abcdef"
        assert p.document("Interview 3").turns == (Turn(0, 32, "B", body_start=3),)
        assert len(p.segments(code="Bildung/Schule")) == 1


def test_document_name_taken_by_another_text_gets_a_free_name(
        base: Path, tmp_path: Path) -> None:
    def other(p: Project) -> None:
        p.add_document("Interview 9", "Text A\n")

    def clash(p: Project) -> None:
        p.add_document("Interview 9", "Text B\n")

    team = tmp_path / "team.qda"
    report = merge_files(team, [coder_file(base, tmp_path / "a.qda", other),
                                coder_file(base, tmp_path / "b.qda", clash)])
    assert [d.target_name for d in report.sources[1].documents if d.added] == [
        "Interview 9 (2)"]
    with Project.open(team) as p:
        assert p.document("Interview 9 (2)").text == "Text B\n"


def test_code_renamed_in_a_coder_file_still_matches_by_uuid(base: Path, tmp_path: Path) -> None:
    def renamed(p: Project) -> None:
        p.rename_code("Sprache", "Sprachbarrieren")
        p.add_coding("Interview 1", "Sprachbarrieren", 67, 88, coder="Ben")

    team = tmp_path / "team.qda"
    merge_files(team, [base])
    report = merge_files(team, [coder_file(base, tmp_path / "ben.qda", renamed)])
    match = next(c for c in report.sources[0].codes if c.source_path == "Sprachbarrieren")
    assert (match.how, match.target_path) == ("uuid", "Sprache")
    with Project.open(team) as p:
        assert [c.path for c in p.codes()] == ["Arbeit", "Arbeit/Pflege", "Sprache"]
        assert len(p.segments(code="Sprache")) == 1


def test_codes_match_by_path_ignoring_case_and_spaces(tmp_path: Path) -> None:
    team = tmp_path / "team.qda"
    with Project.create(team) as p:
        p.add_document("D", TEXT2)
        p.add_code("Arbeit/Pflege")
    coder = tmp_path / "coder.qda"
    with Project.create(coder) as p:  # made separately: other UUIDs everywhere
        p.add_document("D", TEXT2)
        p.add_code(" arbeit / PFLEGE ")
        p.add_coding("D", "arbeit/PFLEGE", 0, 5, coder="Anna")
    report = merge_files(team, [coder])
    assert [(c.how, c.target_path) for c in report.sources[0].codes] == [
        ("path", "Arbeit"), ("path", "Arbeit/Pflege")]
    with Project.open(team) as p:
        assert [c.path for c in p.codes()] == ["Arbeit", "Arbeit/Pflege"]
        assert p.segments()[0].code == "Arbeit/Pflege"


def test_differing_colour_and_description_are_reported_and_the_team_file_kept(
        base: Path, tmp_path: Path) -> None:
    def recolor(p: Project) -> None:
        p.recolor_code("Sprache", "#ff0000")
        p.describe_code("Arbeit/Pflege", "anders beschrieben")

    team = tmp_path / "team.qda"
    merge_files(team, [base])
    report = merge_files(team, [coder_file(base, tmp_path / "ben.qda", recolor)])
    conflicts = {c.target_path: c.conflicts for c in report.sources[0].conflicting_codes}
    assert conflicts == {
        "Arbeit/Pflege": ("description differs; the team file's is kept",),
        "Sprache": ("colour #ff0000 in the coder's file, #445566 kept",),
    }
    with Project.open(team) as p:
        assert p.code("Sprache").color == "#445566"
        assert p.code("Arbeit/Pflege").description == "Arbeit in der Pflege"
    assert "1 conflicting" not in report.to_text() and "2 conflicting" in report.to_text()


def test_coder_clash_same_name_other_uuid_goes_to_the_team_files_coder(
        base: Path, tmp_path: Path) -> None:
    team = tmp_path / "team.qda"
    merge_files(team, [base])
    stranger = tmp_path / "stranger.qda"
    with Project.create(stranger) as p:  # an Anna created independently: other UUID
        p.add_document("Interview 1", TEXT1)
        p.add_code("Sprache")
        p.add_coding("Interview 1", "Sprache", 67, 88, coder="Anna")
    with Project.open(team) as p:
        anna_uuid = next(c.uuid for c in p.coders() if c.name == "Anna")
    report = merge_files(team, [stranger])
    (coder,) = report.sources[0].coders
    assert coder.clash and coder.target_uuid == anna_uuid
    assert "clash" in report.to_text()
    with Project.open(team) as p:
        assert [c.name for c in p.coders()] == ["Anna", "Ben"]
        assert p.segments()[0].coder_uuid == anna_uuid


def test_coder_renamed_in_a_coder_file_matches_by_uuid(tmp_path: Path) -> None:
    team = tmp_path / "team.qda"
    with Project.create(team) as p:
        p.add_document("D", TEXT2)
        p.add_code("Sprache")
        p.add_coder("Anna K.", uuid="11111111-1111-4111-8111-111111111111")
    coder = tmp_path / "coder.qda"
    with Project.create(coder) as p:
        p.add_document("D", TEXT2)
        p.add_code("Sprache")
        p.add_coder("Anna", uuid="11111111-1111-4111-8111-111111111111")
        p.add_coding("D", "Sprache", 0, 5, coder="Anna")
    report = merge_files(team, [coder])
    (match,) = report.sources[0].coders
    assert (match.how, match.target_name) == ("uuid", "Anna K.")
    with Project.open(team) as p:
        assert [s.coder for s in p.segments()] == ["Anna K."]


def test_a_coding_changed_since_the_last_merge_is_reported_and_not_doubled(
        anna: Path, tmp_path: Path) -> None:
    team = tmp_path / "team.qda"
    merge_files(team, [anna])
    with Project.open(anna) as p:
        coding = p.segments(code="Sprache", document="Interview 1")[0]
        p.update_coding(coding, end=90, memo="später ergänzt")
    report = merge_files(team, [anna])
    (differing,) = report.sources[0].differing
    assert differing.uuid == coding.uuid and "boundaries changed" in differing.reason
    with Project.open(team) as p:
        assert p.coding(coding.uuid).end == 88  # the team file's version is kept


def test_memos_are_merged_once(base: Path, tmp_path: Path) -> None:
    def memos(p: Project) -> None:
        p.add_memo("Beobachtung", title="Doc", document="Interview 1")
        p.add_memo("Definition prüfen", title="Code", code="Sprache")

    coder = coder_file(base, tmp_path / "anna.qda", memos)
    team = tmp_path / "team.qda"
    merge_files(team, [coder])
    report = merge_files(team, [coder])
    assert content(team)["memos"] == content(coder)["memos"]
    assert (report.sources[0].memos_added, report.sources[0].memos_duplicate) == (0, 2)


def test_merge_from_on_an_open_project_notifies_once(anna: Path, tmp_path: Path) -> None:
    heard = []
    with Project.create(tmp_path / "team.qda") as p:
        p.subscribe(heard.append)
        merge_into(p, [anna])
        merge_into(p, [anna])  # nothing new: nothing to refresh
    assert len(heard) == 1 and heard[0].codings and heard[0].codes


def test_text_fixture_sanity() -> None:
    assert TEXT1[40:61] == "Die Arbeit war gut, a" and TEXT2[20:40].startswith("B: Wir")


def test_codes_a_merge_adds_have_no_author(base: Path, tmp_path: Path) -> None:
    """Who added a code in a coder's file is not carried over by a merge (a coder id of
    that file would name someone else here): the code comes without an author."""
    def _new_code(p: Project) -> None:
        p.coder = "Ben"
        p.add_code("Neu")

    ben = coder_file(base, tmp_path / "ben.qda", _new_code)
    with sqlite3.connect(ben) as conn:
        assert conn.execute("SELECT c.name FROM code k JOIN coder c ON c.id = k.created_by "
                            "WHERE k.name = 'Neu'").fetchall() == [("Ben",)]
    team = tmp_path / "team.qda"
    shutil.copy2(base, team)
    with Project.open(team) as p:
        merge_into(p, [ben])
        assert "Neu" in [c.name for c in p.codes()]
    with sqlite3.connect(team) as conn:
        assert conn.execute("SELECT created_by FROM code WHERE name = 'Neu'").fetchall() == [
            (None,)]
