"""File → Export, the REFI-QDA imports and the code matrix, driven through the window.

Dialogs are answered by monkeypatching their ``ask()``; the exports run for
real on the sample project and the files are opened again as a reader would.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import etree
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QPushButton

from qda_app import Project
from qda_app.exporters.selection import SegmentQuery
from qda_app.refi import export_qdc, export_qdpx
from qda_app.ui import export_dialogs as dialogs
from qda_app.ui.export_actions import ExportActions, action
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

ANNA, JONAS = "Anna Keller", "Jonas Weber"


@pytest.fixture
def window(qtbot, sample_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    project = Project.open(sample_path)
    project.coder = "Tester"
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def answer(monkeypatch, cls: type, value: object) -> list[tuple]:
    """Make ``cls.ask`` return ``value``; the list collects the arguments it was asked with."""
    calls: list[tuple] = []

    def ask(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return value

    monkeypatch.setattr(cls, "ask", ask)
    return calls


def save_to(monkeypatch, path: Path, confirmed: bool = False) -> None:
    answer(monkeypatch, dialogs.SaveFileDialog, dialogs.SaveTarget(path, confirmed))


def never_replace(monkeypatch) -> None:
    def refuse(*_: object) -> bool:
        raise AssertionError("asked to replace a file that is not there")
    monkeypatch.setattr(dialogs.ConfirmReplace, "ask", refuse)


def trigger(window: MainWindow, name: str) -> None:
    action(window, name).trigger()


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def comment_count(path: Path) -> int:
    with zipfile.ZipFile(path) as zf:
        if "word/comments.xml" not in zf.namelist():
            return 0
        root = etree.fromstring(zf.read("word/comments.xml"))
    return len(root.findall("{*}comment"))


# -- the menus -----------------------------------------------------------------------------


def test_file_export_menu_holds_every_export(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "exportMenu")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["exportCodebookAction", "exportSegmentsAction", "exportTranscriptAction",
                     "exportMatrixAction", "exportQdcAction", "exportQdpxAction"]
    file_menu = window.actions_.file_menu
    file_names = [a.objectName() for a in file_menu.actions()]
    assert file_names.index("importQdcAction") == file_names.index("openQdpxAction") - 1
    assert menu.menuAction() in file_menu.actions()
    analysis = window.findChild(QMenu, "analysisMenu")
    assert "codeMatrixAction" in [a.objectName() for a in analysis.actions()]


# -- each export writes a file a reader can open -------------------------------------------


def test_codebook_from_the_menu(window: MainWindow, monkeypatch, out: Path) -> None:
    answer(monkeypatch, dialogs.CodebookDialog, dialogs.CodebookChoice(examples=1, lang="en"))
    save_to(monkeypatch, out / "codebook.docx")
    never_replace(monkeypatch)
    trigger(window, "exportCodebookAction")
    doc = docx.Document(str(out / "codebook.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Nachteilsausgleich" in headings and "Summary" in headings
    assert str(out / "codebook.docx") in status(window)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv"])
def test_segments_from_the_menu_with_the_windows_filters(window: MainWindow, monkeypatch,
                                                         out: Path, suffix: str) -> None:
    project = window.project
    codes = [project.code("Aufenthaltsstatus").uuid, project.code("Mobilität").uuid]
    window.code_tree.model.set_checked(codes, True)
    window.segments.show_segments(codes, None, JONAS, include_subcodes=True)
    shown = window.findChild(ExportActions).shown()
    dialog = dialogs.SegmentsDialog(window, project, shown)
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    choice = dialog.choice()
    assert choice.query == SegmentQuery(codes=("Aufenthaltsstatus", "Mobilität"),
                                        include_subcodes=True, coders=(JONAS,), by="code")
    answer(monkeypatch, dialogs.SegmentsDialog, choice)
    target = out / f"segments{suffix}"
    save_to(monkeypatch, target)
    trigger(window, "exportSegmentsAction")
    expected = project.segments(code=codes, coder=JONAS)
    assert len(expected) == 6
    if suffix == ".docx":
        text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
        assert all(s.text.split("\n")[0] in text for s in expected)
    elif suffix == ".xlsx":
        rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
        assert len(rows) == 1 + len(expected) and {r[2] for r in rows[1:]} == {JONAS}
    else:
        with target.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert len(rows) == 1 + len(expected)


def test_transcript_of_the_current_document_for_one_coder(window: MainWindow, monkeypatch,
                                                          out: Path) -> None:
    project = window.project
    window.set_coder_filter(ANNA)
    dialog = dialogs.TranscriptDialog(window, project,
                                      window.findChild(ExportActions).shown_for_transcript())
    choice = dialog.choice()
    assert choice.document == window.view.doc.uuid
    assert choice.query.coders == (ANNA,) and choice.query.codes == ()
    answer(monkeypatch, dialogs.TranscriptDialog, choice)
    save_to(monkeypatch, out / "transcript.docx")
    trigger(window, "exportTranscriptAction")
    assert comment_count(out / "transcript.docx") == len(project.segments(coder=ANNA)) > 0


def test_matrix_from_the_menu(window: MainWindow, monkeypatch, out: Path) -> None:
    answer(monkeypatch, dialogs.MatrixDialog,
           dialogs.MatrixChoice(by_coder=True, suffix=".xlsx", lang="de", delimiter=","))
    save_to(monkeypatch, out / "matrix.xlsx")
    trigger(window, "exportMatrixAction")
    rows = list(openpyxl.load_workbook(out / "matrix.xlsx").active.iter_rows(values_only=True))
    assert rows[1][1:3] == (ANNA, JONAS)
    mobility = next(r for r in rows if r[0] == "Mobilität")
    project = window.project
    assert mobility[1:3] == (len(project.segments(code="Mobilität", coder=ANNA)),
                             len(project.segments(code="Mobilität", coder=JONAS)))


def test_refi_exports_from_the_menu(window: MainWindow, monkeypatch, out: Path) -> None:
    save_to(monkeypatch, out / "codes.qdc")
    trigger(window, "exportQdcAction")
    codes = etree.parse(str(out / "codes.qdc")).getroot().findall(".//{*}Code")
    assert len(codes) == len(window.project.codes())
    assert "16 codes" in status(window)
    save_to(monkeypatch, out / "project.qdpx")
    trigger(window, "exportQdpxAction")
    with zipfile.ZipFile(out / "project.qdpx") as zf:
        assert "project.qde" in zf.namelist()
    assert "32 codings" in status(window)


# -- cancel, replace, errors ---------------------------------------------------------------


def press_cancel_when_progress_shows() -> None:
    """Click Cancel on the progress dialog as soon as the export first reports progress."""
    def click() -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.objectName() == "exportProgress":
                widget.findChild(QPushButton).click()
    QTimer.singleShot(0, click)


@pytest.mark.parametrize(("name", "file"), [("exportCodebookAction", "c.docx"),
                                            ("exportSegmentsAction", "s.xlsx"),
                                            ("exportQdpxAction", "p.qdpx")])
def test_cancel_in_the_progress_dialog_writes_nothing(window: MainWindow, monkeypatch,
                                                      out: Path, name: str, file: str) -> None:
    answer(monkeypatch, dialogs.CodebookDialog, dialogs.CodebookChoice(3, "de"))
    answer(monkeypatch, dialogs.SegmentsDialog,
           dialogs.SegmentChoice(SegmentQuery(), ".xlsx", "de", ","))
    save_to(monkeypatch, out / file)
    press_cancel_when_progress_shows()
    trigger(window, name)
    assert list(out.iterdir()) == []  # no file, no temporary leftover
    assert "Cancelled" in status(window)


def test_an_existing_file_is_replaced_only_with_a_yes(window: MainWindow, monkeypatch,
                                                      out: Path) -> None:
    target = out / "codes.qdc"
    target.write_text("keep me", encoding="utf-8")
    save_to(monkeypatch, target, confirmed=False)  # e.g. the dialog added the suffix
    asked = answer(monkeypatch, dialogs.ConfirmReplace, False)
    trigger(window, "exportQdcAction")
    assert len(asked) == 1 and target.read_text(encoding="utf-8") == "keep me"
    assert "Nothing written" in status(window)
    answer(monkeypatch, dialogs.ConfirmReplace, True)
    trigger(window, "exportQdcAction")
    assert target.read_bytes().startswith(b"<?xml")


def test_the_save_dialogs_own_replace_question_counts(window: MainWindow, monkeypatch,
                                                      out: Path) -> None:
    target = out / "codes.qdc"
    target.write_text("old", encoding="utf-8")
    save_to(monkeypatch, target, confirmed=True)
    never_replace(monkeypatch)
    trigger(window, "exportQdcAction")
    assert target.read_bytes().startswith(b"<?xml")


def test_save_target_adds_the_suffix_and_knows_what_was_confirmed(tmp_path: Path) -> None:
    filters = [("Word", ".docx")]
    texts = ["Word (*.docx)"]
    (tmp_path / "a.docx").write_text("x", encoding="utf-8")
    plain = dialogs.save_target(str(tmp_path / "a"), texts[0], filters, texts)
    assert plain == dialogs.SaveTarget(tmp_path / "a.docx", confirmed=False)
    asked = dialogs.save_target(str(tmp_path / "a.docx"), texts[0], filters, texts)
    assert asked.confirmed
    new = dialogs.save_target(str(tmp_path / "b.DOCX"), texts[0], filters, texts)
    assert new == dialogs.SaveTarget(tmp_path / "b.DOCX", confirmed=False)


def test_an_exporter_error_is_one_message_box_line(window: MainWindow, monkeypatch,
                                                   out: Path, warnings: list[str]) -> None:
    answer(monkeypatch, dialogs.CodebookDialog, dialogs.CodebookChoice(0, "de"))
    missing = out / "no such folder" / "codebook.docx"
    save_to(monkeypatch, missing)
    trigger(window, "exportCodebookAction")
    assert warnings == [f"cannot write {missing}: folder {missing.parent} does not exist"]
    assert not missing.parent.exists()


def test_a_bug_in_an_exporter_is_a_message_not_a_crash(window: MainWindow, monkeypatch,
                                                       out: Path, warnings: list[str]) -> None:
    import qda_app.refi

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(qda_app.refi, "export_qdc", broken)
    save_to(monkeypatch, out / "codes.qdc")
    trigger(window, "exportQdcAction")
    assert len(warnings) == 1 and "boom" in warnings[0] and "\n" not in warnings[0]


# -- REFI-QDA imports ----------------------------------------------------------------------


def test_import_a_refi_codebook_into_the_open_project(window: MainWindow, monkeypatch,
                                                      tmp_path: Path) -> None:
    with Project.create(tmp_path / "other.qda") as other:
        other.add_code("Mobilität")  # there already: matched, not doubled
        other.add_code("Wohnen/Mieten", color="#336699")
        export_qdc(other, tmp_path / "other.qdc")
    answer(monkeypatch, dialogs.OpenFileDialog, tmp_path / "other.qdc")
    reports = answer(monkeypatch, dialogs.ReportBox, None)
    trigger(window, "importQdcAction")
    paths = [c.path for c in window.project.codes()]
    assert "Wohnen/Mieten" in paths and paths.count("Mobilität") == 1
    lines = reports[0][2]
    assert lines[0] == "imported other.qdc: 2 new codes, 1 code already there"
    assert window.code_tree.model.index_for_uuid(window.project.code("Wohnen/Mieten").uuid
                                                 ).isValid()


def test_a_broken_codebook_changes_nothing(window: MainWindow, monkeypatch, tmp_path: Path,
                                           warnings: list[str]) -> None:
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook", encoding="utf-8")
    before = window.project.codes()
    answer(monkeypatch, dialogs.OpenFileDialog, bad)
    trigger(window, "importQdcAction")
    assert len(warnings) == 1 and "bad.qdc" in warnings[0]
    assert window.project.codes() == before


def test_open_a_qdpx_as_a_new_project(window: MainWindow, monkeypatch, tmp_path: Path,
                                      warnings: list[str]) -> None:
    export_qdpx(window.project, tmp_path / "team.qdpx")
    answer(monkeypatch, dialogs.OpenFileDialog, tmp_path / "team.qdpx")
    save_to(monkeypatch, tmp_path / "team.qda")
    reports = answer(monkeypatch, dialogs.ReportBox, None)
    opened: list[str] = []
    window.projectRequested.connect(opened.append)
    trigger(window, "openQdpxAction")
    assert opened == [str(tmp_path / "team.qda")]
    assert reports[0][2][0].startswith("imported team.qdpx: 1 document, 16 codes")
    with Project.open(tmp_path / "team.qda") as new:
        assert len(new.segments()) == len(window.project.segments()) == 32
    trigger(window, "openQdpxAction")  # the same name again: never replaces a project
    assert opened == [str(tmp_path / "team.qda")]
    assert warnings == [f"{tmp_path / 'team.qda'} exists already; choose another name"]


# -- the code matrix -----------------------------------------------------------------------


def open_matrix_window(window: MainWindow):
    from qda_app.ui.matrix_view import CodeMatrixWindow

    action(window, "codeMatrixAction").trigger()
    matrix = window.findChild(CodeMatrixWindow)
    assert matrix is not None and matrix.isVisible()
    return matrix


def cell_counts(matrix) -> dict[tuple[str, str | None], int]:
    """(code path, coder or None) -> the count shown (the sample has one document)."""
    from qda_app.ui.matrix_model import COUNT_ROLE

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
    from qda_app.ui.matrix_model import COUNT_ROLE

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


def test_the_matrix_follows_new_codings(window: MainWindow) -> None:
    from qda_app.ui.matrix_model import COUNT_ROLE

    matrix = open_matrix_window(window)
    model = matrix.table.model()
    row = next(r for r, c in enumerate(model.codes) if c.path == "Corona")
    before = model.index(row, 0).data(COUNT_ROLE)
    doc = window.project.documents()[0]
    window.project.add_coding(doc.uuid, "Corona", 0, 5)  # the first coding by "Tester"
    window.project.add_coding(doc.uuid, "Corona", 10, 15, coder=ANNA)
    assert model.index(row, 0).data(COUNT_ROLE) == before + 2
    assert not matrix._timer.isActive()  # patched, not counted again
    window.project.add_code("Neu")  # a new row: counted again
    matrix._timer.timeout.emit()
    assert model.codes[-1].path == "Neu"


# -- the option dialogs --------------------------------------------------------------------


def test_option_dialogs_start_from_sensible_defaults(window: MainWindow) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        codebook = dialogs.CodebookDialog(window)
        assert codebook.lang == "en" and codebook.examples.value() == 2
        matrix = dialogs.MatrixDialog(window, by_coder=True)
        assert matrix.by_coder.isChecked() and not matrix.delimiter.isEnabled()
        matrix.format.setCurrentIndex(matrix.format.findData(".csv"))
        assert matrix.delimiter.isEnabled() and matrix.delimiter.currentData() == ","
        segments = dialogs.SegmentsDialog(window, window.project, dialogs.WindowFilters())
        assert not segments.only_activated.isEnabled()  # nothing activated: all codes
        assert segments.choice().query == SegmentQuery()
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        german = dialogs.MatrixDialog(window)
        assert german.lang == "de" and german.delimiter.currentData() == ";"
    finally:
        QLocale.setDefault(before)
