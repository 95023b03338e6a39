"""Two programs coding one team project at the same moment: nothing lost, nothing doubled.

Two real OS processes (each its own interpreter, connection pool and transactions) wait
for a common start, then add codings as fast as they can: each its own, and the same
twenty under one shared coder name, which the unique key of a coding lets in once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from qda_app import Project

from .pg_server import PgServer

TEXT = "Wir fahren jeden Tag mit dem Bus zur Arbeit, auch am Wochenende. " * 20
OWN = 60
SHARED = 20

WRITER = r"""
import json, sys, time
from qda_app import Project
from qda_app.errors import DuplicateCodingError
url, name, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
added, refused = [], 0
with Project.open(url) as p:
    doc, code = p.documents()[0].uuid, p.code("Mobilität").uuid
    while time.time() < start:
        time.sleep(0.005)
    for i in range(OWN):
        added.append(p.add_coding(doc, code, i, i + 5, coder=name).uuid)
        if i < SHARED:  # the other process tries the very same coding now
            try:
                added.append(p.add_coding(doc, code, 100 + i, 110 + i, coder="Team").uuid)
            except DuplicateCodingError:
                refused += 1
print(json.dumps({"added": added, "refused": refused}))
""".replace("OWN", str(OWN)).replace("SHARED", str(SHARED))


def test_two_processes_coding_at_once_lose_nothing_and_double_nothing(
        pg_server: PgServer, made: list[tuple[str, str]], tmp_path: Path) -> None:
    url = pg_server.empty(made)
    with Project.create(url, title="Gleichzeitig") as p:
        p.add_document("Interview", TEXT)
        p.add_code("Mobilität")
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    start = time.time() + 3.0  # both interpreters are up and connected by then
    writers = [subprocess.Popen([sys.executable, str(script), url, name, str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("Anna", "Ben")]
    results = []
    for w in writers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
        results.append(json.loads(out))
    told = [uuid for r in results for uuid in r["added"]]
    assert sum(r["refused"] for r in results) == SHARED  # each shared coding refused once
    with Project.open(url) as p:
        stored = p.segments()
    keys = [(s.coder, s.start, s.end) for s in stored]
    assert len(stored) == 2 * OWN + SHARED == len(set(keys))  # nothing lost, nothing twice
    assert sorted(s.uuid for s in stored) == sorted(told)  # every reported success is there
    assert sum(s.coder == "Team" for s in stored) == SHARED
