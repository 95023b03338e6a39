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
   of the others, and the project holds exactly 10,000 codings, none twice.
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
    announced: dict[str, float]
    """Coding UUID → when ``Project`` told its subscribers (after ``pg_notify``)."""
    cpu: float
    """This process's CPU seconds while it wrote (its listening thread included)."""
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
    announced: dict[str, float] = {}
    project.subscribe(lambda changes: announced.update(
        dict.fromkeys(changes.coding_uuids, time.time())))
    stop = threading.Event()
    listener = threading.Thread(target=_listen, args=(project, heard, stop), daemon=True)
    listener.start()
    writes = []
    barrier.wait()  # type: ignore[attr-defined]
    cpu = time.process_time()
    for s in specs:
        start = time.time()
        coding = project.add_coding(s.document, s.code, s.start, s.end, coder=name)
        writes.append((coding.uuid, start, time.time()))
    cpu = time.process_time() - cpu
    others = (coders - 1) * per_coder
    deadline = time.time() + HEAR_TIMEOUT_S
    while len(heard) < others and time.time() < deadline:
        time.sleep(0.05)
    stop.set()
    listener.join()
    project.close()
    out.put(CoderResult(name, writes, announced, cpu, heard))  # type: ignore[attr-defined]


def team_project(url: str) -> None:
    """The coders' project: the 2 MB benchmark transcript and its 40 codes, no codings."""
    with Project.create(url, title="Benchmark: 20 coders") as project:
        import_file(project, make_text())
        project.add_codes([{"path": p} for p in code_paths()])


def run_coders(cluster: Cluster, url: str, coders: int, per_coder: int
               ) -> tuple[list[CoderResult], float, float]:
    """The coders' results, when they started (the barrier) and the server's CPU seconds
    from then until they had all written and heard everything."""
    ctx = mp.get_context("spawn")  # each coder a fresh interpreter, as a real one would be
    barrier, out = ctx.Barrier(coders + 1), ctx.Queue()  # + 1: this process starts the clock
    procs = [ctx.Process(target=coder_process,
                         args=(i, url, (coders, per_coder), barrier, out))
             for i in range(coders)]
    for p in procs:
        p.start()
    server = ServerCpu(cluster)
    barrier.wait()
    started = time.time()
    server.start()
    results = [out.get(timeout=600) for _ in procs]
    server_cpu = server.stop()
    for p in procs:
        p.join()
        assert p.exitcode == 0, f"a coder process failed (exit code {p.exitcode})"
    return results, started, server_cpu


class ServerCpu(threading.Thread):
    """CPU seconds our server's processes (its postmaster and the processes it started)
    use meanwhile: ``/proc/PID/stat`` read every 0.2 s (a backend that ends loses at
    most its last 0.2 s). Other clusters on the machine are not counted."""

    def __init__(self, cluster: Cluster) -> None:
        super().__init__(daemon=True)
        pid_file = cluster.data / "postmaster.pid"
        self.postmaster = int(pid_file.read_text(encoding="utf-8").split()[0])
        self.first = self._ticks()
        self.last = dict(self.first)
        self.done = threading.Event()

    def _ticks(self) -> dict[int, int]:
        ticks = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                pid = int(stat.parent.name)
                if self.postmaster in (pid, int(fields[1])):  # fields[1]: the parent
                    ticks[pid] = int(fields[11]) + int(fields[12])  # user + system
            except (OSError, ValueError, IndexError):
                continue  # ended meanwhile
        return ticks

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.last.update(self._ticks())

    def stop(self) -> float:
        self.done.set()
        self.join()
        self.last.update(self._ticks())
        used = sum(t - self.first.get(pid, 0) for pid, t in self.last.items())
        return used / os.sysconf("SC_CLK_TCK")


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


def hearings(results: list[CoderResult]) -> tuple[list[float], list[float], int]:
    """Each other process's hearing of each coding: seconds after the call of
    ``add_coding``, seconds after its announcement, and how many were never heard."""
    from_call, from_announcement, missing = [], [], 0
    for listener in results:
        for writer in results:
            if writer is listener:
                continue
            for uuid, start, _end in writer.writes:
                if uuid not in listener.heard:
                    missing += 1
                    continue
                from_call.append(listener.heard[uuid] - start)
                from_announcement.append(listener.heard[uuid] - writer.announced[uuid])
    return from_call, from_announcement, missing


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
        rows = bench_coders(cluster, *team) + bench_project(cluster.url().rsplit("/", 1)[0])
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
