"""``qda cooccurrence``, ``qda words`` and their exports, as a user types them: the numbers
of the hand-counted interview, one-line errors, and the files opened again."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from qda_app.cli.main import main

from .conftest import Place
from .cooccurrence_support import DIAGONAL, TEXT, by_path, expected, write_interview

ERFAHRUNG = "Sprache/Erfahrung"


@pytest.fixture
def interview(place: Place) -> Path:
    return place(write_interview, "interview.qda")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cooccurrence_json_is_the_hand_count(interview: Path, capsys) -> None:
    code, out, _ = run(capsys, "cooccurrence", interview, "--json")
    data = json.loads(out)
    assert code == 0 and data["codes"] == list(DIAGONAL)
    assert by_path(data) == expected(DIAGONAL, {("Sprache", ERFAHRUNG): 4,
                                                (ERFAHRUNG, "Arbeit"): 1})
    assert data["matrix"] == [list(column) for column in zip(*data["matrix"], strict=True)]
    code, out, _ = run(capsys, "cooccurrence", interview, "--unit", "turn", "--json",
                       "--code", "Kurs", "--code", "Sprache", "--coder", "Anna")
    assert json.loads(out)["codes"] == ["Sprache", ERFAHRUNG, "Kurs"]
    assert json.loads(out)["matrix"] == [[1, 2, 1], [2, 2, 2], [1, 2, 2]]


def test_distance_alone_means_near(interview: Path, capsys) -> None:
    _, out, _ = run(capsys, "cooccurrence", interview, "--distance", "11", "--json")
    near = json.loads(out)
    assert (near["unit"], near["distance"]) == ("near", 11)
    assert by_path(near)["Sprache", "Arbeit"] == 4


def test_cooccurrence_as_a_table(interview: Path, capsys) -> None:
    code, out, _ = run(capsys, "cooccurrence", interview, "--unit", "paragraph")
    lines = out.splitlines()
    assert code == 0 and lines[0] == ("pairs of codings in the same paragraph; the diagonal: "
                                      "codings per code")
    assert lines[1].split() == ["#", "code", "1", "2", "3", "4", "5"]
    assert lines[2].split() == ["1", "Sprache", "2", "4", "4", "0", "0"]


@pytest.mark.parametrize(("args", "message"), [
    (["--unit", "turn", "--distance", "3"], "error: --distance applies to --unit near, not "
                                            "to --unit turn\n"),
    (["--code", "Nope"], "error: no code 'Nope'"),
    (["--doc", "Interview 9"], "error: no document"),
    (["--unit", "near", "--distance", "-2"], "error: the distance cannot be negative (-2)\n"),
])
def test_cooccurrence_errors_are_one_line(interview: Path, capsys, args: list[str],
                                          message: str) -> None:
    code, out, err = run(capsys, "cooccurrence", interview, *args)
    assert (code, out) == (1, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_words_json_and_table(interview: Path, capsys) -> None:
    code, out, _ = run(capsys, "words", interview, "--json", "--no-stop-words",
                       "--doc", "Interview 1")
    data = json.loads(out)
    assert code == 0 and data["total_words"] == len(TEXT.replace(":", " ").split())
    assert data["documents"] == 1
    heute = next(w for w in data["words"] if w["word"].lower() == "heute")
    assert heute == {"word": "heute", "count": 2, "percent": round(200 / data["total_words"], 4),
                     "documents": 1}
    code, out, _ = run(capsys, "words", interview, "--min-count", "2")
    lines = out.splitlines()
    assert lines[0].startswith(f"{2 * data['total_words'] + 1} words in 2 documents")
    assert lines[1].split() == ["word", "count", "%", "documents"]
    # every word of Interview 1 is in both documents; I, wie, es, dazu, die, dann, der, und
    # and ich are stop words
    assert {line.split()[0] for line in lines[2:]} == {
        "kam", "B", "Erst", "Sprache", "Arbeit", "Danach", "Kurs", "heute", "arbeite"}


def test_words_of_a_codes_segments_with_my_stop_list(interview: Path, tmp_path: Path,
                                                     capsys) -> None:
    mine = tmp_path / "stop.txt"
    mine.write_text("heute\n", encoding="utf-8")
    _, out, _ = run(capsys, "words", interview, "--code", "Zeit", "--json")
    assert [(w["word"], w["count"]) for w in json.loads(out)["words"]] == [("heute", 2)]
    _, out, _ = run(capsys, "words", interview, "--code", "Zeit", "--json", "--stop-words",
                    mine)
    assert json.loads(out)["words"] == []


def test_words_in_context(interview: Path, capsys) -> None:
    code, out, _ = run(capsys, "words", interview, "--kwic", "HEUTE", "--doc", "Interview 1",
                       "--json")
    places = json.loads(out)
    assert code == 0 and [p["word"] for p in places] == ["heute", "Heute"]
    assert places[0]["start"] == TEXT.index("heute")
    code, _, err = run(capsys, "words", interview, "--kwic", "und")  # a stop word
    assert code == 1 and err == "error: 'und' is not among the words counted\n"


def test_lemma_on_the_command_line(interview: Path, capsys) -> None:
    _, out, _ = run(capsys, "words", interview, "--lemma", "--json", "--doc", "Interview 1")
    words = {w["word"]: w["count"] for w in json.loads(out)["words"]}
    assert words["kommen"] == 2  # kam, kam


def test_export_cooccurrence_xlsx_and_csv(interview: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "co.xlsx"
    code, printed, _ = run(capsys, "export", "cooccurrence", interview, out, "--unit", "turn",
                           "--lang", "en")
    assert (code, printed) == (0, f"wrote {out}\n")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Code", *DIAGONAL]
    cells = {(a[0], rows[0][j]): n for a in rows[1:6] for j, n in enumerate(a[1:], 1)}
    assert cells == expected(DIAGONAL, {
        ("Sprache", ERFAHRUNG): 4, ("Sprache", "Arbeit"): 4, (ERFAHRUNG, "Arbeit"): 4,
        ("Kurs", "Sprache"): 2, ("Kurs", ERFAHRUNG): 2, ("Kurs", "Arbeit"): 2})
    assert rows[7] == ["Unit: codings in the same speaker turn", *[None] * 5]
    assert sheet["B2"].fill.start_color.rgb.endswith("ECECEC")  # the diagonal, set apart
    assert sheet["C2"].fill.fill_type == "solid" and sheet["F2"].fill.fill_type is None
    out_csv = tmp_path / "co.csv"
    assert run(capsys, "export", "cooccurrence", interview, out_csv, "--delimiter",
               "semicolon", "--coder", "Ben")[0] == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert table[0] == ["Code", *DIAGONAL]
    assert table[1] == ["Sprache", "1", "0", "0", "0", "0"]


def test_export_words_xlsx_and_csv(interview: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "w.xlsx"
    assert run(capsys, "export", "words", interview, out, "--code", "Zeit")[0] == 0
    book = openpyxl.load_workbook(out)
    words, about = ([list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets)
    assert words == [["Wort", "Anzahl", "% der Wörter", "Dokumente"], ["heute", 2, 100, 1]]
    assert ["Text", "codierte Segmente"] in about and ["Codes", "Zeit"] in about
    assert ["Wörter insgesamt", "2"] in about
    out_csv = tmp_path / "w.csv"
    assert run(capsys, "export", "words", interview, out_csv, "--no-stop-words",
               "--min-count", "3", "--lang", "en")[0] == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["Word", "Count", "% of words", "Documents"]
    # twice in each document: kam, die, I, B, and heute (with "Heute")
    assert {row[0] for row in table[1:]} == {"kam", "die", "I", "B", "heute"}
