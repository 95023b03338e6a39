"""Every File → Export entry (and the REFI-QDA imports) from the window, on the benchmark project.

Run: ``python benchmarks/check_export_app.py`` (offscreen; no display needed).

Not a speed bound but a check of what a user sees on a big project: the
progress bar moves (how many steps, and the longest stretch without one,
during which the window cannot react to Cancel), the export finishes, and a
click on the progress dialog's Cancel half-way through stops it and leaves no
file. The dialogs are answered by the script (like the tests do); the window,
the progress dialog and the exporters are the real ones. Exit 1 on a failure.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import ensure_bench_project
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from qda_app import Project
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.selection import SegmentQuery
from qda_app.refi import export_qdc, export_qdpx
from qda_app.ui.common import file_dialogs
from qda_app.ui.common.progress_run import run_with_progress
from qda_app.ui.exchange import export_actions
from qda_app.ui.exchange import export_dialogs as dialogs
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.settings import AppSettings

CASES: list[tuple[str, str, str]] = [
    # (what, action name, output file)
    ("codebook, 2 examples per code -> .docx", "exportCodebookAction", "codebook.docx"),
    ("all segments -> .docx", "exportSegmentsAction", "segments.docx"),
    ("all segments -> .xlsx", "exportSegmentsAction", "segments.xlsx"),
    ("all segments -> .csv", "exportSegmentsAction", "segments.csv"),
    ("transcript, one coder -> .docx", "exportTranscriptAction", "transcript-one.docx"),
    ("transcript, all coders -> .docx", "exportTranscriptAction", "transcript-all.docx"),
    ("matrix per coder -> .xlsx", "exportMatrixAction", "matrix.xlsx"),
    ("REFI-QDA codebook -> .qdc", "exportQdcAction", "codebook.qdc"),
    ("REFI-QDA project -> .qdpx", "exportQdpxAction", "project.qdpx"),
]


@dataclass
class Run:
    steps: list[tuple[float, int, int]] = field(default_factory=list)
    cancel_at: float | None = None
    cancelled_at: float | None = None

    def longest_gap(self, start: float, end: float) -> float:
        times = [start, *(t for t, _, _ in self.steps), end]
        return max(b - a for a, b in pairwise(times))


def instrument(run: Run, cancel_half_way: bool) -> None:
    """Record each progress step; optionally click Cancel once half the work is done."""
    def recording(parent, label, work: Callable):  # type: ignore[no-untyped-def]
        def wrapped(real):  # type: ignore[no-untyped-def]
            def progress(done: int, total: int) -> bool:
                run.steps.append((time.perf_counter(), done, total))
                if cancel_half_way and run.cancel_at is None and total and done >= total / 2:
                    run.cancel_at = time.perf_counter()
                    dialog = next(w for w in QApplication.topLevelWidgets()
                                  if isinstance(w, QProgressDialog))
                    dialog.findChild(QPushButton).click()
                return real(done, total)
            return work(progress)
        return run_with_progress(parent, label, wrapped)
    export_actions.run_with_progress = recording  # type: ignore[assignment]


def answer_dialogs(window: MainWindow, target: Path) -> None:
    coders = (window.project.coders()[0].name,) if target.stem.endswith("-one") else ()
    choices = {
        "codebook": ExportOptions(examples=2, lang="de"),
        "segments": ExportOptions(lang="de", delimiter=";"),
        "transcript": ExportOptions(document=window.project.documents()[0].uuid,
                                    query=SegmentQuery(coders=coders), lang="de"),
        "matrix": ExportOptions(by_coder=True, lang="de", delimiter=";"),
    }
    dialogs.ExportOptionsDialog.ask = classmethod(  # type: ignore[method-assign]
        lambda cls, parent, project, exporter, start: dialogs.ExportChoice(
            choices[exporter.kind], target.suffix))
    file_dialogs.SaveFileDialog.ask = classmethod(  # type: ignore[method-assign]
        lambda cls, *a, **k: file_dialogs.SaveTarget(target, False))


def check(window: MainWindow, name: str, target: Path, cancel: bool) -> tuple[str, bool]:
    run = Run()
    instrument(run, cancel)
    answer_dialogs(window, target)
    start = time.perf_counter()
    action(window, name).trigger()
    end = time.perf_counter()
    message = window.statusBar().currentMessage()
    leftovers = [p.name for p in target.parent.iterdir()]
    steps = len(run.steps)
    if cancel:
        stopped = end - (run.cancel_at or end)
        ok = not leftovers and "Cancelled" in message and run.cancel_at is not None
        return (f"cancelled half-way after {run.cancel_at - start if run.cancel_at else 0:.1f} s,"
                f" stopped {stopped:.2f} s later, files left: {leftovers or 'none'}"), ok
    reached = bool(run.steps) and run.steps[-1][1] >= run.steps[-1][2]
    ok = target.exists() and reached
    size = target.stat().st_size / 1e3 if target.exists() else 0
    return (f"{end - start:6.1f} s, {steps:4d} progress steps, longest stretch without one "
            f"{run.longest_gap(start, end):.2f} s, {size:,.0f} kB"), ok


def check_imports(window: MainWindow, folder: Path) -> list[tuple[str, bool]]:
    results = []
    with Project.open(window.project.path) as source:
        export_qdc(source, folder / "in.qdc")
        export_qdpx(source, folder / "in.qdpx")
    reports: list[list[str]] = []
    file_dialogs.ReportBox.ask = classmethod(  # type: ignore[method-assign]
        lambda cls, parent, title, lines: reports.append(list(lines)))
    for name, source_file, new in (("importQdcAction", "in.qdc", None),
                                   ("openQdpxAction", "in.qdpx", folder / "new.qda")):
        file_dialogs.OpenFileDialog.ask = classmethod(  # type: ignore[method-assign]
            lambda cls, *a, f=source_file: folder / f)
        if new is not None:
            file_dialogs.SaveFileDialog.ask = classmethod(  # type: ignore[method-assign]
                lambda cls, *a, n=new, **k: file_dialogs.SaveTarget(n, False))
        run = Run()
        instrument(run, False)
        start = time.perf_counter()
        action(window, name).trigger()
        took = time.perf_counter() - start
        ok = bool(reports) and (new is None or new.exists())
        results.append((f"{name}: {took:.1f} s, {len(run.steps)} progress steps; "
                        f"{reports[-1][0] if reports else 'no report'}", ok))
    return results


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        shutil.copy2(ensure_bench_project(), folder / "bench.qda")
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Project.open(folder / "bench.qda"), settings)
        window.show()
        app.processEvents()
        print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}")
        failed = 0
        for what, name, file in CASES:
            for cancel in (False, True):
                out = folder / f"{file}-{'cancel' if cancel else 'full'}"
                out.mkdir()
                text, ok = check(window, name, out / file, cancel)
                failed += not ok
                print(f"{'ok ' if ok else 'BAD'} {what:40s} {text}")
        for text, ok in check_imports(window, folder):
            failed += not ok
            print(f"{'ok ' if ok else 'BAD'} {text}")
        window.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
