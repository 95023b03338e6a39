"""What the ``make_*screenshot*.py`` scripts share: Qt without a display, the sample project
in a new folder, and a main window on a project with settings of its own.

A script sets ``QT_QPA_PLATFORM`` before Qt loads, to ``"offscreen"`` or to
:data:`FULL_HD` (one 1920x1080 screen, as the tests have: room for a whole matrix), so
this module loads Qt and Kodierwerk's window only when a function is called.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from qda_app import Project
    from qda_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
FULL_HD = "offscreen:configfile=" + str(ROOT / "tests" / "data" / "offscreen-screen.json")
CODER = "Anna Keller"


def application() -> QApplication:
    """The application (made on the first call)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def sample_project() -> Project:
    """The sample project, built in a new folder, coded as :data:`CODER`."""
    from qda_app.sample import build_sample

    project = build_sample(Path(tempfile.mkdtemp()) / "Beispielprojekt.qda")
    project.coder = CODER
    return project


def main_window(project: Project) -> MainWindow:
    """A main window on ``project`` (not yet shown), its settings in a file beside the
    project rather than the user's."""
    from PySide6.QtCore import QSettings

    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.settings import AppSettings

    application()
    ini = Path(project.path).parent / "settings.ini"
    return MainWindow(project, AppSettings(QSettings(str(ini), QSettings.Format.IniFormat)))
