"""Team work in the window: merge preview and merge, the Agreement window (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
)

from qda_app import Project
from qda_app.ui import agreement_files, merge_dialog, merge_preview
from qda_app.ui.agreement_files import SaveChoice
from qda_app.ui.agreement_tables import CODE_ROLE, RAW_ROLE
from qda_app.ui.agreement_window import AgreementWindow
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

ANNA, JONAS = "Anna Keller", "Jonas Weber"
# the offscreen platform cannot raise windows (the Agreement window and the workbench do)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, path: Path, settings: AppSettings) -> MainWindow:
    project = Project.open(path)
    project.coder = "Tester"
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, sample_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, sample_path, settings)
    yield w
    w.close()


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
    assert window.undo_stack.count() == 1
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
    assert window.undo_stack.count() == 0 and not window.undo_stack.canUndo()
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
    real = window.project.merge_from

    def failing(sources, mapping=None, dry_run=False):
        if dry_run:
            return real(sources, mapping, dry_run=True)
        raise QdaError("the disk is full")

    monkeypatch.setattr(window.project, "merge_from", failing)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    qtbot.mouseClick(preview.findChild(QPushButton, "mergeButton"), Qt.MouseButton.LeftButton)
    assert shown == ["the disk is full"]
    assert fingerprint(sample_path) == before
    assert window.undo_stack.canUndo()  # nothing was merged, so the steps before still undo


# -- the Agreement window --------------------------------------------------------------------


def open_agreement(qtbot, window: MainWindow) -> AgreementWindow:
    window.findChild(QAction, "agreementAction").trigger()
    agreement = window.findChild(AgreementWindow, "agreementWindow")
    assert agreement is not None and agreement.isVisible()
    qtbot.waitExposed(agreement)
    return agreement


def column_of(table: QTableView, label: str) -> int:
    model = table.model()
    labels = [str(model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
              for c in range(model.columnCount())]
    return labels.index(label)


def row_of(table: QTableView, code: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)


def cell(table: QTableView, code: str, label: str, role: int = Qt.ItemDataRole.DisplayRole):
    model = table.model()
    return model.index(row_of(table, code), column_of(table, label)).data(role)


def test_agreement_window_shows_the_numbers_of_project_agreement(
        qtbot, qtmodeltester, window: MainWindow) -> None:
    agreement = open_agreement(qtbot, window)
    assert agreement.choices.choices().coders == (ANNA, JONAS)
    expected = window.project.agreement([ANNA, JONAS])
    seg = agreement.findChild(QTableView, "segmentTable")
    for table in [*agreement.tables.values(), agreement.place_table]:
        qtmodeltester.check(table.model())
    assert seg.model().index(0, 0).data() == "All codes"  # the overall row on top
    overall = expected.segment.overall
    assert cell(seg, "All codes", "Agreements", RAW_ROLE) == overall.agreements == 18
    assert cell(seg, "All codes", "% agreement") == f"{overall.percent_agreement:.1f}" == "56.2"
    assert cell(seg, "All codes", "κ (Brennan & Prediger)") == f"{overall.kappa_bp:.3f}"
    for path, s in expected.segment.per_code.items():
        assert cell(seg, path, f"Codings {ANNA}", RAW_ROLE) == s.codings[0]
        assert cell(seg, path, "Disagreements", RAW_ROLE) == s.disagreements
        assert cell(seg, path, "κ (Brennan & Prediger)", RAW_ROLE) == s.kappa_bp
    assert seg.model().rowCount() == 1 + len(expected.codes)
    char = agreement.tables["character"]
    for path, s in [("All codes", expected.character.overall),
                    *expected.character.per_code.items()]:
        assert cell(char, path, "Agreements", RAW_ROLE) == s.both + s.neither
        assert cell(char, path, "κ (Cohen)", RAW_ROLE) == s.kappa
    alpha = agreement.tables["alpha"]
    assert cell(alpha, "All codes", "α (Krippendorff)") == f"{expected.alpha.overall.value:.3f}"
    assert cell(alpha, "All codes", "Coded by 2 coders", RAW_ROLE) == 761
    assert agreement.places.rowCount() == len(expected.disagreements) == 13
    first = expected.disagreements[0]
    places = agreement.place_table.model()
    assert places.index(0, 1).data() == f"{first.start}–{first.end}"
    assert places.index(0, 4).data() == "coded 938–1062"  # Anna
    assert places.index(0, 5).data() == "coded 996–1062"  # Jonas
    missing = next(r for r in range(places.rowCount()) if places.index(r, 5).data() == "–")
    assert places.index(missing, 4).data().startswith("coded ")


def test_undefined_values_read_undefined_with_the_reason(qtbot, window: MainWindow) -> None:
    agreement = open_agreement(qtbot, window)
    presence = agreement.tables["presence"]
    # both coders used "Mobilität" in the only document: chance agreement is 1
    assert cell(presence, "Mobilität", "κ (Cohen)") == "undefined"
    assert "chance agreement is 1" in cell(presence, "Mobilität", "κ (Cohen)",
                                           Qt.ItemDataRole.ToolTipRole)
    # one code only: Brennan & Prediger's chance agreement is 1 as well
    agreement.choices._check_codes({window.project.code("Mobilität").uuid})
    qtbot.mouseClick(agreement.choices.compute, Qt.MouseButton.LeftButton)
    seg = agreement.tables["segment"]
    assert seg.model().rowCount() == 2
    assert cell(seg, "All codes", "κ (Brennan & Prediger)") == "undefined"
    # nothing chosen at all: every coefficient undefined, nothing NaN, no error
    agreement.choices._check_documents(set())
    qtbot.mouseClick(agreement.choices.compute, Qt.MouseButton.LeftButton)
    for table in agreement.tables.values():
        model = table.model()
        texts = [model.index(r, c).data() for r in range(model.rowCount())
                 for c in range(model.columnCount())]
        assert "undefined" in texts
        assert not any("nan" in str(t).lower() for t in texts)
    assert agreement.places.rowCount() == 0


def test_choices_need_two_coders(qtbot, window: MainWindow) -> None:
    agreement = open_agreement(qtbot, window)
    window.project.add_coder("Lea Brandt")  # a coder without codings is listed, not checked
    coders = agreement.choices.coders
    assert coders.item(2).text() == "Lea Brandt (no codings)"
    assert agreement.choices.choices().coders == (ANNA, JONAS)
    coders.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not agreement.choices.compute.isEnabled()
    assert "at least two coders" in agreement.choices.hint.text()
    assert "press Compute" in agreement.summary.text()  # the tables are out of date now


def test_double_click_opens_the_place_in_the_transcript(qtbot, window: MainWindow) -> None:
    agreement = open_agreement(qtbot, window)
    table = agreement.place_table
    row = 5
    place = agreement.place_at(table.model().index(row, 0))
    window.view.select_cp(0, 0)
    rect = table.visualRect(table.model().index(row, 3))
    # a double-click is a press, a release and the double-click event, as from a mouse
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.doc.uuid == place.document_uuid
    assert window.view.selection_cp() == (place.start, place.end)
    assert window.view.textCursor().selectedText().startswith(place.text[:20])
    # Enter on a place does the same
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    first = agreement.place_at(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.view.selection_cp() == (first.start, first.end)


def test_numbers_follow_the_locale_but_round_like_the_exports() -> None:
    from PySide6.QtCore import QLocale

    from qda_app.ui.agreement_tables import number_text

    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert number_text(56.25, "percent", german) == "56,2"  # as f"{56.25:.1f}" in Word
    assert number_text(-0.07692, "coef", german) == "-0,077"
    assert number_text(418179, "int", german) == "418.179"


def test_choosing_a_code_row_narrows_the_disagreements(qtbot, window: MainWindow) -> None:
    agreement = open_agreement(qtbot, window)
    seg = agreement.tables["segment"]
    seg.selectRow(row_of(seg, "Mobilität"))
    uuid = window.project.code("Mobilität").uuid
    places = agreement.place_table.model()
    assert places.rowCount() == 2
    assert {places.index(r, 0).data(CODE_ROLE) for r in range(2)} == {uuid}
    assert "2 of 13" in agreement.place_header.text()
    qtbot.mouseClick(agreement.show_all, Qt.MouseButton.LeftButton)
    assert places.rowCount() == 13


def test_a_new_coding_makes_the_results_stale_and_a_third_coder_counts(
        qtbot, window: MainWindow) -> None:
    agreement = open_agreement(qtbot, window)
    assert not agreement.stale
    start = window.view.doc.text.index("Fahrten zum Arzt")
    window.view.select_cp(start, start + 16)
    window.coding.code_selection(window.project.code("Mobilität").uuid)
    assert agreement.stale and "press Compute" in agreement.summary.text()
    assert [agreement.choices.coders.item(i).text()
            for i in range(agreement.choices.coders.count())] == [ANNA, JONAS, "Tester"]
    assert agreement.choices.choices().coders == (ANNA, JONAS, "Tester")  # has codings now
    assert "compare Anna Keller and Jonas Weber" in agreement.choices.hint.text()
    qtbot.mouseClick(agreement.choices.compute, Qt.MouseButton.LeftButton)
    assert not agreement.stale
    assert agreement.notes.isVisible() and "first two coders" in agreement.notes.text()
    assert cell(agreement.tables["alpha"], "All codes", "Coded by 3 coders", RAW_ROLE) == 0
    assert agreement.places.columnCount() == 4 + 3


def _save_to(monkeypatch, path: Path, filter_index: int = 0) -> None:
    monkeypatch.setattr(agreement_files.SaveFileDialog, "ask",
                        classmethod(lambda cls, *a: SaveChoice(path, filter_index)))


def test_export_to_word_opens_in_python_docx(qtbot, window: MainWindow, tmp_path: Path,
                                             monkeypatch) -> None:
    import docx

    agreement = open_agreement(qtbot, window)
    target = tmp_path / "agreement.docx"
    target.write_bytes(b"old")  # the save dialog asked and the user chose to replace it
    _save_to(monkeypatch, target)
    qtbot.mouseClick(agreement.findChild(QPushButton, "exportDocxButton"),
                     Qt.MouseButton.LeftButton)
    word = docx.Document(str(target))
    assert len(word.tables) == 5  # four statistics tables and the disagreement list
    assert len(word.tables[4].rows) == 1 + 13
    text = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "undefined" in text and "Jonas Weber" in text
    assert "agreement.docx" in agreement.export_status.text()


def test_export_csv_files_with_the_chosen_delimiter(qtbot, window: MainWindow, tmp_path: Path,
                                                    monkeypatch) -> None:
    agreement = open_agreement(qtbot, window)
    places = tmp_path / "places.csv"
    types = agreement.files._csv_types()
    semicolon = next(i for i, (_label, sep) in enumerate(types) if sep == ";")
    _save_to(monkeypatch, places, semicolon)
    qtbot.mouseClick(agreement.findChild(QPushButton, "exportPlacesCsvButton"),
                     Qt.MouseButton.LeftButton)
    rows = list(csv.reader(places.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["document", "start", "end", "code"]
    assert len(rows) == 1 + 13
    stats = tmp_path / "stats.csv"
    _save_to(monkeypatch, stats, 1 - semicolon)
    qtbot.mouseClick(agreement.findChild(QPushButton, "exportStatisticsCsvButton"),
                     Qt.MouseButton.LeftButton)
    rows = list(csv.reader(stats.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[15][:2] == ["segment", "All codes"]


def test_cancelled_export_writes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                         monkeypatch) -> None:
    class Cancelled(QProgressDialog):
        def wasCanceled(self) -> bool:
            return True

    agreement = open_agreement(qtbot, window)
    monkeypatch.setattr(agreement_files, "QProgressDialog", Cancelled)
    target = tmp_path / "cancelled.docx"
    _save_to(monkeypatch, target)
    qtbot.mouseClick(agreement.findChild(QPushButton, "exportDocxButton"),
                     Qt.MouseButton.LeftButton)
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert "Not saved" in agreement.export_status.text()


def test_agreement_window_closes_with_the_workbench(qtbot, sample_path: Path,
                                                    settings: AppSettings) -> None:
    w = open_window(qtbot, sample_path, settings)
    agreement = open_agreement(qtbot, w)
    w.close()
    assert not agreement.isVisible()
