"""Issue 6 in the window: the Agreement window and File → Merge Coder Projects…, offscreen.

Measures on the 2 MB / 20,000-coding / 3-coder benchmark project: opening the
Agreement window with its defaults until the tables are filled (the core's
bound for the computation is 2 s; the window adds choosing the defaults and
filling the tables), and Compute again. Then the merge of 10 coder files ×
5,000 codings (as ``bench_team.py`` builds them) through the window: the
preview (read the files, dry run, fill the report) and "Merge" until every
view has refreshed (the core's bound for the merge itself is 3 s; the window
then reloads the 50,000 new codings into the transcript, the code tree and the
document list, hence 5 s here).

Run: ``python benchmarks/bench_team_app.py``; prints medians of three runs and
exits 1 if a bound is missed.
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
from bench_team import coder_files
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qda_app import Project
from qda_app.ui.analysis.agreement_window import AgreementWindow, open_agreement
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings
from qda_app.ui.team.merge_dialog import MergeFlow

RUNS = 3


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    settle()
    return time.perf_counter() - start


def window_on(path: Path, folder: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    project = Project.open(path)
    project.coder = "Anna"
    window = MainWindow(project, settings)
    window.show()
    settle()
    return window


def bench_agreement(folder: Path) -> list[tuple[str, float, float]]:
    opened, again = [], []
    for _ in range(RUNS):
        window = window_on(ensure_bench_project(), folder)
        opened.append(timed(lambda w=window: open_agreement(w.bench)))
        agreement = window.findChild(AgreementWindow, "agreementWindow")
        assert agreement.result is not None and agreement.result.coders == ("Anna", "Ben", "Cem")
        again.append(timed(agreement.compute))
        window.close()
    return [("open the Agreement window with its defaults (tables filled)",
             statistics.median(opened), 3.0),
            ("Compute again", statistics.median(again), 2.5)]


def bench_merge(folder: Path) -> list[tuple[str, float, float]]:
    files = coder_files(folder)
    base = folder / "base.qda"
    previews, merges = [], []
    for run in range(RUNS):
        team = folder / f"team{run}.qda"
        shutil.copy2(base, team)
        window = window_on(team, folder)
        flow = window.findChild(MergeFlow, "mergeFlow")
        start = time.perf_counter()
        preview = flow.preview_files(files)
        settle()
        previews.append(time.perf_counter() - start)
        assert preview is not None and preview.report.codings_added > 40_000
        merges.append(timed(preview.merge_button.click))
        assert len(window.view.index) == preview.report.codings_added
        window.close()
    return [(f"merge preview of {len(files)} coder files × 5,000 codings",
             statistics.median(previews), 3.0),
            ("Merge, until every view has refreshed", statistics.median(merges), 5.0)]


def main() -> int:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as d:
        results = bench_agreement(Path(d)) + bench_merge(Path(d))
    return report(results, "Qt offscreen", unit="s")


if __name__ == "__main__":
    sys.exit(main())
