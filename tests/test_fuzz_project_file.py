"""Damaged ``.qda`` files end in a clean refusal: a fuzz test with a fixed seed.

A small real project is built, then a few hundred copies are damaged at
random positions (bytes flipped, inserted, deleted, the file cut short), with
extra hits on the header and around page boundaries, where SQLite keeps its
structure. Opening, reading everything and ``Project.check_file`` may only
succeed or raise a :class:`QdaError`; anything else is a bug. The seed is
fixed, so a failure names a case that can be replayed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import QdaError
from qda_app.records import Turn

SEED = 20261201
CASES = 300


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return build(tmp_path_factory.mktemp("fuzz") / "quelle.qda")


def build(path: Path) -> bytes:
    """The undamaged project: turns, nested codes, codings of two coders with memos, memos."""
    with Project.create(path, title="Fuzz") as p:
        p.coder = "Anna"
        text = "UK: Die Sprache der Prüfung verhindert das.\nBT: Ja, genau. 😀 Weiter.\n" * 20
        turns = [Turn(0, 44, "UK", None, 4), Turn(44, 70, "BT", None, 48)]
        p.add_document("Interview", text, turns)
        p.add_document("Protokoll", "Kurzes Protokoll über Arbeit.\n")
        for path_ in ("Arbeit/Sprache", "Arbeit/Zeit", "Familie"):
            p.add_code(path_, description=f"Beschreibung von {path_}")
        for i in range(12):
            p.add_coding("Interview", ("Arbeit/Sprache", "Arbeit/Zeit", "Familie")[i % 3],
                         i * 10, i * 10 + 7, coder=("Anna", "Ben")[i % 2], memo=f"Notiz {i}")
        p.add_memo("Projektmemo")
        p.add_memo("zur Sprache", code="Arbeit/Sprache")
    return path.read_bytes()


HOW = ("flip", "flip", "flip", "random-run", "zero-run", "shift", "insert", "delete",
       "truncate", "truncate-at-page")
"""Most damage keeps the file's size, so that SQLite reads on and the rows are damaged too."""


def mutations(data: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """``CASES`` damaged copies of ``data``, each with a description to replay it."""
    page = int.from_bytes(data[16:18], "big")
    boundaries = [n * page + d for n in range(1, len(data) // page) for d in (-2, -1, 0, 1, 8)]
    for case in range(CASES):
        where = rng.choice(("header", "boundary", "anywhere", "anywhere"))
        pos = {"header": rng.randrange(100), "boundary": rng.choice(boundaries),
               "anywhere": rng.randrange(len(data))}[where]
        how = rng.choice(HOW)
        n = rng.randrange(1, 9)
        if how == "flip":
            out = data[:pos] + bytes([data[pos] ^ rng.randrange(1, 256)]) + data[pos + 1:]
        elif how in ("random-run", "zero-run"):
            run = rng.randbytes(n * 4) if how == "random-run" else bytes(n * 4)
            out = (data[:pos] + run + data[pos + len(run):])[:len(data)]
        elif how == "shift":  # bytes move within their page: the size stays
            end = min(len(data), (pos // page + 1) * page)
            out = data[:pos] + data[pos + n:end] + rng.randbytes(n) + data[end:]
        elif how == "insert":
            out = data[:pos] + rng.randbytes(n) + data[pos:]
        elif how == "delete":
            out = data[:pos] + data[pos + n:]
        elif how == "truncate":
            out = data[:pos]
        else:
            out = data[: max(1, pos // page) * page]
        yield f"case {case}: {how} at {pos} ({where})", out


def open_read_and_check(path: Path) -> None:
    try:
        with Project.open(path) as p:
            assert p.title is not None
            for info in p.documents():
                p.document(info.uuid)
            codes = p.codes()
            p.segments()
            for code in codes:
                p.memos(code=code.path)
            p.memos()
            p.coders()
    except QdaError as exc:
        assert "\n" not in str(exc)
    try:
        Project.check_file(path)
    except QdaError as exc:
        assert "\n" not in str(exc)


def test_damaged_project_files_are_refused_cleanly(original: bytes, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    failures: list[str] = []
    for label, data in mutations(original, rng):
        folder = tmp_path / label.split(":")[0].replace(" ", "-")
        folder.mkdir()
        path = folder / "kaputt.qda"
        path.write_bytes(data)
        try:
            open_read_and_check(path)
        except Exception as exc:  # collecting every non-QdaError is the point
            failures.append(f"{label}: {type(exc).__name__}: {exc}")
    assert failures == []
