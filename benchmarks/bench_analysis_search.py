"""Issue 11 speed bounds for search and autocode.

On the benchmark project (one 2 MB transcript, 20,000 codings; ``bench_data.py``) and on
one of 500 documents (the same text cut into 500 interviews of about 3,800 characters,
40 codings each, 20,000 in all; ``bench_data.ensure_interviews``):

- ``Project.search`` over every document ≤ 0.3 s: a frequent word ("die", thousands of
  hits, case folded with ß in the text), a rare one, whole words, a regular expression,
  case-sensitive; the first search after opening (texts read from the file) and later ones.
- autocoding 1,000 hits ≤ 1 s: planning (units, merging, what exists) and writing, on a
  fresh copy of the project each time, for each unit; and undoing it (removing them).
- the window: the Search pane listing the hits of "die" until painted.

Run: ``python benchmarks/bench_analysis_search.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import ensure_bench_project, ensure_interviews, median_time, report

from qda_app import Project
from qda_app.analysis.autocode import apply_autocode, plan_autocode
from qda_app.text_search import SearchHit

SEARCHES: list[tuple[str, dict[str, bool]]] = [
    ("die", {}), ("Nachteilsausgleich", {}), ("die", {"whole_words": True}),
    (r"\bSprach\w*", {"regex": True}), ("Arbeit", {"case_sensitive": True}),
]


def search_rows(path: Path, label: str) -> list[tuple[str, float, float | None]]:
    rows: list[tuple[str, float, float | None]] = []
    cold = []
    for _ in range(3):  # the first search after opening reads every text from the file
        with Project.open(path) as p:
            t = time.perf_counter()
            hits = p.search("die")
            cold.append(time.perf_counter() - t)
    rows.append((f"{label}: first search after opening, \"die\" ({len(hits):,} hits)",
                 statistics.median(cold), 0.3))
    with Project.open(path) as p:
        for query, options in SEARCHES:
            hits = p.search(query, **options)
            seconds = median_time(lambda q=query, o=options: p.search(q, **o))
            shown = ", ".join(k.replace("_", " ") for k in options)
            rows.append((f"{label}: search \"{query}\"{f' ({shown})' if shown else ''}, "
                         f"{len(hits):,} hits", seconds, 0.3))
    return rows


def thousand_hits(p: Project) -> list[SearchHit]:
    """1,000 hits of a frequent word, spread over the whole text (every n-th hit)."""
    hits = p.search("die", whole_words=True)
    step = max(len(hits) // 1000, 1)
    chosen = hits[::step][:1000]
    assert len(chosen) == 1000, len(hits)
    return chosen


def autocode_rows(path: Path, label: str) -> list[tuple[str, float, float | None]]:
    rows: list[tuple[str, float, float | None]] = []
    for unit in ("hit", "sentence", "paragraph", "turn"):
        times, undo_times, added = [], [], 0
        for _ in range(3):
            with tempfile.TemporaryDirectory() as d:
                copy = Path(d) / "copy.qda"
                shutil.copy2(path, copy)
                with Project.open(copy) as p:
                    hits = thousand_hits(p)
                    t = time.perf_counter()
                    result = apply_autocode(p, plan_autocode(p, hits, "Arbeit/Problem", unit,
                                                             coder="Bench"))
                    times.append(time.perf_counter() - t)
                    added = len(result.added)
                    t = time.perf_counter()
                    p.remove_codings([c.uuid for c in result.added])
                    undo_times.append(time.perf_counter() - t)
        rows.append((f"{label}: autocode 1,000 hits by {unit} ({added:,} codings)",
                     statistics.median(times), 1.0))
        rows.append((f"{label}: remove them again (undo)", statistics.median(undo_times), None))
    return rows


def window_rows(path: Path) -> list[tuple[str, float, float | None]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    settings = AppSettings(QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"),
                                     QSettings.Format.IniFormat))
    window = MainWindow(Project.open(path), settings)
    window.resize(1400, 900)
    window.show()
    window.search.open_pane()
    app.processEvents()
    times = []
    for _ in range(5):
        window.search.field.setText("die")
        t = time.perf_counter()
        window.search.search()
        window.search.table.viewport().repaint()
        times.append(time.perf_counter() - t)
    n = window.search.model.rowCount()
    window.close()
    return [(f"window: Search pane lists \"die\" ({n:,} hits) until painted",
             statistics.median(times), 0.3)]


def main() -> int:
    bench, many = ensure_bench_project(), ensure_interviews()
    results = search_rows(bench, "2 MB, 1 document") + search_rows(many, "500 documents")
    results += autocode_rows(bench, "2 MB") + autocode_rows(many, "500 documents")
    results += window_rows(bench)
    return report(results, unit="ms")


if __name__ == "__main__":
    sys.exit(main())
