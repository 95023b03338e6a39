"""Exporting a project as a REFI-QDA project exchange file (``.qdpx``).

Written strictly: ``project.qde`` (validated against the official schema
before anything is written) plus ``sources/<guid>.txt`` in UTF-8 without BOM,
LF line breaks, and positions in code points with an exclusive end, exactly
our own offsets. Every coding is one ``PlainTextSelection`` holding one
``Coding`` that keeps the coding's UUID; memos are ``Note``s, each with its
dates (QualCoder's import stops at a note without ``creationDateTime``). A
coding's memo is also the ``Description`` of its selection, where QualCoder,
MAXQDA and ATLAS.ti read a coding's comment (NVivo follows the ``NoteRef``);
our importer takes the two as one. Categories are ``isCodable="false"``.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from .. import records
from ..exporters.options import DEFAULTS, ExportOptions
from ..files import Progress, atomic_output, check_progress, check_target, report_done
from ..timestamps import utc_timestamp
from .codebook import write_codes
from .document_variables import write_sets, write_variables
from .names import unique_names
from .qdc import origin
from .report import ExportResult
from .values import PROJECT_NS, derived_guid, xml_safe
from .xmlio import assert_valid, to_bytes

if TYPE_CHECKING:
    from ..project import Project

_CHECK_EVERY = 2000


def _q(name: str) -> str:
    return f"{{{PROJECT_NS}}}{name}"


def selection_guid(coding_uuid: str) -> str:
    return derived_guid(coding_uuid, "selection")


def coding_note_guid(coding_uuid: str) -> str:
    return derived_guid(coding_uuid, "coding-memo")


@dataclass(frozen=True, slots=True)
class _Note:
    guid: str
    title: str
    text: str
    created: datetime
    modified: datetime
    user: str | None = None
    """The GUID of the ``<User>`` who wrote it, where we know it (a coding's coder)."""


class _Builder:
    """Builds ``project.qde`` from the facade's records, reporting progress."""

    def __init__(self, project: Project, progress: Progress | None,
                 unique: bool = False) -> None:
        self.project, self.progress = project, progress
        self.codings = project.segments()
        self.memos = project.memos()
        self.docs = project.documents()
        self.codes = project.codes()
        self.names = unique_names(self.codes) if unique else {}
        self.table = project.variable_table()
        self.sets = project.sets()
        self.total = len(self.codings) + len(self.docs) + 1
        self.done = 0
        self.notes: list[_Note] = []

    def _tick(self) -> None:
        self.done += 1
        if self.done % _CHECK_EVERY == 0:
            check_progress(self.progress, self.done, self.total)

    def build(self) -> tuple[etree._Element, list[tuple[str, str]]]:
        root = etree.Element(_q("Project"), nsmap={None: PROJECT_NS},
                             name=xml_safe(self.project.title), origin=origin())
        coders = self.project.coders()
        if coders:
            users = etree.SubElement(root, _q("Users"))
            for coder in coders:
                etree.SubElement(users, _q("User"), guid=coder.uuid, name=xml_safe(coder.name))
        by_target = self._memo_refs()
        if self.codes:
            write_codes(etree.SubElement(etree.SubElement(root, _q("CodeBook")), _q("Codes")),
                        PROJECT_NS, self.codes, by_target, self.names)
        write_variables(root, PROJECT_NS, self.table)  # after the codebook, before sources
        texts = self._sources(root, by_target)
        self._notes(root)
        write_sets(root, PROJECT_NS, self.sets)
        for target in by_target.get("", ()):
            etree.SubElement(root, _q("NoteRef"), targetGUID=target)
        return root, texts

    def _memo_refs(self) -> dict[str, list[str]]:
        """Note GUIDs by what they are about: a code, a document, or ``""`` (the project)."""
        refs: dict[str, list[str]] = defaultdict(list)
        for memo in self.memos:
            refs[memo.code_uuid or memo.document_uuid or ""].append(memo.uuid)
            self.notes.append(_Note(memo.uuid, memo.title, memo.text, memo.created,
                                    memo.modified))
        return refs

    def _sources(self, root: etree._Element, refs: dict[str, list[str]]
                 ) -> list[tuple[str, str]]:
        by_doc: dict[str, list[records.Coding]] = defaultdict(list)
        for coding in self.codings:
            by_doc[coding.document_uuid].append(coding)
        texts: list[tuple[str, str]] = []
        sources = etree.SubElement(root, _q("Sources")) if self.docs else None
        for info in self.docs:
            member = f"{info.uuid}.txt"
            el = etree.SubElement(sources, _q("TextSource"), guid=info.uuid,
                                  name=xml_safe(info.name), plainTextPath=f"internal://{member}",
                                  creationDateTime=utc_timestamp(info.imported_at))
            for coding in by_doc[info.uuid]:
                self._selection(el, coding)
            for target in refs.get(info.uuid, ()):
                etree.SubElement(el, _q("NoteRef"), targetGUID=target)
            texts.append((f"sources/{member}", self.project.document(info.uuid).text))
            self._tick()
        return texts

    def _selection(self, parent: etree._Element, coding: records.Coding) -> None:
        created, modified = utc_timestamp(coding.created), utc_timestamp(coding.modified)
        sel = etree.SubElement(
            parent, _q("PlainTextSelection"), guid=selection_guid(coding.uuid),
            startPosition=str(coding.start), endPosition=str(coding.end),
            creatingUser=coding.coder_uuid, creationDateTime=created,
            modifyingUser=coding.coder_uuid, modifiedDateTime=modified,
        )
        if coding.memo:  # where QualCoder, MAXQDA and ATLAS.ti read a coding's comment
            etree.SubElement(sel, _q("Description")).text = xml_safe(coding.memo)
        el = etree.SubElement(sel, _q("Coding"), guid=coding.uuid,
                              creatingUser=coding.coder_uuid, creationDateTime=created)
        etree.SubElement(el, _q("CodeRef"), targetGUID=coding.code_uuid)
        if coding.memo:  # and as a note, which NVivo follows
            note = coding_note_guid(coding.uuid)
            etree.SubElement(sel, _q("NoteRef"), targetGUID=note)
            self.notes.append(_Note(note, f"Memo: {coding.code} in {coding.document}",
                                    coding.memo, coding.created, coding.modified,
                                    coding.coder_uuid))
        self._tick()

    def _notes(self, root: etree._Element) -> None:
        if not self.notes:
            return
        notes = etree.SubElement(root, _q("Notes"))
        for note in self.notes:
            attrs = {"guid": note.guid}
            if note.title:
                attrs["name"] = xml_safe(note.title)
            if note.user:
                attrs["creatingUser"] = attrs["modifyingUser"] = note.user
            attrs["creationDateTime"] = utc_timestamp(note.created)
            attrs["modifiedDateTime"] = utc_timestamp(note.modified)
            el = etree.SubElement(notes, _q("Note"), attrs)
            etree.SubElement(el, _q("PlainTextContent")).text = xml_safe(note.text)


def export_qdpx(project: Project, target: str | Path,
                options: ExportOptions = DEFAULTS) -> ExportResult:
    """Write ``project`` as a ``.qdpx``: users, codes, texts, codings and memos.

    Of the options only ``force``, ``progress`` and ``unique_names`` (codes
    that share a name are qualified in the file, :mod:`.names`) matter.
    """
    target = check_target(target, (".qdpx",), options.force, "a REFI-QDA project")
    progress = options.progress
    with atomic_output(target, options.force) as tmp:
        check_progress(progress, 0, 1)
        builder = _Builder(project, progress, options.unique_names)
        root, texts = builder.build()
        assert_valid(root, "project")
        check_progress(progress, builder.done, builder.total)
        _write_zip(tmp, to_bytes(root), texts)
    report_done(progress, builder.total)
    return ExportResult(target, documents=len(builder.docs),
                        codes=len(builder.codes), coders=len(project.coders()),
                        codings=len(builder.codings), memos=len(builder.memos),
                        qualified=len(builder.names), variables=len(builder.table.variables),
                        sets=len(builder.sets))


def _write_zip(path: Path, qde: bytes, texts: Sequence[tuple[str, str]]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("project.qde", qde)
        for member, text in texts:
            zf.writestr(member, text.encode("utf-8"))
