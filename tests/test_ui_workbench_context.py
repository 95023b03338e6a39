"""The window's features stand on the workbench context, not on the main window.

The transcript follows the project by itself (nobody relays changes to it), so
it works on a bare ``QMainWindow``; and a window on an empty project opens the
first document that arrives, in the transcript and in the document list alike.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from qda_app import Project
from qda_app.importers import import_file
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings
from qda_app.ui.transcript.transcript_pane import TranscriptPane
from qda_app.ui.workbench import Workbench


def test_the_transcript_follows_the_project_without_the_main_window(
        qtbot, sample: Project, settings: AppSettings) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    bench = Workbench(sample, settings, host)
    pane = TranscriptPane(bench, host)
    host.setCentralWidget(pane)
    [doc] = sample.documents()
    pane.show_document(doc.uuid)
    before = len(pane.view.index)
    code = sample.add_code("Neu")
    coding = sample.add_coding(doc.uuid, code.uuid, 0, 10)
    assert coding.uuid in pane.view.index and len(pane.view.index) == before + 1
    sample.recolor_code(code.uuid, "#123456")
    assert pane.view.color_of(pane.view.index.get(coding.uuid)).name() == "#123456"
    bench.set_coder_filter("nobody")
    assert pane.view.codings_at(5) == []
    sample.delete_document(doc.uuid)
    assert pane.view.doc is None and len(pane.view.index) == 0


def test_a_window_on_an_empty_project_opens_the_first_import(
        qtbot, project: Project, settings: AppSettings, tmp_path: Path) -> None:
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.view.doc is None
    source = tmp_path / "interview.txt"
    source.write_text("IK\tWir fahren mit dem Bus.\n", encoding="utf-8")
    doc = import_file(project, source)  # as a script or another feature would
    assert window.view.doc is not None and window.view.doc.uuid == doc.uuid
    assert window.documents.current_uuid() == doc.uuid  # the list shows what is open
    assert "interview" in window.windowTitle()
    window.close()
