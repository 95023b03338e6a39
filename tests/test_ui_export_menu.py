"""File → Export driven through the window: the menus, each export, cancel, replace, errors.

Dialogs are answered by monkeypatching their ``ask()``; the exports run for
real on the sample project and the files are opened again as a reader would.
The menu is made from the exporter registry, and so is each options dialog.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import etree
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QMenu, QProgressDialog, QPushButton, QWidget

from qda_app.exporters.options import ExportOptions
from qda_app.exporters.registry import EXPORTERS, exporter_for
from qda_app.exporters.selection import SegmentQuery
from qda_app.ui.analysis.matrix_view import CodeMatrixWindow
from qda_app.ui.common import file_dialogs
from qda_app.ui.common.dialogs import Confirm
from qda_app.ui.exchange import export_dialogs as dialogs
from qda_app.ui.exchange.export_dialogs import ExportChoice, ExportOptionsDialog
from qda_app.ui.main_window import MainWindow

from .test_export_registry import word_count_registered  # noqa: F401 (a fixture)
from .ui_support import (
    ANNA,
    JONAS,
    answer,
    open_window,
    opened,
    options_dialog,
    save_to,
    status,
    trigger,
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def never_replace(monkeypatch) -> None:
    def refuse(*_: object) -> bool:
        raise AssertionError("asked to replace a file that is not there")
    monkeypatch.setattr(Confirm, "ask", refuse)


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
                     "exportMatrixAction", "exportCooccurrenceAction", "exportWordsAction",
                     "exportCrosstabAction", "exportVariablesAction", "exportConsistencyAction",
                     "exportQdcAction", "exportQdpxAction"]
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        e.title for e in EXPORTERS]
    separators = [n for n, a in enumerate(menu.actions()) if a.isSeparator()]
    assert separators == [9]  # Word and tables, then the REFI-QDA exchange files
    file_menu = window.menus.file_menu
    file_names = [a.objectName() for a in file_menu.actions()]
    assert file_names.index("importQdcAction") == file_names.index("openQdpxAction") - 1
    assert menu.menuAction() in file_menu.actions()
    analysis = window.findChild(QMenu, "analysisMenu")
    assert {"codeMatrixAction", "cooccurrenceAction", "wordFrequencyAction"} <= {
        a.objectName() for a in analysis.actions()}


@pytest.mark.usefixtures("word_count_registered")
def test_a_new_registry_entry_is_a_menu_entry_that_exports(qtbot, sample_path: Path, settings,
                                                           monkeypatch, out: Path) -> None:
    window = open_window(qtbot, sample_path, settings)
    try:
        menu = window.findChild(QMenu, "exportMenu")
        assert menu.actions()[-1].objectName() == "exportWordcountAction"
        dialog = options_dialog(window, "wordcount")  # asks its one option: the codings
        assert dialog.findChild(QWidget, "onlyActivatedCodes") is not None
        assert dialog.findChild(QWidget, "exportLanguage") is None
        dialog.coder.setCurrentIndex(dialog.coder.findData(ANNA))
        answer(monkeypatch, ExportOptionsDialog, dialog.choice())
        save_to(monkeypatch, out / "words.txt")
        trigger(window, "exportWordcountAction")
        rows = (out / "words.txt").read_text(encoding="utf-8").splitlines()
        assert len(rows) == len(window.project.segments(coder=ANNA)) > 0
        assert status(window) == f"Wrote {out / 'words.txt'}"
    finally:
        window.close()


# -- each export writes a file a reader can open -------------------------------------------


def test_codebook_from_the_menu(window: MainWindow, monkeypatch, out: Path) -> None:
    answer(monkeypatch, ExportOptionsDialog,
           ExportChoice(ExportOptions(examples=1, lang="en"), ".docx"))
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
    dialog = options_dialog(window, "segments")
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    choice = dialog.choice()
    assert choice.options.query == SegmentQuery(codes=("Aufenthaltsstatus", "Mobilität"),
                                                include_subcodes=True, coders=(JONAS,), by="code")
    assert choice.suffix == suffix and choice.options.delimiter == ";"
    answer(monkeypatch, ExportOptionsDialog, choice)
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
    window.bench.set_coder_filter(ANNA)
    choice = options_dialog(window, "transcript").choice()
    assert choice.options.document == window.view.doc.uuid
    assert choice.options.query.coders == (ANNA,) and choice.options.query.codes == ()
    answer(monkeypatch, ExportOptionsDialog, choice)
    save_to(monkeypatch, out / "transcript.docx")
    trigger(window, "exportTranscriptAction")
    assert comment_count(out / "transcript.docx") == len(project.segments(coder=ANNA)) > 0


def test_matrix_from_the_menu(window: MainWindow, monkeypatch, out: Path) -> None:
    answer(monkeypatch, ExportOptionsDialog,
           ExportChoice(ExportOptions(by_coder=True, lang="de", delimiter=","), ".xlsx"))
    save_to(monkeypatch, out / "matrix.xlsx")
    trigger(window, "exportMatrixAction")
    rows = list(openpyxl.load_workbook(out / "matrix.xlsx").active.iter_rows(values_only=True))
    assert rows[1][1:3] == (ANNA, JONAS)
    mobility = next(r for r in rows if r[0] == "Mobilität")
    project = window.project
    assert mobility[1:3] == (len(project.segments(code="Mobilität", coder=ANNA)),
                             len(project.segments(code="Mobilität", coder=JONAS)))


def test_matrix_windows_export_keeps_one_column_per_coder(window: MainWindow, monkeypatch,
                                                         out: Path) -> None:
    asked = answer(monkeypatch, ExportOptionsDialog, None)  # the user cancels the options
    matrix = opened(window, "codeMatrixAction", CodeMatrixWindow)
    matrix.by_coder.setChecked(True)
    matrix.findChild(QPushButton, "matrixExportButton").click()
    (_, _, exporter, start), = asked
    assert exporter.kind == "matrix" and start.by_coder


def test_refi_exports_from_the_menu(window: MainWindow, monkeypatch, out: Path) -> None:
    monkeypatch.setattr(ExportOptionsDialog, "ask",
                        lambda parent, project, exporter, start: ExportChoice(
                            start, exporter.suffixes[0]))
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
    choices = {"codebook": ExportChoice(ExportOptions(examples=3), ".docx"),
               "segments": ExportChoice(ExportOptions(), ".xlsx"),
               "qdpx": ExportChoice(ExportOptions(), ".qdpx")}
    monkeypatch.setattr(ExportOptionsDialog, "ask",
                        lambda parent, project, exporter, start: choices[exporter.kind])
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
    answer(monkeypatch, ExportOptionsDialog, ExportChoice(ExportOptions(), ".qdc"))
    asked = answer(monkeypatch, Confirm, False)
    trigger(window, "exportQdcAction")
    assert len(asked) == 1 and target.read_text(encoding="utf-8") == "keep me"
    assert "Nothing written" in status(window)
    answer(monkeypatch, Confirm, True)
    trigger(window, "exportQdcAction")
    assert target.read_bytes().startswith(b"<?xml")


def test_the_save_dialogs_own_replace_question_counts(window: MainWindow, monkeypatch,
                                                      out: Path) -> None:
    target = out / "codes.qdc"
    target.write_text("old", encoding="utf-8")
    save_to(monkeypatch, target, confirmed=True)
    never_replace(monkeypatch)
    answer(monkeypatch, ExportOptionsDialog, ExportChoice(ExportOptions(), ".qdc"))
    trigger(window, "exportQdcAction")
    assert target.read_bytes().startswith(b"<?xml")


def test_save_target_adds_the_suffix_and_knows_what_was_confirmed(tmp_path: Path) -> None:
    filters = [("Word", ".docx")]
    texts = ["Word (*.docx)"]
    (tmp_path / "a.docx").write_text("x", encoding="utf-8")
    plain = file_dialogs.save_target(str(tmp_path / "a"), texts[0], filters, texts)
    assert plain == file_dialogs.SaveTarget(tmp_path / "a.docx", confirmed=False)
    asked = file_dialogs.save_target(str(tmp_path / "a.docx"), texts[0], filters, texts)
    assert asked.confirmed
    new = file_dialogs.save_target(str(tmp_path / "b.DOCX"), texts[0], filters, texts)
    assert new == file_dialogs.SaveTarget(tmp_path / "b.DOCX", confirmed=False)


def test_an_exporter_error_is_one_message_box_line(window: MainWindow, monkeypatch,
                                                   out: Path, warnings: list[str]) -> None:
    answer(monkeypatch, ExportOptionsDialog, ExportChoice(ExportOptions(), ".docx"))
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
    answer(monkeypatch, ExportOptionsDialog, ExportChoice(ExportOptions(), ".qdc"))
    save_to(monkeypatch, out / "codes.qdc")
    trigger(window, "exportQdcAction")
    assert len(warnings) == 1 and "boom" in warnings[0] and "\n" not in warnings[0]


# -- the option dialogs --------------------------------------------------------------------


def test_option_dialogs_start_from_sensible_defaults(window: MainWindow) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        codebook = options_dialog(window, "codebook")
        assert codebook.lang == "en" and codebook.examples.value() == 2
        matrix = options_dialog(window, "matrix")
        assert not matrix.by_coder.isChecked() and not matrix.delimiter.isEnabled()
        matrix.format.setCurrentIndex(matrix.format.findData(".csv"))
        assert matrix.delimiter.isEnabled() and matrix.delimiter.currentData() == ","
        segments = options_dialog(window, "segments")
        assert not segments.only_activated.isEnabled()  # nothing activated: all codes
        assert segments.choice().options.query == SegmentQuery()
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        german = options_dialog(window, "matrix")
        assert german.lang == "de" and german.delimiter.currentData() == ";"
    finally:
        QLocale.setDefault(before)


ROWS = {"document": "exportDocument", "examples": "codebookExamples",
        "query": "onlyActivatedCodes", "by": "matrixExportColumns",
        "by_coder": "matrixExportByCoder",
        "delimiter": "csvDelimiter", "lang": "exportLanguage",
        "unique_names": "exportUniqueNames"}


@pytest.mark.parametrize("kind", [e.kind for e in EXPORTERS if dialogs.asks_anything(e)])
def test_each_dialog_asks_the_options_that_apply_and_no_others(window: MainWindow,
                                                               kind: str) -> None:
    exporter = exporter_for(kind)
    dialog = options_dialog(window, kind)
    assert dialog.objectName() == f"{kind}ExportDialog"
    for option, name in ROWS.items():
        shown = dialog.findChild(QWidget, name) is not None
        applies = option in exporter.applies or (option == "document" and "query" in
                                                 exporter.applies)  # a document filter
        assert shown == applies, (kind, option)
    if len(exporter.suffixes) > 1:  # the user picks the file type
        formats = dialog.findChild(QComboBox, "exportFormat")
        assert [formats.itemData(i) for i in range(formats.count())] == list(exporter.suffixes)
    else:
        assert dialog.findChild(QWidget, "exportFormat") is None
