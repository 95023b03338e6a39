"""Writes the source files the PDF, RTF and ODT import tests read (run once; commit the output).

    .venv/bin/python tests/data/sources/make_sources.py

Needs LibreOffice (``soffice``) and poppler (``pdftoppm``). Each document is built
once with python-docx, the way a researcher writes it in Word, and LibreOffice
turns it into what the team receives: ``.pdf`` ("export as PDF"), ``.odt`` and
``.rtf``. The ``f4-*.rtf`` files are written by hand in the style of f4transkript's
RTF export (``{\\rtf1\\ansi\\ansicpg1252 …}``, ``\\par``, ``\\tab``, ``\\'fc``).
The odd PDFs (scanned, encrypted) are made from the others with pypdf.

What is in them:

* ``interview.*`` - a two-column German interview: a running header and a footer
  with the page number, a heading, ``I:``/``B:`` turns over two pages, words with
  soft hyphens (so that some lines end hyphenated), a table, bullets, umlauts,
  ``ß``, quotes „…“, ``€``, ``½`` and an ``ﬁ`` ligature.
* ``protocol.*`` - a workshop protocol: an initials table (``UK`` | statement), a
  name line over bullets, an ``(anonymisiert)`` speaker.
* ``scanned.pdf`` - page 1 of ``interview.pdf`` as a picture: no text layer.
* ``locked-user.pdf`` (password ``geheim`` to open, AES-256) and ``locked-owner.pdf``
  (no password to open, only an owner password against copying, RC4-128).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # for tests.pdf_crafting
from tests.pdf_crafting import build_pdf

HERE = Path(__file__).resolve().parent
SHY = "\u00ad"

ANSWER = (
    "Also, wir wohnen ja ziemlich ab vom Schuss, und der Bus fährt morgens um sechs und dann "
    f"erst wieder mittags. Ohne Auto geht hier gar nichts. Meine Toch{SHY}ter macht jetzt "
    f"eine Aus{SHY}bil{SHY}dung in der Stadt und muss jeden Tag mit dem Zug fahren, das sind "
    f"fast zwei Stunden. Die Ver{SHY}kehrs{SHY}ver{SHY}bin{SHY}dun{SHY}gen sind schlecht, "
    f"die Fahr{SHY}plan{SHY}ge{SHY}stal{SHY}tung ist eine Zu{SHY}mu{SHY}tung. "
)


def _field(paragraph: docx.text.paragraph.Paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for tag, value in (("begin", None), (None, instruction), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = value
        run._r.append(el)


def interview() -> docx.document.Document:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    section.header.paragraphs[0].text = "Projekt Mobilität – Interview 3 (anonymisiert)"
    footer = section.footer.paragraphs[0]
    footer.text = "Seite "
    _field(footer, "PAGE")
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "720")
    section._sectPr.append(cols)
    d.add_heading("Interview 3: Mobilität auf dem Land", level=1)
    d.add_paragraph("Datum: 12.03.2024, Ort: Gemeindehaus. Die Befragte ist 47 Jahre alt "
                    "und pendelt täglich; Auflagen und Pflichten waren ein ﬁnales Thema.")
    for i in range(1, 6):
        d.add_paragraph(f"I: Frage {i}: Wie kommen Sie und Ihre Familie zur Arbeit, zur "
                        "Schule und zum Einkaufen?")
        d.add_paragraph(f"B: {ANSWER * 2}Das war Punkt {i}.")
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, cells in enumerate((("Verkehrsmittel", "Nennungen"), ("Bus", "12"),
                                 ("Fahrrad/Pedelec", "7"))):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    d.add_paragraph("Rufbus einführen", style="List Bullet")
    d.add_paragraph("Mitfahrbörse gründen", style="List Bullet")
    d.add_paragraph("Ende: Straße, Größe, Ärger, „Anführungszeichen“ – 5 € ½.")
    return d


def protocol() -> docx.document.Document:
    d = docx.Document()
    d.add_paragraph("Protokoll Workshop Mobilität, 4. Mai 2024")
    table = d.add_table(rows=3, cols=2)
    for row, (who, said) in enumerate((
            ("UK", "Busse fahren nur zweimal am Tag, und am Wochenende gar nicht."),
            ("BT", "Ohne Führerschein gibt es keine Ausbildungsstelle im Landkreis."),
            ("SK", "Der Rufbus muss einen Tag vorher bestellt werden."))):
        table.cell(row, 0).text, table.cell(row, 1).text = who, said
    d.add_paragraph("Mathias Schmitt:")
    d.add_paragraph("Mitfahrbörse über die Gemeinde", style="List Bullet")
    d.add_paragraph("Rufbus auch am Wochenende", style="List Bullet")
    d.add_paragraph("WH (anonymisiert):")
    d.add_paragraph("Das Deutschlandticket hilft nur, wenn ein Bus fährt.")
    return d


F4_INTERVIEW = (
    r"{\rtf1\ansi\ansicpg1252\deff0\deflang1031{\fonttbl{\f0\fswiss\fcharset0 Arial;}}"
    "\r\n"
    r"{\*\generator f4transkript;}\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs22"
    "\r\n"
    r"I: Wie sind Sie heute hergekommen? #00:00:04-2#\par"
    "\r\n"
    r"B: Mit dem Fahrrad, \'fcber die Br\'fccke. Das dauert f\'fcnf Minuten. #00:00:09-8#\par"
    "\r\n"
    r"I: Und im Winter? #00:00:12-0#\par"
    "\r\n"
    r"B: Dann gro\'dfe Probleme, \'84ehrlich gesagt\'93.\line Der Bus f\'e4hrt selten."
    r" #00:00:20-5#\par"
    "\r\n"
    r"I:\tab Was w\'fcrde helfen? #00:00:24-1#\par"
    "\r\n"
    r"B:\tab Ein Rufbus, 5 \'80 pro Fahrt. #00:00:29-9#\par"
    "\r\n}"
)

F4_GROUP = (
    r"{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\fnil Times New Roman;}}"
    "\r\n"
    r"\pard\f0\fs24 Gruppendiskussion Jugendzentrum\par\par"
    "\r\n"
    r"B1: Ich finde, das \u220?ben im Verein ist wichtig. #00:01:02-5#\par"
    "\r\n"
    r"B2: Stimmt, aber die Halle ist zu. \u8222?Geschlossen\u8220? stand da. #00:01:09-0#\par"
    "\r\n"
    r"B3: {\b Wir} wollen einen Raum.\par"
    "\r\n"
    r"{\*\bkmkstart x}{\field{\*\fldinst HYPERLINK}{\fldrslt Link}}\par"
    "\r\n}"
)


def soffice(source: Path, kind: str, out_dir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", str(out_dir),
                    str(source)], check=True, capture_output=True, timeout=180)
    return out_dir / f"{source.stem}.{kind}"


def scanned(pdf: Path, work: Path) -> None:
    """Page 1 as a greyscale picture in a PDF of its own, as a scanner writes it."""
    subprocess.run(["pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", str(pdf),
                    str(work / "page")], check=True, timeout=60)
    pgm = next(work.glob("page*.pgm")).read_bytes()  # P5 <width> <height> 255 <pixels>
    magic, width, height, _depth, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5"
    image = zlib.compress(pixels)
    w, h = int(width), int(height)
    content = f"q {w * 72 // 50} 0 0 {h * 72 // 50} 0 0 cm /Im1 Do Q".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w * 72 // 50} {h * 72 // 50}] "
        "/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
        f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(image)} >>\nstream\n".encode()
        + image + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    (HERE / "scanned.pdf").write_bytes(build_pdf(objects, version="1.4"))


def locked(pdf: Path) -> None:
    for name, user, algorithm in (("locked-user.pdf", "geheim", "AES-256"),
                                  ("locked-owner.pdf", "", "RC4-128")):
        writer = PdfWriter(clone_from=PdfReader(pdf))
        writer.encrypt(user_password=user, owner_password="besitzer", algorithm=algorithm,
                       permissions_flag=0)
        with (HERE / name).open("wb") as fh:
            writer.write(fh)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, build in (("interview", interview), ("protocol", protocol)):
            source = work / f"{name}.docx"
            build().save(str(source))
            shutil.copy(source, HERE / source.name)
            for kind in ("pdf", "odt", "rtf"):
                shutil.copy(soffice(source, kind, work), HERE / f"{name}.{kind}")
        scanned(HERE / "interview.pdf", work)
        locked(HERE / "interview.pdf")
    (HERE / "f4-interview.rtf").write_bytes(F4_INTERVIEW.encode("cp1252"))
    (HERE / "f4-group.rtf").write_bytes(F4_GROUP.encode("ascii"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
