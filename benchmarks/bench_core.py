"""Issue 3 speed bounds on the benchmark project (2 MB text, 20,000 codings, 40 codes).

Run: ``python benchmarks/bench_core.py``. Prints each measurement (median of
several runs) with its bound; exits 1 if a bound is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_data import BENCH_PROJECT, build, ensure_bench_project, median_time, report

from qda_app import Project
from qda_app.bundled import seed_path
from qda_app.importers import import_file


def main() -> int:
    with tempfile.TemporaryDirectory() as d:  # never rebuild the shared project under others
        build_times = [build(Path(d) / f"b{i}.qda", verbose=False)["add_codings(20,000)"]
                       for i in range(3)]
    results = [("add_codings of 20,000 codings", statistics.median(build_times), 1.0)]
    ensure_bench_project()
    results.append(("Project.open", median_time(lambda: Project.open(BENCH_PROJECT).close()),
                    0.1))
    with Project.open(BENCH_PROJECT) as p:
        segs = p.segments()
        assert len(segs) == 20_000
        results.append(("segments() of all 20,000", median_time(p.segments), 0.5))
        results.append(("codes() with counts", median_time(p.codes, 20), 0.05))

    def import_seed() -> None:
        with tempfile.TemporaryDirectory() as d, Project.create(Path(d) / "s.qda") as p:
            t = time.perf_counter()
            import_file(p, seed_path())
            timings.append(time.perf_counter() - t)

    timings: list[float] = []
    for _ in range(5):
        import_seed()
    results.append(("importing the seed protocol", statistics.median(timings), 0.2))

    return report(results, unit="ms")


if __name__ == "__main__":
    sys.exit(main())
