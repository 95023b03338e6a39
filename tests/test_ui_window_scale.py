"""The window patches what a change record names and reads no more than it shows.

Issue 9, section 3: one coding must not reload every code's count, opening a
transcript must not build a full record per coding, the window reads the
document list once when it opens, and the Retrieved Segments fetch their rows
as the table scrolls. Each test spies on the core calls a reload would make
and checks what the coder sees; ``benchmarks/bench_scale_window.py`` measures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QToolTip

from qda_app import Project
from qda_app.ui.codes.code_tree_model import COUNT, NAME, CodeTreeModel, UuidRole
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.common.project_events import ProjectEvents
from qda_app.ui.main_window import MainWindow
from qda_app.ui.retrieval.segment_model import BATCH
from qda_app.ui.retrieval.segment_table import SegmentPanel
from qda_app.ui.settings import AppSettings

from .ui_support import assert_mirrors, status, uuid

# The offscreen platform cannot pass size hints to its fake windows nor raise a tooltip.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

NACHTEIL = "Arbeit und Ausbildung/Prüfung/Nachteilsausgleich"


def spy(monkeypatch: pytest.MonkeyPatch, obj: object, name: str) -> list[tuple[Any, ...]]:
    """Record the calls of ``obj.name`` (which still does its work)."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(obj, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, recorded)
    return calls


def open_window(qtbot, project: Project, settings: AppSettings) -> MainWindow:
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- the code tree: one coding, its code and that code's ancestors ---------------------------


def changed_rows(model: CodeTreeModel) -> list[str]:
    """The codes whose rows the model reports changed (one entry per row and signal)."""
    rows: list[str] = []

    def heard(top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = ()) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            rows.append(top_left.sibling(row, NAME).data(UuidRole))

    model.dataChanged.connect(heard)
    return rows


def test_a_coding_patches_its_code_and_ancestors_without_reloading_the_codes(
        qtmodeltester, panel: CodeTreePanel, sample: Project,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtmodeltester.check(panel.model)
    [doc] = sample.documents()
    leaf, pruefung = uuid(sample, NACHTEIL), uuid(sample, "Arbeit und Ausbildung/Prüfung")
    arbeit, mobil = uuid(sample, "Arbeit und Ausbildung"), uuid(sample, "Mobilität")
    rows = changed_rows(panel.model)
    codes = spy(monkeypatch, sample, "codes")

    coding = sample.add_coding(doc.uuid, leaf, 10, 40)
    assert sorted(rows) == sorted([leaf, pruefung, arbeit])
    count = {u: panel.model.index_for_uuid(u, COUNT).data() for u in (leaf, pruefung, arbeit)}
    assert count == {leaf: "4", pruefung: "1 (5)", arbeit: "0 (11)"}

    rows.clear()
    sample.update_coding(coding, code=mobil)  # one count down, another up
    assert sorted(rows) == sorted([leaf, pruefung, arbeit, mobil])
    assert panel.model.index_for_uuid(mobil, COUNT).data() == "5"
    rows.clear()
    sample.update_coding(coding, memo="Nachfragen")  # no count changes: no row does
    assert rows == []
    sample.remove_coding(coding)
    assert rows == [mobil]
    assert codes == []
    monkeypatch.undo()
    assert_mirrors(panel, sample)  # every count and total shown is the project's


def test_a_new_count_is_measured_alone_and_the_column_still_fits_every_count(
        qtbot, sample: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    data = CodeTreeModel.data

    def counted(self: CodeTreeModel, index: QModelIndex, role: int = 0) -> object:
        if index.column() == COUNT:
            asked.append(data(self, index, UuidRole))
        return data(self, index, role)

    monkeypatch.setattr(CodeTreeModel, "data", counted)
    panel = CodeTreePanel(sample, QUndoStack(), ProjectEvents(sample))
    qtbot.addWidget(panel)
    panel.resize(360, 300)  # shorter than the tree: some rows are out of view
    panel.show()
    qtbot.waitExposed(panel)
    [doc] = sample.documents()
    corona = uuid(sample, "Corona")
    asked.clear()
    sample.add_codings([(doc.uuid, corona, i, i + 5) for i in range(0, 1_000, 10)])
    assert set(asked) == {corona}  # Qt's ResizeToContents would ask for every code's count
    header, tree = panel.tree.header(), panel.tree
    index = panel.proxy.mapFromSource(panel.model.index_for_uuid(corona, COUNT))
    assert index.data() == "102"
    assert header.sectionSize(COUNT) >= tree.sizeHintForIndex(index).width()
    tree.scrollToBottom()
    qtbot.wait(10)
    widest = max(tree.sizeHintForIndex(panel.proxy.mapFromSource(
        panel.model.index_for_uuid(c.uuid, COUNT))).width() for c in sample.codes())
    assert header.sectionSize(COUNT) >= widest


def test_the_document_list_patches_its_count_without_asking_for_the_documents(
        qtmodeltester, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    model = window.documents.model()
    qtmodeltester.check(model)
    documents = spy(monkeypatch, window.project, "documents")
    doc = window.view.doc
    window.project.add_coding(doc.uuid, uuid(window.project, "Corona"), 0, 10)
    assert "(33)" in model.index(0, 0).data()
    assert documents == []


# -- opening: spans to paint, full records for what is hovered or selected ------------------


def hover(view: Any, position: int) -> str:
    """Rest the mouse on the character at ``position``; the tooltip shown."""
    cursor = view.textCursor()
    cursor.setPosition(view.map.to_utf16(position))
    point = view.cursorRect(cursor).center() + QPoint(view.viewportMargins().left(), 0)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point,
                                            view.mapToGlobal(point)))
    return QToolTip.text()


def test_opening_a_document_paints_from_spans_and_loads_records_on_demand(
        qtbot, sample_path: Path, settings: AppSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.open(sample_path)
    project.coder = "Tester"
    first = project.segments()[0]
    project.update_coding(first, memo="Hier nachfragen")
    segments = spy(monkeypatch, project, "segments")
    window = open_window(qtbot, project, settings)
    view = window.view
    assert segments == []
    assert len(view.index) == 32 and first.uuid in view.index
    assert first.uuid in {c.uuid for c in view.visible_codings()}  # highlighted and striped
    tip = hover(view, first.start + 1)
    assert first.code in tip and "Hier nachfragen" in tip and first.coder in tip
    window.coding.select_coding(first.uuid)
    assert view.selected_coding == first.uuid and first.code in status(window)
    project.rename_code(first.code_uuid, "Umbenannt")  # the codings reload: spans again
    assert "Umbenannt" in hover(view, first.start + 1)
    assert segments == []
    window.close()


def test_the_window_reads_the_document_list_once_when_it_opens(
        qtbot, sample_path: Path, settings: AppSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.open(sample_path)
    documents = spy(monkeypatch, project, "documents")
    window = open_window(qtbot, project, settings)
    assert len(documents) == 1
    [doc] = project.documents()
    assert window.view.doc is not None and window.view.doc.uuid == doc.uuid
    assert window.documents.model().rowCount() == 1
    combo = window.segments.document_filter
    assert [combo.itemData(i) for i in range(combo.count())] == [None, doc.uuid]
    window.close()


# -- the Retrieved Segments: rows fetched as the table scrolls -------------------------------


@pytest.fixture
def many(project: Project) -> Project:
    """One document with 700 codings: 500 of "A" (200 of them on "A/B") and 200 of "C"."""
    doc = project.add_document("lang", "".join(f"Satz {i:04d} ist kurz. " for i in range(800)))
    a, ab, c = (project.add_code(p).uuid for p in ("A", "A/B", "C"))
    width = len("Satz 0000 ist kurz. ")
    specs = [(doc.uuid, (ab if i % 5 < 2 else a) if i % 7 else c, i * width, i * width + 9,
              "Anna" if i % 2 else "Ben") for i in range(700)]
    project.add_codings(specs)
    return project


def segment_panel(qtbot, project: Project) -> SegmentPanel:
    panel = SegmentPanel(project, ProjectEvents(project))
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def listed(panel: SegmentPanel) -> list[str]:
    model = panel.model
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def test_the_segment_table_fetches_rows_as_it_scrolls(
        qtmodeltester, qtbot, many: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = segment_panel(qtbot, many)
    model = panel.model
    qtmodeltester.check(model)
    segments = spy(monkeypatch, many, "segments")
    panel.set_codes([uuid(many, "A")])
    expected = many.spans(code="A")
    assert BATCH <= model.rowCount() < model.total() == len(expected)
    assert str(len(expected)) in panel.summary.text()
    assert listed(panel) == [s.uuid for s in expected[:model.rowCount()]]
    first = many.codings([expected[0].uuid])[0]
    assert model.index(0, 0).data() == first.text and model.index(0, 1).data() == "A/B"
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > BATCH)  # the table asked for more
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        assert model.rowCount() > before
    assert listed(panel) == [s.uuid for s in expected]
    assert segments == []  # no full record per segment up front

    panel.coder_filter.setCurrentIndex(panel.coder_filter.findData("Ben"))  # filters as before
    assert model.total() == len(many.spans(code="A", coder="Ben"))
    panel.subcodes.setChecked(False)
    assert model.total() == len(many.spans(code="A", coder="Ben", include_subcodes=False))


def test_the_segment_table_patches_a_coding_in_place_fetched_or_not(
        qtmodeltester, qtbot, many: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = segment_panel(qtbot, many)
    model = panel.model
    qtmodeltester.check(model)
    panel.set_codes([uuid(many, "A")])
    total, shown = model.total(), model.rowCount()
    retrievals = spy(monkeypatch, many, "spans")
    [doc] = many.documents()
    far = many.add_coding(doc.uuid, "A", doc.chars - 8, doc.chars)  # beyond the rows shown
    assert (model.total(), model.rowCount()) == (total + 1, shown)
    near = many.add_coding(doc.uuid, "A/B", 3, 12)  # among them: a row inserted
    assert model.total() == total + 2
    assert near.uuid in listed(panel) and far.uuid not in listed(panel)
    gone = model.rows[5].uuid
    many.remove_coding(gone)
    many.add_coding(doc.uuid, "C", 3, 12)  # a code not listed
    assert model.total() == total + 1 and gone not in listed(panel)
    assert retrievals == []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert listed(panel) == [s.uuid for s in many.spans(code="A")]
