"""Damaged Word files: every one is one line ("… is damaged and cannot be read"), nothing imported.

Each case is a way a ``.docx`` really breaks (a cut download, a bit flipped on a USB
stick, a tool that writes its own XML) and, before, let a raw exception through:
lxml's ``XMLSyntaxError``, ``zlib.error``, ``AttributeError`` from python-docx,
``InvalidXmlError``, ``RuntimeError`` for encryption, ``NotImplementedError``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest

from qda_app import Project
from qda_app.errors import ImportFormatError
from qda_app.importers import import_file

from .zip_crafting import MB, build_zip, patch_member, with_raw_deflate, zeros_bomb

Members = dict[str, bytes]


def word_members() -> Members:
    d = docx.Document()
    d.add_paragraph("Rufbus einführen", style="List Bullet")
    d.add_paragraph("Ende des Protokolls.")
    out = io.BytesIO()
    d.save(out)
    with zipfile.ZipFile(out) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def with_member(name: str, change: Callable[[bytes], bytes]) -> Callable[[Members], bytes]:
    return lambda members: build_zip({**members, name: change(members[name])})


def without(name: str) -> Callable[[Members], bytes]:
    return lambda members: build_zip({k: v for k, v in members.items() if k != name})


def bent_stream(members: Members) -> bytes:
    """The compressed bytes of the document part overwritten (a flipped block on disk)."""
    data = bytearray(build_zip(members))
    start = bytes(data).find(b"word/document.xml") + len("word/document.xml")
    data[start:start + 40] = bytes(40)
    return bytes(data)


def patched(**fields: int) -> Callable[[Members], bytes]:
    return lambda members: patch_member(build_zip(members), "word/document.xml", **fields)


DAMAGE = {
    "broken XML": with_member("word/document.xml", lambda x: x[: len(x) // 2]),
    "bent compressed stream": bent_stream,
    "no document part": without("word/document.xml"),
    "relationships with a foreign root": with_member(
        "word/_rels/document.xml.rels", lambda x: x.replace(b"<Relationships", b"<Rel", 1)
        .replace(b"</Relationships>", b"</Rel>")),
    "a list level that is no number": with_member(
        "word/document.xml", lambda x: x.replace(
            b'<w:pStyle w:val="ListBullet"/>',
            b'<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="eins"/></w:numPr>')),
    "encrypted": patched(flags=0x1),
    "deflate64": patched(method=9),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_word_file_is_one_line_and_imports_nothing(
        project: Project, tmp_path: Path, damage: str) -> None:
    path = tmp_path / "protokoll.docx"
    path.write_bytes(DAMAGE[damage](word_members()))
    with pytest.raises(ImportFormatError) as info:
        import_file(project, path)
    line = str(info.value)
    assert "\n" not in line
    assert line.endswith("; nothing imported")
    assert line.startswith(("protokoll.docx is damaged and cannot be read (",
                            "protokoll.docx: word/document.xml is "))
    assert project.documents() == []


def test_a_renamed_excel_file_is_named_for_what_it_is(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "tabelle.docx"
    openpyxl.Workbook().save(path)
    with pytest.raises(ImportFormatError) as info:
        import_file(project, path)
    assert str(info.value) == ("tabelle.docx is not a Word document (.docx): it is an Excel "
                               "workbook; nothing imported")


def test_a_huge_list_level_is_cut_to_words_deepest(project: Project, tmp_path: Path) -> None:
    """``w:ilvl="99999999"`` asked for 200 MB of indentation per line before."""
    path = tmp_path / "tief.docx"
    path.write_bytes(with_member("word/document.xml", lambda x: x.replace(
        b'<w:pStyle w:val="ListBullet"/>',
        b'<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="99999999"/>'
        b'<w:numId w:val="1"/></w:numPr>'))(word_members()))
    assert import_file(project, path).text.startswith(" " * 16 + "• Rufbus einführen\n")


def test_a_word_file_that_would_unpack_to_300_mb_is_refused_unread(
        project: Project, tmp_path: Path) -> None:
    """python-docx unpacks every part into memory at once; the directory is checked first."""
    stream, crc, size = zeros_bomb(300)
    path = tmp_path / "bombe.docx"
    path.write_bytes(with_raw_deflate(word_members(), "word/media/image1.png", stream, crc,
                                      size))
    assert path.stat().st_size < MB
    with pytest.raises(ImportFormatError, match=r"bombe\.docx would unpack to 3\d\d\.\d MB"):
        import_file(project, path)
    assert project.documents() == []
