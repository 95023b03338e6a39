"""Shared fixtures. Qt runs offscreen; core tests never import Qt (UI fixtures import it lazily)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # for the annotations only: importing Qt here would load it for core tests
    from PySide6.QtGui import QUndoStack

    from qda_app import Project
    from qda_app.ui.codes.code_tree_panel import CodeTreePanel
    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parent.parent
# one 1920x1080 screen, a usual desktop: Qt's offscreen default (800x800) is smaller than
# the window's first size, and a restored window is fitted to the screen it opens on
os.environ.setdefault("QT_QPA_PLATFORM",
                      f"offscreen:configfile={ROOT / 'tests' / 'data' / 'offscreen-screen.json'}")
SEED = ROOT / "resources" / "workshop-protocol-2021-05-20.txt"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[object]:
    """An empty project in a temporary folder."""
    from qda_app import Project

    with Project.create(tmp_path / "test.qda", title="Test") as p:
        p.coder = "Tester"
        yield p


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from qda_app.sample import build_sample

    path = tmp_path_factory.mktemp("sample") / "sample.qda"
    build_sample(path).close()
    return path


@pytest.fixture
def sample_path(_sample_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the bundled sample project (built once per test session)."""
    path = tmp_path / "sample.qda"
    shutil.copy2(_sample_template, path)
    return path


@pytest.fixture
def sample(sample_path: Path) -> Iterator[object]:
    from qda_app import Project

    with Project.open(sample_path) as p:
        p.coder = "Tester"
        yield p


# -- UI fixtures ---------------------------------------------------------------------------
# Qt is imported inside each fixture, so core tests that never ask for one never load it.


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """App settings in an ini file of the test's own, never the user's real ones."""
    from PySide6.QtCore import QSettings

    from qda_app.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, sample_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    """The workbench on a copy of the sample project, shown, coder "Tester"."""
    from .ui_support import open_window

    w = open_window(qtbot, sample_path, settings)
    yield w
    w.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes the user would have seen."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def stack() -> QUndoStack:
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def panel(qtbot, sample: Project, stack: QUndoStack) -> CodeTreePanel:
    """The code tree panel on the sample project, shown at a usual size."""
    from qda_app.ui.codes.code_tree_panel import CodeTreePanel
    from qda_app.ui.common.project_events import ProjectEvents

    widget = CodeTreePanel(sample, stack, ProjectEvents(sample))
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The core's refusals that would have been shown in a message box."""
    from qda_app.ui.commands import command_base

    shown: list[str] = []
    monkeypatch.setattr(command_base, "show_error", lambda parent, exc: shown.append(str(exc)))
    return shown
