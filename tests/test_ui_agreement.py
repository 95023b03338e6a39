"""The Agreement window: its numbers are the project's, undefined values, places, exports.

Opened from the workbench on the sample project (two coders); pytest-qt, offscreen.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QPushButton, QTableView

from qda_app.team.agreement_input import measure_agreement
from qda_app.ui.analysis.agreement_tables import CODE_ROLE, RAW_ROLE
from qda_app.ui.analysis.agreement_window import AgreementWindow
from qda_app.ui.common import dialogs, file_dialogs, progress_run
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .ui_support import ANNA, JONAS, open_window

# the offscreen platform cannot raise windows (the Agreement window and, opening a place,
# the workbench do)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


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
    expected = measure_agreement(window.project, [ANNA, JONAS])
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
    agreement.choices.check_codes({window.project.code("Mobilität").uuid})
    qtbot.mouseClick(agreement.choices.compute, Qt.MouseButton.LeftButton)
    seg = agreement.tables["segment"]
    assert seg.model().rowCount() == 2
    assert cell(seg, "All codes", "κ (Brennan & Prediger)") == "undefined"
    # nothing chosen at all: every coefficient undefined, nothing NaN, no error
    agreement.choices.check_documents(set())
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

    from qda_app.ui.analysis.agreement_tables import number_text

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


def test_a_closed_window_refills_its_choices_only_when_shown_again(
        qtbot, window: MainWindow, monkeypatch) -> None:
    agreement = open_agreement(qtbot, window)
    agreement.close()
    assert not agreement.isVisible()
    reads = []
    segments = window.project.segments
    monkeypatch.setattr(window.project, "segments",
                        lambda *a, **k: reads.append(1) or segments(*a, **k))
    # typing a code memo autosaves it: the hidden window must not reread every coding
    window.project.describe_code("Mobilität", "Wege zu Arzt, Amt und Arbeit")
    window.project.add_code("Nachbarschaft")
    assert reads == []
    codes = agreement.choices.codes
    names = [codes.topLevelItem(i).text(0) for i in range(codes.topLevelItemCount())]
    assert "Nachbarschaft" not in names
    agreement = open_agreement(qtbot, window)  # the same window, shown again
    assert reads
    names = [codes.topLevelItem(i).text(0) for i in range(codes.topLevelItemCount())]
    assert "Nachbarschaft" in names
    assert agreement.stale and "press Compute" in agreement.summary.text()


def _save_to(monkeypatch, path: Path, filter_index: int = 0, confirmed: bool = True) -> None:
    monkeypatch.setattr(file_dialogs.SaveFileDialog, "ask", classmethod(
        lambda cls, *a: file_dialogs.SaveTarget(path, confirmed, filter_index)))


def _save_as_type(monkeypatch, path: Path, type_contains: str) -> None:
    """The user saves to ``path``, choosing the file type whose label has ``type_contains``."""
    def ask(cls, parent, title, suggested, filters, *rest) -> file_dialogs.SaveTarget:
        index = next(i for i, (label, _suffix) in enumerate(filters) if type_contains in label)
        return file_dialogs.SaveTarget(path, True, index)
    monkeypatch.setattr(file_dialogs.SaveFileDialog, "ask", classmethod(ask))


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
    _save_as_type(monkeypatch, places, "semicolon-separated")
    qtbot.mouseClick(agreement.findChild(QPushButton, "exportPlacesCsvButton"),
                     Qt.MouseButton.LeftButton)
    rows = list(csv.reader(places.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["document", "start", "end", "code"]
    assert len(rows) == 1 + 13
    stats = tmp_path / "stats.csv"
    _save_as_type(monkeypatch, stats, "comma-separated")
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
    monkeypatch.setattr(progress_run, "QProgressDialog", Cancelled)
    target = tmp_path / "cancelled.docx"
    _save_to(monkeypatch, target)
    qtbot.mouseClick(agreement.findChild(QPushButton, "exportDocxButton"),
                     Qt.MouseButton.LeftButton)
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert "Not saved" in agreement.export_status.text()


def test_an_export_leaves_no_progress_dialog_behind(qtbot, window: MainWindow, tmp_path: Path,
                                                   monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    agreement = open_agreement(qtbot, window)
    for name in ("one.docx", "two.docx"):
        _save_to(monkeypatch, tmp_path / name)
        qtbot.mouseClick(agreement.findChild(QPushButton, "exportDocxButton"),
                         Qt.MouseButton.LeftButton)
        # gone at once: a later export (or its Cancel) must not meet this one's dialog
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog)]
    assert (tmp_path / "two.docx").exists()


def test_a_failing_export_is_one_line_and_replacing_needs_a_yes(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, warnings: list[str]) -> None:
    agreement = open_agreement(qtbot, window)
    button = agreement.findChild(QPushButton, "exportStatisticsCsvButton")
    missing = tmp_path / "nowhere" / "stats.csv"
    _save_to(monkeypatch, missing)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert warnings == [f"cannot write {missing}: folder {missing.parent} does not exist"]
    assert "Not saved" in agreement.export_status.text()
    kept = tmp_path / "stats.csv"
    kept.write_text("keep me", encoding="utf-8")
    _save_to(monkeypatch, kept, confirmed=False)  # the dialog added ".csv": not asked yet
    asked: list[str] = []
    monkeypatch.setattr(dialogs.Confirm, "ask",
                        classmethod(lambda cls, *a: asked.append(a[2]) or False))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["stats.csv exists already. Replace it?"]
    assert kept.read_text(encoding="utf-8") == "keep me"
    assert "Not saved" in agreement.export_status.text()


def test_agreement_window_closes_with_the_workbench(qtbot, sample_path: Path,
                                                    settings: AppSettings) -> None:
    w = open_window(qtbot, sample_path, settings)
    agreement = open_agreement(qtbot, w)
    w.close()
    assert not agreement.isVisible()
