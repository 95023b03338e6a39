"""The coded transcript: the document as it reads, every coding a Word comment on its span."""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from qda_app import Project
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.selection import SegmentQuery
from qda_app.files import ExportCancelled

from .test_export_support import (
    INTERVIEW,
    OFFICE,
    W,
    bold_texts,
    convert,
    docx_part,
    needs_libreoffice,
    odt_annotations,
    paragraphs,
    word_comments,
)

INTERVIEW_Ä = ExportOptions(document="Interview Ä")


def shaded_runs(path: Path) -> list[tuple[str, str | None]]:
    """(text, background fill or None) of each run of text in the body."""
    out = []
    for r in docx_part(path, "word/document.xml").iter(f"{W}r"):
        text = "".join(e.text or "" if e.tag == f"{W}t" else "\t"
                       for e in r.iter(f"{W}t", f"{W}tab"))
        if text:
            shd = r.find(f"{W}rPr/{W}shd")
            out.append((text, None if shd is None else shd.get(f"{W}fill").lower()))
    return out


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def is_light_tint_of(fill: str | None, color: str) -> bool:
    """``fill`` lies on the way from white to ``color``, at most half way (text stays
    readable on it): the same hue, lighter."""
    if fill is None:
        return False
    shares = [(255 - f) / (255 - c) for f, c in zip(_rgb(fill), _rgb(color), strict=True)
              if c < 200]
    return bool(shares) and max(shares) - min(shares) < 0.03 and 0.1 < shares[0] <= 0.5


def test_every_coding_is_a_comment_anchored_to_exactly_its_text(rich: Project, tmp_path: Path
                                                                 ) -> None:
    out = export_transcript(rich, tmp_path / "t.docx", INTERVIEW_Ä)
    codings = rich.segments(document="Interview Ä")
    comments = word_comments(out)
    assert len(comments) == len(codings)
    expected = Counter(
        (c.coder, c.code + (f"\n{c.memo}" if c.memo else ""), c.text if c.text.strip() else "")
        for c in codings)
    assert Counter(comments) == expected
    # the two coders' identical codings and the overlapping one each have their own comment
    on_sprache = [c for c in comments if c[2] == "Probleme mit der Sprache"]
    assert sorted(a for a, _, _ in on_sprache) == ["Anna", "Ben"]
    assert ("Ben", "Prüfung", "Sprache.\nBS\tDie Prüfung") in comments


def test_coded_text_is_shaded_in_a_tint_of_its_codes_colour(rich: Project, tmp_path: Path
                                                            ) -> None:
    """A reader of the PDF (where comments are mere icons) still sees what is coded."""
    runs = shaded_runs(export_transcript(rich, tmp_path / "t.docx", INTERVIEW_Ä))
    line = runs[[t for t, _ in runs].index("Wir haben = ") - 1:]
    sprache, pruefung = rich.code("Sprache").color, rich.code("Prüfung").color
    assert [t for t, _ in line[:5]] == ["UK\t", "Wir haben = ", "Probleme mit der ", "Sprache",
                                         "."]
    label, uncoded, both_coders, overlap, end = (fill for _, fill in line[:5])
    assert label is None and uncoded is None
    assert is_light_tint_of(both_coders, sprache)  # Anna's and Ben's coding: one colour
    assert is_light_tint_of(end, pruefung)
    # Sprache twice and Prüfung over one word: a mix of both, and still light
    assert overlap not in (both_coders, end) and min(_rgb(overlap)) >= 110
    fills = dict(runs)
    assert is_light_tint_of(fills["=SUMME(A1)"], rich.code("Formel").color)
    assert fills[" ist kein Code"] is None and fills["Ende"] is None
    assert fills["Interview mit einer Ärztin"] is None  # the title: not coded, not shaded


def test_one_paragraph_per_line_with_bold_speaker_labels(rich: Project, tmp_path: Path) -> None:
    out = export_transcript(rich, tmp_path / "t.docx", INTERVIEW_Ä)
    texts = [t for _, t in paragraphs(out)]
    lines = INTERVIEW.split("\n")
    assert texts[-len(lines):] == lines  # after the title block, the text as it is
    assert texts[0] == "Interview Ä"
    assert "Codiertes Transkript" in texts
    assert bold_texts(out) == ["UK\t", "BS\t"]


def test_the_sample_transcript_keeps_all_its_text_and_codings(sample: Project, tmp_path: Path
                                                              ) -> None:
    doc = sample.documents()[0]
    out = export_transcript(sample, tmp_path / "sample.docx",
                            ExportOptions(document=doc.name, lang="en"))
    text = sample.document(doc.name).text
    assert "\n".join(t for _, t in paragraphs(out)).endswith(text)
    comments = word_comments(out)
    assert Counter(a for _, _, a in comments) == Counter(
        c.text for c in sample.segments(document=doc.name))
    assert "Coded transcript" in [t for _, t in paragraphs(out)]


def test_cancel_leaves_no_file(rich: Project, tmp_path: Path) -> None:
    target = tmp_path / "t.docx"
    with pytest.raises(ExportCancelled):
        export_transcript(rich, target, replace(INTERVIEW_Ä, progress=lambda done, total: False))
    assert list(tmp_path.glob("t.docx*")) == [] and list(tmp_path.glob(".t.docx*")) == []


def test_progress_reaches_the_end(rich: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_transcript(rich, tmp_path / "t.docx",
                      replace(INTERVIEW_Ä, progress=lambda d, t: seen.append((d, t)) is None))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0


@needs_libreoffice
def test_libreoffice_reads_every_comment_on_its_span(rich: Project, tmp_path: Path) -> None:
    out = export_transcript(rich, tmp_path / "t.docx", INTERVIEW_Ä)
    convert(out, "pdf", tmp_path)
    odt = convert(out, "odt", tmp_path)
    codings = rich.segments(document="Interview Ä")
    assert Counter(odt_annotations(odt)) == Counter(
        (c.coder, c.text if c.text.strip() else "") for c in codings)
    # ... and shows the shading of coded text (in the PDF too, where comments are icons)
    docx_fills = {t: f for t, f in shaded_runs(out) if f}
    odt_fills = odt_backgrounds(odt)
    assert odt_fills["=SUMME(A1)"] == docx_fills["=SUMME(A1)"]
    assert odt_fills["Probleme mit der "] == docx_fills["Probleme mit der "]


def odt_backgrounds(odt: Path) -> dict[str, str]:
    """Text of each span with a background colour, as LibreOffice stored it in the .odt."""
    with zipfile.ZipFile(odt) as z:
        root = etree.fromstring(z.read("content.xml"))
    style, fo, text = ("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}",
                       "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}",
                       "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}")
    backgrounds = {s.get(f"{style}name"): props.get(f"{fo}background-color").lstrip("#")
                   for s in root.iter(f"{style}style")
                   for props in s.iter(f"{style}text-properties")
                   if props.get(f"{fo}background-color") not in (None, "transparent")}
    return {"".join(span.itertext()): backgrounds[span.get(f"{text}style-name")]
            for span in root.find(f"{OFFICE}body").iter(f"{text}span")
            if span.get(f"{text}style-name") in backgrounds}


def test_a_transcript_can_show_one_coders_codings_only(rich: Project, tmp_path: Path) -> None:
    query = SegmentQuery(coders=("Ben",), documents=("Zweites",), by="document")
    out = export_transcript(rich, tmp_path / "t.docx", replace(INTERVIEW_Ä, query=query))
    assert sorted(a for a, _, _ in word_comments(out)) == ["Ben", "Ben", "Ben"]
