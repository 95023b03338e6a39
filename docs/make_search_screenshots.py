"""Render the Search pane with the hits of "sprach" and its Code All Hits dialog on the
sample project to ``docs/screenshots/search-pane.png`` and ``docs/screenshots/autocode.png``.

Run: ``python docs/make_search_screenshots.py [FOLDER]`` (offscreen; no display needed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from qda_app.sample import build_sample
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.search.autocode_dialog import AutocodeDialog
from qda_app.ui.settings import AppSettings

OUT = Path(__file__).resolve().parent / "screenshots"
QUERY = "sprach"


def main(out: Path = OUT) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    project = build_sample(folder / "Beispielprojekt.qda")
    project.coder = "Anna Keller"
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(project, settings)
    window.resize(1300, 860)
    window.show()
    action(window, "findAllAction").trigger()
    pane = window.search
    pane.field.setText(QUERY)
    pane.search()
    app.processEvents()
    window.resizeDocks([window.search_dock], [340], Qt.Orientation.Vertical)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    pane.grab().save(str(out / "search-pane.png"))
    dialog = AutocodeDialog(window, project, pane.hits(), QUERY,
                            project.code("Arbeit und Ausbildung/Sprache").uuid, "sentence")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "autocode.png"))
    dialog.close()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
