"""The window notices what another program writes to its project file, and refreshes.

The second writer is real: ``qda code-text`` in a subprocess, or a second ``Project`` on
the same file (what a second window or a script is). The tests call
``bench.watch.check()``, what the window's timer and its activation call, instead of
waiting for the timer.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from qda_app.importers import import_file
from qda_app.ui.analysis.agreement_window import AgreementWindow
from qda_app.ui.analysis.matrix_view import CodeMatrixWindow
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action

from .ui_support import elsewhere, mine, select_words, status, tree_index

UPDATED = "Updated: the project was changed by another program"
# the offscreen platform cannot raise windows (the Agreement window raises itself)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def w(window: MainWindow) -> Iterator[MainWindow]:
    """The workbench; the tests look for changes elsewhere themselves (no timer ticks)."""
    window.bench.watch.timer.stop()
    yield window


def qda(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "qda_app.cli.main", *args], check=True,
                   capture_output=True, timeout=60)


def code_text_elsewhere(window: MainWindow, words: str, code: str, coder: str) -> None:
    """``qda code-text`` in another process: ``words`` coded with ``code`` by ``coder``."""
    doc = window.view.doc
    start = doc.text.index(words)
    qda("code-text", str(window.project.path), "--doc", doc.name, "--code", code,
        "--start", str(start), "--end", str(start + len(words)), "--coder", coder)


def test_a_coding_written_by_another_program_shows_everywhere(qtbot, w: MainWindow) -> None:
    view, tree = w.view, w.code_tree
    select_words(w, "Distanzen in Flächenland")
    selection, scrolled = view.selection_cp(), view.verticalScrollBar().value()
    assert scrolled > 0  # the passage is further down: the view had to scroll to it
    parent = tree.proxy.mapFromSource(tree.model.index_for_uuid(
        w.project.code("Arbeit und Ausbildung").uuid))
    tree.tree.collapse(parent)
    corona = w.project.code("Corona").uuid
    tree.select_code(corona)
    mobil = w.project.code("Mobilität")
    tree.model.set_checked([mobil.uuid], True)
    listed = w.segments.model.rowCount()
    action(w, "codeMatrixAction").trigger()
    matrix = w.findChild(CodeMatrixWindow)
    action(w, "agreementAction").trigger()
    agreement = w.findChild(AgreementWindow, "agreementWindow")
    assert matrix.model.grand_total() == 32 and not agreement.stale

    code_text_elsewhere(w, "Fahrten zum Arzt", "Mobilität", "Lena Neu")
    assert w.bench.watch.check()

    assert status(w) == UPDATED
    [theirs] = [c for c in w.project.segments() if c.coder == "Lena Neu"]
    assert theirs.uuid in view.index  # the transcript shows it, where the reader was
    assert view.selection_cp() == selection and view.verticalScrollBar().value() == scrolled
    assert "(33)" in w.documents.model().index(0, 0).data()
    count = tree_index(w, "Mobilität").siblingAtColumn(1).data()
    assert count.split()[-1] == str(mobil.codings + 1)
    assert not tree.tree.isExpanded(parent) and tree.current_code() == corona
    assert w.segments.model.rowCount() == listed + 1
    assert w.menus.coder_combo.findData("Lena Neu") >= 0
    assert w.segments.coder_filter.findData("Lena Neu") >= 0
    qtbot.waitUntil(lambda: matrix.model.grand_total() == 33)
    assert agreement.stale
    coders = agreement.choices.coders
    assert "Lena Neu" in [coders.item(i).text() for i in range(coders.count())][-1]
    assert not w.bench.watch.check()  # told once
    agreement.close()
    matrix.close()


def test_the_window_s_own_changes_are_not_news(qtbot, w: MainWindow) -> None:
    select_words(w, "Fahrten zum Arzt")
    w.coding.code_selection(w.project.code("Mobilität").uuid)
    assert len(mine(w)) == 1
    assert not w.bench.watch.check()
    assert status(w) != UPDATED


def test_the_shown_document_deleted_elsewhere_empties_the_view(
        w: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "interview.txt"
    source.write_text("IK\tWir fahren mit dem Bus.\n", encoding="utf-8")
    import_file(w.project, source)  # a second document, not opened
    shown = w.view.doc
    with elsewhere(w) as other:
        other.delete_document(shown.uuid)
    assert w.bench.watch.check()
    assert w.view.doc is None and w.view.toPlainText() == ""
    assert w.view.placeholderText() == (f"The document “{shown.name}” no longer exists in the "
                                        "project. Choose a document from the list.")
    assert shown.name not in w.windowTitle() and status(w) == UPDATED
    assert [w.documents.model().index(r, 0).data() for r in range(
        w.documents.model().rowCount())] == ["interview  (0)"]
    with elsewhere(w) as other:
        other.add_code("Neu von außen")
    assert w.bench.watch.check()
    assert w.view.doc is None  # still the user's choice which document comes next
    w.documents.setCurrentIndex(w.documents.model().index(0, 0))
    assert w.view.doc.name == "interview" and w.view.placeholderText() == ""


def test_opening_a_document_another_program_deleted(w: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "interview.txt"
    source.write_text("IK\tWir fahren mit dem Bus.\n", encoding="utf-8")
    doc = import_file(w.project, source)
    row = w.documents.model_.row_of(doc.uuid)
    with elsewhere(w) as other:
        other.delete_document(doc.uuid)
    w.documents.setCurrentIndex(w.documents.model().index(row, 0))  # the list still shows it
    assert w.view.doc is not None and w.view.doc.name != "interview"
    assert status(w).startswith("This document no longer exists")
    assert w.documents.model_.row_of(doc.uuid) == -1


def test_jumping_to_a_segment_whose_document_another_program_deleted(
        qtbot, w: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "interview.txt"
    source.write_text("IK\tWir fahren mit dem Bus.\n", encoding="utf-8")
    doc = import_file(w.project, source)
    mobil = w.project.code("Mobilität").uuid
    w.project.add_coding(doc.uuid, mobil, 3, 12)
    w.code_tree.model.set_checked([mobil], True)
    table = w.segments.table
    row = next(i for i, c in enumerate(w.segments.model.rows) if c.document == "interview")
    table.scrollTo(table.model().index(row, 0))
    rect = table.visualRect(table.model().index(row, 0))
    with elsewhere(w) as other:
        other.delete_document(doc.uuid)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert status(w).startswith("The document of this segment no longer exists")
    assert w.view.doc.name != "interview"
    assert "interview" not in {row.document for row in w.segments.model.rows}


def test_activation_and_the_timer_look_for_changes(qtbot, w: MainWindow) -> None:
    watch = w.bench.watch
    with elsewhere(w) as other:
        other.add_code("Von außen")
    QApplication.sendEvent(w, QEvent(QEvent.Type.WindowActivate))
    assert w.code_tree.model.index_for_uuid(w.project.code("Von außen").uuid).isValid()
    assert status(w) == UPDATED
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not watch.timer.isActive()  # nobody looks at the window: no polling
    with elsewhere(w) as other:
        other.add_code("Noch einer")
    w.statusBar().clearMessage()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert watch.timer.isActive() and watch.timer.interval() <= 2000
    assert status(w) == UPDATED  # coming back to the window looks at once
    assert w.code_tree.model.index_for_uuid(w.project.code("Noch einer").uuid).isValid()
