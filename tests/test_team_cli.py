"""``qda team …`` on the command line: create, add-coder, members, settings, push, pull, and
``qda merge URL FILE.qda`` by role; passwords never on the command line, in the
environment, in the output or in the server's log."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from qda_app import Project
from qda_app.cli.main import main

from .pg_server import PgServer
from .team_support import PASSWORD, Team, make_team


def qda(*args: str | Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qda_app.cli.main", *map(str, args)],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_add_coder_members_and_settings(pg_server: PgServer, made, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.empty(made)
    secret = tmp_path / "lead.pw"
    secret.write_text("Lead-Passwort-1\n", encoding="utf-8")
    code, out, _ = run(capsys, "team", "create", url, "--lead", "cli_lead",
                       "--lead-password-file", secret, "--title", "Mobilität")
    assert code == 0 and "roles lead, coder and reader" in out and '"Mobilität"' in out
    coder_pw = tmp_path / "coder.pw"
    coder_pw.write_text("Coder-Passwort-2\n", encoding="utf-8")
    code, out, _ = run(capsys, "team", "add-coder", url, "cli_anna", "--role", "coder",
                       "--password-file", coder_pw)
    assert code == 0 and "cli_anna is a coder" in out
    told = re.search(r"they open it as (\S+)", out)
    assert told is not None  # the URL the coder is told to use opens as that coder
    with Project.open(told.group(1), password="Coder-Passwort-2") as as_anna:
        assert as_anna.login == "cli_anna" and as_anna.rights().role == "coder"
    code, out, _ = run(capsys, "team", "members", url)
    assert [line.split() for line in out.splitlines()] == [
        ["name", "login", "role"], ["cli_anna", "cli_anna", "coder"],
        ["cli_lead", "cli_lead", "lead"]]
    code, out, _ = run(capsys, "team", "settings", url, "--blinded", "on")
    assert out.splitlines() == ["blinded: on", "coders add codes: off"]
    anna = url.replace("//kodierwerk@", "//cli_anna:Coder-Passwort-2@", 1)
    with psycopg.connect(anna) as conn:  # the file's password is the login's
        assert conn.execute("SELECT current_user").fetchone() == ("cli_anna",)
    code, _, err = run(capsys, "team", "settings", anna, "--blinded", "off")
    assert code == 1 and err.startswith("error: ") and len(err.splitlines()) == 1
    with Project.open(url) as admin:
        assert admin.team_settings().blinded
    code, out, _ = run(capsys, "team", "remove-member", url, "cli_anna")
    assert code == 0 and out.startswith("cli_anna no longer has a role in ")
    code, out, _ = run(capsys, "team", "members", url)
    assert ["cli_anna", "cli_anna", "-"] in [line.split() for line in out.splitlines()]
    code, _, err = run(capsys, "docs", anna)
    assert code == 1 and err.startswith("error: cli_anna has no role in the team project ")


def test_add_coder_password_never_shows(pg_server: PgServer, made, tmp_path: Path) -> None:
    """The password goes from the file to libpq's hash: not in argv, env, output, server log."""
    team = make_team(pg_server, made)
    secret = "Nie-Sichtbar-93"
    file = tmp_path / "pw"
    file.write_text(secret + "\n", encoding="utf-8")
    env = dict(os.environ)
    logging_url = team.url.replace("options=", "options=-clog_statement%3Dall%20", 1)
    log = pg_server.cluster.log_file
    logged_before = log.stat().st_size
    done = qda("team", "add-coder", logging_url, team.name("otto"), "--password-file", file,
               env=env)  # the server logs every statement of it
    assert done.returncode == 0, done.stderr
    assert secret not in " ".join(done.args) and secret not in str(env.values())
    assert secret not in done.stdout + done.stderr
    with log.open("rb") as server_log:
        server_log.seek(logged_before)
        logged = server_log.read().decode("utf-8", "replace")
    assert "CREATE ROLE" in logged and "SCRAM-SHA-256$" in logged  # what the server got
    assert secret not in logged
    with team.open_as(team.name("otto"), secret) as otto:
        assert otto.rights().role == "coder"


def test_add_coder_without_a_terminal_or_file_is_one_line(pg_server: PgServer, made) -> None:
    team = make_team(pg_server, made)
    done = qda("team", "add-coder", team.url, team.name("paul"))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: a new login '{team.name('paul')}' needs a password: give --password-file "
        "FILE (no terminal to ask on)"]


def test_urls_are_printed_without_their_password(pg_server: PgServer, made, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(pg_server, made, ("anna", "coder"))
    lead = team.url_of(team.lead)
    copy = tmp_path / "copy.qda"
    code, out, err = run(capsys, "team", "pull", lead, copy)
    assert code == 0 and PASSWORD not in out + err and "copied" in out
    code, out, err = run(capsys, "team", "members", team.url_of(team.name("anna"), "falsch"))
    assert code == 1 and "falsch" not in err and len(err.splitlines()) == 1


def test_push_pull_and_merge_by_url(pg_server: PgServer, made, sample_path: Path,
                                    tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.empty(made)
    lead_pw = tmp_path / "lead.pw"
    lead_pw.write_text("Lead-Passwort-3\n", encoding="utf-8")
    code, out, _ = run(capsys, "team", "push", sample_path, url, "--lead", "push_lead",
                       "--lead-password-file", lead_pw)
    assert code == 0 and out.startswith("prepared ") and "every UUID kept" in out
    copy = tmp_path / "field.qda"
    code, out, _ = run(capsys, "team", "pull", url, copy)
    assert code == 0
    with Project.open(copy) as offline:
        offline.add_coding(offline.documents()[0].uuid, offline.codes()[0].uuid, 0, 5,
                           coder="Feld")
        new = {c.uuid for c in offline.segments()}
    code, out, _ = run(capsys, "merge", url, copy)
    assert code == 0
    with Project.open(url) as team:
        assert {c.uuid for c in team.segments()} == new
    code, out, _ = run(capsys, "merge", url, copy)  # again: nothing twice
    assert code == 0 and "the team project already had everything" in out
    code, out, err = run(capsys, "team", "push", sample_path, url)
    assert code == 1 and "is not empty" in err and len(err.splitlines()) == 1


def test_a_reader_merging_is_refused_in_one_line(pg_server: PgServer, made, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    team: Team = make_team(pg_server, made, ("rita", "reader"))
    copy = tmp_path / "r.qda"
    assert run(capsys, "team", "pull", team.url, copy)[0] == 0
    code, _, err = run(capsys, "merge", team.url_of(team.name("rita")), copy)
    assert code == 1 and len(err.splitlines()) == 1
    assert err.startswith(f"error: {team.name('rita')} is a reader of ")


def test_merge_into_a_team_project_asks_for_the_password_on_a_terminal(
        pg_server: PgServer, made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A coder back from fieldwork types ``qda merge URL copy.qda`` and is asked, as every
    other command asks, instead of being told there is no password."""
    team: Team = make_team(pg_server, made, ("anna", "coder"))
    copy = tmp_path / "feld.qda"
    with team.open_as(team.lead) as lead:
        lead.add_document("Interview", "Wir fahren mit dem Bus.")
        lead.add_code("Mobilität")
    assert run(capsys, "team", "pull", team.url_of(team.name("anna")), copy)[0] == 0
    with Project.open(copy) as offline:
        offline.add_coding("Interview", "Mobilität", 15, 22, coder=team.name("anna"))
    without = team.url.replace("//kodierwerk@", f"//{team.name('anna')}@", 1)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt, stream=None: asked.append(prompt)
                        or PASSWORD)
    code, out, err = run(capsys, "merge", without, copy)
    assert code == 0, err
    assert len(asked) == 1 and PASSWORD not in out + err
    with team.open_as(team.lead) as lead:
        assert [s.text for s in lead.segments()] == ["dem Bus"]
