"""Importing transcripts: encodings, Word files, and bad input that changes nothing."""

from __future__ import annotations

import builtins
import codecs
import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from qda_app import Project
from qda_app.errors import DuplicateDocumentError, ImportFormatError
from qda_app.importers import import_file

GERMAN = ("UK\tPrüfung für Geflüchtete – „Nachteilsausgleich“ kostet 5 €.\n"
          "BT\tStraße, Größe, Ärger.\n")


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b"")],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_text_encodings_import_without_mojibake(project: Project, tmp_path: Path,
                                                encoding: str, bom: bytes, newline: str) -> None:
    path = tmp_path / "interview.txt"
    path.write_bytes(bom + GERMAN.replace("\n", newline).encode(encoding))
    doc = import_file(project, path)
    assert doc.text == GERMAN
    assert [t.speaker for t in doc.turns] == ["UK", "BT"]
    assert doc.source == "interview.txt" and doc.name == "interview"


def test_legacy_windows_file_with_french_and_german_names(project: Project, tmp_path: Path
                                                          ) -> None:
    text = "Café à la carte: Müller und Señor Gómez sprechen über „Ça va“ und Öffnung.\n"
    path = tmp_path / "legacy.md"
    path.write_bytes(text.encode("cp1252"))
    assert import_file(project, path).text == text


def test_markdown_bullets_and_bold_are_cleaned(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("**Wie?**\n\n- „**Whole-of-community approach**“ als Ausgangspunkt\n",
                    encoding="utf-8")
    assert import_file(project, path).text == (
        "Wie?\n\n- „Whole-of-community approach“ als Ausgangspunkt\n")


def _word_file(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Protokoll Workshop Mobilität")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "UK"
    table.cell(0, 1).text = "Busse fahren nur zweimal am Tag."
    table.cell(1, 0).text = "BT"
    table.cell(1, 1).text = "Ohne Führerschein keine Ausbildung."
    d.add_paragraph("Lösungen:")
    d.add_paragraph("Rufbus einführen", style="List Bullet")
    d.add_paragraph("Mitfahrbörse", style="List Bullet 2")
    d.add_paragraph("Ende des Protokolls.")
    d.save(str(path))
    return path


def test_word_paragraphs_tables_and_lists_in_document_order(project: Project,
                                                           tmp_path: Path) -> None:
    doc = import_file(project, _word_file(tmp_path / "protokoll.docx"))
    assert doc.text == (
        "Protokoll Workshop Mobilität\n"
        "UK\tBusse fahren nur zweimal am Tag.\n"
        "BT\tOhne Führerschein keine Ausbildung.\n\n"
        "Lösungen:\n• Rufbus einführen\n  • Mitfahrbörse\nEnde des Protokolls.\n"
    )
    assert [(t.speaker, doc.text[t.body_start:t.end]) for t in doc.turns] == [
        ("UK", "Busse fahren nur zweimal am Tag."),
        ("BT", "Ohne Führerschein keine Ausbildung."),
    ]


def _assert_refused(project: Project, path: Path, match: str) -> None:
    before = project.documents()
    with pytest.raises(ImportFormatError, match=match) as info:
        import_file(project, path)
    assert "\n" not in str(info.value)
    assert project.documents() == before


def test_empty_file_is_refused(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    _assert_refused(project, path, "empty")
    path.write_bytes(b"  \n\r\n ")
    _assert_refused(project, path, "empty")


def test_binary_file_is_refused(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "bild.txt"
    path.write_bytes(bytes(range(256)) * 40)
    _assert_refused(project, path, "binary")


def test_unknown_extension_is_refused(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "daten.pages"
    path.write_bytes(b"PK\x03\x04 ...")
    _assert_refused(project, path,
                    r"cannot import \.pages \(Kodierwerk imports .*\.docx, \.odt, \.rtf, \.pdf\)")


def test_docx_that_is_not_a_zip_is_refused(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "kaputt.docx"
    path.write_text("das ist kein Word-Dokument")
    _assert_refused(project, path, "not a Word document")


def test_same_text_twice_is_refused_whatever_the_name(project: Project, tmp_path: Path
                                                      ) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "kopie.txt"
    a.write_text(GERMAN, encoding="utf-8")
    b.write_bytes(GERMAN.encode("cp1252"))
    import_file(project, a)
    with pytest.raises(DuplicateDocumentError, match="already in the project as 'a'"):
        import_file(project, b)
    assert len(project.documents()) == 1


def test_same_name_different_text_gets_a_unique_name(project: Project, tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "interview.txt").write_text("eins\n", encoding="utf-8")
    (tmp_path / "x" / "interview.txt").write_text("zwei\n", encoding="utf-8")
    import_file(project, tmp_path / "interview.txt")
    assert import_file(project, tmp_path / "x" / "interview.txt").name == "interview (2)"


def test_missing_file_is_reported(project: Project, tmp_path: Path) -> None:
    _assert_refused(project, tmp_path / "fehlt.txt", "no such file")


def test_a_folder_is_refused_as_a_folder(project: Project, tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    _assert_refused(project, tmp_path / "x.txt", "x.txt is a folder, not a file")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can read any file")
@pytest.mark.parametrize("name", ["geheim.txt", "geheim.docx"])
def test_an_unreadable_file_is_one_line(project: Project, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(GERMAN, encoding="utf-8")
    path.chmod(0)
    _assert_refused(project, path, f"cannot read {name}: Permission denied")


@pytest.mark.parametrize("name", ["interview.txt", "interview.docx"])
def test_a_read_error_is_one_line(project: Project, tmp_path: Path, name: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing disk or network share while reading: the user's message, not an OSError."""
    path = tmp_path / name
    path.write_text(GERMAN, encoding="utf-8")
    real_open = io.open

    def failing_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise OSError(errno.EIO, "Input/output error")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(io, "open", failing_open)
    monkeypatch.setattr(builtins, "open", failing_open)
    _assert_refused(project, path, f"cannot read {name}: Input/output error")


def test_the_importer_list_loads_no_heavy_library() -> None:
    """The window imports the importer list (for its file filter) and the exporters' cancel
    exceptions at start; python-docx, charset-normalizer, lxml, pypdf and striprtf load
    only when used."""
    code = ("import sys, qda_app.importers, qda_app.exporters\n"
            "from qda_app.importers import suffixes\n"
            "assert '.docx' in suffixes() and '.txt' in suffixes()\n"
            "print(sorted(m for m in ('docx', 'charset_normalizer', 'lxml', 'qda_app.refi',"
            " 'pypdf', 'striprtf') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_import_cancelled_is_one_class_wherever_it_is_imported_from() -> None:
    from qda_app.files import ImportCancelled
    from qda_app.refi import ImportCancelled as RefiImportCancelled

    assert ImportCancelled is RefiImportCancelled
