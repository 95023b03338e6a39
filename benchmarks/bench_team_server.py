"""Issue 12, section 6: a team on a PostgreSQL server on this machine.

Starts a throw-away PostgreSQL cluster (``qda_app.cluster``, as ``qda server``
does: ``initdb``/``pg_ctl`` as the ``postgres`` user when run as root; durable
settings, fsync on) and removes it afterwards. Then:

1. **20 coders at once.** A team project with the 2 MB benchmark transcript and
   its 40 codes; 20 processes, each with its own ``Project.open(url)`` and coder
   name, wait at a barrier and then add 500 codings each with single
   ``add_coding`` calls as fast as they can. Each process also listens: a thread
   polls ``changes_elsewhere()`` every :data:`POLL_S` and stamps every coding UUID
   it hears of. Measured: throughput (10,000 codings over the time from the barrier
   to the last return), p50/p95 of one ``add_coding``, and p95 of the time until
   each *other* process heard of a coding (bound ≤ 1 s), counted from the *call* of
   ``add_coding`` (what a colleague waits for after a click; an upper bound, as the
   commit and its announcement lie inside the call) and from the announcement
   (when ``Project`` tells its own subscribers, right after ``pg_notify``
   committed: the delivery alone). Also the CPU time per coding of the coder
   processes (with their listening) and of the server's processes (``/proc``), and
   one coder alone for comparison. Asserted: every process heard all 9,500 codings
   of the others, and the project holds exactly 10,000 codings, none twice. Then
   the same 20 coders at a steady pace (60 codings each, 0.3 s apart: about what
   flat-out reaches on this machine), for the latencies below saturation. The
   coder processes live in ``team_coders.py``.
2. **Opening the benchmark project in the window over PostgreSQL** (the 2 MB /
   20,000-coding project of ``bench_data.py``, put on the server with the existing
   merge, which keeps every UUID): from ``Project.open(url)`` until the text,
   highlights and stripes in view are painted, offscreen (bound ≤ 1.5 s); the
   same from the ``.qda`` file for comparison.
3. **``segments()``** of all 20,000 on the server and on the file: the ratio
   (bound ≤ 2×).

Run: ``python benchmarks/bench_team_server.py`` (about 4-5 minutes on 2 cores; ``… 4
50`` for a quick try with 4 coders × 50 codings); prints the machine and a table; exits
1 if a bound is missed or a check fails.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench_data import ensure_bench_project
from team_coders import POLL_S, hearings, pct, run_coders, team_project

from qda_app import Project
from qda_app.cluster import Cluster, find_bindir, free_port
from qda_app.team.merge import merge_files

CODERS = 20
PER_CODER = 500
PACED_CODINGS = 60
PACED_PAUSE_S = 0.3
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


# -- 1. twenty coders at once (their processes: ``team_coders.py``) ------------------------------

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


def bench_coders(cluster: Cluster, coders: int = CODERS, per_coder: int = PER_CODER
                 ) -> list[Row]:
    base = cluster.url().rsplit("/", 1)[0]
    solo_url, url = f"{base}/solo", f"{base}/coders"
    team_project(solo_url)  # one coder alone, for comparison
    solo, solo_start, solo_server = run_coders(cluster, solo_url, 1, per_coder)
    solo_rate = per_coder / (max(w[2] for w in solo[0].writes) - solo_start)
    solo_latency = pct([end - start for _, start, end in solo[0].writes], .5)
    team_project(url)
    results, started, server_cpu = run_coders(cluster, url, coders, per_coder)
    writes = [w for r in results for w in r.writes]
    elapsed = max(w[2] for w in writes) - started
    latencies = [end - start for _, start, end in writes]
    from_call, from_announcement, missing = hearings(results)
    final = check_final(url, coders, per_coder)
    hear95 = pct(from_call, 0.95)
    client_ms = 1000 * sum(r.cpu for r in results) / len(writes)
    return [
        (f"{coders} coder processes × {per_coder} `add_coding` calls at once: throughput",
         f"{len(writes) / elapsed:,.0f} codings/s ({elapsed:.1f} s; one coder alone: "
         f"{solo_rate:,.0f}/s)", "", True),
        ("one `add_coding` (p50 / p95 / max)",
         f"{ms(pct(latencies, .5))} / {ms(pct(latencies, .95))} / {ms(max(latencies))} "
         f"(one coder alone: p50 {ms(solo_latency)})", "", True),
        (f"until each other process heard of a coding, from the call of `add_coding` "
         f"(p50 / p95 / max; {len(from_call):,} hearings, polled every {ms(POLL_S)})",
         f"{ms(pct(from_call, .5))} / {ms(hear95)} / {ms(max(from_call))}",
         "p95 ≤ 1 s", hear95 <= 1.0),
        ("the same from the announcement (`pg_notify` committed) (p50 / p95 / max)",
         f"{ms(pct(from_announcement, .5))} / {ms(pct(from_announcement, .95))} / "
         f"{ms(max(from_announcement))}", "", True),
        ("codings not heard by some other process", f"{missing}", "0", missing == 0),
        ("CPU per coding: coder processes (with listening) / server",
         f"{client_ms:.1f} ms / {1000 * server_cpu / len(writes):.1f} ms (one coder alone: "
         f"{1000 * solo[0].cpu / per_coder:.1f} ms / {1000 * solo_server / per_coder:.1f} ms)",
         "", True),
        ("the project afterwards", final, f"exactly {coders * per_coder:,}, none twice",
         True),
    ]


def bench_paced(cluster: Cluster, coders: int = CODERS) -> list[Row]:
    """The same coders at a steady pace: each pauses :data:`PACED_PAUSE_S` after a coding
    (about the throughput flat-out reaches here), so the latencies are those of a server
    below saturation rather than of a queue."""
    url = f"{cluster.url().rsplit('/', 1)[0]}/paced"
    team_project(url)
    results, started, _server = run_coders(cluster, url, coders, PACED_CODINGS, PACED_PAUSE_S)
    writes = [w for r in results for w in r.writes]
    latencies = [end - start for _, start, end in writes]
    from_call, _from_announcement, missing = hearings(results)
    hear95 = pct(from_call, 0.95)
    return [
        (f"the same {coders} coders at a pace ({PACED_CODINGS} codings each, "
         f"{ms(PACED_PAUSE_S)} pause after each): throughput / `add_coding` p50 / p95",
         f"{len(writes) / (max(w[2] for w in writes) - started):,.0f} codings/s / "
         f"{ms(pct(latencies, .5))} / {ms(pct(latencies, .95))}", "", True),
        ("until each other process heard of a coding at that pace (p50 / p95 / max)",
         f"{ms(pct(from_call, .5))} / {ms(hear95)} / {ms(max(from_call))}",
         "p95 ≤ 1 s", hear95 <= 1.0 and missing == 0),
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


def segments_medians(url: str, file: Path, runs: int = 9) -> tuple[float, float]:
    """Median seconds of ``segments()`` on the server and on the file, the runs taken
    in turns (a neighbour's load on the shared machine then hits both alike)."""
    with Project.open(url) as server, Project.open(file) as local:
        times: dict[Project, list[float]] = {server: [], local: []}
        for project in times:
            assert len(project.segments()) == 20_000  # the first call also warms caches
        for _ in range(runs):
            for project, taken in times.items():
                start = time.perf_counter()
                project.segments()
                taken.append(time.perf_counter() - start)
        return statistics.median(times[server]), statistics.median(times[local])


def bench_project(base: str) -> list[Row]:
    url = f"{base}/bench"
    uploaded = upload(url)
    file = ensure_bench_project()
    on_server = statistics.median(window_open_times(url))
    on_file = statistics.median(window_open_times(file))
    seg_server, seg_file = segments_medians(url, file)
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
        rows = (bench_coders(cluster, *team) + bench_paced(cluster, team[0])
                + bench_project(cluster.url().rsplit("/", 1)[0]))
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
