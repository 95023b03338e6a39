"""Render the main window on the sample project into ``docs/screenshots/``.

Run: ``python docs/make_screenshots.py`` (offscreen; no display needed). The
pictures show what a coder sees: the transcript with highlights and coding
stripes, the code system, and retrieved segments.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTreeView
from sample_window import OUT, application, main_window, sample_project

from qda_app.ui.app import install_translations


def render(language: str) -> None:
    window = main_window(sample_project())
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
    app = application()
    render("en")
    install_translations(app, QLocale(QLocale.Language.German))  # type: ignore[arg-type]
    render("de")


if __name__ == "__main__":
    main()
