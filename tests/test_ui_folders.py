"""Where file dialogs start: Documents rather than the hidden folder of the sample project,
then the folder the user chose last for that kind of file, also in the next session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from qda_app.exporters.options import ExportOptions
from qda_app.ui.common import file_dialogs
from qda_app.ui.exchange import export_dialogs as dialogs
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .ui_support import answer, open_window, trigger

Location = QStandardPaths.StandardLocation


@pytest.fixture
def documents(tmp_path: Path, monkeypatch) -> Path:
    """A Documents folder and an app data folder of the test's own (via QStandardPaths)."""
    places = {Location.DocumentsLocation: tmp_path / "Documents",
              Location.AppDataLocation: tmp_path / "data" / "Kodierwerk"}
    for folder in places.values():
        folder.mkdir(parents=True)
    real = QStandardPaths.writableLocation
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(
        lambda location: str(places[location]) if location in places else real(location)))
    return places[Location.DocumentsLocation]


@pytest.fixture
def hidden_sample(sample_path: Path, documents: Path) -> Path:
    """The sample project where the app builds it: in its data folder."""
    path = Path(QStandardPaths.writableLocation(Location.AppDataLocation)) / "Beispiel.qda"
    shutil.copy2(sample_path, path)
    return path


def export_codebook(window: MainWindow, monkeypatch, to: Path) -> Path:
    """Export the codebook to ``to``; the folder the save dialog was opened in."""
    answer(monkeypatch, dialogs.ExportOptionsDialog,
           dialogs.ExportChoice(ExportOptions(examples=1, lang="en"), ".docx"))
    asked = answer(monkeypatch, file_dialogs.SaveFileDialog, file_dialogs.SaveTarget(to, False))
    trigger(window, "exportCodebookAction")
    assert to.exists()
    [(_parent, _title, suggested, _filters)] = asked
    return suggested.parent


def test_exports_start_in_documents_then_where_the_last_one_went(
        qtbot, hidden_sample: Path, documents: Path, settings: AppSettings, tmp_path: Path,
        monkeypatch) -> None:
    reports = tmp_path / "Berichte"
    reports.mkdir()
    w = open_window(qtbot, hidden_sample, settings)
    assert export_codebook(w, monkeypatch, reports / "codebook.docx") == documents
    assert export_codebook(w, monkeypatch, reports / "again.docx") == reports
    w.close()
    again = open_window(qtbot, hidden_sample, settings)  # the next session
    assert export_codebook(again, monkeypatch, reports / "third.docx") == reports
    again.close()


def test_a_project_in_a_users_folder_exports_beside_itself(
        qtbot, sample_path: Path, documents: Path, settings: AppSettings, monkeypatch) -> None:
    w = open_window(qtbot, sample_path, settings)
    assert export_codebook(w, monkeypatch, sample_path.parent / "cb.docx") == sample_path.parent
    w.close()


def test_new_and_open_project_start_in_documents_then_in_the_projects_folder(
        qtbot, hidden_sample: Path, documents: Path, settings: AppSettings, tmp_path: Path,
        monkeypatch) -> None:
    w = open_window(qtbot, hidden_sample, settings)
    projects = tmp_path / "Projekte"
    projects.mkdir()
    created = answer(monkeypatch, file_dialogs.SaveFileDialog,
                     file_dialogs.SaveTarget(projects / "Studie.qda", False))
    requested: list[str] = []
    w.bench.projectRequested.connect(requested.append)
    w.menus.new_project()
    assert created[0][2] == documents
    assert requested == [str(projects / "Studie.qda")] and (projects / "Studie.qda").exists()
    opened = answer(monkeypatch, file_dialogs.OpenFileDialog, None)
    w.menus.open_project()
    assert opened[0][2] == projects
    w.close()
