"""Render the Search pane with the hits of "sprach" and its Code All Hits dialog on the
sample project to ``docs/screenshots/search-pane.png`` and ``docs/screenshots/autocode.png``.

Run: ``python docs/make_search_screenshots.py [FOLDER]`` (offscreen; no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from sample_window import OUT, application, main_window, sample_project

from qda_app.ui.menus import action
from qda_app.ui.search.autocode_dialog import AutocodeDialog

QUERY = "sprach"


def main(out: Path = OUT) -> None:
    app = application()
    project = sample_project()
    window = main_window(project)
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
