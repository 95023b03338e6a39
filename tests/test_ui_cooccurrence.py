"""The Code Co-occurrence window on the sample project: the core's numbers in tree order,
the unit and coder choices, the pairs behind a cell, jumping to them, following changes,
and the export from the window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from qda_app.analysis.cooccurrence import (
    CooccurrenceQuery,
    code_cooccurrence,
    cooccurring_pairs,
)
from qda_app.ui.analysis.cooccurrence_window import CooccurrenceWindow
from qda_app.ui.analysis.counting_window import RECOUNT_DELAY_MS
from qda_app.ui.analysis.heat_table import COUNT_ROLE
from qda_app.ui.analysis.pair_model import FIRST, SECOND
from qda_app.ui.exchange.export_dialogs import ExportChoice, ExportOptionsDialog
from qda_app.ui.main_window import MainWindow

from .ui_support import ANNA, opened, options_dialog, save_to

# opening a pair in the text brings the main window up: offscreen cannot, and says so
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def open_cooccurrence(window: MainWindow) -> CooccurrenceWindow:
    return opened(window, "cooccurrenceAction", CooccurrenceWindow)


def shown(co: CooccurrenceWindow) -> list[list[int]]:
    model = co.table.model()
    return [[model.index(r, c).data(COUNT_ROLE) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def double_click(qtbot, table, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    # a double click is a press, a release, then the double-click event
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def busiest_cell(co: CooccurrenceWindow) -> tuple[int, int]:
    model = co.model
    n = len(model.codes)
    return max(((r, c) for r in range(n) for c in range(n) if r != c),
               key=lambda rc: model.count_at(*rc))


def test_the_window_shows_the_cores_matrix(window: MainWindow, qtmodeltester) -> None:
    co = open_cooccurrence(window)
    qtmodeltester.check(co.model)
    project = window.project
    core = code_cooccurrence(project)
    assert shown(co) == [list(row) for row in core.counts]
    model = co.table.model()
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "Arbeit und Ausbildung", "    Sprache", "    Berufsschule"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Arbeit und Ausbildung", "Sprache"]
    diagonal = [model.index(r, r).data(COUNT_ROLE) for r in range(model.rowCount())]
    assert diagonal == [len(project.segments(code=c.uuid, include_subcodes=False))
                        for c in project.codes()]
    assert model.index(0, 0).data() == "0"  # the diagonal shows a 0, other cells stay empty
    assert model.index(0, 1).data() == ""


def test_units_and_coders_recount(window: MainWindow, qtmodeltester) -> None:
    co = open_cooccurrence(window)
    qtmodeltester.check(co.model)
    assert not co.unit.distance.isVisibleTo(co)
    co.unit.set_unit("turn")
    turn = code_cooccurrence(window.project, CooccurrenceQuery(unit="turn"))
    assert shown(co) == [list(row) for row in turn.counts]
    assert co.model.pairs_total() == 7  # the sample's pairs of codings in one speaker turn
    co.unit.set_unit("near", 300)
    assert co.unit.distance.isVisibleTo(co)
    near = code_cooccurrence(window.project, CooccurrenceQuery(unit="near", distance=300))
    assert shown(co) == [list(row) for row in near.counts] and co.model.pairs_total() == 26
    co.coder.setCurrentIndex(co.coder.findData(ANNA))
    anna = code_cooccurrence(window.project, CooccurrenceQuery(unit="near", distance=300,
                                                               coders=(ANNA,)))
    assert shown(co) == [list(row) for row in anna.counts]
    assert co.query() == anna.query


def test_shading_darkens_with_the_count_and_spares_the_diagonal(window: MainWindow) -> None:
    co = open_cooccurrence(window)
    co.unit.set_unit("near", 300)
    model = co.table.model()
    row, column = busiest_cell(co)
    darkest = model.index(row, column)
    assert darkest.data(COUNT_ROLE) == co.model.maximum() == 8
    assert darkest.data(Qt.ItemDataRole.ForegroundRole).name() == "#ffffff"
    lighter = next(model.index(r, c) for r in range(model.rowCount())
                   for c in range(model.columnCount())
                   if r != c and model.index(r, c).data(COUNT_ROLE) == 1)
    assert (lighter.data(Qt.ItemDataRole.BackgroundRole).lightness()
            > darkest.data(Qt.ItemDataRole.BackgroundRole).lightness())
    greys = {model.index(r, r).data(Qt.ItemDataRole.BackgroundRole).name()
             for r in range(model.rowCount())}
    assert greys == {"#ececec"}  # however many codings a code has


def test_a_cells_pairs_are_listed_and_open_in_the_text(qtbot, window: MainWindow,
                                                        qtmodeltester) -> None:
    co = open_cooccurrence(window)
    co.unit.set_unit("turn")
    qtbot.waitExposed(co)
    row, column = busiest_cell(co)
    double_click(qtbot, co.table, row, column)
    qtmodeltester.check(co.pairs)
    first, second = co.model.codes[row], co.model.codes[column]
    expected = cooccurring_pairs(window.project, first.uuid, second.uuid, co.query())
    assert len(co.pairs.pairs) == len(expected) == co.model.count_at(row, column)
    assert [(a.uuid, b.uuid) for a, b in co.pairs.pairs] == [
        (p.first.uuid, p.second.uuid) for p in expected]
    assert co.pairs.headerData(FIRST, Qt.Orientation.Horizontal) == first.name
    assert co.pairs.headerData(SECOND, Qt.Orientation.Horizontal) == second.name
    a, b = co.pairs.pairs[0]
    double_click(qtbot, co.pair_table, 0, SECOND)
    assert window.view.selection_cp() == (b.start, b.end)
    double_click(qtbot, co.pair_table, 0, 0)
    assert window.view.selection_cp() == (min(a.start, b.start), max(a.end, b.end))


def test_the_diagonal_lists_the_codes_codings_in_retrieved_segments(qtbot,
                                                                    window: MainWindow) -> None:
    co = open_cooccurrence(window)
    co.coder.setCurrentIndex(co.coder.findData(ANNA))
    qtbot.waitExposed(co)
    row = next(r for r, c in enumerate(co.model.codes) if c.path == "Mobilität")
    double_click(qtbot, co.table, row, row)
    listed = window.segments.model.rows
    expected = window.project.segments(code="Mobilität", include_subcodes=False, coder=ANNA)
    assert {c.uuid for c in listed} == {c.uuid for c in expected}
    assert len(listed) == co.model.count_at(row, row)
    assert co.pairs.pairs == []


def test_the_window_follows_new_codings(qtbot, window: MainWindow) -> None:
    co = open_cooccurrence(window)
    project = window.project
    [doc] = project.documents()
    row = next(r for r, c in enumerate(co.model.codes) if c.path == "Corona")
    column = next(r for r, c in enumerate(co.model.codes) if c.path == "Mobilität")
    before = co.model.count_at(row, column)
    mobility = project.segments(code="Mobilität")[0]
    project.add_coding(doc.uuid, "Corona", mobility.start, mobility.start + 3)
    overlapping = [s for s in project.segments(code="Mobilität", include_subcodes=False)
                   if s.start < mobility.start + 3 and mobility.start < s.end]
    qtbot.waitUntil(lambda: co.model.count_at(row, column) == before + len(overlapping),
                    timeout=10 * RECOUNT_DELAY_MS)
    assert co.model.counts == code_cooccurrence(project).counts


def test_export_from_the_window_keeps_what_it_shows(window: MainWindow, monkeypatch,
                                                    tmp_path: Path) -> None:
    co = open_cooccurrence(window)
    co.unit.set_unit("paragraph")
    co.coder.setCurrentIndex(co.coder.findData(ANNA))
    asked = []

    def ask(parent, project, exporter, start):
        asked.append((exporter.kind, start.cooccurrence))
        return ExportChoice(start, ".xlsx")

    monkeypatch.setattr(ExportOptionsDialog, "ask", ask)
    target = tmp_path / "co.xlsx"
    save_to(monkeypatch, target)
    co.findChild(QPushButton, "cooccurrenceExportButton").click()
    assert asked == [("cooccurrence", co.query())]
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert [list(r[1:]) for r in rows[1:1 + len(co.model.codes)]] == shown(co)


@pytest.mark.parametrize("unit", ["turn", "near"])
def test_the_export_dialog_asks_the_unit_and_coder(window: MainWindow, unit: str) -> None:
    dialog = options_dialog(window, "cooccurrence")
    rows = dialog.cooccurrence
    assert rows is not None
    rows.unit.set_unit(unit, 40)
    rows.coder.setCurrentIndex(rows.coder.findData(ANNA))
    chosen = dialog.choice().options.cooccurrence
    assert (chosen.unit, chosen.distance, chosen.coders) == (
        unit, 40 if unit == "near" else 0, (ANNA,))
