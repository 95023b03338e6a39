"""The coded transcript: the document as it reads, every coding a Word comment on its span."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.selection import SegmentQuery
from qda_app.files import ExportCancelled

from .test_export_support import (
    INTERVIEW,
    bold_texts,
    convert,
    needs_libreoffice,
    odt_annotations,
    open_rich,
    paragraphs,
    word_comments,
)


@pytest.fixture
def rich(tmp_path: Path) -> Iterator[Project]:
    yield from open_rich(tmp_path)


def test_every_coding_is_a_comment_anchored_to_exactly_its_text(rich: Project, tmp_path: Path
                                                                 ) -> None:
    out = export_transcript(rich, "Interview Ä", tmp_path / "t.docx")
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


def test_one_paragraph_per_line_with_bold_speaker_labels(rich: Project, tmp_path: Path) -> None:
    out = export_transcript(rich, "Interview Ä", tmp_path / "t.docx")
    texts = [t for _, t in paragraphs(out)]
    lines = INTERVIEW.split("\n")
    assert texts[-len(lines):] == lines  # after the title block, the text as it is
    assert texts[0] == "Interview Ä"
    assert "Codiertes Transkript" in texts
    assert bold_texts(out) == ["UK\t", "BS\t"]


def test_the_sample_transcript_keeps_all_its_text_and_codings(sample: Project, tmp_path: Path
                                                              ) -> None:
    doc = sample.documents()[0]
    out = export_transcript(sample, doc.name, tmp_path / "sample.docx", lang="en")
    text = sample.document(doc.name).text
    assert "\n".join(t for _, t in paragraphs(out)).endswith(text)
    comments = word_comments(out)
    assert Counter(a for _, _, a in comments) == Counter(
        c.text for c in sample.segments(document=doc.name))
    assert "Coded transcript" in [t for _, t in paragraphs(out)]


def test_cancel_leaves_no_file(rich: Project, tmp_path: Path) -> None:
    target = tmp_path / "t.docx"
    with pytest.raises(ExportCancelled):
        export_transcript(rich, "Interview Ä", target, progress=lambda done, total: False)
    assert list(tmp_path.glob("t.docx*")) == [] and list(tmp_path.glob(".t.docx*")) == []


def test_progress_reaches_the_end(rich: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_transcript(rich, "Interview Ä", tmp_path / "t.docx",
                      progress=lambda d, t: seen.append((d, t)) is None)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0


@needs_libreoffice
def test_libreoffice_reads_every_comment_on_its_span(rich: Project, tmp_path: Path) -> None:
    out = export_transcript(rich, "Interview Ä", tmp_path / "t.docx")
    convert(out, "pdf", tmp_path)
    odt = convert(out, "odt", tmp_path)
    codings = rich.segments(document="Interview Ä")
    assert Counter(odt_annotations(odt)) == Counter(
        (c.coder, c.text if c.text.strip() else "") for c in codings)


def test_a_transcript_can_show_one_coders_codings_only(rich: Project, tmp_path: Path) -> None:
    out = export_transcript(rich, "Interview Ä", tmp_path / "t.docx",
                            SegmentQuery(coders=("Ben",), documents=("Zweites",)))
    assert sorted(a for a, _, _ in word_comments(out)) == ["Ben", "Ben", "Ben"]
