"""Render the code matrix and the segment export's options on the sample project to
``docs/screenshots/code-matrix.png`` and ``docs/screenshots/export-options.png``.

Run: ``python docs/make_matrix_screenshot.py [FOLDER]`` (offscreen; no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sample_window import OUT, application, main_window, sample_project

from qda_app.exporters.registry import exporter_for
from qda_app.ui.analysis.matrix_view import CodeMatrixWindow
from qda_app.ui.exchange.export_actions import ExportActions
from qda_app.ui.exchange.export_dialogs import ExportOptionsDialog
from qda_app.ui.menus import action


def main(out: Path = OUT) -> None:
    app = application()
    project = sample_project()
    window = main_window(project)
    window.show()
    action(window, "codeMatrixAction").trigger()
    matrix = window.findChild(CodeMatrixWindow)
    matrix.by_coder.setChecked(True)
    matrix.resize(790, matrix.height())  # the offscreen screen is 800 px wide: fit caps at 80 %
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    matrix.grab().save(str(out / "code-matrix.png"))
    codes = {c.path: c.uuid for c in project.codes()}
    window.code_tree.model.set_checked([codes["Aufenthaltsstatus"], codes["Mobilität"]], True)
    actions = window.findChild(ExportActions)
    assert isinstance(actions, ExportActions)
    segments = exporter_for("segments")
    dialog = ExportOptionsDialog(window, project, segments, actions.start_options(segments))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "export-options.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
