"""One document as a Word file, every coding a comment in the margin.

A reader without Kodierwerk (a supervisor, a co-author) sees each coding as
a Word comment anchored to exactly its span: author = coder, text = code
path and memo. Each line of the document is one Word paragraph, speaker
labels are bold. The text is split into runs at every coding boundary, so a
comment can start and end at any character; overlapping codings each get
their own comment, and a coding that spans several lines gets a comment
range that starts in one paragraph and ends in another (valid
WordprocessingML, and what Word itself writes for such a comment).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..files import Progress, check_progress, check_target, report_done
from ..project import Project
from ..records import Coding, Document
from .docx_common import WordWriter, export_date
from .labels import labels
from .selection import SegmentQuery, select_segments

SUFFIXES = (".docx",)
_STEP = 500


def export_transcript(
    project: Project,
    document: object,
    target: str | Path,
    query: SegmentQuery | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
    lang: str = "de",
) -> Path:
    """Write ``document`` (name, UUID or record) with its codings as comments to ``target``.

    ``query`` may narrow the codings shown to some codes or coders (its
    documents are ignored): a reader gets one coder's view, and LibreOffice,
    which slows down sharply beyond a few thousand comments, stays quick.
    """
    path = check_target(target, SUFFIXES, force, "a coded transcript")
    words = labels(lang)
    doc = project.document(document)
    selected = select_segments(project, replace(query or SegmentQuery(), documents=(doc.uuid,)))
    codings = sorted(selected.segments, key=lambda c: (c.start, -c.end))
    writer = WordWriter(doc.name, lang)
    _header(writer, project, doc, codings, words)
    body = _Body(writer, doc, codings)
    total = body.line_count + len(codings)
    check_progress(progress, 0, total)
    body.write_lines(progress, total)
    for i, coding in enumerate(codings, start=1):
        body.comment(coding)
        if i % _STEP == 0:
            check_progress(progress, body.line_count + i, total)
    writer.save(path, force)
    report_done(progress, total)
    return path


def _header(writer: WordWriter, project: Project, doc: Document, codings: Sequence[Coding],
            words: Mapping[str, str]) -> None:
    writer.title_page(doc.name, words["transcript"], [])
    coders = ", ".join(sorted({c.coder for c in codings}))
    facts = [f"{words['project']}: {project.title}", f"{words['date']}: {export_date()}",
             f"{words['codings']}: {len(codings)}"]
    if coders:
        facts.append(f"{words['coders']}: {coders}")
    writer.small(" · ".join(facts), keep_next=True)
    writer.paragraph()  # a blank line between the header and the transcript's own first line


class _Body:
    """The document text as paragraphs of runs cut at every coding and speaker-label edge."""

    def __init__(self, writer: WordWriter, doc: Document, codings: Sequence[Coding]) -> None:
        self.writer = writer
        self.doc = doc
        self.text = doc.text
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        self.line_count = len(self.line_starts)
        cuts = {c.start for c in codings} | {c.end for c in codings}
        for turn in doc.turns:
            cuts.update((turn.start, turn.label_end))
        self.cuts = sorted(cuts)
        # codings with no visible character (only line breaks) get an empty anchor run
        self.blank_starts = {c.start for c in codings if not c.text.strip("\n")}
        self.run_starts: list[int] = []
        self.run_ends: list[int] = []
        self.runs: list[Any] = []

    def write_lines(self, progress: Progress | None, total: int) -> None:
        for n, line_start in enumerate(self.line_starts):
            line_end = self.text.find("\n", line_start)
            if line_end < 0:
                line_end = len(self.text)
            self._line(line_start, line_end)
            if n % _STEP == _STEP - 1:
                check_progress(progress, n + 1, total)

    def _line(self, start: int, end: int) -> None:
        p = self.writer.paragraph()
        i = bisect.bisect_right(self.cuts, start)
        j = bisect.bisect_left(self.cuts, end)
        edges = [start, *self.cuts[i:j], end]
        for a, b in pairwise(edges):
            if a < b:
                turn = self.doc.turn_at(a)
                bold = turn is not None and a < turn.label_end
                self._add(self.writer.run(p, self.text[a:b], bold=bold), a, b)
        if end in self.blank_starts:
            self._add(self.writer.run(p, ""), end, end)

    def _add(self, run: Any, start: int, end: int) -> None:
        self.runs.append(run)
        self.run_starts.append(start)
        self.run_ends.append(end)

    def comment(self, coding: Coding) -> None:
        first = bisect.bisect_left(self.run_starts, coding.start)
        last = bisect.bisect_right(self.run_ends, coding.end) - 1
        if first > last:  # cannot happen with the anchors above; never drop a coding silently
            last = first = min(first, len(self.runs) - 1)
        lines = [coding.code, *(coding.memo or "").split("\n")] if coding.memo else [coding.code]
        self.writer.comment(self.runs[first], self.runs[last], coding.coder, lines,
                            coding.created)
