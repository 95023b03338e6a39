"""Long Word exports: written front to back, nothing lost between batches, memory per excerpt small.

The body and the comments are serialised in batches while they are written
(exporters/docx_stream.py); these documents are many batches long, and a
coding's comment range may start in one batch and end in the next.
"""

from __future__ import annotations

import bisect
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from qda_app import CodingSpec, Project
from qda_app.bundled import seed_path
from qda_app.exporters.docx_segments import export_segments_docx
from qda_app.exporters.docx_stream import BATCH
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.options import ExportOptions
from qda_app.importers import import_file

from .test_export_support import paragraphs, word_comments

CODES = ("Arbeit", "Arbeit/Problem", "Sprache", "Sprache/Lösung")


def random_codings(text: str, document: str, n: int, codes: tuple[str, ...] = CODES,
                   seed: int = 9) -> list[CodingSpec]:
    """``n`` different seeded spans of 20-400 characters from word start to word end (some
    overlap, many cross lines), every tenth with a two-line memo."""
    rng = random.Random(seed)
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    ends = [m.end() for m in re.finditer(r"\w\b", text)]
    specs: dict[tuple[str, str, int, int], CodingSpec] = {}
    while len(specs) < n:
        i = len(specs)
        start = rng.choice(starts)
        end = ends[min(bisect.bisect_left(ends, start + rng.randint(20, 400)), len(ends) - 1)]
        coder = rng.choice(("Anna", "Ben"))
        key = (codes[i % len(codes)], coder, start, end)
        if end > start and key not in specs:
            specs[key] = CodingSpec(document, key[0], start, end, coder=coder,
                                    memo=f"Memo {i}\nzweite Zeile" if i % 10 == 0 else None)
    return list(specs.values())


@pytest.fixture
def seed_project(tmp_path: Path) -> Iterator[Project]:
    """The seed protocol (456 lines, speaker turns) with 600 codings and two blank ones."""
    with Project.create(tmp_path / "long.qda") as p:
        doc = import_file(p, seed_path())
        for code in CODES:
            p.add_code(code)
        blank = doc.text.index("\n\n")
        p.add_codings([*random_codings(doc.text, doc.name, 600),
                       CodingSpec(doc.name, "Arbeit", blank, blank + 2, coder="Anna"),
                       CodingSpec(doc.name, "Sprache", blank, blank + 1, coder="Ben")])
        yield p


def test_a_transcript_many_batches_long_keeps_every_line_and_every_comment_on_its_text(
        seed_project: Project, tmp_path: Path) -> None:
    doc = seed_project.documents()[0]
    text = seed_project.document(doc.name).text
    codings = seed_project.segments()
    assert text.count("\n") > 2 * BATCH and len(codings) > 2 * BATCH  # several batches each
    out = export_transcript(seed_project, tmp_path / "t.docx", ExportOptions(document=doc.name))
    lines = text.split("\n")
    assert [t for _, t in paragraphs(out)][-len(lines):] == lines
    # a range covers the coding's characters; line breaks at its edges have no run to cover
    assert Counter(word_comments(out)) == Counter(
        (c.coder, c.code + (f"\n{c.memo}" if c.memo else ""), c.text.strip("\n"))
        for c in codings)


def test_an_excerpt_export_many_batches_long_keeps_every_excerpt_in_order(
        seed_project: Project, tmp_path: Path) -> None:
    out = export_segments_docx(seed_project, tmp_path / "s.docx")
    source = re.compile(r" · (\w+) · Abs\. [\d–]+, Zeichen (\d+)–(\d+)$")
    shown, code = [], ""
    for style, text in paragraphs(out):
        if style == "Heading1":
            code = text
        elif (m := source.search(text)):
            shown.append((code, m[1], int(m[2]), int(m[3])))
    rank = {c.path: i for i, c in enumerate(seed_project.codes())}
    expected = sorted(seed_project.segments(), key=lambda c: (rank[c.code], c.start, c.end))
    assert shown == [(c.code, c.coder, c.start, c.end) for c in expected]


# -- memory --------------------------------------------------------------------------------

_PEAK_OF_EXPORT = """
import sys
from pathlib import Path
from qda_app.cli.main import main
assert main(sys.argv[1:]) == 0
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(int(status["VmHWM"].split()[0]))  # this process's peak resident memory, KB
"""


def _peak_kb(*args: str) -> int:
    """Peak memory of ``qda <args>`` in a process of its own (ru_maxrss would include ours)."""
    done = subprocess.run([sys.executable, "-c", _PEAK_OF_EXPORT, *args],
                          capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 1 MB transcript with 10,000 codings, 2,000 of them with the code "Klein"."""
    path = tmp_path_factory.mktemp("memory") / "p.qda"
    text = "\n\n".join([seed_path().read_text(encoding="utf-8")] * 32)
    with Project.create(path) as p:
        doc = p.add_document("Protokoll", text)
        for code in ("Klein", "Rest"):
            p.add_code(code)
        p.add_codings(random_codings(text, doc.name, 10_000, ("Klein", *["Rest"] * 4)))
    return path


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM (Linux)")
@pytest.mark.parametrize("kind", ["segments", "transcript"])
def test_memory_grows_by_a_few_kilobytes_per_coding_not_by_the_tree_of_the_document(
        kind: str, ten_thousand: Path, tmp_path: Path) -> None:
    """8,000 codings more cost about 14 MB (their records); held as one lxml tree with every
    run and comment, as before, they cost 80-110 MB: at 100,000 codings 1.4 GB."""
    out = str(tmp_path / "out.docx")
    command = ["export", kind, str(ten_thousand), out, "--force"]
    if kind == "transcript":
        command += ["--doc", "Protokoll"]
    small = _peak_kb(*command, "--code", "Klein")
    full = _peak_kb(*command)
    assert (full - small) / 8_000 < 4  # KB per coding
