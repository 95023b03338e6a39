"""Shared material for the export tests: a project with every awkward case, and readers
that look inside the written files the way Word and LibreOffice do."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from qda_app import CodingSpec, Project, Turn
from qda_app.exporters.docx_common import initials, xml_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
needs_libreoffice = pytest.mark.skipif(
    LIBREOFFICE is None, reason="LibreOffice not installed: cannot check that the .docx opens")

INTERVIEW = (
    "Interview mit einer Ärztin\n"
    "UK\tWir haben = Probleme mit der Sprache.\n"
    "BS\tDie Prüfung ist schwer;\n"
    "sehr schwer.\n"
    "\n"
    "=SUMME(A1) ist kein Code\n"
    "Ende"
)


def _turns(text: str) -> list[Turn]:
    uk = text.index("UK\t")
    bs = text.index("BS\t")
    return [Turn(uk, bs - 1, "UK", body_start=uk + 3),
            Turn(bs, text.index("sehr schwer.") + len("sehr schwer."), "BS", body_start=bs + 3)]


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def build_rich_project(path: Path) -> Project:
    """Overlaps, a coding across lines, memos, two coders, a deep code, '=' text, umlauts."""
    p = Project.create(path, title="Exporttest Ärzte")
    p.coder = "Anna"
    doc = p.add_document("Interview Ä", INTERVIEW, _turns(INTERVIEW))
    other = p.add_document("Zweites", "Ein zweites Dokument über Mobilität.")
    p.add_code("Sprache", color="#3cb44b", description="Sprache als Hürde.\nZweite Zeile.")
    p.add_code("Prüfung/Schwer/Sehr/Tiefer/Am tiefsten", color="#911eb4")
    p.add_code("Formel", color="#ffe119")
    p.add_code("Leer", color="#a9a9a9")
    p.add_memo("Memo zum Code Sprache", title="Hinweis", code="Sprache")
    t = INTERVIEW
    p.add_codings([
        CodingSpec(doc.uuid, "Sprache", *span(t, "Probleme mit der Sprache"), coder="Anna",
                   memo="wichtig\nzweite Memozeile"),
        CodingSpec(doc.uuid, "Sprache", *span(t, "Probleme mit der Sprache"), coder="Ben"),
        CodingSpec(doc.uuid, "Prüfung", *span(t, "Sprache.\nBS\tDie Prüfung"), coder="Ben"),
        CodingSpec(doc.uuid, "Prüfung/Schwer/Sehr/Tiefer/Am tiefsten",
                   *span(t, "Prüfung ist schwer;\nsehr schwer."), coder="Anna"),
        CodingSpec(doc.uuid, "Formel", *span(t, "=SUMME(A1)"), coder="Ben"),
        CodingSpec(doc.uuid, "Leer", t.index("\n\n"), t.index("\n\n") + 2, coder="Anna"),
        CodingSpec(other.uuid, "Prüfung/Schwer", *span(other.text, "Mobilität"), coder="Anna"),
    ])
    return p


def write_rich(path: Path) -> None:
    """The template of the ``rich`` and ``rich_path`` fixtures (``tests/conftest.py``)."""
    build_rich_project(path).close()


# -- reading .docx as Word does -----------------------------------------------------------

def docx_part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of each body paragraph; tabs as ``\\t``."""
    out = []
    for p in docx_part(path, "word/document.xml").iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(e.text or "" if e.tag == f"{W}t" else "\t"
                       for e in p.iter(f"{W}t", f"{W}tab"))
        out.append(("" if style is None else style.get(f"{W}val"), text))
    return out


def bold_texts(path: Path) -> list[str]:
    return ["".join(t.text or "" for t in r.iter(f"{W}t", f"{W}tab") if t.tag == f"{W}t")
            + ("\t" if r.find(f"{W}tab") is not None else "")
            for r in docx_part(path, "word/document.xml").iter(f"{W}r")
            if r.find(f"{W}rPr/{W}b") is not None]


def word_comments(path: Path) -> list[tuple[str, str, str]]:
    """(author, comment text, anchored text) per comment, as Word would show them."""
    body = docx_part(path, "word/document.xml").find(f"{W}body")
    anchored: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for n, p in enumerate(body.iter(f"{W}p")):
        if n:
            for cid in open_ids:
                anchored[cid].append("\n")
        for e in p.iter():
            if e.tag == f"{W}commentRangeStart":
                cid = e.get(f"{W}id")
                anchored[cid] = []
                open_ids.append(cid)
            elif e.tag == f"{W}commentRangeEnd":
                open_ids.remove(e.get(f"{W}id"))
            elif e.tag in (f"{W}t", f"{W}tab"):
                for cid in open_ids:
                    anchored[cid].append(e.text or "" if e.tag == f"{W}t" else "\t")
    out = []
    for c in docx_part(path, "word/comments.xml").iter(f"{W}comment"):
        text = "\n".join("".join(t.text or "" for t in p.iter(f"{W}t"))
                         for p in c.iter(f"{W}p"))
        out.append((c.get(f"{W}author"), text, "".join(anchored[c.get(f"{W}id")])))
    return out


# -- LibreOffice ----------------------------------------------------------------------------

def convert(path: Path, fmt: str, outdir: Path) -> Path:
    """Let LibreOffice open ``path`` and save it as ``fmt``; the converted file."""
    return convert_all([path], fmt, outdir)[0]


def convert_all(paths: list[Path], fmt: str, outdir: Path) -> list[Path]:
    """One LibreOffice run (a private profile, so parallel runs cannot clash) for all files."""
    assert LIBREOFFICE is not None
    profile = outdir / "lo-profile"
    result = subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(outdir), *map(str, paths)],
        capture_output=True, text=True, timeout=600)
    converted = [outdir / f"{p.stem}.{fmt}" for p in paths]
    missing = [c.name for c in converted if not c.exists()]
    assert result.returncode == 0 and not missing, f"{missing}: {result.stderr}{result.stdout}"
    return converted


def odt_annotations(odt: Path) -> list[tuple[str, str]]:
    """(author, anchored text) of each comment as LibreOffice read it from the .docx."""
    with zipfile.ZipFile(odt) as z:
        root = etree.fromstring(z.read("content.xml"))
    anchored: dict[str, list[str]] = {}
    authors: dict[str, str] = {}
    open_names: list[str] = []
    first_paragraph = True

    def add(text: str | None) -> None:
        for name in open_names:
            anchored[name].append(text or "")

    def walk(e: etree._Element) -> None:
        nonlocal first_paragraph
        if e.tag == f"{OFFICE}annotation":
            name = e.get(f"{OFFICE}name")
            anchored[name] = []
            authors[name] = e.findtext(f"{DC}creator") or ""
            open_names.append(name)
            return
        if e.tag == f"{OFFICE}annotation-end":
            open_names.remove(e.get(f"{OFFICE}name"))
            return
        if e.tag in (f"{TEXT}p", f"{TEXT}h"):
            if not first_paragraph:
                add("\n")
            first_paragraph = False
        if e.tag == f"{TEXT}tab":
            add("\t")
        elif e.tag == f"{TEXT}s":
            add(" " * int(e.get(f"{TEXT}c", "1")))
        add(e.text)
        for child in e:
            walk(child)
            add(child.tail)

    walk(root.find(f"{OFFICE}body"))
    for name in open_names:  # a comment on no visible text becomes a point comment
        anchored[name] = []
    return [(authors[n], "".join(t)) for n, t in anchored.items()]


# -- small helpers of the writer itself ----------------------------------------------------

def test_text_that_xml_cannot_hold_is_replaced_visibly_not_dropped() -> None:
    assert xml_text("a\x0bb\x00c\td\ne") == "a\ufffdb\ufffdc\td\ne"


def test_comment_initials_come_from_the_coder_name() -> None:
    assert initials("Mathias Schmitt") == "MS"
    assert initials("anna") == "A"
    assert initials("  ") == "?"


def test_control_characters_in_titles_names_and_texts_break_no_export(tmp_path: Path) -> None:
    from qda_app.exporters.docx_codebook import export_codebook
    from qda_app.exporters.docx_transcript import export_transcript
    from qda_app.exporters.matrix import export_matrix
    from qda_app.exporters.options import ExportOptions
    from qda_app.exporters.segments import export_segments

    with Project.create(tmp_path / "x.qda", title="Titel\x0bmit Steuerzeichen") as p:
        p.add_document("Dok\x0cument", "Text\x0bmit = Steuer\x07zeichen")
        p.add_code("Code")
        p.add_coding("Dok\x0cument", "Code", 0, 10, coder="Anna\x01", memo="Memo\x02")
        written = [export_codebook(p, tmp_path / "c.docx", ExportOptions(examples=1)),
                   export_transcript(p, tmp_path / "t.docx",
                                     ExportOptions(document="Dok\x0cument")),
                   *(export_segments(p, tmp_path / f"s{s}") for s in (".docx", ".xlsx", ".csv")),
                   export_matrix(p, tmp_path / "m.xlsx")]
    assert all(path.stat().st_size > 0 for path in written)
    assert "Text\ufffdmit" in "".join(t for _, t in paragraphs(tmp_path / "t.docx"))


def test_exported_files_get_the_usual_permissions(tmp_path) -> None:
    """An export must be readable like any saved file (mkstemp, used once, made private ones)."""
    import os

    from qda_app.files import atomic_output

    target = tmp_path / "out.csv"
    with atomic_output(target) as tmp:
        tmp.write_text("a;b\n")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("kind", ["codebook", "transcript", "matrix", "qdc", "qdpx"])
def test_a_cancel_after_the_file_is_written_is_not_reported_as_nothing_written(
        sample, tmp_path, kind) -> None:
    """The last progress call comes after the rename: its answer cannot undo the file."""
    from qda_app.exporters.options import ExportOptions
    from qda_app.exporters.registry import exporter_for

    calls: list[tuple[int, int]] = []

    def cancel_at_the_end(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total  # "Cancel" pressed just as the export finishes

    target = tmp_path / {"codebook": "c.docx", "transcript": "t.docx", "matrix": "m.xlsx",
                         "qdc": "c.qdc", "qdpx": "p.qdpx"}[kind]
    options = ExportOptions(progress=cancel_at_the_end, document=sample.documents()[0].name)
    exporter_for(kind).run(sample, target, options)  # no ExportCancelled: the file is complete
    assert target.exists() and target.stat().st_size > 0
    assert calls[-1][0] == calls[-1][1]
