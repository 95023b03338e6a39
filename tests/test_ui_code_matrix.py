"""The code matrix window: counts that are the project's codings, shading, drill-down, updates."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt

from qda_app.ui.main_window import MainWindow

from .ui_support import ANNA, JONAS, opened


def open_matrix_window(window: MainWindow):
    from qda_app.ui.analysis.matrix_view import CodeMatrixWindow

    return opened(window, "codeMatrixAction", CodeMatrixWindow)


def cell_counts(matrix) -> dict[tuple[str, str | None], int]:
    """(code path, coder or None) -> the count shown (the sample has one document)."""
    from qda_app.ui.analysis.matrix_model import COUNT_ROLE

    model = matrix.table.model()
    return {(model.codes[r].path, model.columns[c].coder):
            model.index(r, c).data(COUNT_ROLE)
            for r in range(len(model.codes)) for c in range(len(model.columns))}


def test_matrix_numbers_are_the_projects_codings(window: MainWindow, qtmodeltester) -> None:
    matrix = open_matrix_window(window)
    model = matrix.table.model()
    qtmodeltester.check(model)
    assert matrix.table.objectName() == "codeMatrix"
    project = window.project
    [doc] = project.documents()
    for (path, _), shown in cell_counts(matrix).items():
        assert shown == len(project.segments(code=path, include_subcodes=False, document=doc))
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "Arbeit und Ausbildung", "    Sprache", "    Berufsschule"]
    last_row, last_col = model.rowCount() - 1, model.columnCount() - 1
    assert model.index(last_row, last_col).data() == "32"  # totals
    matrix.by_coder.setChecked(True)
    assert model.columnCount() == 3  # Anna, Jonas, total
    for (path, coder), shown in cell_counts(matrix).items():
        assert shown == len(project.segments(code=path, include_subcodes=False, coder=coder))


def test_matrix_shading_darkens_with_the_count(window: MainWindow) -> None:
    from qda_app.ui.analysis.matrix_model import COUNT_ROLE

    matrix = open_matrix_window(window)
    matrix.by_coder.setChecked(True)
    model = matrix.table.model()
    by_count: dict[int, set[int]] = {}
    for r in range(len(model.codes)):
        for c in range(len(model.columns)):
            index = model.index(r, c)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            count = index.data(COUNT_ROLE)
            if count == 0:
                assert background is None and index.data() == ""
            else:
                by_count.setdefault(count, set()).add(background.lightness())
    counts = sorted(by_count)
    assert counts == [1, 2, 3]
    assert all(max(by_count[a]) > min(by_count[b]) for a, b in pairwise(counts))
    darkest = next(model.index(r, c) for r in range(len(model.codes))
                   for c in range(len(model.columns)) if model.index(r, c).data(COUNT_ROLE) == 3)
    assert darkest.data(Qt.ItemDataRole.ForegroundRole).name() == "#ffffff"


def test_double_click_lists_the_cells_segments(qtbot, window: MainWindow) -> None:
    matrix = open_matrix_window(window)
    matrix.by_coder.setChecked(True)
    model = matrix.table.model()
    row = next(r for r, c in enumerate(model.codes) if c.path == "Mobilität")
    column = next(j for j, c in enumerate(model.columns) if c.coder == JONAS)
    index = model.index(row, column)
    qtbot.waitExposed(matrix)
    matrix.table.scrollTo(index)
    rect = matrix.table.visualRect(index)
    # a double click is a press, a release, then the double-click event (QTest sends the last only)
    qtbot.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = window.project.segments(code="Mobilität", coder=JONAS, include_subcodes=False)
    listed = window.segments.model.rows
    assert len(listed) == int(index.data()) == 3
    assert {c.uuid for c in listed} == {c.uuid for c in expected}
    mobility = window.project.code("Mobilität").uuid
    assert window.code_tree.checked_codes() == [mobility]
    assert window.segments.coder_filter.currentData() == JONAS
    assert window.segments_dock.isVisible()


def test_the_matrix_follows_new_codings(qtbot, window: MainWindow, monkeypatch) -> None:
    from qda_app.ui.analysis.counting_window import RECOUNT_DELAY_MS
    from qda_app.ui.analysis.matrix_model import COUNT_ROLE

    matrix = open_matrix_window(window)
    model = matrix.table.model()
    recounts: list[None] = []
    recount = matrix.recount
    monkeypatch.setattr(matrix, "recount", lambda: (recounts.append(None), recount()))
    row = next(r for r, c in enumerate(model.codes) if c.path == "Corona")
    before = model.index(row, 0).data(COUNT_ROLE)
    doc = window.project.documents()[0]
    window.project.add_coding(doc.uuid, "Corona", 0, 5)  # the first coding by "Tester"
    window.project.add_coding(doc.uuid, "Corona", 10, 15, coder=ANNA)
    assert model.index(row, 0).data(COUNT_ROLE) == before + 2  # at once
    qtbot.wait(2 * RECOUNT_DELAY_MS)
    assert recounts == []  # patched, not counted again
    window.project.add_code("Neu")  # a new row: counted again, after the pause
    qtbot.waitUntil(lambda: model.codes[-1].path == "Neu")
    assert len(recounts) == 1
