"""PDF files as a broken or hostile tool writes them, built by hand in microseconds.

:func:`build_pdf` writes objects with a correct cross-reference table, so that what
is wrong with a file is only what a test put into it.
"""

from __future__ import annotations

import zlib


def build_pdf(objects: list[bytes], trailer: bytes = b"", version: str = "1.7") -> bytes:
    """A PDF ``version`` of ``objects`` (numbered from 1; object 1 must be the catalog),
    with ``trailer`` added to its trailer dictionary."""
    out = bytearray(f"%PDF-{version}\n".encode())
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer
    out += f">>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", deflate: bool = False) -> bytes:
    if deflate:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def one_page(content: bytes, deflate: bool = False, resources: bytes = b"") -> bytes:
    """A one-page PDF whose page draws ``content`` (with Helvetica as /F1)."""
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> " + resources + b">> >>",
        stream(content, deflate=deflate),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def text_page(*lines: str) -> bytes:
    """A one-page PDF with ``lines`` of 12 pt Helvetica, 14 pt apart."""
    ops = [b"BT /F1 12 Tf 72 770 Td 14 TL"]
    for line in lines:
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
        ops.append(b"(" + escaped.replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    return one_page(b"\n".join(ops))
