"""A coder may remove (undo) a code they added, while coders may add codes and nothing of
others depends on it; the database decides, tried with raw SQL as the coder, and the core
says in one line why it refuses the rest.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from qda_app import Project
from qda_app.errors import ChangedMeanwhileError, PermissionDeniedError
from qda_app.team.transfer import pull, push

from . import raw_sql
from .pg_server import PgServer
from .team_support import PASSWORD, Team, make_team

TEXT = "Ich arbeite gern im Garten und fahre Rad."
AUTHORS = ("SELECT k.name, c.name FROM code k LEFT JOIN coder c ON c.id = k.created_by "
           "ORDER BY k.name")


@pytest.fixture
def team(pg_server: PgServer, made: list[tuple[str, str]]) -> Team:
    """Lead with "Arbeit"; coders anna and ben may add codes; anna added "Neu"."""
    team = make_team(pg_server, made, ("anna", "coder"), ("ben", "coder"))
    with team.open_as(team.lead) as lead:
        lead.add_document("Interview", TEXT)
        lead.add_code("Arbeit")
        lead.set_team_settings(coders_add_codes=True)
    with team.open_as(team.name("anna")) as anna:
        anna.add_code("Neu")
    return team


def delete_neu(team: Team, first: str) -> list[tuple[object, ...]]:
    return team.sql_as(team.name(first), "DELETE FROM code WHERE name = 'Neu'")


def code_names(team: Team) -> list[str]:
    return [str(r[0]) for r in team.sql_as(team.lead, "SELECT name FROM code ORDER BY name")]


def test_a_new_code_records_the_coder_who_added_it(team: Team) -> None:
    assert team.sql_as(team.lead, AUTHORS) == [
        ("Arbeit", team.lead), ("Neu", team.name("anna"))]


def test_a_coder_deletes_their_own_new_code_with_sql(team: Team) -> None:
    assert delete_neu(team, "anna") == [(1,)]
    assert code_names(team) == ["Arbeit"]


def test_a_coder_cannot_delete_another_ones_code_with_sql(team: Team) -> None:
    assert delete_neu(team, "ben") == [(0,)]
    assert team.sql_as(team.name("anna"), "DELETE FROM code WHERE name = 'Arbeit'") == [(0,)]
    assert code_names(team) == ["Arbeit", "Neu"]


def test_nobody_removes_a_code_while_coders_may_not_add_codes(team: Team) -> None:
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(coders_add_codes=False)
    assert delete_neu(team, "anna") == [(0,)]
    assert code_names(team) == ["Arbeit", "Neu"]


@pytest.mark.parametrize("blinded", [False, True], ids=["open", "blinded"])
def test_another_coders_coding_keeps_the_code(team: Team, blinded: bool) -> None:
    """The foreign key refuses, also when anna cannot see ben's coding at all."""
    with team.open_as(team.name("ben")) as ben:
        ben.add_coding("Interview", "Neu", 0, 3)
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(blinded=blinded)
    seen = team.sql_as(team.name("anna"), "SELECT count(*) FROM coding")
    assert seen == [(0 if blinded else 1,)]
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        delete_neu(team, "anna")
    with team.open_as(team.name("anna")) as anna, pytest.raises(
            (PermissionDeniedError, ChangedMeanwhileError)) as refused:
        anna.remove_new_code("Neu", [anna.code("Neu").uuid])
    line = str(refused.value)
    assert "\n" not in line and line.endswith("nothing was changed")
    if blinded:  # anna sees no coding: the database's refusal, in words
        assert line == "“Neu” has codings: only the lead can remove it; nothing was changed"
    assert team.sql_as(team.lead, "SELECT count(*) FROM coding c JOIN code k "
                                  "ON k.id = c.code_id WHERE k.name = 'Neu'") == [(1,)]


def test_another_coders_memo_on_the_code_keeps_it(team: Team) -> None:
    with team.open_as(team.name("ben")) as ben:
        ben.add_memo("Zu breit gefasst", code="Neu")
    assert delete_neu(team, "anna") == [(0,)]
    with team.open_as(team.name("anna")) as anna, pytest.raises(PermissionDeniedError) as no:
        anna.remove_new_code("Neu", [anna.code("Neu").uuid])
    assert str(no.value) == ("“Neu” has a memo by another coder: only the lead can remove "
                             "it; nothing was changed")
    assert team.sql_as(team.lead, "SELECT text FROM memo") == [("Zu breit gefasst",)]


def test_another_coders_memo_link_keeps_it_the_own_memo_goes_with_it(team: Team) -> None:
    with team.open_as(team.name("ben")) as ben:
        memo = ben.add_memo("Vergleich", kind="free")
        ben.link_memo(memo, ben.code("Neu"))
    assert delete_neu(team, "anna") == [(0,)]
    team.sql_as(team.lead, "DELETE FROM memo_link")
    with team.open_as(team.name("anna")) as anna:
        anna.add_memo("Meine Idee", code="Neu")
    assert delete_neu(team, "anna") == [(1,)]
    assert team.sql_as(team.lead, "SELECT text FROM memo") == [("Vergleich",)]


def test_a_coders_undo_of_their_new_code_works(team: Team) -> None:
    with team.open_as(team.name("anna")) as anna:
        made = anna.add_code("Familie/Kinder")
        created = [c.uuid for c in anna.codes() if c.name in ("Familie", "Kinder")]
        anna.remove_new_code("Familie", created, seen=anna.code("Familie"))
        anna.remove_new_code("Neu", [anna.code("Neu").uuid])
        assert [c.name for c in anna.codes()] == ["Arbeit"]
        assert made.name == "Kinder"
    assert code_names(team) == ["Arbeit"]


def test_a_coder_redoes_and_undoes_their_new_code_again(team: Team) -> None:
    """Redo puts the code back as theirs (the snapshot keeps who added it), at its place
    without renumbering anything (a coder changes no code), so undo works again."""
    with team.open_as(team.name("anna")) as anna:
        snapshot = anna.snapshot_code("Neu")
        anna.remove_new_code("Neu", [snapshot.codes[0].uuid])
        anna.restore_code(snapshot)
        assert [c.name for c in anna.codes()] == ["Arbeit", "Neu"]
        assert team.sql_as(team.lead, AUTHORS)[1] == ("Neu", team.name("anna"))
        anna.remove_new_code("Neu", [snapshot.codes[0].uuid])
    assert code_names(team) == ["Arbeit"]


def test_a_coders_undo_of_anothers_code_is_refused_in_one_line(team: Team) -> None:
    with team.open_as(team.name("ben")) as ben:
        with pytest.raises(PermissionDeniedError) as no:
            ben.remove_new_code("Neu", [ben.code("Neu").uuid])
        assert str(no.value) == (f"“Neu” was added by {team.name('anna')}: only the lead can "
                                 "remove it; nothing was changed")
        with pytest.raises(PermissionDeniedError) as lead_s:
            ben.remove_new_code("Arbeit", [ben.code("Arbeit").uuid])
        assert str(lead_s.value).startswith(f"“Arbeit” was added by {team.lead}: only the lead")
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(coders_add_codes=False)
    with team.open_as(team.name("anna")) as anna, pytest.raises(PermissionDeniedError) as off:
        anna.remove_new_code("Neu", [anna.code("Neu").uuid])
    assert str(off.value) == ("coders may not add or remove codes now, so “Neu”: only the "
                              "lead can remove it; nothing was changed")
    assert code_names(team) == ["Arbeit", "Neu"]


def test_a_coder_cannot_undo_a_code_changed_meanwhile(team: Team) -> None:
    with team.open_as(team.name("anna")) as anna:
        seen = anna.code("Neu")
        with team.open_as(team.lead) as lead:
            lead.recolor_code("Neu", "#123456")
        with pytest.raises(ChangedMeanwhileError, match="recoloured #123456"):
            anna.remove_new_code("Neu", [seen.uuid], seen=seen)
    assert code_names(team) == ["Arbeit", "Neu"]


def test_the_lead_removes_a_coders_new_code_and_the_gap_closes(team: Team) -> None:
    with team.open_as(team.lead) as lead:
        lead.add_code("Zuletzt")
        lead.remove_new_code("Neu", [lead.code("Neu").uuid])
    assert team.sql_as(team.lead, "SELECT name, sort_order FROM code ORDER BY sort_order") == [
        ("Arbeit", 0), ("Zuletzt", 1)]


def test_after_a_coders_undo_in_the_middle_a_new_code_still_goes_last(team: Team) -> None:
    with team.open_as(team.lead) as lead:
        lead.add_code("Zuletzt")
    with team.open_as(team.name("anna")) as anna:
        anna.remove_new_code("Neu", [anna.code("Neu").uuid])  # a coder leaves the gap
        anna.add_code("Danach")
        assert [c.name for c in anna.codes()] == ["Arbeit", "Zuletzt", "Danach"]


def test_push_and_pull_keep_who_added_a_code(pg_server: PgServer, made: list[tuple[str, str]],
                                            tmp_path: Path) -> None:
    """The team's coder ids differ from the file's (its lead comes first): created_by is
    matched by the coder's name, like the coder of a coding."""
    source = tmp_path / "studie.qda"
    with Project.create(source) as p:
        p.add_coder("Zweite")
        p.add_coder("Erste")
        p.coder = "Erste"
        p.add_code("Neu")
        p.coder = "Niemand"  # no such coder: none is made for it, the code has no author
        p.add_code("Ohne")
        assert [c.name for c in p.coders()] == ["Erste", "Zweite"]
    url = pg_server.empty(made)
    push(source, url, lead="lead_own", lead_password=PASSWORD)
    copy = tmp_path / "zurueck.qda"
    pull(url, copy)
    for project in (Project.open(url), Project.open(copy)):
        with project:
            assert raw_sql.execute(project, AUTHORS) == [
                ("Neu", "Erste"), ("Ohne", None)]
