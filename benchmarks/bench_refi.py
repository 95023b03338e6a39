"""Issue 5 speed bounds for REFI-QDA on the benchmark project (2 MB text, 20,000 codings).

Run: ``python benchmarks/bench_refi.py``. Exports the benchmark project to
``.qdpx`` and imports it into a new project, several times each; prints the
medians with their bounds (export ≤ 3 s, import ≤ 5 s) and exits 1 if one is
missed. It also checks that the round trip kept every coding.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_data import ensure_bench_project, report

from qda_app import Project
from qda_app.exporters.options import ExportOptions
from qda_app.refi import export_qdc, export_qdpx, import_qdpx

RUNS = 3


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> int:
    source = ensure_bench_project()
    results: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as d, Project.open(source) as project:
        folder = Path(d)
        qdpx = folder / "bench.qdpx"
        replace = ExportOptions(force=True)
        times = [timed(lambda: export_qdpx(project, qdpx, replace)) for _ in range(RUNS)]
        results.append(("export .qdpx (20,000 codings, 2 MB)", statistics.median(times), 3.0))
        size = qdpx.stat().st_size
        targets = [folder / f"back{i}.qda" for i in range(RUNS)]
        times = [timed(lambda t=t: import_qdpx(qdpx, t)) for t in targets]
        results.append(("import .qdpx into a new project", statistics.median(times), 5.0))
        times = [timed(lambda: export_qdc(project, folder / "b.qdc", replace))
                 for _ in range(RUNS)]
        results.append(("export .qdc (40 codes)", statistics.median(times), 0.5))
        with Project.open(targets[0]) as back:
            kept = {(s.uuid, s.start, s.end, s.text) for s in back.segments()}
        original = {(s.uuid, s.start, s.end, s.text) for s in project.segments()}
        assert kept == original, "the round trip changed codings"

    return report(results, f".qdpx size {size / 1e6:.1f} MB", unit="s")


if __name__ == "__main__":
    sys.exit(main())
