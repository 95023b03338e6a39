"""REFI-QDA project import (.qdpx): real files from other tools, read leniently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.refi import import_qdpx

SAMPLES = Path(__file__).resolve().parent / "data" / "refi-samples"
NVIVO_WIN = SAMPLES / "nvivo-12.6-win_oltas.qdpx"
NVIVO_MAC = SAMPLES / "nvivo-15.0.0-mac_qc-project.qdpx"
ATLAS_8 = SAMPLES / "atlasti-8.4.0_standard-project.qdpx"
ATLAS_23 = SAMPLES / "atlasti-23.2.3_target-atlas-project.qdpx"

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="tests/data/refi-samples missing")


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.qdpx")) if SAMPLES.is_dir() else [],
                         ids=lambda p: p.stem)
def test_every_sample_imports(sample: Path, tmp_path: Path) -> None:
    report = import_qdpx(sample, tmp_path / "new.qda")
    with Project.open(tmp_path / "new.qda") as p:
        assert p.check() == []
        assert len(p.codes()) == report.codes
        assert len(p.segments()) == report.codings
    assert report.summary().startswith(f"imported {sample.name}: ")


def test_nvivo_windows_selections_land_on_what_nvivo_selected(tmp_path: Path) -> None:
    """NVivo counts UTF-16 units on the CRLF text: every selection is whole comments."""
    report = import_qdpx(NVIVO_WIN, tmp_path / "oltas.qda")
    with Project.open(tmp_path / "oltas.qda") as p:
        [doc] = p.documents()
        text = p.document(doc.uuid).text
        segments = p.segments()
        codes = p.codes()
        coders = {c.name for c in p.coders()}
    assert len(segments) == 97 and len(codes) == 60
    assert "\r" not in text and not text.startswith("\ufeff")
    assert sum(1 for ch in text if ord(ch) > 0xFFFF) == 894  # the emoji are all there
    for seg in segments:
        assert seg.start == 0 or text[seg.start - 1] == "\n", seg.text[:40]
        assert seg.end == len(text) or text[seg.end] == "\n" or text[seg.end - 1] == "\n"
        assert seg.text.strip() and not seg.text.startswith("\n")
    assert coders == {"Gergo", "floriansipos"}
    assert any("UTF-16" in line for line in report.details())
    susceptibility = next(c for c in codes if c.name.startswith("1. Perceived"))
    assert susceptibility.description.startswith("Az emberek akkor hajlandók cselekedni")


def test_nvivo_mac_deep_code_tree_and_empty_sources(tmp_path: Path) -> None:
    report = import_qdpx(NVIVO_MAC, tmp_path / "mac.qda")
    with Project.open(tmp_path / "mac.qda") as p:
        codes = p.codes()
        assert p.documents() == []
    assert len(codes) == 262
    assert max(c.depth for c in codes) >= 3
    assert "rq1_definition/competencies/programming" in {c.path for c in codes}
    assert "skipped 2 empty text sources" in report.details()


def test_atlas_standard_project_reports_what_we_skip(tmp_path: Path) -> None:
    report = import_qdpx(ATLAS_8, tmp_path / "atlas.qda")
    details = report.details()
    for line in ("skipped 2 PDF sources", "skipped 1 picture source", "skipped 1 audio source",
                 "skipped 2 video sources", "skipped 1 link", "skipped 1 graph",
                 # its sets hold sources whose texts are not in the archive, and codes
                 "left out 19 code or note members of sets (Kodierwerk's sets hold "
                 "documents)"):
        assert line in details
    assert any(re.match(r"skipped 6 text sources whose text is not in the archive", d)
               for d in details)
    assert any(d.startswith("skipped 16 sets with no imported text source: Mabel, ")
               for d in details)
    assert any(d.startswith("skipped 16 codings on sources that were not imported")
               for d in details)
    with Project.open(tmp_path / "atlas.qda") as p:
        memos = {m.title: m.text for m in p.memos()}
        codes = {c.name: c for c in p.codes()}
        coders = {c.name: c.uuid for c in p.coders()}
    # notes nothing imported points at become project memos, description first
    assert memos["Research Plan"].startswith("day to day log about this amazing project")
    assert "Director’s cut" in memos["My favorite Coke ad"]
    assert codes['"rushed"'].color == "#f00082"
    assert codes["cornflakes"].description == "breakfast cereal made by Kellogg’s"
    assert coders["Friedrich Markgraf"] == "ad68fbe7-e1ee-4a82-a279-23cc698c89eb"


def test_atlas_23_uppercase_guids_and_hierarchy(tmp_path: Path) -> None:
    import_qdpx(ATLAS_23, tmp_path / "a.qda")
    with Project.open(tmp_path / "a.qda") as p:
        codes = {c.path: c.uuid for c in p.codes()}
        assert p.title == "target-atlas-project"
    assert codes["Commits/2022-05-10T02:05:59Z 19e4dce"] == "2d2466f0-d77f-4f8c-bdf9-628966b6b74d"
