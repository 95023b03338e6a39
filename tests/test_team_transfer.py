"""Push, pull and merge between ``.qda`` files and a team project, every UUID kept, and
merging by role: a coder brings in their own codings, the lead everything, a reader nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import PermissionDeniedError, ProjectExistsError, QdaError
from qda_app.team.merge import merge_files
from qda_app.team.transfer import pull, push

from . import raw_sql
from .pg_server import PgServer
from .team_support import PASSWORD, Team, make_team

UUID_TABLES = ("document", "code", "coder", "coding", "memo", "variable", "document_set")


def uuids(project: Project) -> dict[str, set[str]]:
    """Every UUID of the project's content, per table, as raw SQL sees it."""
    return {t: {str(r[0]) for r in raw_sql.execute(project, f"SELECT uuid FROM {t}")}
            for t in UUID_TABLES}


def test_push_then_pull_keeps_every_uuid(pg_server: PgServer, made, sample_path: Path,
                                         tmp_path: Path) -> None:
    url = pg_server.empty(made)
    report = push(sample_path, url, lead="lead_push", lead_password=PASSWORD)
    assert report.prepared and "every UUID kept" in report.to_text()
    copy = tmp_path / "copy.qda"
    pull(url, copy)
    with Project.open(sample_path) as original, Project.open(url) as team, \
            Project.open(copy) as pulled:
        want = uuids(original)
        assert want["coding"] and want["code"] and want["document"]
        got_team, got_copy = uuids(team), uuids(pulled)
        lead = {c.uuid for c in team.coders() if c.name == "lead_push"}
        assert got_team == {**want, "coder": want["coder"] | lead}  # the lead's login came
        assert got_copy == got_team
        assert team.uuid == original.uuid == pulled.uuid
        assert [c.path for c in team.codes()] == [c.path for c in original.codes()]
        assert team.rights().can_manage_team  # prepared with roles on the way


def test_push_refuses_a_team_project_that_holds_work(pg_server: PgServer, made,
                                                     sample_path: Path) -> None:
    url = pg_server.empty(made)
    push(sample_path, url, lead="lead_twice", lead_password=PASSWORD)
    with pytest.raises(ProjectExistsError, match="is not empty"):
        push(sample_path, url)
    with Project.open(sample_path) as original, Project.open(url) as team:
        assert len(team.segments()) == len(original.segments())


def test_push_to_a_bare_database_needs_a_lead(pg_server: PgServer, made,
                                              sample_path: Path) -> None:
    url = pg_server.empty(made)
    with pytest.raises(QdaError, match="--lead"):
        push(sample_path, url)


def test_pull_never_overwrites_a_file(pg_server: PgServer, made, tmp_path: Path) -> None:
    team = make_team(pg_server, made)
    existing = tmp_path / "mine.qda"
    existing.write_bytes(b"keep me")
    with pytest.raises(ProjectExistsError, match="exists already"):
        pull(team.url, existing)
    assert existing.read_bytes() == b"keep me"


@pytest.fixture
def field_team(pg_server: PgServer, made, sample_path: Path) -> Team:
    """The sample pushed into a team with coder anna and reader rita."""
    team = make_team(pg_server, made, ("anna", "coder"), ("rita", "reader"))
    with Project.open(team.url) as admin, Project.open(sample_path) as sample:
        admin.load_content(sample.dump_content())
    return team


def _fieldwork(team: Team, tmp_path: Path, login: str) -> Path:
    """``login`` pulls a copy and codes in it offline; the coder "Gast" codes there too."""
    copy = tmp_path / f"{login}.qda"
    pull(team.url_of(login), copy)
    with Project.open(copy) as offline:
        doc = offline.documents()[0]
        code = offline.codes()[0]
        offline.add_coding(doc.uuid, code.uuid, 0, 7, coder=login)
        offline.add_coding(doc.uuid, code.uuid, 2, 9, coder="Gast")
    return copy


def test_a_coder_merges_their_own_offline_codings_back(field_team: Team,
                                                       tmp_path: Path) -> None:
    anna = field_team.name("anna")
    copy = _fieldwork(field_team, tmp_path, anna)
    with Project.open(field_team.url) as before:
        codings_before = uuids(before)["coding"]
    report = merge_files(field_team.url_of(anna), [copy])
    assert report.codings_added == 1
    with Project.open(field_team.url) as team, Project.open(copy) as offline:
        mine = {c.uuid for c in offline.segments() if c.coder == anna}
        assert uuids(team)["coding"] == codings_before | mine
        assert "Gast" not in {c.name for c in team.coders()}
    again = merge_files(field_team.url_of(anna), [copy])
    assert again.codings_added == 0 and not again.changes_anything


def test_the_lead_merges_everything_of_a_copy(field_team: Team, tmp_path: Path) -> None:
    anna = field_team.name("anna")
    copy = _fieldwork(field_team, tmp_path, anna)
    report = merge_files(field_team.url_of(field_team.lead), [copy])
    assert report.codings_added == 2
    with Project.open(field_team.url) as team, Project.open(copy) as offline:
        assert uuids(team)["coding"] == uuids(offline)["coding"]
        assert {anna, "Gast"} <= {c.name for c in team.coders()}


def test_a_reader_may_not_merge(field_team: Team, tmp_path: Path) -> None:
    copy = _fieldwork(field_team, tmp_path, field_team.name("anna"))
    with Project.open(field_team.url) as team:
        before = uuids(team)
    with pytest.raises(PermissionDeniedError, match=r"reader .* may not merge"):
        merge_files(field_team.url_of(field_team.name("rita")), [copy])
    with Project.open(field_team.url) as team:
        assert uuids(team) == before


def test_a_coder_may_not_merge_new_codes_in(field_team: Team, tmp_path: Path) -> None:
    anna = field_team.name("anna")
    copy = tmp_path / "new-code.qda"
    pull(field_team.url_of(anna), copy)
    with Project.open(copy) as offline:
        offline.add_code("Ganz neu")
        offline.add_coding(offline.documents()[0].uuid, "Ganz neu", 0, 4, coder=anna)
    with Project.open(field_team.url) as team:
        before = uuids(team)
    with pytest.raises(PermissionDeniedError,
                       match=r"lacks \(Ganz neu\); only the lead adds codes"):
        merge_files(field_team.url_of(anna), [copy])
    with Project.open(field_team.url) as team:
        assert uuids(team) == before
