"""The Word codebook: title page, code tree as Word headings, counts, examples, summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app import CodingSpec, Project
from qda_app.errors import InvalidValueError
from qda_app.exporters.docx_codebook import export_codebook
from qda_app.exporters.options import ExportOptions

from .conftest import files_in
from .test_export_support import W, docx_part, paragraphs, span


def _table_rows(path: Path) -> list[list[str]]:
    table = docx_part(path, "word/document.xml").find(f".//{W}tbl")
    return [["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in tr.iter(f"{W}tc")]
            for tr in table.iter(f"{W}tr")]


def test_codes_are_word_headings_in_tree_order_at_their_depth(rich: Project, tmp_path: Path
                                                              ) -> None:
    out = export_codebook(rich, tmp_path / "cb.docx")
    headings = [(style, text) for style, text in paragraphs(out) if style.startswith("Heading")]
    assert headings == [
        ("Heading1", "Sprache"),
        ("Heading1", "Prüfung"),
        ("Heading2", "Schwer"),
        ("Heading3", "Sehr"),
        ("Heading4", "Tiefer"),
        ("Heading4", "Tiefer/Am tiefsten"),  # deeper: Heading 4, path from level 4 on
        ("Heading1", "Formel"),
        ("Heading1", "Leer"),
        ("Heading1", "Übersicht"),
    ]


def test_title_page_counts_description_and_memo(rich: Project, tmp_path: Path) -> None:
    out = export_codebook(rich, tmp_path / "cb.docx")
    texts = [t for _, t in paragraphs(out)]
    assert texts[:2] == ["Exporttest Ärzte", "Codebuch"]
    assert "Codierer:innen: Anna, Ben" in texts
    sprache = texts.index("Sprache")
    assert texts[sprache + 1].endswith("Codierungen: 2 · Dokumente: 1")
    assert texts[sprache + 2: sprache + 5] == ["Beschreibung", "Sprache als Hürde.",
                                               "Zweite Zeile."]
    assert "Memo: Hinweis" in texts and "Memo zum Code Sprache" in texts
    pruefung = texts.index("Prüfung")
    assert "mit Subcodes: 3" in texts[pruefung + 1]  # 1 own + 2 below


def test_examples_show_up_to_n_excerpts_with_their_source(rich: Project, tmp_path: Path) -> None:
    none = [t for _, t in paragraphs(export_codebook(rich, tmp_path / "a.docx"))]
    assert "Beispiele" not in none
    texts = [t for _, t in paragraphs(export_codebook(rich, tmp_path / "b.docx",
                                                           ExportOptions(examples=1)))]
    sprache = texts.index("Sprache")
    block = texts[sprache:texts.index("Prüfung")]
    assert block.count("Probleme mit der Sprache") == 1  # two codings, one example asked for
    assert any(t.startswith("Interview Ä · UK · Anna · Abs. 2, Zeichen") for t in block)


def test_a_passage_two_coders_coded_is_one_example(tmp_path: Path) -> None:
    """Same passage (same document and span) or the same words elsewhere: quoted once."""
    text = ("Erstens: Die Sprache ist schwer.\nZweitens: Die Sprache ist schwer.\n"
            "Drittens: Ganz anders.")
    with Project.create(tmp_path / "p.qda") as p:
        doc = p.add_document("Gespräch", text)
        other = p.add_document("Notiz", "Die Sprache ist schwer.")
        p.add_code("Sprache")
        first = span(text, "Die Sprache ist schwer.")
        again = text.rindex("Die Sprache ist schwer.")
        p.add_codings([CodingSpec(doc.uuid, "Sprache", *first, coder="Anna"),
                       CodingSpec(doc.uuid, "Sprache", *first, coder="Ben"),
                       CodingSpec(doc.uuid, "Sprache", again, again + 23, coder="Ben"),
                       CodingSpec(other.uuid, "Sprache", 0, 23, coder="Anna"),
                       CodingSpec(doc.uuid, "Sprache", *span(text, "Ganz anders."), coder="Ben")])
        texts = [t for _, t in paragraphs(export_codebook(p, tmp_path / "cb.docx",
                                                        ExportOptions(examples=3)))]
    assert texts.count("Die Sprache ist schwer.") == 1
    assert "Ganz anders." in texts
    assert texts[texts.index("Sprache") + 1].endswith("Codierungen: 5 · Dokumente: 2")


def test_summary_table_lists_every_code_with_colour_and_counts(rich: Project, tmp_path: Path
                                                               ) -> None:
    rows = _table_rows(export_codebook(rich, tmp_path / "cb.docx"))
    assert rows[0] == ["Code-Pfad", "Farbe", "Codierungen", "Dokumente"]
    assert ["Sprache", "#3cb44b", "2", "1"] in rows
    assert ["Prüfung/Schwer", rich.code("Prüfung/Schwer").color, "1", "1"] in rows
    assert len(rows) == 1 + len(rich.codes())


def test_english_labels_on_request(rich: Project, tmp_path: Path) -> None:
    texts = [t for _, t in paragraphs(export_codebook(rich, tmp_path / "cb.docx",
                                                           ExportOptions(lang="en")))]
    assert "Codebook" in texts and "Summary" in texts and "Description" in texts


def test_bad_arguments_are_refused_before_anything_is_written(rich: Project, tmp_path: Path
                                                              ) -> None:
    with pytest.raises(InvalidValueError, match="examples"):
        export_codebook(rich, tmp_path / "cb.docx", ExportOptions(examples=-1))
    with pytest.raises(InvalidValueError, match="language"):
        export_codebook(rich, tmp_path / "cb.docx", ExportOptions(lang="fr"))
    assert files_in(tmp_path, rich) == []


def test_an_empty_project_gets_a_codebook_that_says_so(project: Project, tmp_path: Path) -> None:
    texts = [t for _, t in paragraphs(export_codebook(project, tmp_path / "cb.docx"))]
    assert "Das Projekt hat noch keine Codes." in texts


def test_the_sample_codebook_has_every_code(sample: Project, tmp_path: Path) -> None:
    out = export_codebook(sample, tmp_path / "cb.docx", ExportOptions(examples=2))
    headings = [t for s, t in paragraphs(out) if s.startswith("Heading")]
    assert headings[:-1] == [c.name for c in sample.codes()]
