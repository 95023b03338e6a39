"""Crosstabs counted by hand on the study of ``variables_support``::

    codings   Region     Alter  Raucher  sets                   speaker
    I1        Thüringen  34     ja       Thüringen, Raucher     Arbeit: I 1, B 1; Sprache: B 1
    I2        Sachsen    45     nein     (none)                 Arbeit: B 1
    I3        Thüringen  61     nein     Thüringen              Sprache: B 2; Arbeit/Lohn: B 1
    I4        Bayern     -      ja       Raucher                -
    I5        -          28     -        (none)                 Arbeit: I 1
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.analysis.crosstab import Crosstab, CrosstabQuery, crosstab
from qda_app.cli.main import main
from qda_app.errors import InvalidValueError, NotFoundError
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.registry import exporter_for

from .conftest import Place
from .variables_support import write_study_with_sets

ROWS = ["Arbeit", "Arbeit/Lohn", "Sprache"]


@pytest.fixture
def study_path(place: Place) -> Path:
    return place(write_study_with_sets, "studie.qda")


@pytest.fixture
def study(study_path: Path) -> Iterator[Project]:
    with Project.open(study_path) as p:
        yield p


def columns(table: Crosstab) -> list[tuple[str, int]]:
    return [(c.label or "-", c.documents) for c in table.columns]


def test_by_a_text_variable(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(variable="Region"))
    assert [c.path for c in table.codes] == ROWS
    assert columns(table) == [("Bayern", 1), ("Sachsen", 1), ("Thüringen", 2), ("-", 1)]
    assert table.codings == ((0, 1, 2, 1), (0, 0, 1, 0), (0, 0, 3, 0))
    assert table.documents == ((0, 1, 1, 1), (0, 0, 1, 0), (0, 0, 2, 0))


def test_subcodes_count_in_their_parent_row(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(variable="Region", include_subcodes=True))
    assert table.codings[0] == (0, 1, 3, 1)
    assert table.documents[0] == (0, 1, 2, 1)  # Interview 3's Lohn makes it a document


def test_by_a_whole_number_in_ranges_and_by_value(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(variable="Alter", bins=2))
    # 28..61 in two ranges of 17: 28-44 (Interviews 1, 5), 45-61 (2, 3); Interview 4: none
    assert columns(table) == [("28–44", 2), ("45–61", 2), ("-", 1)]
    assert table.codings == ((3, 1, 0), (0, 1, 0), (1, 2, 0))
    assert table.documents == ((2, 1, 0), (0, 1, 0), (1, 1, 0))
    by_value = crosstab(study, CrosstabQuery(variable="Alter"))
    assert columns(by_value) == [("28", 1), ("34", 1), ("45", 1), ("61", 1), ("-", 1)]
    assert by_value.codings[0] == (1, 2, 1, 0, 0)


def test_by_yes_no_and_by_date(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(variable="Raucher"))
    assert columns(table) == [("no", 2), ("yes", 2), ("-", 1)]
    assert table.codings == ((1, 2, 1), (1, 0, 0), (2, 1, 0))
    dated = crosstab(study, CrosstabQuery(variable="Interview am"))
    assert columns(dated) == [("2024-03-12", 1), ("2024-03-20", 1), ("2024-04-02", 1),
                              ("-", 2)]


def test_by_sets_a_document_in_two_counts_in_both(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(by="sets"))
    assert columns(table) == [("Thüringen", 2), ("Raucher", 2), ("-", 2)]
    assert table.codings == ((2, 2, 2), (1, 0, 0), (3, 1, 0))
    assert table.documents == ((1, 1, 2), (1, 0, 0), (2, 1, 0))


def test_by_speakers(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(by="speakers"))
    assert columns(table) == [("I", 5), ("B", 5)]
    assert table.codings == ((2, 2), (0, 1), (0, 3))
    assert table.documents == ((2, 2), (0, 1), (0, 2))


def test_a_set_or_a_condition_chooses_the_documents(study: Project) -> None:
    table = crosstab(study, CrosstabQuery(variable="Raucher", where="Alter < 40"))
    assert columns(table) == [("yes", 1), ("-", 1)]  # Interview 1; Interview 5 has none
    assert table.codings[0] == (2, 1)
    table = crosstab(study, CrosstabQuery(by="speakers", set="Thüringen", codes=("Sprache",)))
    assert [c.path for c in table.codes] == ["Sprache"]
    assert table.codings == ((0, 3),)


def test_refusals_are_one_line(study: Project) -> None:
    with pytest.raises(InvalidValueError, match="needs the variable's name"):
        crosstab(study, CrosstabQuery())
    with pytest.raises(InvalidValueError, match="apply to whole-number and decimal"):
        crosstab(study, CrosstabQuery(variable="Region", bins=3))
    with pytest.raises(NotFoundError, match="no variable 'Wohnort'"):
        crosstab(study, CrosstabQuery(variable="Wohnort"))


def test_the_command_line(study_path: Path, capsys) -> None:
    assert main(["crosstab", str(study_path), "--variable", "Region", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["label"] for c in data["columns"]] == ["Bayern", "Sachsen", "Thüringen",
                                                      "(no value)"]
    assert data["codings"] == [[0, 1, 2, 1], [0, 0, 1, 0], [0, 0, 3, 0]]
    assert data["documents"][2] == [0, 0, 2, 0]
    assert main(["crosstab", str(study_path), "--sets", "--set", "Raucher"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == ["code", "Thüringen", "(n=1)", "Raucher", "(n=2)"]
    assert main(["crosstab", str(study_path), "--speakers", "--bins", "2"]) == 1
    assert capsys.readouterr().err == "error: --bins applies to --variable\n"


def test_export_to_xlsx_and_csv(study: Project, tmp_path: Path) -> None:
    query = CrosstabQuery(variable="Raucher")
    exporter_for("crosstab").run(study, tmp_path / "k.xlsx", ExportOptions(crosstab=query))
    book = openpyxl.load_workbook(tmp_path / "k.xlsx")
    codings, documents = book.worksheets
    assert [c.value for c in codings[1]] == ["Code", "nein", "ja", "(ohne Wert)"]
    assert [c.value for c in codings[2]] == ["Dokumente in der Spalte", 2, 2, 1]
    assert [c.value for c in codings[3]] == ["Arbeit", 1, 2, 1]
    assert [c.value for c in documents[5]] == ["Sprache", 1, 1, 0]
    exporter_for("crosstab").run(study, tmp_path / "k.csv",
                                 ExportOptions(crosstab=query, lang="en"))
    with (tmp_path / "k.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Code", "Crosstab", "Codings", "Documents with codings",
                       "Documents in the column"]
    assert rows[1:4] == [["Arbeit", "no", "1", "1", "2"], ["Arbeit", "yes", "2", "1", "2"],
                         ["Arbeit", "(no value)", "1", "1", "1"]]
