"""Hundreds of damaged ``.pdf``, ``.rtf`` and ``.odt`` files: each one is read, or refused
with one line (a ``QdaError``); nothing else may come out of an importer.

The damage is drawn from fixed seeds (see :mod:`tests.mutations`), so a failure names
a file that the next run makes again. The bases are the LibreOffice conversions and
the hand-written f4transkript files in ``data/sources/`` and small PDFs built by hand
(uncompressed, so that damage lands in the text operators and not only in zlib data).
"""

from __future__ import annotations

from pathlib import Path

from .mutations import Mutator, SourceMutator, read_damaged
from .pdf_crafting import one_page, text_page

SOURCES = Path(__file__).parent / "data" / "sources"

_PDF_TOKENS = (b"BT", b"ET", b"Tj", b"TJ", b"Td", b"Tm", b"T*", b"cm", b"Tf", b"q", b"Q",
               b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"R", b"<<", b">>",
               b"/FlateDecode", b"/LZWDecode", b"/ASCII85Decode", b"/DCTDecode",
               b"/JBIG2Decode", b"/RunLengthDecode", b"/Encrypt 1 0 R", b"/Rotate 90",
               b"(\\377\\376)", b"<FEFF00E4>", b"/F1 1e9 Tf", b"[1e308 0 0 1e308 0 0] cm",
               b"/Type /Font /Subtype /Type0", b"/ToUnicode 1 0 R", b"/Kids [2 0 R]")
_RTF_TOKENS = (b"\\par", b"\\cell", b"\\row", b"\\tab", b"\\line", b"\\u-99999?", b"\\u65535?",
               b"\\u55357?", b"\\'zz", b"\\'e4", b"\\bin9999", b"\\uc0", b"\\uc9", b"{\\*",
               b"\\ansicpg1251", b"\\ansicpg99", b"\\fcharset128", b"\\fcharset78", b"\\f99",
               b"{\\fonttbl{\\f0\\fcharset238 X;}}", b"{\\pict\\bin4 ab}", b"}", b"{", b"\\",
               b'{\\field{\\*\\fldinst{HYPERLINK "x"}}{\\fldrslt{Link}}}', b"\\~", b"\\-")


def pdf_bases() -> list[bytes]:
    rotated = one_page(b"q 0 1 -1 0 595 0 cm BT /F1 11 Tf 72 500 Td 13 TL "
                       b"(UK) Tj 100 0 Td (Erste Zeile) Tj T* (zweite) Tj ET Q")
    return [(SOURCES / "protocol.pdf").read_bytes(), rotated,
            text_page("I: Wie kommen Sie zur Arbeit?", "B: Mit dem Bus, über die Brücke.",
                      "Verkehrsverbindun-", "gen sind schlecht.")]


def test_damaged_pdf_files(tmp_path: Path) -> None:
    mutator = SourceMutator(seed=10, tokens=_PDF_TOKENS, opener=b"[", closer=b"]",
                            ending=b"%%EOF")
    read_damaged(tmp_path, mutator, pdf_bases(), 240, ".pdf")


def test_damaged_rtf_files(tmp_path: Path) -> None:
    bases = [(SOURCES / name).read_bytes()
             for name in ("f4-interview.rtf", "f4-group.rtf", "protocol.rtf")]
    mutator = SourceMutator(seed=10, tokens=_RTF_TOKENS, opener=b"{", closer=b"}")
    read_damaged(tmp_path, mutator, bases, 240, ".rtf")


def test_damaged_odt_files(tmp_path: Path) -> None:
    bases = [(SOURCES / name).read_bytes() for name in ("protocol.odt", "interview.odt")]
    mutator = Mutator(seed=10, main=lambda name: name == "content.xml",
                      nest=(rb"text:p", rb"text:list", rb"table:table"))
    read_damaged(tmp_path, mutator, bases, 160, ".odt")
