"""The code × speaker matrix: who raises which topic, across the chosen interviews, in the
core, in ``.xlsx``/``.csv`` and on the command line; and the speaker filter behind it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.errors import InvalidValueError, NotFoundError
from qda_app.exporters.matrix import code_matrix, export_matrix
from qda_app.exporters.options import ExportOptions
from qda_app.records import NO_SPEAKER

from .interview_project import CODINGS, F4, GROUP, SPEAKERS


def expected(documents: tuple[str, ...] = (GROUP, F4)) -> Counter[tuple[str, str]]:
    """(code path, speaker or NO_SPEAKER) -> codings, from the list the project was coded by."""
    return Counter((code, speaker or NO_SPEAKER) for doc, code, _, _, speaker in CODINGS
                   if doc in documents)


def cells(matrix) -> dict[tuple[str, str], int]:
    return {(code.path, col.speaker): matrix.count(r, c)
            for r, code in enumerate(matrix.codes) for c, col in enumerate(matrix.columns)
            if matrix.count(r, c)}


def test_columns_are_the_speakers_in_order_then_no_speaker(interviews: Project) -> None:
    m = code_matrix(interviews, by="speaker")
    assert [c.speaker for c in m.columns] == [*SPEAKERS, NO_SPEAKER]
    assert cells(m) == expected()
    assert sum(map(sum, m.counts)) == len(interviews.segments())


def test_a_speaker_cell_lists_exactly_its_segments(interviews: Project) -> None:
    m = code_matrix(interviews, by="speaker", by_coder=True)
    assert [(c.speaker, c.coder) for c in m.columns][:2] == [("Moderatorin", "Anna"),
                                                             ("Moderatorin", "Ben")]
    for r in range(len(m.codes)):
        for c in range(len(m.columns)):
            listed = interviews.segments(**m.segment_filter(r, c))
            assert len(listed) == m.count(r, c)
            assert all((s.speaker or NO_SPEAKER) == m.columns[c].speaker for s in listed)


def test_chosen_documents_bring_only_their_speakers(interviews: Project) -> None:
    m = code_matrix(interviews, by="speaker", documents=[F4])
    assert [c.speaker for c in m.columns] == ["I", "B"]  # no codings outside a turn here
    assert cells(m) == expected((F4,))
    row = [c.path for c in m.codes].index("Mobilität")
    assert interviews.segments(**m.segment_filter(row, 1))[0].document == F4
    with pytest.raises(NotFoundError):
        code_matrix(interviews, by="speaker", documents=["gibt es nicht"])
    with pytest.raises(InvalidValueError):
        code_matrix(interviews, by="coder")


def test_with_subcodes_a_row_counts_its_subtree(interviews: Project) -> None:
    m = code_matrix(interviews, by="speaker", include_subcodes=True)
    row = [c.path for c in m.codes].index("Ausbildung")
    assert m.counts[row][[c.speaker for c in m.columns].index("B")] == 1  # Berufsschule's
    assert m.counts[row][[c.speaker for c in m.columns].index("I")] == 1


def test_segments_by_speaker(interviews: Project) -> None:
    assert [s.text for s in interviews.segments(speaker="B1")] == [
        "Die Kirchengemeinde hat den Raum gegeben"]
    outside = interviews.segments(speaker=NO_SPEAKER)
    assert [(s.text, s.speaker) for s in outside] == [("Ehrenamtliche eines Sprachcafés", None)]
    both = interviews.segments(speaker=["I", NO_SPEAKER], code="Ausbildung")
    assert [s.text for s in both] == ["Und wie sind Sie dann zur Ausbildung gekommen?"]
    assert len(interviews.spans(speaker="B3")) == 3
    with pytest.raises(NotFoundError, match="no speaker 'B9'"):
        interviews.segments(speaker="B9")


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_and_xlsx_by_speaker(interviews: Project, tmp_path: Path) -> None:
    rows = _csv(export_matrix(interviews, tmp_path / "m.csv", ExportOptions(by="speaker")))
    assert rows[0] == ["Code", *SPEAKERS, "(ohne Sprecher:in)"]
    assert rows[1 + [c.path for c in interviews.codes()].index("Mobilität")] == [
        "Mobilität", "0", "0", "0", "2", "0", "2", "0"]
    book = openpyxl.load_workbook(export_matrix(
        interviews, tmp_path / "m.xlsx", ExportOptions(by="speaker", by_coder=True, lang="en")))
    sheet = book.worksheets[0]
    assert sheet.title == "Code-speaker matrix"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Code", "Moderatorin", None]  # a speaker spans its coders
    assert rows[1][1:3] == ["Anna", "Ben"]
    assert rows[0][-3] == "(no speaker)" and rows[-1][0] == "Total"
    assert rows[-1][-1] == len(CODINGS)
    assert "B2:C2" not in {str(r) for r in sheet.merged_cells.ranges}
    assert "B1:C1" in {str(r) for r in sheet.merged_cells.ranges}


def test_cli_by_speaker_with_chosen_documents(interviews_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.csv"
    assert main(["export", "matrix", str(interviews_path), str(out), "--by", "speaker",
                 "--doc", GROUP]) == 0
    rows = _csv(out)
    assert rows[0] == ["Code", "Moderatorin", "B1", "B2", "B3", "(ohne Sprecher:in)"]
    assert ["Ehrenamt", "1", "1", "0", "1", "1"] in rows
    # --by-coder still splits the document columns as before
    assert main(["export", "matrix", str(interviews_path), str(out), "--by-coder",
                 "--force"]) == 0
    assert _csv(out)[:2] == [["Code", GROUP, GROUP, F4, F4], ["", "Anna", "Ben", "Anna", "Ben"]]
    capsys.readouterr()
    assert main(["segments", str(interviews_path), "--speaker", "B3", "--json"]) == 0
    assert "ohne Auto kommt man" in capsys.readouterr().out
