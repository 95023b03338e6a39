"""Render the Assist pane (similar passages, suggested codes, the consistency check) on the
sample project to ``docs/screenshots/assist-*.png``.

Run: ``python docs/make_assist_screenshots.py [FOLDER]`` (offscreen; no display needed).
The engine is the one installed: the semantic one with ``pip install '.[assist]'``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sample_window import OUT, application, main_window, sample_project

from qda_app.ui.main_window import MainWindow

QUERY = "Ohne Auto kommt man vom Dorf nicht zur Ausbildung, der Bus fährt zu selten."


def wait_for(app: QApplication, window: MainWindow, model: object) -> None:
    while window.assist.keeper.busy or not model.rowCount():  # type: ignore[attr-defined]
        app.processEvents()


def main(out: Path = OUT) -> None:
    app = application()
    window = main_window(sample_project())
    window.resize(1300, 900)
    window.show()
    pane = window.assist
    pane.open_pane()
    window.assist_dock.setFloating(True)  # a picture of the pane alone, at a useful size
    window.assist_dock.resize(1100, 440)
    pane.query.setText(QUERY)
    pane.find_typed()
    wait_for(app, window, pane.matches)
    for row in (0, 2):
        pane.matches.setData(pane.matches.index(row, 0), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    pane.grab().save(str(out / "assist-similar.png"))
    text = window.view.doc.text
    start = text.index("Mobilität")
    window.view.select_cp(start, text.index("\n", start))
    pane.suggest_for_selection()
    wait_for(app, window, pane.suggestions)
    pane.grab().save(str(out / "assist-suggest.png"))
    pane.check_consistency()
    wait_for(app, window, pane.findings)
    pane.grab().save(str(out / "assist-consistency.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
