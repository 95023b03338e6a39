"""Issue 12, section 6: a team on a PostgreSQL server on this machine.

Starts a throw-away PostgreSQL cluster (``qda_app.cluster``, as ``qda server``
does: ``initdb``/``pg_ctl`` as the ``postgres`` user when run as root; durable
settings, fsync on) and removes it afterwards. Then:

1. **20 coders at once.** A team project with the 2 MB benchmark transcript and
   its 40 codes; 20 processes, each with its own ``Project.open(url)`` and coder
   name, wait at a barrier and then add 500 codings each with single
   ``add_coding`` calls as fast as they can. Each process also listens: a thread
   polls ``changes_elsewhere()`` every :data:`POLL_S` and stamps every coding UUID
   it hears of. Measured: throughput (10,000 codings over the time from the first
   call to the last return), p50/p95 of one ``add_coding``, and p95 of the time
   until each *other* process heard of a coding (bound ≤ 1 s), counted from the
   *call* of ``add_coding`` (its commit and announcement lie inside that call, so
   this is an upper bound). Asserted: every process heard all 9,500 codings of the
   others, and the project holds exactly 10,000 codings, no UUID or span twice.
2. **Opening the benchmark project in the window over PostgreSQL** (the 2 MB /
   20,000-coding project of ``bench_data.py``, put on the server with the existing
   merge, which keeps every UUID): from ``Project.open(url)`` until the text,
   highlights and stripes in view are painted, offscreen (bound ≤ 1.5 s); the
   same from the ``.qda`` file for comparison.
3. **``segments()``** of all 20,000 on the server and on the file: the ratio
   (bound ≤ 2×).

Run: ``python benchmarks/bench_team_server.py`` (about 2-4 minutes on 2 cores);
prints the machine and a table; exits 1 if a bound is missed or a check fails.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from bench_data import code_paths, coding_specs, ensure_bench_project, make_text

from qda_app import Project
from qda_app.cluster import Cluster, find_bindir, free_port
from qda_app.importers import import_file
from qda_app.team.merge import merge_files

CODERS = 20
PER_CODER = 500
POLL_S = 0.02
"""How often each coder process asks ``changes_elsewhere()`` (a non-blocking read)."""
HEAR_TIMEOUT_S = 30.0
"""How long a process waits, after its own last write, to hear the others' last ones."""
RUNS = 3
Row = tuple[str, str, str, bool]
"""(what, measured, bound, met)."""


# -- the server -------------------------------------------------------------------------------

@contextmanager
def throwaway_server() -> Iterator[Cluster]:
    """A cluster in a new folder, listening on a free port of 127.0.0.1; removed after."""
    folder = Path(tempfile.mkdtemp(prefix="bench-team-server-"))
    cluster = Cluster(folder)  # handed to the server user by ``init``
    try:
        cluster.init(trust=True)  # lives for this run, on 127.0.0.1 only
        cluster.start(port=free_port())
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


# -- 1. twenty coders at once -------------------------------------------------------------------

@dataclass
class CoderResult:
    name: str
    writes: list[tuple[str, float, float]]
    """(coding UUID, time of the call, time it returned) per own ``add_coding``."""
    heard: dict[str, float]
    """Coding UUID → when this process first heard of it from ``changes_elsewhere()``."""


def _listen(project: Project, heard: dict[str, float], stop: threading.Event) -> None:
    """Poll the project's announcements; stamp each coding UUID when first heard."""
    while not stop.is_set():
        for changes in project.changes_elsewhere() or ():
            now = time.time()
            for uuid in changes.coding_uuids:
                heard.setdefault(uuid, now)
        time.sleep(POLL_S)


def coder_process(index: int, url: str, team: tuple[int, int], barrier: object,
                  out: object) -> None:
    """One coder of ``team`` (coders, codings each): open the project, wait for the
    others, add its codings one by one, then wait to have heard all of the others'."""
    coders, per_coder = team
    name = f"Coder {index + 1:02d}"
    project = Project.open(url)
    project.coder = name
    doc = project.documents()[0]
    text = project.document(doc.uuid).text
    codes = {c.path: c.uuid for c in project.codes()}
    specs = [replace(s, code=codes[str(s.code)], coder=name)
             for s in coding_specs(text, doc.uuid, per_coder, seed=7000 + index)]
    heard: dict[str, float] = {}
    stop = threading.Event()
    listener = threading.Thread(target=_listen, args=(project, heard, stop), daemon=True)
    listener.start()
    writes = []
    barrier.wait()  # type: ignore[attr-defined]
    for s in specs:
        start = time.time()
        coding = project.add_coding(s.document, s.code, s.start, s.end, coder=name)
        writes.append((coding.uuid, start, time.time()))
    others = (coders - 1) * per_coder
    deadline = time.time() + HEAR_TIMEOUT_S
    while len(heard) < others and time.time() < deadline:
        time.sleep(0.05)
    stop.set()
    listener.join()
    project.close()
    out.put(CoderResult(name, writes, heard))  # type: ignore[attr-defined]


def team_project(url: str) -> None:
    """The coders' project: the 2 MB benchmark transcript and its 40 codes, no codings."""
    with Project.create(url, title="Benchmark: 20 coders") as project:
        import_file(project, make_text())
        project.add_codes([{"path": p} for p in code_paths()])


def run_coders(url: str, coders: int, per_coder: int) -> list[CoderResult]:
    ctx = mp.get_context("spawn")  # each coder a fresh interpreter, as a real one would be
    barrier, out = ctx.Barrier(coders), ctx.Queue()
    procs = [ctx.Process(target=coder_process,
                         args=(i, url, (coders, per_coder), barrier, out))
             for i in range(coders)]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
        assert p.exitcode == 0, f"a coder process failed (exit code {p.exitcode})"
    return results


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def check_final(url: str, coders: int, per_coder: int) -> str:
    """Exactly 10,000 codings, no UUID and no (coder, code, span) twice; 500 per coder."""
    with Project.open(url) as project:
        segs = project.segments()
    keys = {(s.document_uuid, s.code_uuid, s.coder, s.start, s.end) for s in segs}
    counts = {s.coder: 0 for s in segs}
    for s in segs:
        counts[s.coder] += 1
    total = coders * per_coder
    assert len(segs) == total, f"{len(segs)} codings on the server, not {total}"
    assert len({s.uuid for s in segs}) == total, "a coding UUID is there twice"
    assert len(keys) == total, "a coding (document, code, coder, span) is there twice"
    assert set(counts.values()) == {per_coder}, f"codings per coder: {counts}"
    return f"{len(segs):,} codings, {len(keys):,} distinct, {per_coder} for each of " \
           f"{len(counts)} coders"


def bench_coders(base: str, coders: int = CODERS, per_coder: int = PER_CODER) -> list[Row]:
    url = f"{base}/coders"
    team_project(url)
    results = run_coders(url, coders, per_coder)
    writes = [w for r in results for w in r.writes]
    first, last = min(w[1] for w in writes), max(w[2] for w in writes)
    latencies = [end - start for _, start, end in writes]
    heard_after, missing = [], 0
    for r in results:
        for other in results:
            if other is r:
                continue
            for uuid, start, _end in other.writes:
                if uuid in r.heard:
                    heard_after.append(r.heard[uuid] - start)
                else:
                    missing += 1
    final = check_final(url, coders, per_coder)
    throughput = len(writes) / (last - first)
    hear95 = pct(heard_after, 0.95)
    return [
        (f"{coders} coder processes × {per_coder} `add_coding` calls: throughput",
         f"{throughput:,.0f} codings/s ({last - first:.1f} s)", "", True),
        ("one `add_coding` (p50 / p95 / max)",
         f"{ms(pct(latencies, .5))} / {ms(pct(latencies, .95))} / {ms(max(latencies))}", "",
         True),
        (f"until each other process heard of a coding (p50 / p95 / max; {len(heard_after):,} "
         f"hearings, polled every {ms(POLL_S)})",
         f"{ms(pct(heard_after, .5))} / {ms(hear95)} / {ms(max(heard_after))}",
         "p95 ≤ 1 s", hear95 <= 1.0),
        ("codings not heard by some other process", f"{missing}", "0", missing == 0),
        ("the project afterwards", final, f"exactly {coders * per_coder:,}, none twice",
         True),
    ]


# -- 2. and 3. the benchmark project over the server ---------------------------------------------

def upload(url: str) -> float:
    """The benchmark project on the server with all its UUIDs (the existing merge)."""
    Project.create(url, title="Benchmark: 2 MB, 20,000 codings").close()
    start = time.perf_counter()
    report = merge_files(url, [ensure_bench_project()])
    elapsed = time.perf_counter() - start
    assert report.codings_added == 20_000, report
    return elapsed


def window_open_times(where: str | Path) -> list[float]:
    """From ``Project.open`` until text, highlights and stripes in view are painted, as
    ``bench_workbench.py`` measures it (Qt is loaded here only: the coder processes
    need none of it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(RUNS):
        ini = Path(tempfile.mkdtemp()) / "bench.ini"
        settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
        start = time.perf_counter()
        window = MainWindow(Project.open(where), settings)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.view.viewport().repaint()
        window.view.margin.repaint()
        times.append(time.perf_counter() - start)
        assert len(window.view.index) == 20_000 and window.view.visible_codings()
        window.close()  # closes the project too
        shutil.rmtree(ini.parent, ignore_errors=True)
    return times


def segments_times(where: str | Path) -> list[float]:
    with Project.open(where) as project:
        assert len(project.segments()) == 20_000  # the first call also warms the caches
        times = []
        for _ in range(5):
            start = time.perf_counter()
            project.segments()
            times.append(time.perf_counter() - start)
    return times


def bench_project(base: str) -> list[Row]:
    url = f"{base}/bench"
    uploaded = upload(url)
    file = ensure_bench_project()
    on_server = statistics.median(window_open_times(url))
    on_file = statistics.median(window_open_times(file))
    seg_server = statistics.median(segments_times(url))
    seg_file = statistics.median(segments_times(file))
    ratio = seg_server / seg_file
    return [
        ("putting the benchmark project on the server (`qda merge URL bench.qda`)",
         f"{uploaded:.2f} s", "", True),
        ("window: open the benchmark project over PostgreSQL until text, highlights and "
         "stripes are painted", f"{on_server:.2f} s (from the file: {on_file:.2f} s)",
         "≤ 1.5 s", on_server <= 1.5),
        ("`segments()` of all 20,000: server / file",
         f"{ms(seg_server)} / {ms(seg_file)} = {ratio:.2f}×", "≤ 2×", ratio <= 2.0),
    ]


# -- the report -------------------------------------------------------------------------------

def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def server_version() -> str:
    done = subprocess.run([str(find_bindir() / "postgres"), "--version"], capture_output=True,
                          text=True, check=False)
    return done.stdout.strip().replace("postgres (PostgreSQL) ", "PostgreSQL ")


def main(args: list[str]) -> int:
    """``args``: optionally the number of coders and codings each (for a quick try)."""
    team = (int(args[0]), int(args[1])) if args else (CODERS, PER_CODER)
    ensure_bench_project()
    with throwaway_server() as cluster:
        base = cluster.url().rsplit("/", 1)[0]
        rows = bench_coders(base, *team) + bench_project(base)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}; {server_version()} on this "
          "machine (fsync on), Qt offscreen")
    print("| what | measured | bound | verdict |")
    print("|---|---|---|---|")
    for what, value, bound, ok in rows:
        verdict = ("ok" if bound else "") if ok else "MISSED"
        print(f"| {what} | {value} | {bound or '–'} | {verdict} |")
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
