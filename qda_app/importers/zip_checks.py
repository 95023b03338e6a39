"""Reading zip archives from strangers (``.docx``, ``.qdpx``) without being blown up.

A zip's directory says what each member holds before anything is unpacked, so
encrypted members, compression we cannot read and zip bombs are refused from it,
in one line that names the member. A bomb is an archive that unpacks to more than
ten times its own size *and* to more than 200 MB (real projects are text that
compresses three to five times; 200 MB is far more text than any study has).

Only ``store`` and ``deflate`` are accepted: they are what Word, every QDA tool and
every desktop zip program write, and the only methods :mod:`zipfile` unpacks in
bounded steps (it inflates a whole bzip2 or LZMA chunk at once: 178 bytes of bzip2
can become 200 MB before anything could stop it). :class:`ZipReader` then reads
members in chunks against the same budget, so a directory that lies about sizes,
or a file that points at one member many times, cannot get past the limit either.
"""

from __future__ import annotations

import zipfile
import zlib

from ..errors import ImportFormatError

MAX_RATIO = 10
"""An archive may unpack to this many times its size..."""
MAX_UNPACKED = 200_000_000
"""...or to this many bytes, whichever is more."""
_READABLE = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_METHODS = {1: "Shrink", 6: "Implode", 9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard",
            95: "xz", 97: "WavPack", 98: "PPMd"}
_CHUNK = 1024 * 1024

UNREADABLE_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                  ValueError, OSError)
"""What :mod:`zipfile` raises for a damaged archive or member: a cut-off or altered
stream (``zlib.error``, ``EOFError``, a bad CRC), a version or method it does not
know (``NotImplementedError``), a password it wants (``RuntimeError``)."""


def unpack_limit(archive_size: int) -> int:
    """How many bytes an archive of ``archive_size`` bytes may unpack to."""
    return max(MAX_RATIO * archive_size, MAX_UNPACKED)


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB"


def check_directory(zf: zipfile.ZipFile, archive_size: int, name: str) -> None:
    """Refuse an archive with an encrypted or unreadably compressed member, or a bomb.

    Decided from the directory alone, before a byte is unpacked.
    """
    total = 0
    for info in zf.infolist():
        if info.flag_bits & 0x1:
            raise ImportFormatError(
                f"{name}: {info.filename} is encrypted (password-protected), which Kodierwerk "
                "cannot read; nothing imported")
        if info.compress_type not in _READABLE:
            method = _METHODS.get(info.compress_type, f"method {info.compress_type}")
            raise ImportFormatError(
                f"{name}: {info.filename} is compressed with {method}, which Kodierwerk cannot "
                "read (pack it again as an ordinary zip); nothing imported")
        total += info.file_size
    if total > unpack_limit(archive_size):
        raise ImportFormatError(
            f"{name} would unpack to {_megabytes(total)} from {_megabytes(archive_size)}, "
            f"more than {MAX_RATIO} times its size: refused as a possible zip bomb; "
            "nothing imported")


class ZipReader:
    """Members of a checked archive, read in chunks against one budget for the whole file."""

    def __init__(self, zf: zipfile.ZipFile, archive_size: int, name: str) -> None:
        check_directory(zf, archive_size, name)
        self.zf, self.name = zf, name
        self.limit = self.left = unpack_limit(archive_size)

    def read(self, member: str) -> bytes:
        """The bytes of ``member``; a damaged member or a spent budget is one line."""
        chunks: list[bytes] = []
        try:
            with self.zf.open(member) as fh:
                while chunk := fh.read(_CHUNK):
                    self.left -= len(chunk)
                    if self.left < 0:
                        raise ImportFormatError(
                            f"{self.name} unpacks to more than {_megabytes(self.limit)} "
                            f"(at {member}): refused as a possible zip bomb; nothing imported")
                    chunks.append(chunk)
        except (*UNREADABLE_ZIP, KeyError) as exc:
            raise ImportFormatError(
                f"{self.name} is damaged: cannot read {member} ({reason(exc)}); "
                "nothing imported") from None
        return b"".join(chunks)


def reason(exc: BaseException) -> str:
    """The first line of an exception's message, short enough for a one-line error."""
    text = " ".join(str(exc).split())  # libxml2 ends some messages in a newline
    return text[:160] if text else type(exc).__name__
