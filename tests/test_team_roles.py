"""Roles of a team project, enforced by the database: each role tried with raw SQL as its
login (what a coder does with ``psql``), blinded mode, and the lead's settings.

A test sets its project up as the lead through the API, then connects with psycopg as a
member and tries what the role may not do: PostgreSQL refuses it (permission denied,
a row-level security violation, or no row to touch), whatever the window would hide.
"""

from __future__ import annotations

import psycopg
import pytest

from qda_app import Project
from qda_app.errors import PermissionDeniedError, QdaError

from .pg_server import PgServer
from .team_support import PASSWORD, Team, make_team


@pytest.fixture
def team(pg_server: PgServer, made: list[tuple[str, str]]) -> Team:
    """Lead, coders anna and ben, reader rita; a document, a code, one coding each."""
    team = make_team(pg_server, made, ("anna", "coder"), ("ben", "coder"), ("rita", "reader"))
    with team.open_as(team.lead) as lead:
        lead.add_document("Interview", "Ich arbeite gern im Garten und fahre Rad.")
        lead.add_code("Arbeit")
        lead.add_code("Freizeit")
    for first, (start, end) in (("anna", (0, 15)), ("ben", (20, 30))):
        with team.open_as(team.name(first)) as coder:
            coder.add_coding("Interview", "Arbeit", start, end)
    return team


def _id(team: Team, table: str, where: str, params: tuple[object, ...]) -> int:
    rows = team.sql_as(team.lead, f"SELECT id FROM {table} WHERE {where}", params)
    return int(rows[0][0])  # type: ignore[call-overload]


def _coder_id(team: Team, first: str) -> int:
    return _id(team, "coder", "name = %s", (team.name(first),))


def test_a_coder_can_neither_delete_nor_change_another_coders_codings(team: Team) -> None:
    anna, ben = team.name("anna"), _coder_id(team, "ben")
    assert team.sql_as(anna, "DELETE FROM coding WHERE coder_id = %s", (ben,)) == [(0,)]
    assert team.sql_as(anna, "UPDATE coding SET start = 0 WHERE coder_id = %s",
                       (ben,)) == [(0,)]
    assert team.sql_as(team.lead, "SELECT count(*) FROM coding WHERE coder_id = %s",
                       (ben,)) == [(1,)]


def test_a_coder_cannot_add_a_coding_in_another_coders_name(team: Team) -> None:
    ben = _coder_id(team, "ben")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        team.sql_as(team.name("anna"),
                    "INSERT INTO coding (uuid, document_id, code_id, coder_id, start, "
                    "\"end\", created, modified) SELECT gen_random_uuid()::text, d.id, c.id, "
                    "%s, 1, 4, now(), now() FROM document d, code c WHERE c.name = 'Freizeit'",
                    (ben,))


def test_a_coder_removes_their_own_coding_with_sql(team: Team) -> None:
    anna = _coder_id(team, "anna")
    assert team.sql_as(team.name("anna"), "DELETE FROM coding WHERE coder_id = %s",
                       (anna,)) == [(1,)]


def test_a_coder_may_not_touch_the_code_system_documents_or_settings(team: Team) -> None:
    anna = team.name("anna")
    assert team.sql_as(anna, "DELETE FROM code") == [(0,)]  # the lead's codes: no row
    for statement in ("UPDATE code SET name = 'Beruf'",
                      "DELETE FROM document", "UPDATE team_settings SET blinded = false",
                      "UPDATE project SET title = 'Meins'", "INSERT INTO coder (uuid, name) "
                      "VALUES ('00000000-0000-4000-8000-000000000001', 'X')"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            team.sql_as(anna, statement)
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        team.sql_as(anna, "INSERT INTO code (uuid, name, color, description, sort_order, "
                          "codable) VALUES (gen_random_uuid()::text, 'Neu', '#f00000', '', 9, "
                          "true)")
    with team.open_as(anna) as project, pytest.raises(PermissionDeniedError):
        project.rename_code("Arbeit", "Beruf")
    with Project.open(team.url) as admin:
        assert [c.name for c in admin.codes()] == ["Arbeit", "Freizeit"]


def test_a_reader_reads_everything_and_writes_nothing(team: Team) -> None:
    rita = team.name("rita")
    assert team.sql_as(rita, "SELECT count(*) FROM coding") == [(2,)]
    for statement in ("DELETE FROM coding", "UPDATE memo SET text = ''",
                      "INSERT INTO memo (uuid, title, text, created, modified, kind) VALUES "
                      "(gen_random_uuid()::text, 't', 'x', now(), now(), 'free')"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            team.sql_as(rita, statement)
    with team.open_as(rita) as project:
        assert not project.rights().can_code
        with pytest.raises(PermissionDeniedError):
            project.add_coding("Interview", "Freizeit", 0, 3)


def test_the_lead_changes_everything(team: Team) -> None:
    lead = team.lead
    assert team.sql_as(lead, "UPDATE code SET name = 'Beruf' WHERE name = 'Arbeit'") == [(1,)]
    assert team.sql_as(lead, "DELETE FROM coding WHERE coder_id = %s",
                       (_coder_id(team, "ben"),)) == [(1,)]
    assert team.sql_as(lead, "UPDATE team_settings SET blinded = true") == [(1,)]


def test_blinded_a_coder_sees_only_their_own_codings_until_the_lead_ends_it(
        team: Team) -> None:
    anna, ben = team.name("anna"), team.name("ben")
    with team.open_as(team.lead) as lead:
        assert lead.set_team_settings(blinded=True).blinded
    assert team.sql_as(anna, "SELECT count(*) FROM coding") == [(1,)]
    assert team.sql_as(anna, "SELECT count(*) FROM coding WHERE coder_id = %s",
                       (_coder_id(team, "ben"),)) == [(0,)]
    with team.open_as(anna) as project:
        assert project.rights().settings.blinded
        assert {c.coder for c in project.segments()} == {anna}
    assert team.sql_as(team.name("rita"), "SELECT count(*) FROM coding") == [(2,)]
    with team.open_as(team.lead) as lead:
        assert {c.coder for c in lead.segments()} == {anna, ben}
        assert not lead.set_team_settings(blinded=False).blinded
    with team.open_as(anna) as project:
        assert {c.coder for c in project.segments()} == {anna, ben}


def test_only_the_lead_changes_the_settings(team: Team) -> None:
    with team.open_as(team.name("anna")) as anna, pytest.raises(PermissionDeniedError):
        anna.set_team_settings(blinded=True)
    with Project.open(team.url) as admin:
        assert not admin.team_settings().blinded


def test_coders_add_codes_only_when_the_lead_allows_it(team: Team) -> None:
    with team.open_as(team.name("anna")) as anna:
        assert not anna.rights().can_add_codes
        with pytest.raises(PermissionDeniedError):
            anna.add_code("Familie")
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(coders_add_codes=True)
    with team.open_as(team.name("anna")) as anna:
        assert anna.rights().can_add_codes
        assert anna.add_code("Familie").name == "Familie"
        with pytest.raises(PermissionDeniedError):
            anna.rename_code("Familie", "Verwandte")  # adding, never changing
    assert team.sql_as(team.name("rita"), "SELECT name FROM code ORDER BY name") == [
        ("Arbeit",), ("Familie",), ("Freizeit",)]


def test_members_roles_and_rights_are_listed(team: Team) -> None:
    with team.open_as(team.lead) as lead:
        roles = {m.name: m.role for m in lead.team_members()}
        assert roles == {team.lead: "lead", team.name("anna"): "coder",
                         team.name("ben"): "coder", team.name("rita"): "reader"}
        assert lead.rights().can_manage_team
    with team.open_as(team.name("ben")) as ben:
        rights = ben.rights()
        assert (rights.role, rights.coder, rights.can_manage_team) == (
            "coder", team.name("ben"), False)
        assert ben.coder == team.name("ben")  # codes under their own name


def test_a_new_role_replaces_the_old_one(team: Team) -> None:
    rita = team.name("rita")
    with Project.open(team.url) as admin:
        assert admin.add_member(rita, "coder").role == "coder"
    with team.open_as(rita) as project:
        project.add_coding("Interview", "Freizeit", 0, 3)
        assert project.rights().role == "coder"


def test_only_an_administrator_adds_members(team: Team) -> None:
    with team.open_as(team.lead) as lead, pytest.raises(PermissionDeniedError,
                                                         match="administrator"):
        lead.add_member(team.name("otto"), "coder", "x-Passwort-1")


def test_a_file_has_no_team(tmp_path) -> None:
    with Project.create(tmp_path / "p.qda") as project:
        assert project.rights().leads and not project.rights().team
        with pytest.raises(QdaError, match="PostgreSQL server"):
            project.set_team_settings(blinded=True)
        with pytest.raises(QdaError, match="a team with roles needs a PostgreSQL server"):
            Project.create_team(str(tmp_path / "t.qda"), "lead")


def test_a_coder_adds_changes_and_removes_their_own_work(team: Team) -> None:
    anna = team.name("anna")
    with team.open_as(team.name("ben")) as ben:
        bens = ben.add_memo("Bens Gedanke", title="Ben")
    with team.open_as(anna) as project:
        coding = project.add_coding("Interview", "Freizeit", 20, 26, memo="Garten")
        memo = project.add_memo("Gärtnern als Ausgleich", title="Idee",
                                links=[coding])
        project.update_coding(coding.uuid, memo="Garten, Rad")
        project.update_memo(memo.uuid, text="Ausgleich zur Arbeit")
        assert project.memo(memo.uuid).text == "Ausgleich zur Arbeit"
        project.remove_coding(coding.uuid)
        project.delete_memo(memo.uuid)
        ben = next(s for s in project.segments() if s.coder == team.name("ben"))
        mine = project.add_coding("Interview", "Freizeit", 0, 3)
        for refused in (lambda: project.remove_coding(ben.uuid),
                        lambda: project.remove_codings([mine.uuid, ben.uuid]),
                        lambda: project.update_coding(ben.uuid, memo="meins")):
            with pytest.raises(PermissionDeniedError, match="belongs to another coder"):
                refused()  # not "done" while the database left the row alone
        assert project.coding(mine.uuid) == mine  # all or nothing
        for refused in (lambda: project.update_memo(bens.uuid, text="überschrieben"),
                        lambda: project.delete_memo(bens.uuid)):
            with pytest.raises(PermissionDeniedError, match="this memo belongs to another"):
                refused()
    assert team.sql_as(team.lead, "SELECT count(*) FROM coding") == [(3,)]
    assert team.sql_as(team.lead, "SELECT memo FROM coding WHERE memo IS NOT NULL") == []
    assert team.sql_as(team.lead, "SELECT text FROM memo") == [("Bens Gedanke",)]


def test_a_removed_member_reads_and_writes_nothing_and_their_work_stays(team: Team) -> None:
    anna = team.name("anna")
    with Project.open(team.url) as admin:
        assert admin.remove_member(anna).role is None
        assert {m.name: m.role for m in admin.team_members()}[anna] is None
        assert [s.coder for s in admin.segments() if s.coder == anna] == [anna]  # stays
        with pytest.raises(QdaError, match="no role"):
            admin.remove_member(anna)  # twice: said, nothing changed
    # no right on the table (or, in the tests' own schemas, not even on the schema)
    with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.UndefinedTable)):
        team.sql_as(anna, "SELECT count(*) FROM coding")
    with pytest.raises(QdaError) as refused:
        team.open_as(anna)
    said = str(refused.value)
    assert said.startswith(f"{anna} has no role in the team project ") and "add-coder" in said
    assert len(said.splitlines()) == 1 and PASSWORD not in said
    with team.open_as(team.lead) as lead, pytest.raises(PermissionDeniedError,
                                                         match="administrator"):
        lead.remove_member(team.name("ben"))
