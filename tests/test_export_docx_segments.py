"""Coded excerpts to Word: the filters of segments(), grouping, source lines, exact text."""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import CodeNotFound, CoderNotFound, DocumentNotFound, InvalidValueError
from qda_app.exporters.docx_segments import export_segments_docx
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.selection import SegmentQuery
from qda_app.files import ExportCancelled

from .conftest import files_in
from .test_export_support import paragraphs


def _texts(path: Path) -> list[str]:
    return [t for _, t in paragraphs(path)]


def _headings(path: Path) -> list[tuple[str, str]]:
    return [(s, t) for s, t in paragraphs(path) if s.startswith("Heading")]


def test_grouped_by_code_then_document_in_tree_order(rich: Project, tmp_path: Path) -> None:
    out = export_segments_docx(rich, tmp_path / "s.docx")
    assert _headings(out) == [
        ("Heading1", "Sprache"), ("Heading2", "Interview Ä"),
        ("Heading1", "Prüfung"), ("Heading2", "Interview Ä"),
        ("Heading1", "Prüfung/Schwer"), ("Heading2", "Zweites"),
        ("Heading1", "Prüfung/Schwer/Sehr/Tiefer/Am tiefsten"), ("Heading2", "Interview Ä"),
        ("Heading1", "Formel"), ("Heading2", "Interview Ä"),
        ("Heading1", "Leer"), ("Heading2", "Interview Ä"),
    ]


def test_each_excerpt_has_source_line_exact_text_and_memo(rich: Project, tmp_path: Path) -> None:
    texts = _texts(export_segments_docx(rich, tmp_path / "s.docx"))
    coding = next(c for c in rich.segments(code="Sprache", coder="Anna"))
    source = (f"Interview Ä · UK · Anna · Abs. 2, Zeichen {coding.start}–{coding.end}")
    i = texts.index(source)
    assert texts[i + 1] == "Probleme mit der Sprache"
    assert texts[i + 2: i + 4] == ["Memo: wichtig", "zweite Memozeile"]
    # a segment over two lines keeps its line break: two paragraphs, tab included
    j = next(n for n, t in enumerate(texts) if t.startswith("Interview Ä · UK · Ben · Abs. 2–3"))
    assert texts[j + 1: j + 3] == ["Sprache.", "BS\tDie Prüfung"]


def test_grouping_by_document_first(rich: Project, tmp_path: Path) -> None:
    out = export_segments_docx(rich, tmp_path / "s.docx",
                               ExportOptions(query=SegmentQuery(by="document")))
    top = [t for s, t in _headings(out) if s == "Heading1"]
    assert top == ["Interview Ä", "Zweites"]


def test_filters_are_those_of_segments(rich: Project, tmp_path: Path) -> None:
    query = SegmentQuery(codes=("Prüfung",), include_subcodes=False, coders=("Ben",))
    texts = _texts(export_segments_docx(rich, tmp_path / "s.docx", ExportOptions(query=query)))
    assert "Codes: Prüfung (nur die Codes selbst (ohne Subcodes))" in texts
    assert "Codierer:innen: Ben" in texts
    assert [t for t in texts if " · Ben · " in t or " · Anna · " in t] == [
        next(t for t in texts if t.startswith("Interview Ä · UK · Ben"))]
    with_subcodes = _texts(export_segments_docx(
        rich, tmp_path / "t.docx",
        ExportOptions(query=SegmentQuery(codes=("Prüfung",), documents=("Zweites",)))))
    assert "Mobilität" in with_subcodes


def test_unknown_filters_are_one_line_errors_and_write_nothing(rich: Project, tmp_path: Path
                                                               ) -> None:
    target = tmp_path / "s.docx"
    with pytest.raises(CoderNotFound, match=r"no coder 'Nobody'.*Anna, Ben"):
        export_segments_docx(rich, target, ExportOptions(query=SegmentQuery(coders=("Nobody",))))
    with pytest.raises(CodeNotFound):
        export_segments_docx(rich, target, ExportOptions(query=SegmentQuery(codes=("Nix",))))
    with pytest.raises(DocumentNotFound):
        export_segments_docx(rich, target, ExportOptions(query=SegmentQuery(documents=("Nix",))))
    with pytest.raises(InvalidValueError, match="group by"):
        export_segments_docx(rich, target, ExportOptions(query=SegmentQuery(by="coder")))
    assert not target.exists() and files_in(tmp_path, rich) == []


def test_an_empty_selection_says_so(rich: Project, tmp_path: Path) -> None:
    query = SegmentQuery(codes=("Formel",), documents=("Zweites",))
    texts = _texts(export_segments_docx(rich, tmp_path / "s.docx", ExportOptions(query=query)))
    assert "Keine codierten Segmente für diese Auswahl." in texts


def test_cancel_leaves_no_file_and_keeps_an_existing_one(rich: Project, tmp_path: Path) -> None:
    target = tmp_path / "s.docx"
    target.write_bytes(b"old")
    calls: list[int] = []

    def cancel_later(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(ExportCancelled):
        export_segments_docx(rich, target, ExportOptions(force=True, progress=cancel_later))
    assert target.read_bytes() == b"old"
    assert files_in(tmp_path, rich) == ["s.docx"]
