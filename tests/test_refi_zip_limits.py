""".qdpx archives that would blow up, or that we cannot unpack: one line, nothing written.

The bombs are real (they unpack to hundreds of megabytes of zeros) but are built in a
tenth of a second by :mod:`tests.zip_crafting`; the refusals are shown to be quick by
counting the bytes :mod:`zipfile` unpacked, not by timing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qda_app.errors import ImportFormatError
from qda_app.refi import import_qdpx, read_qdpx

from .zip_crafting import MB, build_zip, patch_member, with_raw_deflate, zeros_bomb

GUID = "11111111-2222-3333-4444-555555555555"
QDE = (b'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
       b'name="p"><Sources><TextSource guid="' + GUID.encode() + b'" name="t" '
       b'plainTextPath="internal://a.txt"/></Sources></Project>')


@pytest.fixture
def unpacked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of every chunk zipfile unpacks during the test."""
    sizes: list[int] = []
    real_read = zipfile.ZipExtFile.read

    def counting_read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = real_read(self, n)
        sizes.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    return sizes


def refused(source: Path, target: Path) -> str:
    """The one line ``import_qdpx`` refuses ``source`` with; asserts nothing was written."""
    before = sorted(source.parent.iterdir())
    with pytest.raises(ImportFormatError) as info:
        import_qdpx(source, target)
    assert "\n" not in str(info.value)
    assert sorted(source.parent.iterdir()) == before  # no project, no temporary file
    return str(info.value)


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_is_unpacked(
        tmp_path: Path, unpacked: list[int]) -> None:
    stream, crc, size = zeros_bomb(300)
    source = tmp_path / "bomb.qdpx"
    source.write_bytes(with_raw_deflate({"project.qde": QDE}, "sources/a.txt", stream, crc,
                                        size))
    assert source.stat().st_size < MB  # 0.3 MB that would become 300 MB
    line = refused(source, tmp_path / "new.qda")
    assert "bomb.qdpx would unpack to 314.6 MB from 0.3 MB" in line
    assert "possible zip bomb" in line
    assert sum(unpacked) == 0  # decided from the directory: not even the .qde was read


def test_an_archive_that_lies_about_its_sizes_is_unpacked_no_further_than_it_said(
        tmp_path: Path, unpacked: list[int]) -> None:
    stream, crc, size = zeros_bomb(300, declared=1000)
    source = tmp_path / "liar.qdpx"
    source.write_bytes(with_raw_deflate({"project.qde": QDE}, "sources/a.txt", stream, crc,
                                        size))
    line = refused(source, tmp_path / "new.qda")
    assert line.startswith("liar.qdpx is damaged: cannot read sources/a.txt")
    assert sum(unpacked) < MB


def test_one_member_read_again_and_again_cannot_get_past_the_limit(
        tmp_path: Path, unpacked: list[int]) -> None:
    """A small archive whose 60 sources all point at one 4 MB text: 240 MB to unpack."""
    sources = "".join(
        f'<TextSource guid="{i:08d}-2222-3333-4444-555555555555" name="t{i}" '
        'plainTextPath="internal://a.txt"/>' for i in range(60))
    qde = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
           f'name="p"><Sources>{sources}</Sources></Project>').encode()
    source = tmp_path / "echo.qdpx"
    source.write_bytes(build_zip({"project.qde": qde, "sources/a.txt": b"a" * (4 * MB)}))
    line = refused(source, tmp_path / "new.qda")
    assert "echo.qdpx unpacks to more than 200.0 MB (at sources/a.txt)" in line
    assert sum(unpacked) < 202_000_000


def test_a_big_archive_may_unpack_to_ten_times_its_size(tmp_path: Path) -> None:
    """The limit is 200 MB *or* ten times the archive: big real projects still come in.
    (Checked at a small scale: a 0.2 MB text that compresses badly is not a bomb.)"""
    text = bytes(range(32, 127)) * 2500
    source = tmp_path / "ok.qdpx"
    source.write_bytes(build_zip({"project.qde": QDE, "sources/a.txt": text}))
    exchange, _ = read_qdpx(source)
    assert exchange.documents[0].text == text.decode()


@pytest.mark.parametrize(("flags", "method", "what"), [
    (0x1, None, "is encrypted (password-protected)"),
    (0x41, None, "is encrypted (password-protected)"),  # strong encryption
    (None, 9, "is compressed with Deflate64"),
    (None, zipfile.ZIP_BZIP2, "is compressed with bzip2"),
    (None, zipfile.ZIP_LZMA, "is compressed with LZMA"),
    (None, 98, "is compressed with PPMd"),
])
def test_members_we_cannot_unpack_are_named_in_one_line(
        tmp_path: Path, flags: int | None, method: int | None, what: str) -> None:
    data = build_zip({"project.qde": QDE, "sources/a.txt": b"Hallo Welt"})
    source = tmp_path / "odd.qdpx"
    source.write_bytes(patch_member(data, "sources/a.txt", flags=flags, method=method))
    line = refused(source, tmp_path / "new.qda")
    assert line.startswith(f"odd.qdpx: sources/a.txt {what}")


def test_a_cut_compressed_stream_is_damage_not_a_zlib_error(tmp_path: Path) -> None:
    """zlib.error escaped from here before: the deflate data of a member was altered."""
    data = bytearray(build_zip({"project.qde": QDE, "sources/a.txt": b"Hallo Welt " * 500}))
    start = bytes(data).find(b"sources/a.txt") + len("sources/a.txt")  # its data follows
    data[start:start + 40] = bytes(40)
    source = tmp_path / "bent.qdpx"
    source.write_bytes(bytes(data))
    line = refused(source, tmp_path / "new.qda")
    assert line.startswith("bent.qdpx is damaged: cannot read sources/a.txt")
