"""An interview's speakers reach every export that names speakers: the segment tables'
speaker column, the Word excerpts' source lines (segments and codebook examples), the
coded transcript's bold labels, and ``qda segments --json``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.exporters.docx_codebook import export_codebook
from qda_app.exporters.docx_segments import export_segments_docx
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.tables import export_segments_table

from .interview_project import CODINGS, GROUP
from .test_export_support import bold_texts, paragraphs

SPOKEN = {words: speaker for _, _, words, _, speaker in CODINGS}
"""Each coded text and its speaker (``None``: in no turn)."""


def table_speakers(rows: list[list[object]]) -> dict[object, object]:
    header = rows[0]
    text, speaker = header.index("Text"), header.index("Sprecher:in")
    return {row[text]: row[speaker] for row in rows[1:]}


def test_segment_tables_have_each_codings_speaker(interviews: Project, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export_segments_table(interviews, tmp_path / "s.xlsx"))
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    assert table_speakers(rows) == {w: s for w, s in SPOKEN.items()}  # None: an empty cell
    with (export_segments_table(interviews, tmp_path / "s.csv")
          .open(encoding="utf-8-sig", newline="")) as fh:
        rows = list(csv.reader(fh))
    assert table_speakers(rows) == {w: s or "" for w, s in SPOKEN.items()}


def source_lines(path: Path) -> dict[str, str]:
    """Each excerpt's text -> the source line above it."""
    paras = [text for _, text in paragraphs(path)]
    return {text: paras[i - 1] for i, text in enumerate(paras) if text in SPOKEN}


def test_word_excerpts_name_the_speaker(interviews: Project, tmp_path: Path) -> None:
    for path in (export_segments_docx(interviews, tmp_path / "s.docx"),
                 export_codebook(interviews, tmp_path / "c.docx",
                                 ExportOptions(examples=10))):
        lines = source_lines(path)
        assert set(lines) == set(SPOKEN), path.name
        for document, _, words, coder, speaker in CODINGS:
            # "document · speaker · coder · position"; no speaker outside a turn
            named = [document, speaker, coder] if speaker else [document, coder]
            assert lines[words].split(" · ")[:len(named)] == named, (path.name, words)


def test_coded_transcript_sets_every_interview_label_in_bold(interviews: Project,
                                                             tmp_path: Path) -> None:
    out = export_transcript(interviews, tmp_path / "t.docx", ExportOptions(document=GROUP))
    doc = interviews.document(GROUP)
    assert bold_texts(out) == [doc.text[t.start:t.label_end] for t in doc.turns]
    assert bold_texts(out)[:3] == ["Moderatorin: ", "B1: ", "B2: "]


def test_segments_json_has_the_speaker(interviews_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segments", str(interviews_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {s["text"]: s["speaker"] for s in listed} == SPOKEN


def test_an_export_can_hold_one_speakers_codings_only(interviews_path: Path,
                                                       tmp_path: Path) -> None:
    """``--speaker`` as ``qda segments`` has it: the retrieved segments' speaker filter."""
    out = tmp_path / "b3.csv"
    assert main(["export", "segments", str(interviews_path), str(out), "--speaker", "B3"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    wanted = {w for w, s in SPOKEN.items() if s == "B3"}
    assert wanted and set(table_speakers(rows)) == wanted


def test_the_windows_speaker_filter_reaches_the_export(qtbot, interviews_path: Path,
                                                       settings: object) -> None:
    from qda_app.exporters.registry import exporter_for

    from .ui_support import open_window

    window = open_window(qtbot, interviews_path, settings)
    combo = window.segments.speaker_filter
    combo.setCurrentIndex(combo.findData("B3"))
    start = window.menus.exports.start_options(exporter_for("segments"))
    assert start.query.speakers == ("B3",)
    window.close()
