"""Every analysis that takes documents takes a set or a condition too, from the API and the
command line alike; counted by hand on the study of ``variables_support``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.analysis.cooccurrence import CooccurrenceQuery, code_cooccurrence
from qda_app.analysis.words import TextScope, WordQuery, word_frequencies
from qda_app.cli.main import main
from qda_app.exporters.matrix import code_matrix
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.registry import exporter_for
from qda_app.exporters.selection import SegmentQuery, select_segments
from qda_app.team.agreement_input import measure_agreement

from .conftest import Place
from .variables_support import B, write_study_with_sets


@pytest.fixture
def study_path(place: Place) -> Path:
    return place(write_study_with_sets, "studie.qda")


@pytest.fixture
def study(study_path: Path) -> Iterator[Project]:
    with Project.open(study_path) as p:
        yield p


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def pairs(project: Project, query: CooccurrenceQuery) -> dict[tuple[str, str], int]:
    matrix = code_cooccurrence(project, query)
    paths = [c.path for c in matrix.codes]
    return {(paths[r], paths[c]): n for r, row in enumerate(matrix.counts)
            for c, n in enumerate(row) if n}


def test_cooccurrence_of_a_set_and_of_a_condition(study: Project) -> None:
    # same speaker turn: Interview 1's B turn pairs Arbeit with Sprache once; Interview 3's
    # B turn pairs each of two Sprache codings with Arbeit/Lohn
    assert pairs(study, CooccurrenceQuery(unit="turn", set="Thüringen")) == {
        ("Arbeit", "Arbeit"): 2, ("Arbeit/Lohn", "Arbeit/Lohn"): 1,
        ("Sprache", "Sprache"): 3, ("Arbeit", "Sprache"): 1, ("Sprache", "Arbeit"): 1,
        ("Arbeit/Lohn", "Sprache"): 2, ("Sprache", "Arbeit/Lohn"): 2}
    # Interviews 1 and 5 (Alter 34 and 28): Arbeit 2 + 1 codings, no Arbeit/Lohn
    assert pairs(study, CooccurrenceQuery(unit="turn", where="Alter < 40")) == {
        ("Arbeit", "Arbeit"): 3, ("Sprache", "Sprache"): 1, ("Arbeit", "Sprache"): 1,
        ("Sprache", "Arbeit"): 1}


def test_word_frequencies_of_a_condition(study: Project) -> None:
    counted = word_frequencies(study, WordQuery(scope=TextScope(where="Raucher = ja"),
                                                stop_words=frozenset()))
    arbeit = next(r for r in counted.rows if r.word == "Arbeit")
    assert (arbeit.count, arbeit.documents, counted.documents) == (4, 2, 2)
    nobody = word_frequencies(study, WordQuery(scope=TextScope(where="Alter > 90")))
    assert (nobody.total_words, nobody.rows) == (0, ())  # nobody: no words, not all of them


def test_coded_text_of_a_set(study: Project) -> None:
    scope = TextScope(codes=("Sprache",), set="Thüringen")
    counted = word_frequencies(study, WordQuery(scope=scope, stop_words=frozenset()))
    assert counted.documents == 2  # Interview 1 (one Sprache coding), Interview 3 (two)


def test_code_matrix_of_a_set_has_its_documents_as_columns(study: Project) -> None:
    matrix = code_matrix(study, set="Thüringen")
    assert [c.document for c in matrix.columns] == ["Interview 1", "Interview 3"]
    assert [list(row) for row in matrix.counts] == [[2, 0], [0, 1], [1, 2]]
    matrix = code_matrix(study, set="Thüringen", where="Alter > 40")
    assert [c.document for c in matrix.columns] == ["Interview 3"]


def test_segment_export_selection_of_a_condition(study: Project) -> None:
    chosen = select_segments(study, SegmentQuery(where="Raucher = nein", codes=("Arbeit",)))
    assert [(s.document, s.code) for s in chosen.segments] == [
        ("Interview 2", "Arbeit"), ("Interview 3", "Arbeit/Lohn")]


def test_agreement_of_a_set_takes_the_coded_documents_in_it(study: Project) -> None:
    study.add_coding("Interview 1", "Arbeit", B + 3, B + 13, coder="Ben")
    study.add_coding("Interview 2", "Arbeit", B + 3, B + 13, coder="Ben")
    result = measure_agreement(study, ["Anna", "Ben"], set="Thüringen")
    assert [d.name for d in result.documents] == ["Interview 1", "Interview 3"]
    result = measure_agreement(study, ["Anna", "Ben"], documents=["Interview 2"],
                               where="Raucher = nein")
    assert [d.name for d in result.documents] == ["Interview 2"]


def test_matrix_export_of_a_set(study: Project, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    exporter_for("matrix").run(study, out, ExportOptions(set="Raucher"))
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][1:] == ["Interview 1", "Interview 4"]


@pytest.mark.parametrize("args", [
    ("segments", "--set", "Thüringen", "--json"),
    ("segments", "--where", "Region = Thüringen", "--json"),
    ("segments", "--doc", "Interview 1", "--doc", "Interview 3", "--json"),
])
def test_cli_segments_by_set_condition_or_names_agree(study_path: Path, capsys,
                                                      args: tuple[str, ...]) -> None:
    code, out, _ = run(capsys, args[0], study_path, *args[1:])
    assert code == 0
    assert sorted({s["document"] for s in json.loads(out)}) == ["Interview 1", "Interview 3"]
    assert len(json.loads(out)) == 6


def test_cli_every_command_with_doc_takes_set_and_where(study_path: Path, capsys,
                                                        tmp_path: Path) -> None:
    code, out, _ = run(capsys, "search", study_path, "Sprache", "--set", "Raucher", "--json")
    assert code == 0 and sorted({h["document"] for h in json.loads(out)}) == [
        "Interview 1", "Interview 4"]
    code, out, _ = run(capsys, "cooccurrence", study_path, "--unit", "turn", "--json",
                       "--where", "Alter < 40")
    assert json.loads(out)["matrix"][0][0] == 3  # Arbeit's codings in Interviews 1 and 5
    code, out, _ = run(capsys, "words", study_path, "--where", "Raucher = ja", "--json",
                       "--no-stop-words")
    assert next(w for w in json.loads(out)["words"] if w["word"] == "Arbeit")["count"] == 4
    code, out, _ = run(capsys, "export", "matrix", study_path, tmp_path / "m.csv", "--set",
                       "Thüringen")
    assert code == 0
    code, out, _ = run(capsys, "export", "segments", study_path, tmp_path / "s.csv",
                       "--where", "Raucher = nein")
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == 1 + 4  # Interview 2: 1, Interview 3: 3
    code, out, _ = run(capsys, "autocode", study_path, "Sprache", "--code", "Sprache",
                         "--set", "Raucher", "--dry-run")
    assert code == 0 and "from 2 hits" in out


def test_cli_a_bad_condition_or_set_is_one_line(study_path: Path, capsys) -> None:
    code, _, err = run(capsys, "segments", study_path, "--where", "Alter < vierzig")
    assert code == 1
    assert err == ("error: condition 'Alter < vierzig', at character 9: 'vierzig' is not a "
                   "whole number (Alter is a whole number)\n")
    code, _, err = run(capsys, "words", study_path, "--set", "Sachsen")
    assert code == 1 and err.startswith("error: no set 'Sachsen' in this project (sets: ")
