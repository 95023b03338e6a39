"""Zip archives as an attacker or a broken tool makes them, built in milliseconds.

:mod:`zipfile` writes only honest archives; these helpers patch the headers of one
it wrote (flags, method, sizes, CRC) and build a real zip bomb without compressing
hundreds of megabytes: deflate blocks of zeros that end with a full flush are
identical, so one compressed megabyte repeated is the stream of many.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MB = 1024 * 1024
_LOCAL, _CENTRAL = b"PK\x03\x04", b"PK\x01\x02"
# byte offsets of (flags, method, crc, compressed size, size) in each kind of header
_FIELDS = {_LOCAL: (6, 8, 14, 18, 22), _CENTRAL: (8, 10, 16, 20, 24)}
_NAME = {_LOCAL: (26, 30), _CENTRAL: (28, 46)}  # (offset of the name's length, of the name)


def build_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def patch_member(data: bytes, name: str, *, flags: int | None = None,
                 method: int | None = None, crc: int | None = None,
                 compressed_size: int | None = None, size: int | None = None) -> bytes:
    """``data`` with fields of ``name``'s local and central headers rewritten."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, (f_flags, f_method, f_crc, f_csize, f_size) in _FIELDS.items():
        length_at, name_at = _NAME[signature]
        pos = out.find(signature)
        while pos >= 0:
            (name_len,) = struct.unpack_from("<H", out, pos + length_at)
            if bytes(out[pos + name_at:pos + name_at + name_len]) == encoded:
                for offset, fmt, value in ((f_flags, "<H", flags), (f_method, "<H", method),
                                           (f_crc, "<I", crc), (f_csize, "<I", compressed_size),
                                           (f_size, "<I", size)):
                    if value is not None:
                        struct.pack_into(fmt, out, pos + offset, value)
            pos = out.find(signature, pos + 4)
    return bytes(out)


def zeros_bomb(megabytes: int, declared: int | None = None) -> tuple[bytes, int, int]:
    """A raw deflate stream that inflates to ``megabytes`` MB of zeros.

    Returns ``(stream, crc, size)``, size as ``declared`` (a lying header) or true.
    """
    chunk = bytes(MB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = block * megabytes + compressor.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return stream, crc, megabytes * MB if declared is None else declared


def with_raw_deflate(members: dict[str, bytes], name: str, stream: bytes, crc: int,
                     size: int) -> bytes:
    """A zip of ``members`` plus ``name`` holding an already compressed deflate ``stream``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members.items():
            zf.writestr(member, data)
        zf.writestr(name, stream, compress_type=zipfile.ZIP_STORED)
    return patch_member(out.getvalue(), name, method=zipfile.ZIP_DEFLATED, crc=crc, size=size)
