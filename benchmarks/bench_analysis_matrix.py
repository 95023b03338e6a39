"""Issue 11 speed bounds for the code co-occurrence and the word frequencies.

On the benchmark project (one 2 MB transcript, 40 codes, 20,000 codings; ``bench_data.py``)
and on one of 500 documents (the same text cut at line ends into 500 interviews of about
3,800 characters with their speaker turns, 40 codings each, 20,000 in all;
``bench_data.ensure_interviews``):

- the co-occurrence matrix ≤ 1 s, for each unit (overlap, paragraph, speaker turn, within
  100 characters), from the open project (codings and, for paragraphs and turns, the
  documents read from the file);
- the pairs behind the fullest cell (what a double-click lists);
- word frequencies of all text ≤ 2 s, without and with lemmas (the first count with
  lemmas loads simplemma's German dictionary: measured apart, in a fresh process);
- the windows: Analysis → Code Co-occurrence… and Word Frequencies… opened until shown.

Run: ``python benchmarks/bench_analysis_matrix.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import ROOT, ensure_bench_project, ensure_interviews, median_time, report

from qda_app import Project
from qda_app.analysis.cooccurrence import (
    CooccurrenceQuery,
    code_cooccurrence,
    cooccurring_pairs,
)
from qda_app.analysis.words import WordQuery, word_frequencies

UNITS = [("overlap", 0), ("paragraph", 0), ("turn", 0), ("near", 100)]


def lemma_first_count(path: Path) -> float:
    """Seconds for the first count with lemmas in a fresh process (the dictionary loads)."""
    code = (
        "import time, sys\n"
        "from qda_app import Project\n"
        "from qda_app.analysis.words import WordQuery, word_frequencies\n"
        f"p = Project.open({str(path)!r})\n"
        "t = time.perf_counter()\n"
        "word_frequencies(p, WordQuery(lemma=True))\n"
        "print(time.perf_counter() - t)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip())


def measure(path: Path, label: str) -> list[tuple[str, float, float | None]]:
    results: list[tuple[str, float, float | None]] = []
    with Project.open(path) as p:
        for unit, distance in UNITS:
            query = CooccurrenceQuery(unit=unit, distance=distance)
            what = f"{unit} {distance}" if unit == "near" else unit
            results.append((f"{label}: co-occurrence matrix, {what}",
                            median_time(lambda q=query: code_cooccurrence(p, q)), 1.0))
        matrix = code_cooccurrence(p)
        n = len(matrix.codes)
        row, column = max(((r, c) for r in range(n) for c in range(n) if r != c),
                          key=lambda rc: matrix.count(*rc))
        a, b = matrix.codes[row].uuid, matrix.codes[column].uuid
        pairs = len(cooccurring_pairs(p, a, b))
        results.append((f"{label}: the {pairs} pairs behind the fullest cell",
                        median_time(lambda: cooccurring_pairs(p, a, b)), None))
        counted = word_frequencies(p)
        results.append((f"{label}: word frequencies of all {counted.total_words:,} words",
                        median_time(lambda: word_frequencies(p)), 2.0))
        word_frequencies(p, WordQuery(lemma=True))  # the dictionary, loaded once
        results.append((f"{label}: word frequencies by lemma (dictionary loaded)",
                        median_time(lambda: word_frequencies(p, WordQuery(lemma=True))), 2.0))
    results.append((f"{label}: word frequencies by lemma, first count in a new process",
                    lemma_first_count(path), 2.0))
    return results


def windows(path: Path, label: str) -> list[tuple[str, float, float | None]]:
    """The two windows opened from the menu until shown and painted."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.menus import action
    from qda_app.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: list[tuple[str, float, float | None]] = []
    for name, title in (("cooccurrenceAction", "Code Co-occurrence"),
                        ("wordFrequencyAction", "Word Frequencies")):
        with tempfile.TemporaryDirectory() as folder:
            settings = AppSettings(QSettings(str(Path(folder) / "s.ini"),
                                             QSettings.Format.IniFormat))
            project = Project.open(path)
            window = MainWindow(project, settings)
            window.show()
            app.processEvents()
            t = time.perf_counter()
            action(window, name).trigger()
            app.processEvents()
            results.append((f"{label}: window {title} opened until shown",
                            time.perf_counter() - t, 1.0 if "Co" in title else 2.0))
            window.close()
    return results


def main() -> int:
    results = measure(ensure_bench_project(), "2 MB, 1 document")
    results += measure(ensure_interviews(), "500 documents")
    results += windows(ensure_bench_project(), "2 MB")
    results += windows(ensure_interviews(), "500 documents")
    return report(results, note="offscreen Qt for the windows")


if __name__ == "__main__":
    sys.exit(main())
