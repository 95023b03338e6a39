"""Issue 4 speed bounds: the workbench on the 2 MB / 20,000-coding benchmark project.

Measures, offscreen: opening the project in the window until the text and
every highlight and stripe in view are painted (≤ 1 s); adding and removing
one coding until the view is repainted (≤ 50 ms); and scrolling (median and
worst paint of a page step; highlights are painted for the visible page only,
never re-applied to the whole document).

Run: ``python benchmarks/bench_workbench.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import ensure_bench_project, report
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qda_app import CodingSpec, Project
from qda_app.ui.commands import coding_commands
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings


def main() -> int:
    app = QApplication.instance() or QApplication([])
    path = ensure_bench_project()
    settings_file = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    results = []

    t = time.perf_counter()
    project = Project.open(path)
    window = MainWindow(project, settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.view.viewport().repaint()
    window.view.margin.repaint()
    open_time = time.perf_counter() - t
    visible = len(window.view.visible_codings())
    assert len(window.view.index) == 20_000
    results.append(("open project until text, highlights and stripes are painted", open_time,
                    1.0))

    doc = window.view.doc
    assert doc is not None
    start = window.view.visible_range_cp()[0] + 200
    add_times, remove_times = [], []
    code = project.codes()[5].uuid
    for i in range(10):
        spec = CodingSpec(doc.uuid, code, start + i, start + i + 30, coder="Bench")
        command = coding_commands.AddCodings(project, [spec], "bench")
        t = time.perf_counter()
        window.bench.undo_stack.push(command)
        window.view.viewport().repaint()
        window.view.margin.repaint()
        add_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        window.bench.undo_stack.undo()
        window.view.viewport().repaint()
        window.view.margin.repaint()
        remove_times.append(time.perf_counter() - t)
    results.append(("add one coding until repainted (median of 10)",
                    statistics.median(add_times), 0.05))
    results.append(("remove one coding until repainted (median of 10)",
                    statistics.median(remove_times), 0.05))

    bar = window.view.verticalScrollBar()
    paints = []
    for step in range(60):
        bar.setValue(bar.value() + bar.pageStep())
        t = time.perf_counter()
        window.view.viewport().repaint()
        window.view.margin.repaint()
        paints.append(time.perf_counter() - t)
        if step == 30:
            bar.setValue(bar.maximum() // 2)
    results.append(("scrolling: median paint of one page step", statistics.median(paints),
                    1 / 60))
    results.append(("scrolling: worst paint of one page step", max(paints), 0.05))
    window.close()

    return report(results, f"Qt offscreen; {visible} codings in the first view", unit="ms")


if __name__ == "__main__":
    sys.exit(main())
