"""Text sources of a ``.qdpx``: their text, and their selections as codings on our text.

Each source's text is read as stored (BOM removed, CRLF kept), its
selections are read in the units the file counted in (see ``offsets.py``)
and moved onto the LF text we keep. Other kinds of source (PDF, picture,
audio, video) have no place in Kodierwerk: they are counted, not imported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from lxml import etree

from ..files import Progress
from .archive import Archive, decode_text
from .model import CodingEntry, DocumentEntry, MemoEntry
from .notes import Notes, join_texts
from .offsets import STANDARD, Counting, SourceText, choose_counting
from .report import ImportReport, check_import_progress
from .values import derived_guid, norm_guid, parse_datetime, parse_int
from .xmlio import description_text

OTHER_SOURCES = {"PictureSource": "picture source", "PDFSource": "PDF source",
                 "AudioSource": "audio source", "VideoSource": "video source"}
LOST_CODINGS = ("skipped", "coding", " on sources that were not imported")

UserFor = Callable[[str | None], str]
"""Maps a ``creatingUser`` GUID (or None) to the GUID of a user we import."""


class SourceReader:
    def __init__(self, archive: Archive, report: ImportReport, code_guids: set[str],
                 notes: Notes, user_for: UserFor, counting: Counting | None) -> None:
        self.archive, self.report, self.notes = archive, report, notes
        self.code_guids, self.user_for, self.counting = code_guids, user_for, counting
        self.documents: list[DocumentEntry] = []
        self.aliases: dict[str, str] = {}
        """Each text source's GUID as the file writes it (normalised) -> our document's
        (two sources with the same text are one document): what cases and sets refer to."""
        self.memos: list[MemoEntry] = []
        self._by_text: dict[str, DocumentEntry] = {}
        self._seen: set[str] = set()

    def read_all(self, sources: etree._Element | None, progress: Progress | None) -> None:
        if sources is None:
            return
        elements = list(sources)
        for i, el in enumerate(elements):
            check_import_progress(progress, i, len(elements))
            if el.tag == "TextSource":
                self._text_source(el)
            elif isinstance(el.tag, str):
                self.report.tally("skipped", OTHER_SOURCES.get(el.tag, el.tag))
                self.report.tally(*LOST_CODINGS, n=len(list(el.iter("Coding"))))

    def _unique(self, raw: str | None, role: str) -> str:
        """A GUID not used before in this file (some files repeat them)."""
        guid = norm_guid(raw) if raw else derived_guid(str(len(self._seen)), role)
        if guid in self._seen:
            self.report.tally("gave", role, " a new GUID (the file used one twice)")
            guid = derived_guid(f"{guid}:{len(self._seen)}", role)
        self._seen.add(guid)
        return guid

    def _source_text(self, el: etree._Element) -> str | None:
        member = self.archive.resolve(el.get("plainTextPath"))
        if member is None:
            inline = el.find("PlainTextContent")
            return None if inline is None else (inline.text or "")
        text, encoding = decode_text(self.archive.read(member))
        if encoding:
            self.report.tally("read", "source text", f" as {encoding} (the standard says UTF-8)")
        return text

    def _text_source(self, el: etree._Element) -> None:
        raw = self._source_text(el)
        n_codings = len(list(el.iter("Coding")))
        if raw is None or not raw.strip():
            why = " whose text is not in the archive" if raw is None else ""
            self.report.tally("skipped", "empty text source" if raw is not None
                              else "text source", why)
            self.report.tally(*LOST_CODINGS, n=n_codings)
            return
        guid = self._unique(el.get("guid"), "text source")
        if el.get("richTextPath"):
            self.report.tally("imported", "source", (
                " as plain text (its rich text, the .docx, is not imported)",
                " as plain text (their rich text, the .docx files, is not imported)"))
        source = SourceText(raw)
        doc = self._document(guid, el.get("name"), source.text)
        self.aliases.setdefault(norm_guid(el.get("guid") or guid), doc.guid)
        description = description_text(el)
        if description:  # we have no field for it: a memo keeps it
            self.memos.append(MemoEntry(derived_guid(guid, "source-description"),
                                        "Description", description, document_guid=doc.guid))
        self.memos += self.notes.memos(el, document=doc.guid)
        self._selections(el, source, doc)
        for coding in el.findall("Coding"):  # a coding of the whole source
            self._coding(coding, None, doc, 0, len(source.text), "")

    def _document(self, guid: str, name: str | None, text: str) -> DocumentEntry:
        twin = self._by_text.get(text)
        if twin is not None:
            self.report.tally("merged", "text source", " into another with the same text",
                              example=name or guid)
            return twin
        doc = DocumentEntry(guid, " ".join((name or "").split()) or f"Text {guid[:8]}", text)
        self._by_text[text] = doc
        self.documents.append(doc)
        return doc

    def _selections(self, el: etree._Element, source: SourceText, doc: DocumentEntry) -> None:
        spans = []
        for sel in el.findall("PlainTextSelection"):
            start, end = parse_int(sel.get("startPosition")), parse_int(sel.get("endPosition"))
            if start is None or end is None:
                self.report.tally("skipped", "selection", " without valid positions")
                self.report.tally(*LOST_CODINGS[:2], " on selections without positions",
                                  n=len(sel.findall("Coding")))
                continue
            spans.append((sel, start, end))
        counting = choose_counting(source, [(s, e) for _, s, e in spans], self.counting)
        if counting != STANDARD and counting in source.candidates()[1:]:
            how = f" in {counting.describe()}" + (" (as NVivo counts)" if counting.utf16 else "")
            self.report.tally("read", "text source", (f" with its offsets{how}",
                                                      f" with their offsets{how}"),
                              example=doc.name)
        for sel, start, end in spans:
            span, clamped = source.map_span(start, end, counting)
            if span is None:
                self.report.tally("skipped", "selection", (" outside its text or empty",
                                                           " outside their text or empty"),
                                  example=f"{start}–{end} in {doc.name}")
                continue
            if clamped:
                self.report.tally("clamped", "selection", (" that reached outside its text",
                                                           " that reached outside their text"),
                                  example=f"{start}–{end} in {doc.name}")
            self._selection(sel, doc, *span)

    def _selection(self, sel: etree._Element, doc: DocumentEntry, start: int, end: int
                   ) -> None:
        memo = join_texts(description_text(sel),
                          *(n.text for n in self.notes.refs(sel)))
        codings = sel.findall("Coding")
        if not codings:
            if memo:
                self._annotation(sel, doc, start, end, memo)
            else:
                self.report.tally("skipped", "selection", " without a code")
            return
        for coding in codings:
            self._coding(coding, sel, doc, start, end, memo)

    def _annotation(self, sel: etree._Element, doc: DocumentEntry, start: int, end: int,
                    memo: str) -> None:
        """A comment on text without a code (ATLAS.ti, MAXQDA): a memo on the document."""
        excerpt = " ".join(doc.text[start:end].split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
        title = f"Comment on {start}–{end}: {excerpt}"
        self.memos.append(MemoEntry(self._unique(sel.get("guid"), "annotation"), title, memo,
                                    document_guid=doc.guid))
        self.report.tally("kept", "comment", " on uncoded text as document memos")

    def _coding(self, coding: etree._Element, sel: etree._Element | None,
                doc: DocumentEntry, start: int, end: int, memo: str) -> None:
        ref = coding.find("CodeRef")
        code = norm_guid(ref.get("targetGUID") or "") if ref is not None else ""
        if code not in self.code_guids:
            self.report.tally("skipped", "coding", " of a code that is not in the codebook")
            return
        memo = join_texts(memo, *(n.text for n in self.notes.refs(coding)))
        owner = sel if sel is not None else coding
        created = self._date(coding, "creationDateTime") or self._date(owner, "creationDateTime")
        doc.codings.append(CodingEntry(
            guid=self._unique(coding.get("guid"), "coding"), code_guid=code,
            start=start, end=end,
            user_guid=self.user_for(coding.get("creatingUser") or owner.get("creatingUser")),
            created=created, modified=self._date(owner, "modifiedDateTime") or created,
            memo=memo,
        ))

    def _date(self, el: etree._Element, attribute: str) -> datetime | None:
        """A coding's date; a broken or impossible one is dropped and reported, not fatal."""
        raw = (el.get(attribute) or "").strip()
        moment = parse_datetime(raw)
        if raw and moment is None:
            self.report.tally("ignored", "unreadable or impossible date", " (the coding keeps "
                              "another of its dates, or gets the time of the import)",
                              example=raw[:40])
        return moment
