"""The long parts of a Word file (the body, the comments) kept as they are written, not as a tree.

python-docx holds a document as one lxml tree and serialises it whole on
saving. An export of 100,000 excerpts is a few million elements: more than a
gigabyte as a tree, and the serialised copy on top (issue 9). Here the
exporter's elements wait in a small batch; each full batch is serialised
and deflated at once, so a part costs about a tenth of its XML in memory
(some 100 bytes per excerpt), and the elements are freed. On saving,
python-docx writes the package (styles, settings, relationships) around an
empty body, and the spooled XML is poured into its place in the zip.

A marker comment stands where the streamed elements go, so the split needs
no parsing: ``<`` in any text is escaped, so the marker cannot be confused
with content.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from docx.document import Document as DocxDocument
from lxml import etree

BATCH = 200
"""Elements serialised at a time: enough to be quick, few enough to stay small."""


class StreamedPart:
    """The children of one element (``w:body``, ``w:comments``) in the order they are added.

    An element handed to :meth:`append` may still be filled in until the next
    one is appended; from then on it is final (it may already be written).
    """

    def __init__(self, parent: Any, before: Any = None) -> None:
        self._marker = etree.Comment(f" kodierwerk: {etree.QName(parent).localname} ")
        if before is None:
            parent.append(self._marker)
        else:
            before.addprevious(self._marker)
        self._batch = etree.Element(parent.tag, nsmap=parent.nsmap)
        self._held = 0  # len(self._batch), which lxml would count child by child
        self._deflate = zlib.compressobj(1)
        self._chunks: list[bytes] = []
        self.size = 0
        """Bytes of XML written so far."""

    def append(self, element: Any) -> None:
        if self._held >= BATCH:
            self.flush()
        self._batch.append(element)
        self._held += 1

    def flush(self) -> None:
        """Serialise the batch inside its parent's start tag (so the namespaces are
        declared once there, as in the whole document), keep what is between the tags."""
        if self._held:
            xml = etree.tostring(self._batch, encoding="UTF-8")
            inner = xml[xml.index(b">") + 1:xml.rindex(b"</")]
            self._chunks.append(self._deflate.compress(inner))
            self.size += len(inner)
            self._batch.clear()
            self._held = 0
        # a sync point: everything so far can be inflated, and writing may go on after a save
        self._chunks.append(self._deflate.flush(zlib.Z_SYNC_FLUSH))

    def pour(self, shell: bytes, out: IO[bytes]) -> None:
        """Write the part as python-docx serialised it (``shell``) with the elements written
        up to the last :meth:`flush` in place."""
        head, tail = shell.split(etree.tostring(self._marker), 1)
        out.write(head)
        inflate = zlib.decompressobj()
        for chunk in self._chunks:
            out.write(inflate.decompress(chunk))
        out.write(tail)


def save_package(doc: DocxDocument, parts: Mapping[str, StreamedPart], path: Path) -> None:
    """Write ``doc`` to ``path`` with each streamed part (by zip member name) poured in.

    The members keep python-docx's order, names and compression.
    """
    shell = io.BytesIO()
    doc.save(shell)
    with zipfile.ZipFile(shell) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            part = parts.get(info.filename)
            if part is None:
                target.writestr(info, data)
                continue
            part.flush()
            info.file_size = len(data) + part.size  # zipfile switches to Zip64 when it must
            with target.open(info, "w") as member:
                part.pour(data, member)
