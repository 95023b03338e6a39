"""Reading a ``.qdpx`` zip the way real tools write it.

The spec says ``project.qde`` plus ``sources/``; NVivo for Windows writes
``Sources/``, ATLAS.ti 26 names the ``.qde`` after the project, and some zips
have everything inside one folder. So: any single ``.qde`` (at the root, or
else anywhere), and file names matched ignoring case.
"""

from __future__ import annotations

import codecs
import posixpath
import zipfile
from pathlib import Path

from ..errors import ImportFormatError
from ..importers.encoding import decode_exact
from ..importers.zip_checks import UNREADABLE_ZIP, ZipReader

INTERNAL = "internal://"


class Archive:
    """An open ``.qdpx``: its one ``.qde`` and the files its sources point to.

    Encrypted members, compression we cannot read and zip bombs are refused when it
    is opened (see :mod:`~qda_app.importers.zip_checks`).
    """

    def __init__(self, path: Path) -> None:
        self.name = path.name
        try:
            self._zip = zipfile.ZipFile(path)
            members = [i.filename for i in self._zip.infolist() if not i.is_dir()]
            size = path.stat().st_size
        except FileNotFoundError:
            raise ImportFormatError(f"{path}: no such file") from None
        except UNREADABLE_ZIP:
            raise ImportFormatError(f"{path.name} is not a REFI-QDA project (.qdpx): "
                                    f"{_what_instead(path)}") from None
        try:
            self._reader = ZipReader(self._zip, size, path.name)
            self.qde = self._find_qde(members)
        except ImportFormatError:
            self._zip.close()
            raise
        self._prefix = posixpath.dirname(self.qde)
        self._by_lower = {m.lower(): m for m in members}

    def _find_qde(self, members: list[str]) -> str:
        qdes = [m for m in members if m.lower().endswith(".qde")]
        top = [m for m in qdes if "/" not in m]
        found = top or qdes
        if len(found) != 1:
            what = "no .qde file" if not found else f"{len(found)} .qde files"
            raise ImportFormatError(
                f"{self.name} is not a REFI-QDA project (.qdpx): it contains {what}, "
                "expected exactly one"
            )
        return found[0]

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, member: str) -> bytes:
        return self._reader.read(member)

    def resolve(self, path: str | None) -> str | None:
        """The zip member an ``internal://`` path names; None if external or missing."""
        if not path or not path.lower().startswith(INTERNAL):
            return None
        relative = path[len(INTERNAL):].lstrip("/").lower()
        prefix = f"{self._prefix.lower()}/" if self._prefix else ""
        for candidate in (f"{prefix}sources/{relative}", f"{prefix}{relative}",
                          f"sources/{relative}", relative):
            if candidate in self._by_lower:
                return self._by_lower[candidate]
        return None


def _what_instead(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(512).lstrip(codecs.BOM_UTF8).lstrip()
    except OSError as exc:
        return f"cannot read it ({exc.strerror or exc})"
    if head.startswith(b"<") and b"CodeBook" in head:
        return "it is a codebook (.qdc); import it into a project as a codebook"
    if head.startswith(b"<"):
        return "it is an XML file, not a zip archive"
    if head.startswith(b"PK"):
        return "the zip archive is damaged"
    return "not a zip archive"


def decode_text(data: bytes) -> tuple[str, str | None]:
    """A source's text as stored, BOM removed, line breaks untouched (offsets count them).

    Returns the text and, when it was not UTF-8 as the spec demands, the
    encoding that was used instead. The encoding is chosen as for an imported
    transcript (so a German Windows file reads as Windows-1252, not cp1250);
    bytes that are no text at all are read as damaged UTF-8 rather than refused,
    so the rest of the project still comes in.
    """
    try:
        text, encoding = decode_exact(data, "source text")
    except ImportFormatError:
        return data.decode("utf-8", errors="replace"), "UTF-8 with damaged characters"
    if encoding in ("utf-8", "utf-8-sig"):
        return text, None
    return text, encoding.upper().replace("_", "-") if encoding.startswith("utf") else encoding
