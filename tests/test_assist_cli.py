"""``qda similar``, ``qda suggest``, ``qda consistency`` and ``qda export consistency`` on the
small German and English project, with the lexical engine (the one every install has)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.assist.passages import UNITS
from qda_app.cli import assist_arguments
from qda_app.cli.main import main
from qda_app.exporters.consistency_table import columns

from .assist_project import DE, EN, MISS_DE, MISS_EN, SLIP


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_similar_prints_a_ranked_json_list(assist_path: Path, capsys):
    code, out, err = run(capsys, "similar", str(assist_path), "--text",
                         "Ohne Auto kommt man nicht weg, der Bus fährt selten", "--limit", "3",
                         "--engine", "lexical", "--json")
    assert code == 0
    found = json.loads(out)
    assert len(found) == 3
    assert set(found[0]) == {"document", "start", "end", "score", "text", "codes"}
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
    assert {f["text"] for f in found[:2]} == {
        MISS_DE, "Ohne Auto kommt man aus dem Dorf nicht weg, der Bus fährt selten."}
    assert "indexing" in err and "passages on this computer" in err  # built once, said once
    _, _, err = run(capsys, "similar", str(assist_path), "--text", "Bus", "--engine", "lexical")
    assert "indexing" not in err


def test_similar_from_a_passage_in_one_document(assist_path: Path, capsys):
    with Project.open(assist_path) as p:
        text = p.document(EN).text
    start = text.index(MISS_EN)
    code, out, _ = run(capsys, "similar", str(assist_path), "--doc", EN, "--start", str(start),
                       "--end", str(start + len(MISS_EN)), "--in", EN, "--engine", "lexical")
    assert code == 0
    first = out.splitlines()[1]
    assert "Transport" in first and "Without a car you cannot get to the factory" in first


def test_suggest_names_the_code_and_its_nearest_codings(assist_path: Path, capsys):
    with Project.open(assist_path) as p:
        start = p.document(DE).text.index(MISS_DE)
    code, out, _ = run(capsys, "suggest", str(assist_path), "--doc", DE, "--start", str(start),
                       "--end", str(start + len(MISS_DE)), "--engine", "lexical", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["suggestions"][0]["code"] == "Mobilität"
    assert result["suggestions"][0]["examples"][0]["coder"] == "Anna"
    assert result["already"] == []


def test_consistency_lists_misses_and_slips(assist_path: Path, capsys):
    code, out, _ = run(capsys, "consistency", str(assist_path), "--engine", "lexical", "--json")
    assert code == 0
    report = json.loads(out)
    assert {"code": "Transport", "text": MISS_EN}.items() <= next(
        m for m in report["misses"] if m["code"] == "Transport").items()
    assert [s["coding"]["text"] for s in report["slips"]] == [SLIP]
    code, out, _ = run(capsys, "consistency", str(assist_path), "--engine", "lexical",
                       "--code", "Mobilität")
    assert "possible misses (score ≥ 0.50): 1" in out and "possible slips" in out


def test_the_consistency_export_is_a_table_for_the_team(assist_path: Path, capsys,
                                                        tmp_path: Path):
    target = tmp_path / "check.csv"
    code, out, _ = run(capsys, "export", "consistency", str(assist_path), str(target),
                       "--engine", "lexical", "--lang", "en", "--delimiter", "semicolon")
    assert code == 0 and out.strip() == f"wrote {target}"
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == list(columns("en"))
    kinds = {(r[0], r[1], r[7]) for r in rows[1:]}
    assert ("possible miss", "Transport", MISS_EN) in kinds
    assert ("possible slip", "Mobilität", SLIP) in kinds
    book = tmp_path / "check.xlsx"
    assert main(["export", "consistency", str(assist_path), str(book), "--engine", "lexical",
                 "--code", "Transport"]) == 0
    from openpyxl import load_workbook

    sheets = load_workbook(book, read_only=True)
    assert sheets.sheetnames == ["Möglicherweise übersehen", "Mögliche Ausreißer", "Auswahl"]
    misses = list(sheets["Möglicherweise übersehen"].values)
    assert misses[1][0] == "Transport" and misses[1][6] == MISS_EN


def test_bad_arguments_are_one_line(assist_path: Path, capsys):
    assert run(capsys, "similar", str(assist_path))[2] == \
        "error: give --text, or a passage with --doc, --start and --end\n"
    assert run(capsys, "similar", str(assist_path), "--text", "x", "--doc", DE, "--start", "0",
               "--end", "5")[2] == \
        "error: give --text or a passage (--doc, --start, --end), not both\n"
    code, _, err = run(capsys, "suggest", str(assist_path), "--doc", DE, "--start", "5",
                       "--end", "999999", "--engine", "lexical")
    assert code == 1 and err.startswith("error: 5-999999 is not a passage of interview-dorf")
    assert run(capsys, "consistency", str(assist_path), "--min-score", "2")[2] == \
        "error: --min-score must be above 0 and at most 1 (2.0)\n"


def test_the_command_lines_choices_are_the_cores():
    from qda_app.assist.engine import ENGINES

    assert assist_arguments.UNITS == UNITS
    assert assist_arguments.ENGINES == ENGINES
