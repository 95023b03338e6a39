"""PDF, RTF and ODT sources read as a Word file is: paragraphs, tables, lists, umlauts,
speakers; a PDF keeps its pages, and a coding tells its page wherever it is shown.

The files in ``data/sources/`` were made by ``make_sources.py`` there: python-docx
documents converted by LibreOffice, and RTF written by hand as f4transkript writes it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.exporters.docx_segments import export_segments_docx
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.tables import export_segments_table
from qda_app.importers import import_file, read_file
from qda_app.importers.odt_body import document_lines

from .test_export_support import paragraphs

SOURCES = Path(__file__).parent / "data" / "sources"

PROTOCOL_AS_WORD_READS_IT = (
    "Protokoll Workshop Mobilität, 4. Mai 2024\n"
    "UK\tBusse fahren nur zweimal am Tag, und am Wochenende gar nicht.\n"
    "BT\tOhne Führerschein gibt es keine Ausbildungsstelle im Landkreis.\n"
    "SK\tDer Rufbus muss einen Tag vorher bestellt werden.\n"
    "\n"
    "Mathias Schmitt:\n"
    "• Mitfahrbörse über die Gemeinde\n"
    "• Rufbus auch am Wochenende\n"
    "WH (anonymisiert):\n"
    "Das Deutschlandticket hilft nur, wenn ein Bus fährt.\n"
)
SPEAKERS = ["UK", "BT", "SK", "Mathias Schmitt", "WH"]


def test_the_word_original_reads_as_these_tests_expect() -> None:
    """The baseline: what the .docx import makes of the protocol the others were made from."""
    assert read_file(SOURCES / "protocol.docx").text == PROTOCOL_AS_WORD_READS_IT


@pytest.mark.parametrize("suffix", [".odt", ".rtf"])
def test_odt_and_rtf_read_exactly_as_the_word_file(project: Project, suffix: str) -> None:
    doc = import_file(project, SOURCES / f"protocol{suffix}")
    # RTF does not mark where a table ends, so the blank line after it is missing
    expected = PROTOCOL_AS_WORD_READS_IT if suffix == ".odt" else \
        PROTOCOL_AS_WORD_READS_IT.replace("werden.\n\n", "werden.\n")
    assert doc.text == expected
    assert [t.speaker for t in doc.turns] == SPEAKERS
    assert doc.source == f"protocol{suffix}" and doc.pages == ()


def test_pdf_of_the_protocol_has_its_table_rows_bullets_and_speakers(project: Project) -> None:
    doc = import_file(project, SOURCES / "protocol.pdf")
    # one page: no blank line after the table (a PDF does not say where a table ends)
    assert doc.text == PROTOCOL_AS_WORD_READS_IT.replace("werden.\n\n", "werden.\n")
    assert [t.speaker for t in doc.turns] == SPEAKERS
    uk = doc.turns[0]
    assert doc.text[uk.body_start:uk.end] == "Busse fahren nur zweimal am Tag, und am " \
                                             "Wochenende gar nicht."
    assert doc.pages == (0,)


def test_two_column_pdf_reads_in_order_as_paragraphs_without_header_and_footer(
        project: Project) -> None:
    doc = import_file(project, SOURCES / "interview.pdf")
    text = doc.text
    word = read_file(SOURCES / "interview.docx").text
    lines = text.split("\n")
    assert lines[0] == "Interview 3: Mobilität auf dem Land"
    # every interview paragraph is one line, as in the Word file, in the order written
    questions = [line for line in lines if line.startswith("I: Frage")]
    assert [q[:10] for q in questions] == [f"I: Frage {i}" for i in range(1, 6)]
    assert questions == [line for line in word.split("\n") if line.startswith("I: Frage")]
    # the speakers are found by the same parser in the same paragraphs as in the Word file
    assert [t.speaker for t in doc.turns] == [t.speaker for t in read_file(
        SOURCES / "interview.docx").turns]
    # hyphenated at line ends, joined again; the ﬁ ligature is letters; umlauts, € and ½ stay
    assert "Verkehrsverbindungen sind schlecht, die Fahrplangestaltung" in text
    assert "ein finales Thema" in text and "-\n" not in text
    assert lines[-2] == "Ende: Straße, Größe, Ärger, „Anführungszeichen“ – 5 € ½."
    # the running header and the footer "Seite 1" are gone, the table is rows of cells
    assert "Projekt Mobilität – Interview 3" not in text and "Seite" not in text
    assert "Verkehrsmittel\tNennungen\nBus\t12\nFahrrad/Pedelec\t7\n" in text
    assert "• Rufbus einführen\n• Mitfahrbörse gründen\n" in text


def test_pdf_pages_start_where_the_page_does_and_are_apart_by_a_blank_line(
        project: Project) -> None:
    doc = import_file(project, SOURCES / "interview.pdf")
    assert len(doc.pages) == 2 and doc.pages[0] == 0
    second = doc.pages[1]
    assert doc.text[second - 2:second] == "\n\n"
    # page 2 of the PDF starts in the middle of answer 3 ("…mit dem Zug / fahren, das…")
    assert doc.text[second:].startswith("fahren, das sind fast zwei Stunden.")
    assert doc.page_at(second - 3) == 1 and doc.page_at(second) == 2


def test_f4transkript_rtf_with_code_page_escapes_and_unicode(project: Project) -> None:
    doc = import_file(project, SOURCES / "f4-interview.rtf")
    assert doc.text.split("\n")[:4] == [
        "I: Wie sind Sie heute hergekommen? #00:00:04-2#",
        "B: Mit dem Fahrrad, über die Brücke. Das dauert fünf Minuten. #00:00:09-8#",
        "I: Und im Winter? #00:00:12-0#",
        "B: Dann große Probleme, „ehrlich gesagt“.",  # \'84 \'93: cp1252 quotes; \line
    ]
    assert "I:\tWas würde helfen? #00:00:24-1#\nB:\tEin Rufbus, 5 € pro Fahrt." in doc.text
    group = import_file(project, SOURCES / "f4-group.rtf")
    assert group.text == (
        "Gruppendiskussion Jugendzentrum\n\n"
        "B1: Ich finde, das Üben im Verein ist wichtig. #00:01:02-5#\n"  # \u220?
        "B2: Stimmt, aber die Halle ist zu. „Geschlossen“ stand da. #00:01:09-0#\n"
        "B3: Wir wollen einen Raum.\n"
        "Link\n")  # a field's result is its text, its instruction is not


def test_rtf_tables_cells_pipes_surrogate_pairs_and_other_code_pages(project: Project,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "handgemacht.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0 Arial;}}"
        rb"\trowd\cellx1000\cellx5000 AK\cell Ja | nein, sagt \'9ae\u269?ek.\cell\row"
        rb"\pard Emoji \u-10179?\u-8704? und \\cell bleibt Text.\par}")
    doc = import_file(project, path)
    # \'9a is š in Windows-1250; a "|" in the text stays one; the emoji is one character
    assert doc.text == "AK\tJa | nein, sagt šeček.\nEmoji 😀 und \\cell bleibt Text.\n"
    assert [t.speaker for t in doc.turns] == ["AK"]


def test_odt_lists_nested_spaces_line_breaks_and_what_is_left_out(project: Project,
                                                                   tmp_path: Path) -> None:
    body = (
        '<text:h text:outline-level="1">Über <text:span>uns</text:span></text:h>'
        '<text:p>A<text:s text:c="3"/>B<text:tab/>C<text:line-break/>D'
        '<text:note><text:note-citation>1</text:note-citation><text:note-body>'
        '<text:p>Fußnote</text:p></text:note-body></text:note>'
        '<office:annotation><text:p>Kommentar</text:p></office:annotation></text:p>'
        '<text:list><text:list-item><text:p>eins</text:p><text:list>'
        '<text:list-item><text:p>zwei</text:p></text:list-item></text:list></text:list-item>'
        '</text:list>'
        '<text:tracked-changes><text:changed-region><text:deletion><text:p>gelöscht</text:p>'
        '</text:deletion></text:changed-region></text:tracked-changes>'
        '<text:section><text:p>Im Abschnitt<text:s text:c="999999999"/>.</text:p></text:section>'
    )
    path = _odt(tmp_path / "liste.odt", body)
    # <text:s text:c="3"/> is three spaces, a damaged count no more than a hundred
    assert document_lines(path.read_bytes(), path.name) == [
        "Über uns", "A   B\tC\nD", "• eins", "  • zwei", f"Im Abschnitt{' ' * 100}."]
    # and then spaces are cleaned as in every import
    doc = import_file(project, path)
    assert doc.text == "Über uns\nA B\tC\nD\n• eins\n  • zwei\nIm Abschnitt .\n"


def _odt(path: Path, body: str) -> Path:
    import zipfile

    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f'<office:body><office:text>{body}</office:text></office:body>'
        '</office:document-content>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


# -- where a coding is: its page ---------------------------------------------------------


@pytest.fixture
def paged(project: Project) -> Project:
    """The two-page interview PDF with a coding on each page and one over the break."""
    doc = import_file(project, SOURCES / "interview.pdf")
    project.add_code("Mobilität")
    second = doc.pages[1]
    first_start = doc.text.index("Meine Tochter")
    project.add_coding(doc.name, "Mobilität", first_start, first_start + 13, coder="Anna")
    project.add_coding(doc.name, "Mobilität", second - 20, second + 6, coder="Anna")
    at = doc.text.index("Verkehrsmittel")
    project.add_coding(doc.name, "Mobilität", at, at + 14, coder="Anna")
    import_file(project, SOURCES / "protocol.odt")
    project.add_coding("protocol", "Mobilität", 0, 9, coder="Anna")
    return project


def test_cli_import_says_how_many_pages(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "p.qda"
    assert main(["init", str(target)]) == 0
    assert main(["import", str(target), str(SOURCES / "interview.pdf"),
                 str(SOURCES / "protocol.odt")]) == 0
    out = capsys.readouterr().out
    assert "imported interview (4303 characters, 2 pages, " in out
    assert "imported protocol (378 characters, 5 turns, 5 speakers)" in out


def test_segments_tell_the_page_a_coding_starts_on(paged: Project,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pages = {(s.document, s.text): s.page for s in paged.segments()}
    assert list(pages.values()) == [1, 1, 2, None]
    main(["segments", paged.location, "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert [(r["document"], r["page"]) for r in rows] == [
        ("interview", 1), ("interview", 1), ("interview", 2), ("protocol", None)]


def test_word_excerpts_name_the_page_in_german_and_english(paged: Project,
                                                           tmp_path: Path) -> None:
    for lang, word in (("de", "S."), ("en", "p.")):
        texts = [t for _, t in paragraphs(export_segments_docx(
            paged, tmp_path / f"s-{lang}.docx", ExportOptions(lang=lang)))]
        # "interview · B · Anna · S. 1, …": the speaker, when there is one, comes before
        sources = [t for t in texts if t.startswith(("interview · ", "protocol · "))
                   and " · Anna · " in t]
        assert [s.split(" · Anna · ")[1].split(",")[0] for s in sources] == [
            f"{word} 1", f"{word} 1–2", f"{word} 2", "Abs. 1" if lang == "de" else "para. 1"]


def test_segment_tables_have_a_page_column_empty_without_pages(paged: Project,
                                                               tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(export_segments_table(paged, tmp_path / "s.xlsx"))
    rows = list(sheet.worksheets[0].iter_rows(values_only=True))
    assert rows[0][4] == "Seite"
    assert [r[4] for r in rows[1:]] == [1, 1, 2, None]
    out = export_segments_table(paged, tmp_path / "s.csv", ExportOptions(lang="en"))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][4] == "Page" and [r[4] for r in table[1:]] == ["1", "1", "2", ""]
