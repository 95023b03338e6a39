"""The REFI-QDA imports in the File menu: a codebook into the open project, a .qdpx as a new one.

The file and report dialogs are answered by monkeypatching their ``ask()``.
"""

from __future__ import annotations

from pathlib import Path

from qda_app import Project
from qda_app.refi import export_qdc, export_qdpx
from qda_app.ui.common import file_dialogs
from qda_app.ui.main_window import MainWindow

from .ui_support import answer, save_to, trigger


def test_import_a_refi_codebook_into_the_open_project(window: MainWindow, monkeypatch,
                                                      tmp_path: Path) -> None:
    with Project.create(tmp_path / "other.qda") as other:
        other.add_code("Mobilität")  # there already: matched, not doubled
        other.add_code("Wohnen/Mieten", color="#336699")
        export_qdc(other, tmp_path / "other.qdc")
    answer(monkeypatch, file_dialogs.OpenFileDialog, tmp_path / "other.qdc")
    reports = answer(monkeypatch, file_dialogs.ReportBox, None)
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
    answer(monkeypatch, file_dialogs.OpenFileDialog, bad)
    trigger(window, "importQdcAction")
    assert len(warnings) == 1 and "bad.qdc" in warnings[0]
    assert window.project.codes() == before


def test_open_a_qdpx_as_a_new_project(window: MainWindow, monkeypatch, tmp_path: Path,
                                      warnings: list[str]) -> None:
    export_qdpx(window.project, tmp_path / "team.qdpx")
    answer(monkeypatch, file_dialogs.OpenFileDialog, tmp_path / "team.qdpx")
    save_to(monkeypatch, tmp_path / "team.qda")
    reports = answer(monkeypatch, file_dialogs.ReportBox, None)
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
