"""The benchmark projects and timing shared by every benchmark script (issues 3-13).

The benchmark project: a 2 MB transcript made by repeating the seed protocol, 40 codes
(8 top-level codes with 4 subcodes each), and 20,000 codings by 3 coders with seeded
random spans snapped to word boundaries. The 500 interviews: the same text cut at line
ends into 500 documents of about 3,800 characters with their speaker turns, 40 codings
each. Both are built once into ``benchmarks/data/`` (not committed) and reused.
:func:`median_time` times a call, :func:`report` prints the results' table.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qda_app import CodingSpec, Project  # noqa: E402
from qda_app.bundled import seed_path  # noqa: E402
from qda_app.importers import import_file  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
BENCH_PROJECT = DATA / "bench.qda"
BENCH_TEXT = DATA / "bench-transcript-2mb.txt"
INTERVIEWS = DATA / "bench-500-interviews.qda"
N_INTERVIEWS = 500
TARGET_CHARS = 2_000_000
N_CODINGS = 20_000
CODERS = ("Anna", "Ben", "Cem")
PARENTS = ("Arbeit", "Sprache", "Mobilität", "Kammern", "Aufenthalt", "Begegnung",
           "Governance", "Bildung")
CHILDREN = ("Problem", "Lösung", "Beispiel", "Forderung")


def make_text() -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    if not BENCH_TEXT.exists():
        seed = seed_path().read_text(encoding="utf-8")
        repeats = TARGET_CHARS // len(seed) + 1
        BENCH_TEXT.write_text("\n\n".join([seed] * repeats), encoding="utf-8")
    return BENCH_TEXT


def code_paths() -> list[str]:
    return [f"{p}/{c}" for p in PARENTS for c in CHILDREN]


def coding_specs(text: str, document: str, n: int = N_CODINGS, seed: int = 20210520
                 ) -> list[CodingSpec]:
    rng = random.Random(seed)
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    ends = [m.end() for m in re.finditer(r"\w\b", text)]
    codes = code_paths() + list(PARENTS)
    specs = []
    seen: set[tuple[str, str, int, int]] = set()  # a project stores each coding once
    import bisect

    while len(specs) < n:
        start = rng.choice(starts)
        j = bisect.bisect_left(ends, start + rng.randint(20, 400))
        end = ends[min(j, len(ends) - 1)]
        if end <= start:
            end = start + 1
        code, coder = rng.choice(codes), rng.choice(CODERS)
        if (code, coder, start, end) not in seen:
            seen.add((code, coder, start, end))
            specs.append(CodingSpec(document, code, start, end, coder=coder))
    return specs


def build(path: Path = BENCH_PROJECT, verbose: bool = True) -> dict[str, float]:
    """Build the project from scratch; return the timings of the steps."""
    path.unlink(missing_ok=True)
    timings: dict[str, float] = {}
    text_file = make_text()
    with Project.create(path, title="Benchmark: 2 MB, 20,000 codings") as project:
        t = time.perf_counter()
        doc = import_file(project, text_file)
        timings["import 2 MB transcript"] = time.perf_counter() - t
        for p in code_paths():
            project.add_code(p)
        specs = coding_specs(doc.text, doc.name)
        t = time.perf_counter()
        project.add_codings(specs)
        timings["add_codings(20,000)"] = time.perf_counter() - t
    if verbose:
        for k, v in timings.items():
            print(f"{k}: {v:.3f} s")
    return timings


def ensure_bench_project() -> Path:
    """The benchmark project, built on first use."""
    if not BENCH_PROJECT.exists():
        build()
    return BENCH_PROJECT


def ensure_interviews() -> Path:
    """The 2 MB text as 500 documents of whole lines with their turns, 40 codings each."""
    if INTERVIEWS.exists():
        return INTERVIEWS
    with Project.open(ensure_bench_project()) as bench:
        source = bench.document(bench.documents()[0].uuid)
    text, size = source.text, len(source.text) // N_INTERVIEWS
    cuts, start = [], 0
    while start < len(text) and len(cuts) < N_INTERVIEWS - 1:
        end = text.find("\n", start + size)
        if end < 0:
            break
        cuts.append((start, end))
        start = end + 1
    cuts.append((start, len(text)))
    tmp = INTERVIEWS.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Project.create(tmp, title="Benchmark: 500 interviews") as p:
        p.add_codes([{"path": path} for path in code_paths()])
        specs = []
        for i, (a, b) in enumerate(cuts, start=1):
            head = f"Interview {i}\n"
            shift = len(head) - a
            turns = [replace(t, start=t.start + shift, end=t.end + shift,
                             body_start=None if t.body_start is None else t.body_start + shift)
                     for t in source.turns if a <= t.start and t.end <= b]
            doc = p.add_document(f"Interview {i:03d}", head + text[a:b], turns=turns)
            specs += coding_specs(doc.text, doc.name, n=40, seed=i)
        p.add_codings(specs)
    tmp.replace(INTERVIEWS)
    return INTERVIEWS


def median_time(fn: Callable[[], object], runs: int = 5) -> float:
    """Seconds ``fn()`` takes, the median of ``runs`` calls."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def report(results: list[tuple[str, float, float | None]], note: str = "",
           unit: str = "s") -> int:
    """Print the machine and one table row per measurement; 1 if any bound was missed.

    ``results`` are ``(what, seconds, bound in seconds or None)``; ``unit`` is how
    the times are shown (``"s"`` or ``"ms"``). Every benchmark script ends with this.
    """
    import os
    import platform

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}{'; ' + note if note else ''}")

    def shown(seconds: float) -> str:
        text = f"{seconds * 1000:.1f}" if unit == "ms" else f"{seconds:.2f}"
        return f"{text.removesuffix('.0').removesuffix('.00')} {unit}"

    failed = False
    for name, seconds, bound in results:
        ok = bound is None or seconds <= bound
        failed |= not ok
        limit = f"≤ {shown(bound)}" if bound is not None else "–"
        verdict = ("ok" if bound is not None else "") if ok else "MISSED"
        print(f"| {name} | {shown(seconds)} | {limit} | {verdict} |")
    return 1 if failed else 0


if __name__ == "__main__":
    build()
