"""PDF, RTF and ODT in the window: File → Import Documents offers them, and a file
dropped on the window is imported and opened as one chosen in the dialog is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from qda_app.ui.main_window import MainWindow

SOURCES = Path(__file__).parent / "data" / "sources"


def test_import_dialog_offers_pdf_rtf_and_odt_and_imports_them(window: MainWindow,
                                                               monkeypatch) -> None:
    asked: list[str] = []

    def choose(parent, caption, folder, filters):  # what the user picks in the dialog
        asked.append(filters)
        return [str(SOURCES / "protocol.rtf"), str(SOURCES / "protocol.odt"),
                str(SOURCES / "interview.pdf")], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.findChild(QAction, "importAction").trigger()
    patterns = asked[0][asked[0].index("(") + 1:asked[0].index(")")].split()
    assert {"*.pdf", "*.rtf", "*.odt", "*.docx", "*.txt"} <= set(patterns)
    added = {d.name: d.source for d in window.project.documents()}
    assert {name: added.get(name) for name in ("protocol", "protocol (2)", "interview")} == {
        "protocol": "protocol.rtf", "protocol (2)": "protocol.odt", "interview": "interview.pdf"}
    shown = window.view.doc
    assert shown.name == "interview" and len(shown.pages) == 2  # the last one opens
    assert shown.text.startswith("Interview 3: Mobilität auf dem Land\n")


def test_dropping_files_imports_them_and_a_bad_one_is_one_warning(
        window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    scanned = tmp_path / "gescannt.pdf"
    scanned.write_bytes((SOURCES / "scanned.pdf").read_bytes())
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SOURCES / "f4-interview.rtf")),
                  QUrl.fromLocalFile(str(scanned))])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(QPoint(50, 50), action, data, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(50, 50).toPointF(), action, data, buttons,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.view.doc.name == "f4-interview"
    assert window.view.doc.text.startswith("I: Wie sind Sie heute hergekommen?")
    assert warned == ["no text layer in gescannt.pdf (scanned?): run OCR first"]
    assert "gescannt" not in [d.name for d in window.project.documents()]
