"""Hundreds of damaged ``.docx``, ``.qdpx``, ``.qde`` and ``.qdc`` files: each one is read,
or refused with one line (a ``QdaError``); nothing else may come out of an importer.

The damage is drawn from fixed seeds (see :mod:`tests.mutations`), so a failure names
a file that the next run makes again. The bases are Word files made by python-docx and
the other tools' real REFI-QDA exports in ``data/``.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from qda_app.refi import import_qdpx, read_codebook, read_qdpx

from .mutations import Mutator, Outcomes, read_damaged, rezip, unzip

SAMPLES = Path(__file__).parent / "data" / "refi-samples"


def word_bases() -> list[bytes]:
    """Two small Word files: tables (one nested), lists, headings, a page break, emoji."""
    first = docx.Document()
    first.add_paragraph("Protokoll Workshop Mobilität 🚌")
    table = first.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "UK", "Busse fahren nur zweimal am Tag."
    table.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "verschachtelt"
    first.add_paragraph("Rufbus einführen", style="List Bullet")
    first.add_paragraph("Mitfahrbörse", style="List Number 2")
    second = docx.Document()
    second.add_heading("Interview 3", level=1)
    second.add_paragraph("I: Wie kommen Sie zur Arbeit?\nB: Mit dem Rad.")
    second.add_page_break()
    second.add_paragraph("Anna Keller:").add_run(" – fährt Bus").bold = True
    files = []
    for document in (first, second):
        out = io.BytesIO()
        document.save(out)
        files.append(rezip(unzip(out.getvalue())))
    return files


def project_bases() -> list[bytes]:
    return [path.read_bytes() for path in sorted(SAMPLES.glob("*.qdpx"))]


def codebook_bases() -> list[bytes]:
    return [path.read_bytes() for path in sorted(SAMPLES.glob("*.qdc"))]


def test_damaged_word_files(tmp_path: Path) -> None:
    mutator = Mutator(seed=9, main=lambda name: name == "word/document.xml",
                      nest=(rb"w:p", rb"w:tbl"))
    read_damaged(tmp_path, mutator, word_bases(), 200, ".docx")


@pytest.mark.parametrize("part", ["qdpx", "qde"])
def test_damaged_projects(tmp_path: Path, part: str) -> None:
    """``qdpx``: the archive and any member; ``qde``: the project XML alone. Every
    twelfth file that reads is also imported into a new project, all the way."""
    bases, outcomes, n = project_bases(), Outcomes(), 150
    mutator = Mutator(seed=9 if part == "qdpx" else 10, xml_only=part == "qde",
                      main=lambda name: name.lower().endswith(".qde"), nest=(rb"Code",))
    read = 0
    for i in range(n):
        damage, data = mutator.mutate(bases[i % len(bases)])
        path = tmp_path / f"{i:03d}.qdpx"
        path.write_bytes(data)
        if outcomes.run(read_qdpx, path, f"{path.name} ({damage})"):
            read += 1
            if read % 12 == 1:
                outcomes.run(lambda p: import_qdpx(p, p.with_suffix(".qda")), path,
                             f"{path.name} imported ({damage})")
    outcomes.check(n)


def test_damaged_codebooks(tmp_path: Path) -> None:
    """A ``.qdc`` is plain XML: its bytes are damaged like a ``.qde``'s."""
    bases, outcomes, n = codebook_bases(), Outcomes(), 60
    mutator = Mutator(seed=9, main=lambda name: True, nest=(rb"Code",), xml_only=True)
    for i in range(n):
        members = {"codebook.qdc": bases[i % len(bases)]}
        damage, data = mutator.mutate(rezip(members))
        path = tmp_path / f"{i:03d}.qdc"
        path.write_bytes(unzip(data)["codebook.qdc"])
        outcomes.run(read_codebook, path, f"{path.name} ({damage})")
    outcomes.check(n)


def test_the_damage_is_the_same_on_every_run() -> None:
    bases = word_bases()
    assert bases == word_bases()  # no timestamps: the same bytes to damage
    runs = [Mutator(seed=3, main=lambda name: True) for _ in range(2)]
    first, again = ([run.mutate(bases[0]) for _ in range(20)] for run in runs)
    assert first == again
    assert len({damage for damage, _ in first}) > 10
