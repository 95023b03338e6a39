"""Issue 9, section 3: the window's costs at ten times today's size (three points each).

Dimensions, measured offscreen on real windows:

- **one coding added or removed** at 40, 400 and 2,000 codes: the window's share
  (from the core's change record to the transcript and the code tree repainted),
  median of 20 adds and 20 undos. Bound: ≤ 50 ms at 2,000 codes and ≤ 1.5× the cost
  at 40 codes (the window patches the touched codes; it does not reload them all);
- **opening a document** with 10,000, 30,000 and 100,000 codings (1, 3 and 10 MB):
  until the text, highlights and stripes in view are painted. Bound: ≤ 1.5 s at
  100,000 (the view paints from plain spans, full records are built on demand);
- **the segment table** listing 10,000, 30,000 and 100,000 segments until painted.
  Bound: ≤ 1 s at 100,000 (rows are fetched as the table scrolls);
- **``documents()`` calls** while the window opens. Bound: one.

The projects are built once into ``benchmarks/data/`` (under a minute, the first time).
Each ``*_points()`` function returns ``[(label, seconds), …]``; ``main()`` prints each
dimension's points, the growth factor (largest over smallest) and ok/MISSED.

Run: ``python benchmarks/bench_scale_window.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import DATA, coding_specs, ensure_bench_project
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qda_app import CodeSpec, CodingSpec, Project
from qda_app.bundled import seed_path
from qda_app.importers import import_file
from qda_app.records import Changes
from qda_app.ui.commands import coding_commands
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

CODE_COUNTS = (40, 400, 2_000)
CODING_COUNTS = (10_000, 30_000, 100_000)
CHARS_PER_CODING = 100  # 10,000 codings in 1 MB, 100,000 in 10 MB
CODINGS_PROJECT = DATA / "window-codings.qda"
Points = list[tuple[str, float]]


# -- the projects -------------------------------------------------------------------------

def codes_project(n: int) -> Path:
    """The 2 MB / 20,000-coding benchmark project with ``n`` codes (extra ones unused)."""
    path = DATA / f"window-codes-{n}.qda"
    if not path.exists():
        part = path.with_suffix(".part")
        shutil.copy2(ensure_bench_project(), part)
        with Project.open(part) as project:
            extra = n - len(project.codes())
            per_parent = 9  # like a grown code system: groups of ten codes
            project.add_codes(
                CodeSpec(f"Gruppe {i // (per_parent + 1):03d}" if i % (per_parent + 1) == 0
                         else f"Gruppe {i // (per_parent + 1):03d}/Code {i % (per_parent + 1)}")
                for i in range(extra))
        part.rename(path)
    return path


def codings_project() -> Path:
    """Three transcripts: 1 MB with 10,000 codings, 3 MB with 30,000, 10 MB with 100,000."""
    if CODINGS_PROJECT.exists():
        return CODINGS_PROJECT
    DATA.mkdir(parents=True, exist_ok=True)
    part = CODINGS_PROJECT.with_suffix(".part")
    part.unlink(missing_ok=True)
    seed = seed_path().read_text(encoding="utf-8")
    with Project.create(part, title="Window scale: 10,000 to 100,000 codings") as project:
        for parent in ("Arbeit", "Sprache", "Mobilität", "Kammern", "Aufenthalt", "Begegnung",
                       "Governance", "Bildung"):
            project.add_codes([CodeSpec(parent)] + [
                CodeSpec(f"{parent}/{child}")
                for child in ("Problem", "Lösung", "Beispiel", "Forderung")])
        for n in CODING_COUNTS:
            chars = n * CHARS_PER_CODING
            text_file = DATA / f"window-{n}.txt"
            text = f"Protokoll {n}\n\n" + "\n\n".join([seed] * (chars // len(seed) + 1))
            text_file.write_text(text, encoding="utf-8")
            doc = import_file(project, text_file, name=f"Protokoll {n:,} Codierungen")
            text_file.unlink()
            specs = coding_specs(doc.text, doc.uuid, n, seed=n)
            project.add_codings(_distinct(specs))
    part.rename(CODINGS_PROJECT)
    return CODINGS_PROJECT


def _distinct(specs: list[CodingSpec]) -> list[CodingSpec]:
    """One coding per document, code, coder and span (the core refuses duplicates)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for spec in specs:
        key = (spec.code, spec.coder, spec.start, spec.end)
        if key not in seen:
            seen.add(key)
            out.append(spec)
    return out


# -- the window ---------------------------------------------------------------------------

def _settings() -> AppSettings:
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def _painted(window: MainWindow) -> None:
    """Let queued work run, then paint what the coder sees now."""
    QApplication.processEvents()
    window.view.viewport().repaint()
    window.view.margin.repaint()
    window.code_tree.tree.viewport().repaint()
    window.segments.table.viewport().repaint()


@contextmanager
def _window(path: Path, before: Callable[[Project], None] | None = None,
            first: int | None = None) -> Iterator[MainWindow]:
    """A window on the project at ``path``, opened on the document with ``first`` codings."""
    project = Project.open(path)
    settings = _settings()
    if first is not None:
        settings.set_last_document(project.uuid, _by_codings(project)[first])
    if before is not None:
        before(project)
    window = MainWindow(project, settings)
    window.resize(1400, 900)
    window.show()
    _painted(window)
    try:
        yield window
    finally:
        window.close()


def code_count_patch_points(runs: int = 20, include_core: bool = False) -> Points:
    """The window's share of one coding added and removed, at 40, 400 and 2,000 codes.

    From the moment the core announces the change until the transcript, the
    code tree and the segment table are repainted; ``include_core`` measures
    from the undo stack's push instead (the core's write included).
    """
    points = []
    for n in CODE_COUNTS:
        work = Path(tempfile.mkdtemp()) / "codes.qda"
        shutil.copy2(codes_project(n), work)
        heard: list[float] = []

        def stamp(_changes: Changes, heard: list[float] = heard) -> None:
            heard.append(time.perf_counter())  # subscribed before the window: heard first

        with _window(work, lambda p, s=stamp: p.subscribe(s)) as window:
            project, doc = window.project, window.view.doc
            assert doc is not None
            leaf = next(c for c in project.codes() if c.parent_uuid and c.codings)
            start = window.view.visible_range_cp()[0] + 200
            times = []
            for i in range(runs):
                spec = CodingSpec(doc.uuid, leaf.uuid, start + i, start + i + 30, coder="Bench")
                for act in (lambda s=spec, p=project: window.bench.undo_stack.push(
                        coding_commands.AddCodings(p, [s], "bench")),
                            window.bench.undo_stack.undo):
                    t = time.perf_counter()
                    act()
                    _painted(window)
                    times.append(time.perf_counter() - (t if include_core else heard[-1]))
        points.append((f"{n:,} codes", statistics.median(times)))
    return points


def _by_codings(project: Project) -> dict[int, str]:
    """Document UUID per number of codings (10,000, 30,000, 100,000)."""
    docs = {d.codings: d.uuid for d in project.documents()}
    return {n: docs[min(docs, key=lambda c, n=n: abs(c - n))] for n in CODING_COUNTS}


def open_document_points(runs: int = 3) -> Points:
    """Opening a transcript with 10,000, 30,000 and 100,000 codings until painted.

    Each measure is a new window on a newly opened project, showing another
    document, so the document opens for the first time (its text not read
    yet), as when a coder picks it in the list; the median of ``runs``.
    """
    times: dict[int, list[float]] = {n: [] for n in CODING_COUNTS}
    for _ in range(runs):
        for n in CODING_COUNTS:
            other = CODING_COUNTS[1] if n == CODING_COUNTS[0] else CODING_COUNTS[0]
            with _window(codings_project(), first=other) as window:
                uuid = _by_codings(window.project)[n]
                t = time.perf_counter()
                window.transcript.show_document(uuid)
                _painted(window)
                times[n].append(time.perf_counter() - t)
    return [(f"{n:,} codings", statistics.median(times[n])) for n in CODING_COUNTS]


def segment_table_points(runs: int = 5) -> Points:
    """The Retrieved Segments listing 10,000, 30,000 and 100,000 segments until painted.

    Every code activated, the document filter set to the document with that
    many codings; the median of ``runs``.
    """
    times: dict[int, list[float]] = {n: [] for n in CODING_COUNTS}
    with _window(codings_project()) as window:
        codes = [c.uuid for c in window.project.codes()]
        docs = _by_codings(window.project)
        for _ in range(runs):
            for n in CODING_COUNTS:
                t = time.perf_counter()
                window.retrieval.show_segments(codes, docs[n], None)
                _painted(window)
                times[n].append(time.perf_counter() - t)
    return [(f"{n:,} segments", statistics.median(times[n])) for n in CODING_COUNTS]


def documents_calls_at_open() -> int:
    """How often the window asks the core for the document list while it opens."""
    calls = []

    def count(project: Project) -> None:
        original = project.documents

        def counted() -> list:  # type: ignore[type-arg]
            calls.append(1)
            return original()

        project.documents = counted  # type: ignore[method-assign]

    with _window(codings_project(), count):
        pass
    return len(calls)


# -- the report -------------------------------------------------------------------------

def _print_points(title: str, points: Points, bound: float, growth_bound: float | None
                  ) -> bool:
    growth = points[-1][1] / points[0][1]
    ok = points[-1][1] <= bound and (growth_bound is None or growth <= growth_bound)
    shown = ", ".join(f"{label}: {seconds * 1000:.0f} ms" for label, seconds in points)
    limit = f"≤ {bound * 1000:.0f} ms" + (f", growth ≤ {growth_bound}×" if growth_bound else "")
    print(f"| {title} | {shown} | {growth:.1f}× | {limit} | {'ok' if ok else 'MISSED'} |")
    return ok


def main() -> int:
    QApplication.instance() or QApplication([])
    codings_project()
    for n in CODE_COUNTS:
        codes_project(n)
    with_core = code_count_patch_points(include_core=True)
    print("one coding added/removed, core and window: " + ", ".join(
        f"{label}: {seconds * 1000:.0f} ms" for label, seconds in with_core)
        + " (for comparison; the bound is on the window's share)")
    results = [
        _print_points("one coding added/removed: the window's share",
                      code_count_patch_points(), 0.05, 1.5),
        _print_points("open a document until painted", open_document_points(), 1.5, None),
        _print_points("segment table until painted", segment_table_points(), 1.0, None),
    ]
    calls = documents_calls_at_open()
    results.append(calls == 1)
    print(f"| documents() calls while the window opens | {calls} | – | 1 | "
          f"{'ok' if calls == 1 else 'MISSED'} |")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
