"""Reading a whole ``.qdpx`` into an :class:`ExchangeProject`, writing nothing.

Read leniently: any ``urn:QDA-XML:*`` namespace, any single ``.qde``,
``Sources/`` or ``sources/``, GUIDs in either case with or without braces,
BOM and CRLF in source texts. What we cannot import is counted in the
report, one line per kind; only a file that is not a REFI-QDA project at
all is refused.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..files import Progress
from .archive import Archive
from .codebook import read_codes
from .document_variables import read_variables
from .model import ExchangeProject, MemoEntry, UserEntry, walk_codes
from .notes import Notes
from .offsets import counting_for
from .report import ImportReport, check_import_progress
from .sources import SourceReader
from .values import derived_guid, norm_guid
from .xmlio import description_text, parse_refi_xml

UNKNOWN_USER = "Unknown"
# Parts of the standard Kodierwerk has no place for: (container, element, what to call it).
OTHER_PARTS = (("Links", "Link", "link"), ("Graphs", "Graph", "graph"))


class Users:
    """The file's users as our coders: unique names, and a coder for every GUID used."""

    def __init__(self, root: etree._Element, report: ImportReport) -> None:
        self.report = report
        self.by_guid: dict[str, UserEntry] = {}
        self._names: set[str] = set()
        for el in root.findall("Users/User"):
            if el.get("guid"):
                self._add(norm_guid(el.get("guid") or ""), el.get("name") or "")
        fallback = root.get("creatingUserGUID")
        self.fallback = norm_guid(fallback) if fallback else None

    def _add(self, guid: str, name: str) -> UserEntry:
        if guid in self.by_guid:
            return self.by_guid[guid]
        base = " ".join(name.split()) or (f"User {guid[:8]}" if guid else UNKNOWN_USER)
        unique, n = base, 2
        while unique.casefold() in self._names:
            unique = f"{base} ({n})"
            n += 1
        if unique != base:
            self.report.tally("renamed", "user", " named like another", example=unique)
        self._names.add(unique.casefold())
        self.by_guid[guid] = UserEntry(guid, unique)
        return self.by_guid[guid]

    def user_for(self, raw: str | None) -> str:
        """The GUID of the coder of a coding whose ``creatingUser`` is ``raw``."""
        guid = norm_guid(raw) if raw else self.fallback
        if guid is None:
            self.report.tally("gave", "coding", f" without a user to the coder {UNKNOWN_USER!r}")
            guid = derived_guid("unknown", "user")
            return self._add(guid, UNKNOWN_USER).guid
        if guid not in self.by_guid:
            self.report.tally("added", "coder", " known to the file only by a GUID")
        return self._add(guid, "").guid


def read_qdpx(path: str | Path, progress: Progress | None = None
              ) -> tuple[ExchangeProject, ImportReport]:
    """Everything of a ``.qdpx`` that we import, and the report of what we do not."""
    path = Path(path)
    with Archive(path) as archive:
        root = parse_refi_xml(archive.read(archive.qde), path.name, "Project")
        check_import_progress(progress, 0, 1)
        return read_project(root, archive, progress)


def read_project(root: etree._Element, archive: Archive, progress: Progress | None
                 ) -> tuple[ExchangeProject, ImportReport]:
    origin = (root.get("origin") or "").strip()
    report = ImportReport(source=archive.name, origin=origin)
    users = Users(root, report)
    codes = read_codes(root.find("CodeBook/Codes"))  # their remarks: when they are added
    notes = Notes(root, archive, report)
    reader = SourceReader(archive, report, {e.guid for e, _ in walk_codes(codes)}, notes,
                          users.user_for, counting_for(origin))
    reader.read_all(root.find("Sources"), progress)
    memos = list(reader.memos)
    memos += notes.memos(root)
    for el in root.iter("Code"):
        memos += notes.memos(el, code=norm_guid(el.get("guid") or ""))
    memos += notes.unused()
    description = description_text(root)
    if description:
        memos.append(_project_description(root, description))
    for container, element, noun in OTHER_PARTS:
        report.tally("skipped", noun, n=len(root.findall(f"{container}/{element}")))
    name = (root.get("name") or "").strip() or archive.name.rsplit(".", 1)[0]
    project = ExchangeProject(name, origin, list(users.by_guid.values()), codes,
                              reader.documents, _unique_guids(memos),
                              read_variables(root, reader.aliases, report))
    return project, report


def _project_description(root: etree._Element, text: str) -> MemoEntry:
    return MemoEntry(derived_guid(root.get("name") or "", "project-description"),
                     "Project description", text)


def _unique_guids(memos: list[MemoEntry]) -> list[MemoEntry]:
    """Memos from notes, comments and descriptions may share a GUID in odd files."""
    seen: set[str] = set()
    for i, memo in enumerate(memos):
        if memo.guid in seen:
            memo.guid = derived_guid(f"{memo.guid}:{i}", "memo")
        seen.add(memo.guid)
    return memos
