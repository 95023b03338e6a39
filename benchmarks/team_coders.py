"""The coder processes of ``bench_team_server.py`` (issue 12, section 6).

Each coder is a spawned interpreter with its own ``Project.open(url)`` and coder
name that waits at a barrier, adds its codings with single ``add_coding`` calls
and meanwhile listens through ``changes_elsewhere()`` in a thread, stamping
every coding UUID it hears of; :func:`run_coders` starts them and gathers what
they measured, :class:`ServerCpu` what the server's processes used meanwhile.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench_data import code_paths, coding_specs, make_text

from qda_app import Project
from qda_app.cluster import Cluster
from qda_app.importers import import_file

POLL_S = 0.02
"""How often each coder process asks ``changes_elsewhere()`` (a non-blocking read)."""
HEAR_TIMEOUT_S = 30.0
"""How long a process waits, after its own last write, to hear the others' last ones."""


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


def coder_process(index: int, url: str, team: tuple[int, int, float], barrier: Any,
                  out: Any) -> None:
    """One coder of ``team`` (coders, codings each, pause after each): open the project,
    wait for the others, add its codings one by one, then wait to have heard all of the
    others'."""
    coders, per_coder, pause = team
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
    barrier.wait()
    cpu = time.process_time()
    for s in specs:
        start = time.time()
        coding = project.add_coding(s.document, s.code, s.start, s.end, coder=name)
        writes.append((coding.uuid, start, time.time()))
        time.sleep(pause)
    cpu = time.process_time() - cpu
    others = (coders - 1) * per_coder
    deadline = time.time() + HEAR_TIMEOUT_S
    while len(heard) < others and time.time() < deadline:
        time.sleep(0.05)
    stop.set()
    listener.join()
    project.close()
    out.put(CoderResult(name, writes, announced, cpu, heard))


def team_project(url: str) -> None:
    """The coders' project: the 2 MB benchmark transcript and its 40 codes, no codings."""
    with Project.create(url, title="Benchmark: 20 coders") as project:
        import_file(project, make_text())
        project.add_codes([{"path": p} for p in code_paths()])


def run_coders(cluster: Cluster, url: str, coders: int, per_coder: int, pause: float = 0.0
               ) -> tuple[list[CoderResult], float, float]:
    """The coders' results, when they started (the barrier) and the server's CPU seconds
    from then until they had all written and heard everything."""
    ctx = mp.get_context("spawn")  # each coder a fresh interpreter, as a real one would be
    barrier, out = ctx.Barrier(coders + 1), ctx.Queue()  # + 1: this process starts the clock
    procs = [ctx.Process(target=coder_process,
                         args=(i, url, (coders, per_coder, pause), barrier, out))
             for i in range(coders)]
    for p in procs:
        p.start()
    server = ServerCpu(cluster)
    barrier.wait()
    started = time.time()
    server.start()
    results = [_result(out, procs) for _ in procs]
    server_cpu = server.stop()
    for p in procs:
        p.join()
        assert p.exitcode == 0, f"a coder process failed (exit code {p.exitcode})"
    return results, started, server_cpu


def _result(out: Any, procs: list[Any]) -> CoderResult:
    """The next coder's result; refuses to wait on when a coder process has failed."""
    while True:
        try:
            return out.get(timeout=5)
        except queue.Empty:
            failed = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            assert not failed, f"a coder process failed (exit codes {failed})"


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
