"""``qda server init/start/status/stop DIR``: a real PostgreSQL cluster from the installed
programs, a team project made on it through the printed URL, and one-line refusals."""

from __future__ import annotations

import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.cluster import Cluster, find_bindir, free_port
from qda_app.errors import QdaError


def _has_server_programs() -> bool:
    try:
        find_bindir()
    except QdaError:
        return False
    return True


needs_postgresql = pytest.mark.skipif(not _has_server_programs(),
                                      reason="no PostgreSQL server programs installed")


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder the server user can reach (pytest's own are closed to others under root)."""
    base = Path(tempfile.mkdtemp(prefix="qda-server-test-"))
    base.chmod(0o755)  # as /srv is: the server user may pass through to its folder
    yield base / "lab"
    Cluster(base / "lab").stop()
    shutil.rmtree(base, ignore_errors=True)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@needs_postgresql
def test_a_lab_server_from_init_to_stop(folder: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, "server", "init", str(folder))
    assert code == 0 and f"{folder}/pgpass" in out
    pgpass = folder / "pgpass"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    password = pgpass.read_text().strip().rsplit(":", 1)[1]
    assert len(password) >= 24
    assert run(capsys, "server", "status", str(folder))[0] == 3  # made, not started
    port = free_port()
    code, out, _ = run(capsys, "server", "start", str(folder), "--port", str(port))
    url = f"postgresql://kodierwerk@127.0.0.1:{port}/study"
    assert code == 0 and url in out and password not in out
    rules = [line.split() for line in (folder / "data" / "pg_hba.conf").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert rules and all(rule[-1] == "scram-sha-256" for rule in rules)  # no "trust"
    with pytest.raises(QdaError, match="password"):  # no password, no entry: no login
        monkeypatch.setenv("PGPASSFILE", str(folder / "nothing-here"))
        Project.open(url)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, out, _ = run(capsys, "init", url, "--title", "Lab study")
    assert code == 0 and out.startswith(f"created {url} ")
    assert run(capsys, "code", "add", url, "Mobilität")[0] == 0
    with Project.open(url) as p:
        assert (p.title, [c.path for c in p.codes()]) == ("Lab study", ["Mobilität"])
    code, out, _ = run(capsys, "server", "status", str(folder))
    assert (code, out.strip()) == (0, f"running: postgresql://kodierwerk@127.0.0.1:{port}/study")
    code, out, err = run(capsys, "server", "init", str(folder))
    assert code == 1 and "holds a database cluster already" in err
    assert run(capsys, "server", "stop", str(folder)) == (
        0, f"stopped the server of {folder}\n", "")
    assert run(capsys, "server", "status", str(folder))[0] == 3


@needs_postgresql
def test_a_port_in_use_is_one_line(folder: Path, capsys: pytest.CaptureFixture[str],
                                   pg_server) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "server", "init", str(folder))[0] == 0
    taken = int(pg_server.base.rsplit(":", 1)[1])
    code, _, err = run(capsys, "server", "start", str(folder), "--port", str(taken))
    assert code == 1 and err == (f"error: port {taken} is in use (another PostgreSQL?); "
                                 "choose another with --port\n")


def test_missing_server_programs_say_what_to_install(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QDA_PG_BINDIR", str(tmp_path / "no-postgresql-here"))
    code, out, err = run(capsys, "server", "init", str(tmp_path / "lab"))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert re.match(r"error: PostgreSQL's server programs \(initdb, pg_ctl\) are not "
                    r"installed; install PostgreSQL's server: apt-get install postgresql", err)
    assert not (tmp_path / "lab").exists()
