"""Issue 9: every cost stays linear at ten times today's size.

Each dimension is measured at today's size, about three times and ten times
it, and judged by how the cost grows from the first point to the last: a
constant-time lookup may grow at most 1.3 times over ten times the size, a
linear cost at most 13 times (ten, plus measuring noise). Some dimensions also
have an absolute bound on the last point, or further checks.

Each point is the best of a few runs, in wall time and in this process's CPU
time (SQLite runs in it). The machine may be shared, and wall time then also
measures the neighbours; so growth is judged on CPU time, the absolute bounds
(what a user waits for) on wall time. Both are printed.

A dimension is one function in :data:`DIMENSIONS` that returns a
:class:`Dimension` with its points (smallest first). The window, the segment
table and the Word export's memory are added the same way, as functions in the
same list; a dimension measured in MB sets ``unit="MB"`` and gives no CPU time.

Run: ``python benchmarks/bench_scale.py`` (all) or ``… bench_scale.py create_codes``
(some, by function name). Prints the machine and one README table row per
dimension; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import platform
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench_data import make_text

from qda_app import CodeSpec, CodingSpec, Project
from qda_app.bundled import seed_path
from qda_app.importers import import_file
from qda_app.records import Turn

CONSTANT = 1.3
"""Growth allowed over ten times the size for what must not depend on it."""
LINEAR = 13.0
"""Growth allowed over ten times the size for what may grow with it."""


@dataclass
class Point:
    size: str
    value: float
    """Wall time in seconds (or the dimension's unit)."""
    cpu: float | None = None
    """This process's CPU time in seconds, which growth is judged on when given."""
    note: str = ""


@dataclass
class Dimension:
    what: str
    points: list[Point]
    max_growth: float | None
    """``None``: the growth is shown, and only the absolute bound judged."""
    limit: float | None = None
    """Bound on the value of the last point (``None``: growth only)."""
    unit: str = "s"
    checks: list[tuple[str, bool]] = field(default_factory=list)
    """Further bounds: (what was required, whether it held)."""

    @property
    def growth(self) -> float:
        first, last = self.points[0], self.points[-1]
        if first.cpu and last.cpu:
            return last.cpu / first.cpu
        return last.value / first.value if first.value else 1.0

    def missed(self) -> list[str]:
        out = [] if self.max_growth is None or self.growth <= self.max_growth else [
            f"grew {self.growth:.1f}× (bound {self.max_growth:g}×)"]
        if self.limit is not None and self.points[-1].value > self.limit:
            out.append(f"{self.shown(self.points[-1].value)} > {self.shown(self.limit)}")
        return out + [f"not: {text}" for text, ok in self.checks if not ok]

    def shown(self, value: float) -> str:
        if self.unit != "s":
            return f"{value:.0f} {self.unit}"
        if value < 0.01:
            return f"{value * 1000:.1f} ms"
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"

    def row(self) -> str:
        def point(p: Point) -> str:
            notes = ([f"CPU {self.shown(p.cpu)}"] if p.cpu is not None else []) + (
                [p.note] if p.note else [])
            return f"{p.size}: {self.shown(p.value)}" + (f" ({', '.join(notes)})" if notes else "")

        bounds = ([f"≤ {self.max_growth:g}×"] if self.max_growth is not None else []) + (
            [f"≤ {self.shown(self.limit)}"] if self.limit is not None else [])
        bound = "; ".join([", ".join(bounds)] * bool(bounds) + [t for t, _ in self.checks])
        missed = self.missed()
        verdict = "ok" if not missed else "MISSED: " + "; ".join(missed)
        points = " · ".join(point(p) for p in self.points)
        return f"| {self.what} | {points} | {self.growth:.2f}× | {bound} | {verdict} |"


def from_points(what: str, points: list[tuple[str, float]], max_growth: float | None,
                limit: float | None = None, unit: str = "s") -> Dimension:
    """A dimension from ``[(size, value), …]``, as ``bench_scale_window.py``'s functions give.

    Growth is then judged on the values given (wall time, or MB).
    """
    return Dimension(what, [Point(size, value) for size, value in points], max_growth, limit,
                     unit)


# -- helpers ---------------------------------------------------------------------------------

@contextmanager
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as d:
        yield Path(d)


@dataclass
class Timing:
    wall: float
    cpu: float

    def point(self, size: str, note: str = "") -> Point:
        return Point(size, self.wall, self.cpu, note)


def timed(fn: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def best(timings: list[Timing]) -> Timing:
    return Timing(min(t.wall for t in timings), min(t.cpu for t in timings))


def best_on_copies(template: Path, action: Callable[[Project], object], runs: int = 3
                   ) -> Timing:
    """Best time of ``action`` on fresh copies of ``template`` (opening not timed)."""
    times = []
    for i in range(runs):
        path = template.with_name(f"run{i}-{template.name}")
        shutil.copy2(template, path)
        with Project.open(path) as p:
            times.append(timed(lambda p=p: action(p)))
        path.unlink()
    return best(times)


def code_system(n: int) -> list[CodeSpec]:
    """``n`` codes in groups of 20 (``Gruppe 3/Code 61``), as coders build them."""
    return [CodeSpec(f"Gruppe {i // 20}/Code {i}") for i in range(n)]


def project_with_codes(path: Path, n: int, text: str) -> list[str]:
    """A project with one document and ``n`` codes; returns the code paths."""
    with Project.create(path) as p:
        p.add_document("Interview", text)
        return [c.path for c in p.add_codes(code_system(n)) if c.depth == 1]


def spans(text: str, n: int, seed: int) -> list[tuple[int, int]]:
    """``n`` distinct word-aligned spans of 20–400 characters."""
    rng = random.Random(seed)
    starts = [i for i in range(1, len(text)) if text[i - 1] == " " and text[i] != " "]
    seen: set[tuple[int, int]] = set()
    while len(seen) < n:
        start = rng.choice(starts)
        end = min(len(text), start + rng.randint(20, 400))
        seen.add((start, end))
    return sorted(seen)


# -- the dimensions ---------------------------------------------------------------------------

def code_lookup() -> Dimension:
    """3,000 codings naming 200 codes by record vs by path, at 200/600/2,000 codes.

    The 200 codes are spread over the whole code system, and the same number
    at every size: what may not grow is the cost of finding a code, while
    reading each code a batch names (once) is work in proportion to the batch.
    """
    text = seed_path().read_text(encoding="utf-8")
    points, checks = [], []
    with folder() as d:
        for n in (200, 600, 2000):
            template = d / f"lookup{n}.qda"
            paths = project_with_codes(template, n, text)
            with Project.open(template) as p:
                records = {c.path: c for c in p.codes()}
            named = paths[:: len(paths) // 200][:200]
            targets = [named[i % len(named)] for i in range(3000)]
            where = spans(text, 3000, seed=n)
            pairs = list(zip(targets, where, strict=True))
            by_path = [CodingSpec("Interview", c, s, e) for c, (s, e) in pairs]
            by_record = [CodingSpec("Interview", records[c], s, e) for c, (s, e) in pairs]
            t_path = best_on_copies(template, lambda p, specs=by_path: p.add_codings(specs), 5)
            t_record = best_on_copies(template,
                                      lambda p, specs=by_record: p.add_codings(specs), 5)
            ratio = t_record.cpu / t_path.cpu
            points.append(t_record.point(f"{n:,} codes", f"by path {t_path.wall * 1000:.0f} ms, "
                                                         f"CPU {ratio:.2f}× the path's"))
            checks.append(ratio <= CONSTANT)
    return Dimension("code lookup: `add_codings` of 3,000 naming 200 codes by `Code` record",
                     points,
                     CONSTANT, checks=[("records ≤ 1.3× paths", all(checks))])


def add_codings_20000() -> Dimension:
    """``add_codings`` of 20,000 codings on the 2 MB transcript at 200/600/2,000 codes."""
    points = []
    with folder() as d:
        for n in (200, 600, 2000):
            template = d / f"codings{n}.qda"
            with Project.create(template) as p:
                import_file(p, make_text())
                doc = p.documents()[0].name
                paths = [c.path for c in p.add_codes(code_system(n)) if c.depth == 1]
                stored = p.document(doc).text
            rng = random.Random(n)
            specs = [CodingSpec(doc, rng.choice(paths), s, e, coder=rng.choice("ABC"))
                     for s, e in spans(stored, 20_000, seed=7)]
            points.append(best_on_copies(
                template, lambda p, specs=specs: p.add_codings(specs)).point(f"{n:,} codes"))
    return Dimension("`add_codings` of 20,000 codings", points, CONSTANT, limit=1.0)


def undo_deleted_code() -> Dimension:
    """Undo of deleting a code with 2,500 codings (``restore_code``) at 200/2,000 codes."""
    text = make_text().read_text(encoding="utf-8")
    points = []
    with folder() as d:
        for n in (200, 2000):
            template = d / f"undo{n}.qda"
            code = project_with_codes(template, n, text)[7]
            with Project.open(template) as p:
                p.add_codings([CodingSpec("Interview", code, s, e)
                               for s, e in spans(text, 2500, seed=3)])
            times = []
            for i in range(5):
                path = d / f"undo-run{i}.qda"
                shutil.copy2(template, path)
                with Project.open(path) as p:
                    snapshot = p.snapshot_code(code)
                    p.delete_code(code, delete_codings=True)
                    times.append(timed(lambda p=p, snapshot=snapshot: p.restore_code(snapshot)))
                    assert p.code(code).codings == 2500
            points.append(best(times).point(f"{n:,} codes"))
    return Dimension("undo of deleting a code with 2,500 codings", points, CONSTANT)


def create_codes() -> Dimension:
    """``add_codes`` of 1,000/3,000/10,000 codes in one call into an empty project."""
    points = []
    with folder() as d:
        for n in (1000, 3000, 10_000):
            times = []
            for i in range(3):
                with Project.create(d / f"codes{n}-{i}.qda") as p:
                    specs = code_system(n)
                    times.append(timed(lambda p=p, specs=specs: p.add_codes(specs)))
            points.append(best(times).point(f"{n:,}"))
    return Dimension("creating codes with `add_codes` (one call)", points, LINEAR, limit=2.0)


def single_add_code() -> Dimension:
    """1,000/3,000/10,000 single ``add_code`` calls, each its own transaction."""
    points = []
    with folder() as d:
        for n, runs in ((1000, 3), (3000, 2), (10_000, 1)):
            times = []
            for i in range(runs):
                with Project.create(d / f"single{n}-{i}.qda") as p:
                    specs = code_system(n)
                    times.append(timed(lambda p=p, specs=specs: [p.add_code(s.path)
                                                                 for s in specs]))
            t = best(times)
            points.append(t.point(f"{n:,}", f"{t.wall / n * 1000:.1f} ms each"))
    return Dimension("creating codes with single `add_code` calls", points, LINEAR)


def import_text() -> Dimension:
    """Importing a 2/6/20 MB protocol (the seed repeated) into an empty project."""
    seed = seed_path().read_text(encoding="utf-8")
    points = []
    with folder() as d:
        for mb in (2, 6, 20):
            source = d / f"protokoll-{mb}mb.txt"
            source.write_text("\n\n".join([seed] * (mb * 1_000_000 // len(seed) + 1)),
                              encoding="utf-8")
            times = []
            for i in range(3):
                with Project.create(d / f"import{mb}-{i}.qda") as p:
                    times.append(timed(lambda p=p, source=source: import_file(p, source)))
            points.append(best(times).point(f"{mb} MB"))
    return Dimension("importing a protocol", points, LINEAR)


def list_documents() -> Dimension:
    """``documents()`` over 10 documents of 200,000 characters with 1×/10× the turns."""
    points = []
    with folder() as d:
        for per_doc in (4_800, 48_000):
            path = d / f"turns{per_doc}.qda"
            with Project.create(path) as p:
                for k in range(10):
                    text = f"Dokument {k}\n" + "x" * 200_000
                    step = len(text) // per_doc
                    turns = [Turn(i * step, (i + 1) * step, f"Person {i % 7}", None, i * step)
                             for i in range(per_doc)]
                    p.add_document(f"Dokument {k}", text, turns)
            with Project.open(path) as p:
                times = [timed(p.documents) for _ in range(21)]
            points.append(best(times).point(f"{per_doc:,} turns per document"))
    return Dimension("`documents()` (the window's list at open)", points, CONSTANT)


# -- the window and the Word export (measured by their own scripts) ---------------------------

def _window_app() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen's size-hint notes
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])


def window_coding_patch() -> Dimension:
    """The window's share of one coding added/removed (bench_scale_window.py)."""
    _window_app()
    from bench_scale_window import code_count_patch_points

    return from_points("window: one coding added or removed, until repainted (40 / 400 / "
                       "2,000 codes)", code_count_patch_points(), 1.5, 0.05)


def window_open_document() -> Dimension:
    _window_app()
    from bench_scale_window import open_document_points

    return from_points("window: opening a document until painted (1 / 3 / 10 MB)",
                       open_document_points(), None, 1.5)


def window_segment_table() -> Dimension:
    _window_app()
    from bench_scale_window import segment_table_points

    return from_points("window: Retrieved Segments listing all until painted",
                       segment_table_points(), None, 1.0)


def window_documents_calls() -> Dimension:
    _window_app()
    from bench_scale_window import documents_calls_at_open

    calls = documents_calls_at_open()
    return Dimension("window: `documents()` calls while it opens (10 MB project)",
                     [Point("at open", float(calls))], None, unit="call(s)",
                     checks=[("called once", calls == 1)])


def word_export_memory() -> Dimension:
    """Peak memory of the `.docx` excerpt export (bench_export_memory.py, in subprocesses)."""
    from bench_export_memory import export_memory_points

    points = [(f"{n:,} codings", mb) for _label, n, mb in export_memory_points()]
    return from_points("`.docx` excerpt export, peak memory", points, LINEAR, 600, unit="MB")


DIMENSIONS: list[Callable[[], Dimension]] = [
    code_lookup, add_codings_20000, undo_deleted_code, create_codes, single_add_code,
    import_text, list_documents, window_coding_patch, window_open_document,
    window_segment_table, window_documents_calls, word_export_memory,
]


def main(names: list[str]) -> int:
    chosen = [f for f in DIMENSIONS if not names or f.__name__ in names]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}")
    print("| what | time at each size | growth | bound | verdict |")
    print("|---|---|---|---|---|")
    failed = False
    for measure in chosen:
        dimension = measure()
        print(dimension.row(), flush=True)
        failed |= bool(dimension.missed())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
