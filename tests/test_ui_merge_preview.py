"""Merging coder files in the window: the preview's report, mapping files, the merge itself.

Coder files are copies of the sample project that other coders changed; the file
dialogs are answered by monkeypatching their ``ask()`` (pytest-qt, offscreen).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
    QPushButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
)

from qda_app import Project
from qda_app.ui.main_window import MainWindow
from qda_app.ui.team import merge_dialog, merge_preview

from .ui_support import ANNA, JONAS

# -- coder files made from the sample ------------------------------------------------------


def _code_words(p: Project, code: str, words: str) -> None:
    doc = p.documents()[0]
    start = p.document(doc.uuid).text.index(words)
    p.add_coding(doc.uuid, p.code(code).uuid, start, start + len(words))


@pytest.fixture
def coder_files(sample_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Lea (a new coder) codes two places; Jonas adds a code and recolours another."""
    lea, jonas = tmp_path / "lea.qda", tmp_path / "jonas.qda"
    shutil.copy2(sample_path, lea)
    shutil.copy2(sample_path, jonas)
    with Project.open(lea) as p:
        p.coder = "Lea Brandt"
        _code_words(p, "Mobilität", "Fahrten zum Arzt")
        _code_words(p, "Begegnungsorte", "Es braucht Treffpunkte!")
    with Project.open(jonas) as p:
        p.coder = JONAS
        p.add_code("Wohnen", color="#336699")
        _code_words(p, "Wohnen", "Distanzen in Flächenland")
        p.recolor_code("Mobilität", "#000000")
    return lea, jonas


def start_merge(qtbot, window: MainWindow, monkeypatch, files: list[Path]) -> QDialog:
    monkeypatch.setattr(merge_dialog.CoderFilesDialog, "ask", classmethod(lambda cls, p: files))
    window.findChild(QAction, "mergeAction").trigger()
    preview = window.findChild(QDialog, "mergePreview")
    assert preview is not None and preview.isVisible()
    return preview


def report_rows(preview: QDialog) -> dict[str, dict[str, str]]:
    """{file name: {"Codes": "…", "Codes/added": "…", …}} from the preview's tree."""
    tree = preview.findChild(QTreeWidget, "mergeReport")
    out: dict[str, dict[str, str]] = {}

    def walk(item: QTreeWidgetItem, prefix: str, rows: dict[str, str]) -> None:
        for i in range(item.childCount()):
            child = item.child(i)
            key = f"{prefix}{child.text(0)}"
            rows[key] = rows[key] + " | " + child.text(1) if key in rows else child.text(1)
            walk(child, key + "/", rows)

    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows = {"": top.text(1)}
        walk(top, "", rows)
        out[top.text(0)] = rows
    return out


def fingerprint(path: Path) -> bytes:
    return path.read_bytes()


# -- merging -------------------------------------------------------------------------------


def test_merge_preview_shows_the_report_and_cancel_writes_nothing(
        qtbot, window: MainWindow, coder_files: tuple[Path, Path], sample_path: Path,
        monkeypatch) -> None:
    lea, jonas = coder_files
    before = [fingerprint(p) for p in (sample_path, lea, jonas)]
    preview = start_merge(qtbot, window, monkeypatch, [lea, jonas])
    summary = preview.findChild(type(preview.summary), "mergeSummary").text()
    assert "adds 3 codings, 1 code, 1 coder." in summary
    assert "cannot be undone" in preview.findChild(type(preview.summary), "mergeNotice").text()
    rows = report_rows(preview)
    assert rows["lea.qda"][""] == "2 codings added, 32 duplicate"
    assert rows["lea.qda"]["Documents"] == "1 matched, 0 added"
    assert rows["lea.qda"]["Coders/Lea Brandt"] == "added"
    assert rows["lea.qda"]["Codings/Lea Brandt"] == "2 added, 0 duplicate"
    assert rows["lea.qda"]["Codings/Anna Keller"] == "0 added, 16 duplicate"
    assert rows["jonas.qda"]["Codes"] == "16 matched, 1 added, 1 conflicting"
    assert rows["jonas.qda"]["Codes/added"] == "Wohnen"
    assert "#000000" in rows["jonas.qda"]["Codes/conflict: Mobilität"]
    assert rows["jonas.qda"]["Codings/Jonas Weber"] == "1 added, 16 duplicate"
    assert [fingerprint(p) for p in (sample_path, lea, jonas)] == before  # a dry run
    qtbot.mouseClick(preview.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert [fingerprint(p) for p in (sample_path, lea, jonas)] == before
    assert len(window.project.segments()) == 32


def test_merge_adds_the_codings_and_every_view_shows_them(
        qtbot, window: MainWindow, coder_files: tuple[Path, Path], sample_path: Path,
        monkeypatch) -> None:
    doc = window.view.doc
    start = doc.text.index("Kleine, familiäre Betriebe")
    window.view.select_cp(start, start + len("Kleine, familiäre Betriebe"))
    window.coding.code_selection(window.project.code("Arbeit und Ausbildung/Betriebe").uuid)
    assert window.bench.undo_stack.count() == 1
    before = fingerprint(sample_path)
    preview = start_merge(qtbot, window, monkeypatch, list(coder_files))
    qtbot.mouseClick(preview.findChild(QPushButton, "mergeButton"), Qt.MouseButton.LeftButton)
    assert fingerprint(sample_path) != before
    segments = window.project.segments()
    assert len(segments) == 33 + 3
    lea = [s for s in segments if s.coder == "Lea Brandt"]
    assert sorted(s.text for s in lea) == ["Es braucht Treffpunkte!", "Fahrten zum Arzt"]
    # the views refreshed from the change record
    assert all(s.uuid in window.view.index for s in segments)
    assert "(36)" in window.documents.model().index(0, 0).data()
    tree = window.findChild(QTreeView, "codeTree")
    names = [tree.model().index(r, 0).data() for r in range(tree.model().rowCount())]
    assert "Wohnen" in names
    combo = window.findChild(QComboBox, "coderFilter")
    assert "Lea Brandt" in [combo.itemText(i) for i in range(combo.count())]
    # an undone "code" from before the merge must not be able to strike merged work
    assert window.bench.undo_stack.count() == 0 and not window.bench.undo_stack.canUndo()
    assert "3 codings added" in window.statusBar().currentMessage()


def test_merging_everything_again_offers_nothing_to_merge(
        qtbot, window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "same.qda"
    shutil.copy2(sample_path, copy)
    preview = start_merge(qtbot, window, monkeypatch, [copy])
    assert "nothing to merge" in preview.summary.text()
    assert not preview.findChild(QPushButton, "mergeButton").isEnabled()


def test_preview_names_a_coder_clash(qtbot, window: MainWindow, tmp_path: Path,
                                     monkeypatch) -> None:
    other = tmp_path / "anna-own.qda"
    text = window.view.doc.text
    with Project.create(other, title="Annas eigene Datei") as p:
        p.coder = ANNA  # the same name as the team file's Anna, but another UUID
        doc = p.add_document("workshop", text)
        code = p.add_code("Mobilität")
        start = text.index("Fahrten zum Arzt")
        p.add_coding(doc.uuid, code.uuid, start, start + len("Fahrten zum Arzt"))
    preview = start_merge(qtbot, window, monkeypatch, [other])
    rows = report_rows(preview)["anna-own.qda"]
    assert rows["Coders"] == "0 matched, 0 added, 1 clashing"
    assert rows["Coders/Anna Keller"].startswith("clash:")
    assert rows["Documents"] == "1 matched, 0 added"


def test_mapping_file_changes_the_preview(qtbot, window: MainWindow, sample_path: Path,
                                          tmp_path: Path, monkeypatch) -> None:
    renamed = tmp_path / "renamed.qda"
    shutil.copy2(sample_path, renamed)
    with Project.open(renamed) as p:
        p.coder = JONAS
        code = p.add_code("Wege")  # a new code for what the team calls "Mobilität"
        doc = p.documents()[0]
        start = p.document(doc.uuid).text.index("Fahrten zum Arzt")
        p.add_coding(doc.uuid, code.uuid, start, start + len("Fahrten zum Arzt"))
    mapping = tmp_path / "map.txt"
    mapping.write_text("# coder = team\nWege = Mobilität\n", encoding="utf-8")
    preview = start_merge(qtbot, window, monkeypatch, [renamed])
    assert report_rows(preview)["renamed.qda"]["Codes/added"] == "Wege"
    monkeypatch.setattr(merge_preview.MappingFileDialog, "ask",
                        classmethod(lambda cls, parent: mapping))
    qtbot.mouseClick(preview.findChild(QPushButton, "mappingButton"),
                     Qt.MouseButton.LeftButton)
    rows = report_rows(preview)["renamed.qda"]
    assert "Codes/added" not in rows
    assert rows["Codes/matched by mapping"] == "Wege → Mobilität"
    assert "map.txt" in preview.mapping_label.text()
    bad = tmp_path / "bad.txt"
    bad.write_text("Wege -> Mobilität\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(merge_preview.MappingFileDialog, "ask",
                        classmethod(lambda cls, parent: bad))
    qtbot.mouseClick(preview.findChild(QPushButton, "mappingButton"),
                     Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "bad.txt, line 1" in shown[0]
    assert "map.txt" in preview.mapping_label.text()  # the good mapping stays
    qtbot.mouseClick(preview.findChild(QPushButton, "mergeButton"), Qt.MouseButton.LeftButton)
    merged = window.project.segments(coder=JONAS, code="Mobilität")
    assert "Fahrten zum Arzt" in [s.text for s in merged]
    assert all(c.path != "Wege" for c in window.project.codes())


def test_a_broken_file_is_one_line_and_changes_nothing(
        qtbot, window: MainWindow, sample_path: Path, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "broken.qda"
    broken.write_bytes(b"not a project at all" * 50)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    before = fingerprint(sample_path)
    monkeypatch.setattr(merge_dialog.CoderFilesDialog, "ask",
                        classmethod(lambda cls, p: [broken]))
    window.findChild(QAction, "mergeAction").trigger()
    assert window.findChild(QDialog, "mergePreview") is None
    assert len(shown) == 1 and "\n" not in shown[0] and "broken.qda" in shown[0]
    assert fingerprint(sample_path) == before


def test_a_failing_merge_shows_one_line_and_keeps_undo(
        qtbot, window: MainWindow, coder_files: tuple[Path, Path], sample_path: Path,
        monkeypatch) -> None:
    from qda_app.errors import QdaError

    start = window.view.doc.text.index("Fahrten zum Arzt")
    window.view.select_cp(start, start + 16)
    window.coding.code_selection(window.project.code("Mobilität").uuid)
    before = fingerprint(sample_path)
    preview = start_merge(qtbot, window, monkeypatch, list(coder_files))

    def failing(plan):
        raise QdaError("the disk is full")

    monkeypatch.setattr(window.project, "apply_merge", failing)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    qtbot.mouseClick(preview.findChild(QPushButton, "mergeButton"), Qt.MouseButton.LeftButton)
    assert shown == ["the disk is full"]
    assert fingerprint(sample_path) == before
    assert window.bench.undo_stack.canUndo()  # nothing was merged, so the steps before still undo
