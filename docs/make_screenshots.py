"""Render the main window on the sample project into ``docs/screenshots/``.

Run: ``python docs/make_screenshots.py`` (offscreen; no display needed). The
pictures show what a coder sees: the transcript with highlights and coding
stripes, the code system, and retrieved segments.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTreeView

from qda_app.sample import build_sample
from qda_app.ui.app import install_translations
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

OUT = Path(__file__).resolve().parent / "screenshots"


def render(language: str) -> None:
    tmp = Path(tempfile.mkdtemp())
    project = build_sample(tmp / "Beispielprojekt.qda")
    project.coder = "Anna Keller"
    settings = AppSettings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(project, settings)
    window.resize(1500, 940)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    tree = window.findChild(QTreeView, "codeTree")
    tree.expandAll()
    model = tree.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() and "Arbeit" in str(index.data()):
            model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    text = window.view.doc.text if window.view.doc else ""
    anchor = text.find("Aktuell: Entzug")
    window.view.select_cp(anchor, anchor)
    window.view.centerCursor()
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().value() + 6)
    QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"main-window-{language}.png"))
    window.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    render("en")
    install_translations(app, QLocale(QLocale.Language.German))  # type: ignore[arg-type]
    render("de")


if __name__ == "__main__":
    main()
