"""Issue 9: peak memory of the Word excerpt export at 10,000, 30,000 and 100,000 codings.

Run: ``python benchmarks/bench_export_memory.py``. Each project is the benchmark
project scaled: the 2 MB transcript's density (100 characters of text per
coding, so 10 MB at 100,000 codings), its 40 codes, 3 coders and seeded spans
of 20-400 characters; built once into ``benchmarks/data/``. Each export runs
as ``qda export segments P.qda OUT.docx`` in a fresh process that reports its
own peak resident memory (VmHWM), so neither the benchmark process nor one
measurement can inflate the next.
Prints the points and the growth factor; exits 1 if 100,000 codings peak
above 600 MB (1.4 GB before the body was streamed). ``bench_scale.py``
takes the points from :func:`export_memory_points`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench_data import DATA, code_paths, coding_specs, make_text, report

from qda_app import Project
from qda_app.importers import import_file

SIZES = (10_000, 30_000, 100_000)
BOUND_MB = 600.0
CHARS_PER_CODING = 100  # as the 2 MB, 20,000-coding benchmark project

_EXPORT_REPORTING_PEAK = """
import resource, sys
from pathlib import Path
from qda_app.cli.main import main
status = main(["export", "segments", *sys.argv[1:]])
status_file = Path("/proc/self/status")
if status_file.exists():  # Linux: this program's own peak (ru_maxrss would count the parent's)
    fields = dict(line.split(":", 1) for line in status_file.read_text().splitlines())
    print(int(fields["VmHWM"].split()[0]) / 1024)
else:  # macOS counts bytes
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2)
sys.exit(status)
"""
"""Runs the export and prints its peak in MB. On Linux ``ru_maxrss`` after ``exec``
still holds the forking parent's peak (a benchmark that just built a big project),
so the child reads its own high-water mark instead."""


def scaled_project(codings: int) -> Path:
    """The benchmark project with ``codings`` codings, built on first use."""
    path = DATA / f"export-memory-{codings}.qda"
    if path.exists():
        return path
    seed = make_text().read_text(encoding="utf-8")
    chars = codings * CHARS_PER_CODING
    text_file = DATA / f"export-memory-{codings}.txt"
    text_file.write_text((seed * (chars // len(seed) + 1))[:chars], encoding="utf-8")
    part = path.with_suffix(".part")
    part.unlink(missing_ok=True)
    with Project.create(part, title=f"Benchmark: {codings:,} codings") as project:
        doc = import_file(project, text_file)
        for code in code_paths():
            project.add_code(code)
        project.add_codings(coding_specs(doc.text, doc.name, codings))
    part.rename(path)  # a build cut short is never taken for a finished project
    text_file.unlink()
    return path


def export_peak_mb(project: Path, target: Path) -> float:
    """Peak resident memory (MB) of ``qda export segments`` of all codings, in its own process."""
    done = subprocess.run([sys.executable, "-c", _EXPORT_REPORTING_PEAK, str(project),
                           str(target), "--force"], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def export_memory_points() -> list[tuple[str, int, float]]:
    """``(label, codings, peak MB)`` of the .docx excerpt export at each size."""
    points = []
    with tempfile.TemporaryDirectory() as folder:
        for codings in SIZES:
            peak = export_peak_mb(scaled_project(codings), Path(folder) / f"{codings}.docx")
            points.append((f".docx excerpts of {codings:,} codings, peak memory", codings, peak))
    return points


def main() -> int:
    points = export_memory_points()
    for label, _, peak in points:
        print(f"{label}: {peak:.0f} MB")
    (_, first, low), (_, last, high) = points[0], points[-1]
    print(f"growth: {high / low:.1f}x the memory for {last / first:.0f}x the codings")
    return report([(label, round(peak), BOUND_MB if codings == 100_000 else None)
                   for label, codings, peak in points],
                  note="peak resident memory of the export process", unit="MB")


if __name__ == "__main__":
    sys.exit(main())
