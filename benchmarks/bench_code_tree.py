"""Code tree speed on the 2 MB / 20,000-coding / 40-code benchmark project.

Measures, offscreen: building the panel; the tree's own share of adding one
coding (the count refresh: ``project.codes()`` plus the in-place diff), which
the workbench's 50 ms budget for "add one coding until repainted" includes;
and undoable tree actions (rename, move, delete + undo) until the tree shows
them. The bounds are ours: a tree update must never be what a coder notices.

Run: ``python benchmarks/bench_code_tree.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import ensure_bench_project, report
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from qda_app import Project
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.commands.code_commands import DeleteCode, MoveCode, RenameCode
from qda_app.ui.common.project_events import ProjectEvents


def median_ms(action: Callable[[], object], runs: int = 10) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        QApplication.processEvents()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "bench.qda"
    shutil.copy2(ensure_bench_project(), path)  # tree actions write; keep the shared file
    project = Project.open(path)
    events, stack = ProjectEvents(project), QUndoStack()
    results = []

    t = time.perf_counter()
    panel = CodeTreePanel(project, stack, events)
    panel.resize(360, 800)
    panel.show()
    app.processEvents()
    results.append(("build and show the code tree", time.perf_counter() - t, 0.5))

    codes = project.codes()
    leaf = next(c for c in codes if c.codings and c.parent_uuid)
    doc = project.documents()[0].uuid
    added = []
    t_refresh = median_ms(panel.model.refresh)
    results.append(("tree refresh after one coding (counts: codes() + diff)", t_refresh, 0.02))
    starts = iter(range(10, 100_000, 50))  # a new span each time: a coding exists once

    def add_one() -> None:
        start = next(starts)
        added.append(project.add_coding(doc, leaf.uuid, start, start + 30, coder="Bench"))

    results.append(("add one coding via the core, tree included", median_ms(add_one), 0.05))
    names = iter(f"Umbenannt {i}" for i in range(100))
    results.append(("rename a code until shown", median_ms(
        lambda: stack.push(RenameCode(project, leaf.uuid, next(names)))), 0.05))
    top = [c for c in codes if c.depth == 0]
    results.append(("move a code with its subtree until shown", median_ms(
        lambda: stack.push(MoveCode(project, top[0].uuid, None, None))), 0.05))
    big = max(top, key=lambda c: c.codings_total)

    def delete_and_undo() -> None:
        stack.push(DeleteCode(project, big.uuid, delete_codings=True))
        stack.undo()

    results.append((f"delete a code with {big.codings_total} codings and undo it",
                    median_ms(delete_and_undo, 3), 2.0))
    panel.close()
    project.close()

    note = f"Qt offscreen; {len(codes)} codes, {sum(c.codings for c in codes)} codings"
    return report(results, note, unit="ms")


if __name__ == "__main__":
    sys.exit(main())
