"""Issue 6 speed bounds: merging coder files, and intercoder agreement.

Run: ``python benchmarks/bench_team.py``. Builds 10 coder files (each the 2 MB
benchmark transcript, the 40 benchmark codes and 5,000 codings of its own
coder), merges them into a new team file (bound ≤ 3 s), merges them again
(nothing added) and previews; then computes the agreement of Anna, Ben and
Cem on the shared benchmark project (bound ≤ 2 s). Prints medians of three
runs and exits 1 if a bound is missed. It also checks that the merge kept
every coding, and that merging again added none.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bench_data import code_paths, coding_specs, ensure_bench_project, make_text, report

from qda_app import Project
from qda_app.importers import import_file
from qda_app.team.agreement_input import measure_agreement
from qda_app.team.merge import merge_files

RUNS = 3
CODERS = 10
PER_CODER = 5_000


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def coder_files(folder: Path) -> list[Path]:
    """The lead's base file and one copy per coder, each coded by that coder."""
    base = folder / "base.qda"
    with Project.create(base, title="Team base") as p:
        import_file(p, make_text())
        for path in code_paths():
            p.add_code(path)
    files = []
    for n in range(CODERS):
        path = folder / f"coder{n + 1:02}.qda"
        shutil.copy2(base, path)
        with Project.open(path) as p:
            doc = p.documents()[0]
            text = p.document(doc.uuid).text
            specs = coding_specs(text, doc.uuid, PER_CODER, seed=1000 + n)
            p.add_codings([replace(s, coder=f"Coder {n + 1}") for s in specs])
        files.append(path)
    return files


def bench_merge(folder: Path) -> list[tuple[str, float, float]]:
    files = coder_files(folder)
    targets = [folder / f"team{i}.qda" for i in range(RUNS)]
    times = [timed(lambda t=t: merge_files(t, files)) for t in targets]
    distinct = set()
    for path in files:  # random spans repeat now and then: identical codings merge once
        with Project.open(path) as p:
            distinct |= {(s.coder, s.code, s.start, s.end) for s in p.segments()}
    with Project.open(targets[0]) as team:
        merged = {(s.coder, s.code, s.start, s.end) for s in team.segments()}
        assert merged == distinct and len(team.segments()) == len(distinct), "codings lost"
    again, preview = [], []
    for t in targets:
        start = time.perf_counter()
        report = merge_files(t, files)
        again.append(time.perf_counter() - start)
        assert report.codings_added == 0, "merging again added codings"
        preview.append(timed(lambda t=t: merge_files(t, files, dry_run=True)))
    return [
        (f"merge {CODERS} coder files × {PER_CODER:,} codings into a new team file",
         statistics.median(times), 3.0),
        ("merge the same files again (all duplicates)", statistics.median(again), 3.0),
        ("preview of that merge", statistics.median(preview), 3.0),
    ]


def bench_agreement() -> list[tuple[str, float, float]]:
    with Project.open(ensure_bench_project()) as project:
        times = [timed(lambda: measure_agreement(project, ["Anna", "Ben", "Cem"]))
                 for _ in range(RUNS)]
    return [("agreement of Anna, Ben, Cem (2 MB, 20,000 codings)", statistics.median(times),
             2.0)]


def main() -> int:
    with tempfile.TemporaryDirectory() as d:
        results = bench_merge(Path(d)) + bench_agreement()
    return report(results)


if __name__ == "__main__":
    sys.exit(main())
