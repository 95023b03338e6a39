"""The ``qda`` command line as a user types it: exit codes, JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qda_app.cli.main import main

from .conftest import SEED


def qda(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qda_app.cli.main", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_session_from_init_to_segments(new_place: str | Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    p = new_place
    assert run(capsys, "init", p, "--title", "Workshop")[0] == 0
    code, out, _ = run(capsys, "import", p, SEED)
    assert code == 0 and "75 turns" in out
    code, out, _ = run(capsys, "docs", p, "--json")
    [doc] = json.loads(out)
    assert set(doc) >= {"name", "chars", "speakers", "codings"}
    assert doc["speakers"][:3] == ["UK", "BS", "SK"] and doc["codings"] == 0
    assert run(capsys, "code", "add", p, "Arbeit und Ausbildung/Sprache", "--color", "#3cb44b",
               "--description", "Sprache als Hürde")[0] == 0
    # the document text is the cleaned one: look the span up through the API
    from qda_app import Project

    with Project.open(p) as project:
        stored = project.document(doc["name"]).text
    start = stored.index("Die Sprache der Prüfung")
    code, out, _ = run(capsys, "code-text", p, "--doc", doc["name"], "--code",
                       "Arbeit und Ausbildung/Sprache", "--start", str(start), "--end",
                       str(start + 23), "--coder", "Anna", "--memo", "zentral")
    assert code == 0 and "Die Sprache der Prüfung" in out
    code, out, _ = run(capsys, "segments", p, "--code", "Arbeit und Ausbildung", "--json")
    [seg] = json.loads(out)
    assert {k: seg[k] for k in ("document", "code", "coder", "start", "end", "text", "memo",
                                "speaker")} == {
        "document": doc["name"], "code": "Arbeit und Ausbildung/Sprache", "coder": "Anna",
        "start": start, "end": start + 23, "text": "Die Sprache der Prüfung",
        "memo": "zentral", "speaker": "BT"}
    code, out, _ = run(capsys, "codes", p, "--json")
    assert [c["path"] for c in json.loads(out)] == ["Arbeit und Ausbildung",
                                                   "Arbeit und Ausbildung/Sprache"]
    assert json.loads(out)[1] | {"uuid": None} == {
        "path": "Arbeit und Ausbildung/Sprache", "color": "#3cb44b", "uuid": None,
        "description": "Sprache als Hürde", "codings": 1, "category": False}
    code, out, _ = run(capsys, "check", p)
    assert code == 0 and "ok" in out


def test_sample_project_from_the_command_line(new_place: str | Path) -> None:
    p = new_place
    result = qda("init", p, "--sample")
    assert result.returncode == 0, result.stderr
    assert "32 codings" in result.stdout
    assert qda("check", p).returncode == 0


@pytest.mark.parametrize("args,message", [
    (["docs", "{missing}"], "no such project file"),
    (["docs", "{text}"], "not a Kodierwerk project"),
    (["import", "{project}", "{text}"], "cannot import"),
    (["code-text", "{project}", "--doc", "x", "--code", "y", "--start", "0", "--end", "1"],
     "no document 'x'"),
    (["code", "add", "{project}", "A//B"], "invalid code path"),
    (["init", "{project}"], "exists already"),
])
def test_user_errors_are_one_line_with_status_1(tmp_path: Path, args: list[str], message: str
                                                ) -> None:
    project = tmp_path / "p.qda"
    assert qda("init", project).returncode == 0
    (tmp_path / "notes.qdx").write_text("kein Projekt")
    values = {"missing": tmp_path / "nope.qda", "text": tmp_path / "notes.qdx",
              "project": project}
    result = qda(*[a.format(**values) for a in args])
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert message in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_with_2(tmp_path: Path) -> None:
    result = qda("code-text", tmp_path / "p.qda", "--doc", "x")
    assert result.returncode == 2 and "required" in result.stderr


@pytest.mark.parametrize("command", [[], ["init"], ["import"], ["docs"], ["codes"],
                                     ["code"], ["code", "add"], ["code-text"], ["segments"],
                                     ["check"]])
def test_help_everywhere(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0
    assert "usage: qda" in capsys.readouterr().out


def test_failed_import_of_one_file_still_imports_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "p.qda"
    run(capsys, "init", p)
    bad = tmp_path / "leer.txt"
    bad.write_text("")
    code, out, err = run(capsys, "import", p, bad, SEED)
    assert code == 1 and "leer.txt is empty" in err and "imported workshop" in out
