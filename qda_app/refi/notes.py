"""REFI-QDA notes: read once, handed out to whatever points at them with ``NoteRef``.

A note can be the memo of the project, a source, a code or a coding; a
note that nothing we import points at becomes a project memo, so no text a
researcher wrote is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .archive import Archive, decode_text
from .model import MemoEntry
from .report import ImportReport
from .values import derived_guid, norm_guid
from .xmlio import description_text


@dataclass(frozen=True)
class Note:
    guid: str
    title: str
    text: str


def join_texts(*parts: str) -> str:
    """The non-empty ``parts``, each once, a blank line between them.

    Each once: a comment can come twice, as the ``Description`` of its selection
    and as a ``Note`` the selection points at (we write both, for the tools that
    read one or the other), and must not come back doubled.
    """
    kept = dict.fromkeys(p for p in (part.strip() for part in parts) if p)
    return "\n\n".join(kept)


class Notes:
    def __init__(self, root: etree._Element, archive: Archive, report: ImportReport) -> None:
        self._notes: dict[str, Note] = {}
        self._uses: dict[str, int] = {}
        for el in root.findall("Notes/Note"):
            guid = norm_guid(el.get("guid") or derived_guid(str(len(self._notes)), "note"))
            content = description_text(el, "PlainTextContent")
            member = archive.resolve(el.get("plainTextPath"))
            if not content and member is not None:
                content = decode_text(archive.read(member))[0]
                content = content.replace("\r\n", "\n").replace("\r", "\n")
            text = join_texts(description_text(el), content)
            self._notes[guid] = Note(guid, (el.get("name") or "").strip(), text)
        self._report = report

    def refs(self, el: etree._Element) -> list[Note]:
        """The notes ``el`` points at; a note used a second time gets a GUID of its own."""
        found = []
        for ref in el.findall("NoteRef"):
            guid = norm_guid(ref.get("targetGUID") or "")
            note = self._notes.get(guid)
            if note is None:
                self._report.tally("ignored", "reference", " to a note that is not in the file")
                continue
            uses = self._uses.get(guid, 0)
            self._uses[guid] = uses + 1
            if uses:
                note = Note(derived_guid(f"{guid}:{uses}", "note-copy"), note.title, note.text)
            found.append(note)
        return found

    def memos(self, el: etree._Element, document: str | None = None,
              code: str | None = None) -> list[MemoEntry]:
        """The notes ``el`` points at, as memos on ``document`` or ``code``."""
        return [MemoEntry(n.guid, n.title, n.text, document, code) for n in self.refs(el)]

    def unused(self) -> list[MemoEntry]:
        """Notes nothing imported points at: kept as project memos."""
        return [MemoEntry(n.guid, n.title, n.text) for guid, n in self._notes.items()
                if guid not in self._uses]
