"""Render the code tree and code memo panels on the sample project to
``docs/screenshots/code-tree.png``.

Run: ``python docs/make_code_tree_screenshot.py`` (offscreen; no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter
from sample_window import application, sample_project

from qda_app.ui.codes.code_memo import CodeMemoPanel
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.common.project_events import ProjectEvents

OUT = Path(__file__).resolve().parent / "screenshots" / "code-tree.png"


def main(out: Path = OUT) -> None:
    app = application()
    project = sample_project()
    events, stack = ProjectEvents(project), QUndoStack()
    splitter = QSplitter(Qt.Orientation.Vertical)
    tree = CodeTreePanel(project, stack, events)
    memo = CodeMemoPanel(project, stack, events)
    tree.currentCodeChanged.connect(memo.set_code)
    splitter.addWidget(tree)
    splitter.addWidget(memo)
    splitter.setSizes([470, 150])
    splitter.resize(340, 620)
    splitter.show()
    codes = {c.path: c.uuid for c in project.codes()}
    tree.model.set_checked([codes["Arbeit und Ausbildung/Sprache"],
                            codes["Arbeit und Ausbildung/Prüfung"]], True)
    tree.set_quick_codes({1: codes["Arbeit und Ausbildung/Sprache"],
                          2: codes["Aufenthaltsstatus"]})
    tree.select_code(codes["Arbeit und Ausbildung/Prüfung/Nachteilsausgleich"])
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    splitter.grab().save(str(out))
    project.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
