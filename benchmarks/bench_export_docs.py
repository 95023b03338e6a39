"""Issue 5 speed bounds for the Word and table exports on the benchmark project.

Run: ``python benchmarks/bench_export_docs.py``. Each export is timed end to
end as ``qda export`` runs it (selection, building, writing the file), median
of three runs; the bounded ones make the script exit 1 when missed, the rest
are printed for the README.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_data import BENCH_PROJECT, ensure_bench_project, report

from qda_app import Project
from qda_app.exporters.docx_codebook import export_codebook
from qda_app.exporters.docx_segments import export_segments_docx
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.matrix import export_matrix
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.selection import SegmentQuery
from qda_app.exporters.tables import export_segments_table

FIVE_THOUSAND = SegmentQuery(codes=("Arbeit", "Sprache", "Mobilität/Problem"))
"""Two top-level codes with their subcodes and one more code: just over 5,000 codings."""


def median_time(fn: Callable[[Path], object], folder: Path, runs: int = 3) -> float:
    times = []
    for i in range(runs):
        target = folder / f"run{i}"
        target.mkdir()
        t = time.perf_counter()
        fn(target)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ensure_bench_project()
    with Project.open(BENCH_PROJECT) as p, tempfile.TemporaryDirectory() as d:
        n = len(p.segments(code=list(FIVE_THOUSAND.codes)))
        doc = p.documents()[0].name
        cases: list[tuple[str, Callable[[Path], object], float | None]] = [
            (f"coded excerpts, {n:,} codings -> .docx",
             lambda f: export_segments_docx(p, f / "s.docx", ExportOptions(query=FIVE_THOUSAND)),
             5.0),
            ("coded excerpts, all 20,000 -> .xlsx",
             lambda f: export_segments_table(p, f / "s.xlsx"), 5.0),
            ("coded excerpts, all 20,000 -> .csv",
             lambda f: export_segments_table(p, f / "s.csv"), None),
            ("coded excerpts, all 20,000 -> .docx",
             lambda f: export_segments_docx(p, f / "s.docx"), None),
            ("codebook, 40 codes, 3 examples each -> .docx",
             lambda f: export_codebook(p, f / "c.docx", ExportOptions(examples=3)), None),
            ("coded transcript, 2 MB, 20,000 comments -> .docx",
             lambda f: export_transcript(p, f / "t.docx", ExportOptions(document=doc)), None),
            ("code x document matrix per coder -> .xlsx",
             lambda f: export_matrix(p, f / "m.xlsx", ExportOptions(by_coder=True)), None),
        ]
        results = []
        for i, (name, fn, bound) in enumerate(cases):
            folder = Path(d) / str(i)
            folder.mkdir()
            results.append((name, median_time(fn, folder), bound))

    return report(results)


if __name__ == "__main__":
    sys.exit(main())
