"""Interviews in the window: each timed turn's time beside it, the code matrix by speaker
with its drill-down, and the Retrieved Segments' speaker filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from qda_app.records import NO_SPEAKER
from qda_app.ui.analysis.matrix_model import COUNT_ROLE
from qda_app.ui.analysis.matrix_view import CodeMatrixWindow
from qda_app.ui.exchange.export_dialogs import ExportOptionsDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings
from qda_app.ui.transcript.turn_times import clock

from .interview_project import F4, GROUP, SPEAKERS
from .ui_support import answer, open_window, opened


@pytest.fixture
def iwindow(qtbot, interviews_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, interviews_path, settings)
    yield w
    w.close()


def show(window: MainWindow, name: str) -> None:
    window.transcript.show_document(window.project.document(name).uuid)


def test_clock_of_a_turns_seconds() -> None:
    assert [clock(s) for s in (0, 62.5, 3723.9, 36000)] == [
        "00:00:00", "00:01:02", "01:02:03", "10:00:00"]


def test_timed_turns_show_their_time_beside_their_first_line(qtbot, iwindow: MainWindow
                                                             ) -> None:
    show(iwindow, F4)
    view = iwindow.view
    times = view.times
    assert times.width() > 0 and view.viewportMargins().left() == (
        times.width() + view.memo_marks.width() + view.margin.width())
    shown = dict(times.shown())
    doc = view.doc
    assert shown, "the first turns are in view"
    for turn in doc.turns[:3]:  # at the top of the transcript: in view
        y = view.line_span_y(view.map.to_utf16(turn.start), bottom=False)
        assert shown[clock(turn.seconds)] == y
    assert "00:00:12" in shown and view.toPlainText() == doc.text  # painted, not inserted
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(10)
    assert "00:00:12" not in dict(times.shown()) and "00:03:37" in dict(times.shown())


def test_a_document_without_times_has_no_time_column(iwindow: MainWindow) -> None:
    iwindow.project.add_document("Notizen", "Ohne Sprecher und ohne Zeiten.\n")
    show(iwindow, "Notizen")
    assert iwindow.view.times.width() == 0
    assert iwindow.view.viewportMargins().left() == (
        iwindow.view.memo_marks.width() + iwindow.view.margin.width())


def open_matrix(window: MainWindow) -> CodeMatrixWindow:
    return opened(window, "codeMatrixAction", CodeMatrixWindow)


def test_matrix_switches_to_speakers_and_back(iwindow: MainWindow, qtmodeltester) -> None:
    matrix = open_matrix(iwindow)
    model = matrix.table.model()
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [GROUP, F4]
    matrix.by_speaker.setChecked(True)
    titles = [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())]
    assert titles == [*SPEAKERS, "(no speaker)", "Total"]
    row = [c.path for c in model.codes].index("Mobilität")
    assert [model.index(row, c).data(COUNT_ROLE) for c in range(len(titles))] == [
        0, 0, 0, 2, 0, 2, 0, 4]
    assert "speakers: 7" in matrix.hint.text()
    matrix.by_coder.setChecked(True)  # speakers x coders
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Moderatorin\nAnna"
    matrix.by_document.setChecked(True)
    matrix.by_coder.setChecked(False)
    assert model.columnCount() == 3 and "documents: 2" in matrix.hint.text()


def double_click(qtbot, matrix: CodeMatrixWindow, row: int, column: int) -> None:
    index = matrix.table.model().index(row, column)
    qtbot.waitExposed(matrix)
    matrix.table.scrollTo(index)
    center = matrix.table.visualRect(index).center()
    qtbot.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_double_click_on_a_speaker_cell_lists_its_segments(qtbot, iwindow: MainWindow) -> None:
    matrix = open_matrix(iwindow)
    matrix.by_speaker.setChecked(True)
    model = matrix.table.model()
    ehrenamt = [c.path for c in model.codes].index("Ehrenamt")
    double_click(qtbot, matrix, ehrenamt, SPEAKERS.index("B3"))
    panel = iwindow.segments
    assert panel.speaker_filter.currentData() == "B3"
    assert [c.text for c in panel.model.rows] == ["Das hängt aber an drei Leuten"]
    double_click(qtbot, matrix, ehrenamt, len(SPEAKERS))  # (no speaker)
    assert panel.speaker_filter.currentData() == NO_SPEAKER
    assert [c.text for c in panel.model.rows] == ["Ehrenamtliche eines Sprachcafés"]
    assert "outside speaker turns" in iwindow.statusBar().currentMessage()


def test_the_speaker_filter_follows_new_codings(qtbot, iwindow: MainWindow) -> None:
    matrix = open_matrix(iwindow)
    matrix.by_speaker.setChecked(True)
    model = matrix.table.model()
    row = [c.path for c in model.codes].index("Mobilität")
    b1 = SPEAKERS.index("B1")
    iwindow.segments.show_segments([iwindow.project.code("Mobilität").uuid], speaker="B1")
    assert iwindow.segments.model.rows == []
    doc = iwindow.project.document(GROUP)
    start = doc.text.index("Einen festen Ansprechpartner")  # said by B1
    iwindow.project.add_coding(doc.uuid, "Mobilität", start, start + 10)
    assert model.index(row, b1).data(COUNT_ROLE) == 1  # patched at once
    assert [c.speaker for c in iwindow.segments.model.rows] == ["B1"]
    b3 = doc.text.index("Und Geld für den Fahrdienst")  # B3's: not listed under B1
    iwindow.project.add_coding(doc.uuid, "Mobilität", b3, b3 + 8)
    assert len(iwindow.segments.model.rows) == 1


def test_speaker_filter_lists_every_speaker(iwindow: MainWindow) -> None:
    combo = iwindow.segments.speaker_filter
    assert combo.isVisibleTo(iwindow)
    assert [combo.itemData(i) for i in range(combo.count())] == [None, *SPEAKERS, NO_SPEAKER]


def test_matrix_windows_export_keeps_its_columns(iwindow: MainWindow, monkeypatch) -> None:
    asked = answer(monkeypatch, ExportOptionsDialog, None)  # the user cancels the options
    matrix = open_matrix(iwindow)
    matrix.by_speaker.setChecked(True)
    matrix.findChild(QPushButton, "matrixExportButton").click()
    (_, _, exporter, start), = asked
    assert exporter.kind == "matrix" and start.by == "speaker" and not start.by_coder
    dialog = ExportOptionsDialog(iwindow, iwindow.project, exporter, start)
    assert dialog.columns is not None and dialog.columns.currentData() == "speaker"
    dialog.columns.setCurrentIndex(dialog.columns.findData("document"))
    assert dialog.choice().options.by == "document"

