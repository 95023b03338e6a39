"""Team projects on a PostgreSQL server: made and opened by URL, refused in one line when
they cannot be, passwords never repeated, others' commits heard with their UUIDs.

The rest of the core suite runs on the server too (the ``backend`` parameter); these are
the things only a server project does. The server is the tests' throw-away cluster
(``tests/pg_server.py``): its superuser logs in without a password, ``kw_coder`` with one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import psycopg
import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.errors import (
    AuthenticationError,
    ConcurrentChangeError,
    NewerSchemaError,
    NotAProjectError,
    PasswordRequiredError,
    PermissionDeniedError,
    ProjectExistsError,
    ServerUnreachableError,
)
from qda_app.storage import migrations, postgres_errors

from . import raw_sql
from .conftest import write_empty
from .pg_server import LOGIN, PASSWORD, PgServer

pytestmark = pytest.mark.usefixtures("no_password_files")


@pytest.fixture
def no_password_files(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """libpq finds no password but what a test gives it (not the machine's ~/.pgpass)."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


@pytest.fixture
def team(pg_server: PgServer, made: list[tuple[str, str]]) -> Iterator[Project]:
    with Project.open(pg_server.copy(write_empty, made)) as p:
        p.coder = "Tester"
        yield p


def _schema(url: str) -> str:
    return url.rsplit("%3D", 1)[1]


def _as_login(url: str, password: str | None = PASSWORD) -> str:
    who = f"{LOGIN}:{password}" if password else LOGIN
    return url.replace("//kodierwerk@", f"//{who}@", 1)


def test_a_team_project_is_made_and_opened_by_its_url(pg_server: PgServer, made) -> None:
    url = pg_server.empty(made)
    with Project.create(url, title="Studie Ost") as p:
        assert p.is_server and p.path is None
        port = pg_server.base.rsplit(":", 1)[1]
        assert p.location == url and p.name == f"team project 127.0.0.1:{port}/kw_tests"
        p.add_document("Interview 1", "Wir fahren mit dem Bus.")
        p.add_code("Mobilität")
        p.add_coding("Interview 1", "Mobilität", 15, 22)
        uuid = p.uuid
    with Project.open(url.replace("postgresql://", "postgresql+psycopg://")) as again:
        assert (again.title, again.uuid, again.short_name) == ("Studie Ost", uuid, "kw_tests")
        assert [s.text for s in again.segments()] == ["dem Bus"]
        assert again.check() == [] and again.notices == ()


def test_create_makes_a_missing_database_and_refuses_a_used_one(pg_server: PgServer) -> None:
    url = f"{pg_server.base}/kw_new_study"
    try:
        with Project.create(url) as p:
            assert p.title == "kw_new_study"  # named after its database unless given a title
        with pytest.raises(ProjectExistsError, match="holds a Kodierwerk project already"):
            Project.create(url)
    finally:
        with psycopg.connect(f"{pg_server.base}/postgres", autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS kw_new_study WITH (FORCE)")


def test_what_is_no_team_project_is_refused_in_one_line(pg_server: PgServer, made) -> None:
    empty = pg_server.empty(made)
    with pytest.raises(NotAProjectError, match="is an empty database, not a Kodierwerk"):
        Project.open(empty)
    with psycopg.connect(empty) as conn:
        conn.execute("CREATE TABLE project (id integer)")  # another program's table
    with pytest.raises(NotAProjectError, match="is a database but not a Kodierwerk project"):
        Project.open(empty)
    with pytest.raises(ProjectExistsError, match="not empty"):
        Project.create(empty)
    with pytest.raises(NotAProjectError) as missing:
        Project.open(f"{pg_server.base}/kw_no_such_database")
    assert str(missing.value).startswith("there is no database 'kw_no_such_database' on 127.0")
    port = int(pg_server.base.rsplit(":", 1)[1])
    closed = port + 1 if port < 65535 else port - 1
    with pytest.raises(ServerUnreachableError) as unreachable:
        Project.open(f"postgresql://kodierwerk@127.0.0.1:{closed}/study")
    assert str(unreachable.value) == (
        f"cannot reach the team project at 127.0.0.1:{closed}: connection refused")


def test_a_newer_team_project_is_refused_and_left_alone(team: Project) -> None:
    raw_sql.execute(team, "UPDATE project SET schema_version = ?",
                    (migrations.CURRENT_VERSION + 1,))
    with pytest.raises(NewerSchemaError) as refused:
        Project.open(team.location)
    assert "\n" not in str(refused.value) and "please update Kodierwerk" in str(refused.value)
    assert raw_sql.execute(team, "SELECT schema_version FROM project") == [
        (migrations.CURRENT_VERSION + 1,)]


def test_an_older_team_project_is_upgraded_by_the_server_steps(team: Project) -> None:
    """A team project of version 5 (the first) gets version 6's code versions and authors,
    coder logins and team settings from migrations.SERVER_STEPS, its codes and coders
    kept."""
    team.add_code("Mobilität")
    for statement in ("ALTER TABLE code DROP COLUMN version",
                      "ALTER TABLE code DROP COLUMN created_by", "DROP INDEX ux_coder_login",
                      "ALTER TABLE coder DROP COLUMN login", "DROP TABLE team_settings",
                      "UPDATE project SET schema_version = 5"):
        raw_sql.execute(team, statement)
    with Project.open(team.location) as upgraded:
        assert f"upgraded to project format {migrations.CURRENT_VERSION}" in upgraded.notices[0]
        assert [(c.name, c.version) for c in upgraded.codes()] == [("Mobilität", 1)]
        assert upgraded.rename_code("Mobilität", "Verkehr").version == 2
    assert raw_sql.execute(team, "SELECT schema_version FROM project") == [
        (migrations.CURRENT_VERSION,)]
    assert raw_sql.execute(team, "SELECT count(*) FROM team_settings") == [(0,)]
    assert raw_sql.execute(team, "SELECT created_by FROM code") == [(None,)]  # unknown then
    assert raw_sql.execute(  # a deleted coder leaves the code without an author
        team, "SELECT confdeltype FROM pg_constraint WHERE conrelid = 'code'::regclass "
              "AND confrelid = 'coder'::regclass") == [("n",)]


def test_a_wrong_password_is_one_line_and_never_repeated(
        team: Project, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = _as_login(team.location, "Falsch-9x7")
    with pytest.raises(AuthenticationError) as refused:
        Project.open(wrong)
    message = str(refused.value)
    assert message.startswith("cannot log in to the team project at 127.0.0.1:")
    assert f"as {LOGIN}: the password is wrong" in message
    assert main(["docs", wrong]) == 1
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("error: cannot log in")
    for said in (message, out, err, caplog.text):
        assert "Falsch-9x7" not in said


def test_no_password_anywhere_is_a_question_and_pgpass_answers_it(
        team: Project, tmp_path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    raw_sql.execute(team, f"GRANT USAGE ON SCHEMA {_schema(team.location)} TO {LOGIN}")
    raw_sql.execute(team, f"GRANT SELECT ON ALL TABLES IN SCHEMA {_schema(team.location)} "
                          f"TO {LOGIN}")
    url = _as_login(team.location, None)
    with pytest.raises(PasswordRequiredError, match=f"asks for {LOGIN}'s password"):
        Project.open(url)
    assert main(["docs", url]) == 1  # no terminal here: the line, not a prompt
    assert "asks for" in capsys.readouterr().err
    assert Project.open(url, password=PASSWORD).title == "Test"
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:*:*:{LOGIN}:{PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Project.open(url) as p:
        assert p.title == "Test" and p.location == url


def test_a_login_without_the_right_gets_one_line_and_nothing_is_saved(team: Project) -> None:
    schema = _schema(team.location)
    raw_sql.execute(team, f"GRANT USAGE ON SCHEMA {schema} TO {LOGIN}")
    raw_sql.execute(team, f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {LOGIN}")
    with Project.open(_as_login(team.location)) as reader:
        assert reader.codes() == []
        with pytest.raises(PermissionDeniedError) as refused:
            reader.add_code("Mobilität")
    message = str(refused.value)
    assert "\n" not in message and message.startswith(f"{LOGIN} may not do this")
    assert message.endswith("so your last change was not saved") and PASSWORD not in message
    assert team.codes() == []


def test_a_login_the_project_gives_nothing_hears_it_has_no_role(team: Project) -> None:
    """Not "an empty database": a login that may see the schema but not read the project
    (a public-schema deployment), or not even see the schema, is told it has no role."""
    expected = f"{LOGIN} has no role in the team project "
    schema = _schema(team.location)
    with pytest.raises(PermissionDeniedError, match=expected):
        Project.open(_as_login(team.location))
    raw_sql.execute(team, f"GRANT USAGE ON SCHEMA {schema} TO {LOGIN}")
    with pytest.raises(PermissionDeniedError, match=expected) as refused:
        Project.open(_as_login(team.location))
    assert "\n" not in str(refused.value) and PASSWORD not in str(refused.value)


def test_a_serialization_failure_says_try_again() -> None:
    url = "postgresql://anna:Sehr-Geheim@db.example.org/studie"
    error = postgres_errors.translate(
        url, psycopg.errors.SerializationFailure("could not serialize access"), writing=True)
    assert isinstance(error, ConcurrentChangeError)
    assert str(error) == ("another coder changed the same data at the same moment, so your "
                          "last change was not saved; try again")


def test_sslmode_in_the_url_is_honoured(team: Project) -> None:
    """The tests' server speaks no SSL: asking for it must fail, not fall back silently."""
    with pytest.raises(ServerUnreachableError, match="SSL"):
        Project.open(team.location + "&sslmode=require")


def _heard(project: Project) -> list:
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        changes = project.changes_elsewhere()
        if changes:
            return changes
        time.sleep(0.01)
    return []


def test_other_coders_commits_are_heard_with_their_uuids(team: Project) -> None:
    doc = team.add_document("Interview 1", "Wir fahren mit dem Bus. " * 40)
    code = team.add_code("Mobilität")
    with Project.open(team.location) as other:
        other.coder = "Lena"
        assert other.changes_elsewhere() == []
        coding = team.add_coding(doc.uuid, code.uuid, 0, 3)
        [heard] = _heard(other)
        assert heard.codings and heard.coding_uuids == {coding.uuid}
        assert heard.document_uuids == {doc.uuid} and heard.code_uuids == {code.uuid}
        assert team.changes_elsewhere() == []  # its own commit is no news to it
        many = other.add_codings([(doc.uuid, code.uuid, i, i + 2) for i in range(4, 900, 3)])
        [bulk] = _heard(team)  # too many UUIDs for one NOTIFY: the kinds of change only
        assert bulk.codings and bulk.coding_uuids == frozenset() and len(many) == 299
        assert not team.changed_elsewhere()


def test_check_finds_a_text_changed_behind_the_apps_back(team: Project) -> None:
    team.add_document("Interview 1", "Wir fahren mit dem Bus.")
    raw_sql.execute(team, "UPDATE document SET text = 'Wir fahren mit dem Zug.'")
    assert team.check() == ["document 'Interview 1': text does not match its SHA-256 "
                            "(changed?)"]
    assert main(["check", team.location]) == 1


def test_a_login_with_a_space_is_quoted_in_the_url_it_is_told() -> None:
    """``qda team add-coder`` tells "Ben Wolf" a URL libpq reads as that login, no password."""
    from qda_app.locations import url_for_login

    told = url_for_login("postgresql://admin:secret@db.example:5433/studie?sslmode=require",
                         "Ben Wolf")
    assert told == "postgresql://Ben%20Wolf@db.example:5433/studie?sslmode=require"
