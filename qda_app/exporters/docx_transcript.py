"""One document as a Word file, every coding a comment in the margin.

A reader without Kodierwerk (a supervisor, a co-author) sees each coding as
a Word comment anchored to exactly its span: author = coder, text = code
path and memo. Each line of the document is one Word paragraph, speaker
labels are bold. The text is split into runs at every coding boundary, so a
comment can start and end at any character; overlapping codings each get
their own comment, and a coding that spans several lines gets a comment
range that starts in one paragraph and ends in another (valid
WordprocessingML, and what Word itself writes for such a comment).

Coded text is also shaded in a light tint of its code's colour, as the
window paints it: a PDF made by LibreOffice shows comments only as small
icons, and a printout not at all, so the shading is what tells a reader
there what is coded. Where codings overlap their colours mix and the tint
deepens a little, but never so far that black text becomes hard to read.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..colors import rgb, tint
from ..errors import InvalidValueError
from ..files import Progress, check_progress, check_target, report_done
from ..project import Project
from ..records import Coding, Document
from .docx_common import WordWriter, export_date
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .selection import select_segments

SUFFIXES = (".docx",)
_STEP = 500
LAYER = 0.25
"""How much one coding tints the white page (the window paints with alpha 72/255)."""
DEEPEST = 0.45
"""The strongest tint, however many codings overlap: black text stays easy to read."""


def export_transcript(project: Project, target: str | Path,
                      options: ExportOptions = DEFAULTS) -> Path:
    """Write ``options.document`` (name or UUID) with its codings as comments to ``target``.

    ``options.query`` may narrow the codings shown to some codes or coders (its
    documents and grouping are ignored): a reader gets one coder's view, and
    LibreOffice, which slows down sharply beyond a few thousand comments, stays quick.
    """
    path = check_target(target, SUFFIXES, options.force, "a coded transcript")
    if options.document is None:
        raise InvalidValueError("a coded transcript needs a document (--doc NAME)")
    words = labels(options.lang)
    doc = project.document(options.document)
    selected = select_segments(project, replace(options.query, documents=(doc.uuid,), by="code"))
    codings = sorted(selected.segments, key=lambda c: (c.start, -c.end))
    writer = WordWriter(doc.name, options.lang)
    _header(writer, project, doc, codings, words)
    body = _Body(writer, doc, codings)
    progress = options.progress
    check_progress(progress, 0, body.line_count)
    body.write(progress)
    writer.save(path, options.force)
    report_done(progress, body.line_count)
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


class _Shades:
    """The background of the codings open on a run: their colours mixed, a layer each.

    Kept as running sums, so a run costs the same however many codings cover it.
    """

    def __init__(self) -> None:
        self.sums = [0, 0, 0]
        self.layers = 0
        self._fill: str | None = None
        self._changed = False

    def add(self, color: str, sign: int = 1) -> None:
        for i, value in enumerate(rgb(color)):
            self.sums[i] += sign * value
        self.layers += sign
        self._changed = True

    def remove(self, color: str) -> None:
        self.add(color, -1)

    def fill(self) -> str | None:
        """``#rrggbb`` for the run about to be written, ``None`` when nothing is coded."""
        if self._changed:
            self._changed = False
            n = self.layers
            amount = min(1 - (1 - LAYER) ** n, DEEPEST)
            red, green, blue = self.sums
            self._fill = tint((red / n, green / n, blue / n), amount) if n else None
        return self._fill


class _Body:
    """The document text as paragraphs of runs cut at every coding and speaker-label edge.

    Written front to back in one pass: a coding's comment range starts before the
    first run at or after its start and ends after the last run that ends by its
    end; looking one run ahead tells where that is, even across paragraphs.
    """

    def __init__(self, writer: WordWriter, doc: Document, codings: Sequence[Coding]) -> None:
        self.writer = writer
        self.doc = doc
        self.text = doc.text
        self.codings = codings  # by start, longest first: the order their comments are made
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        self.line_count = len(self.line_starts)
        cuts = {c.start for c in codings} | {c.end for c in codings}
        for turn in doc.turns:
            cuts.update((turn.start, turn.label_end))
        self.cuts = sorted(cuts)
        # codings with no visible character (only line breaks) get an empty anchor run
        self.blank_starts = {c.start for c in codings if not c.text.strip("\n")}
        self.started = 0  # codings[:started] have their comment
        self.open: list[tuple[int, int, str]] = []  # (end, index, comment id): a heap
        self.shades = _Shades()  # the colours of the open codings

    def _runs(self) -> Iterator[tuple[int, int, int]]:
        """``(line, start, end)`` of each run in text order (``start == end``: an anchor)."""
        for n, line_start in enumerate(self.line_starts):
            line_end = self.text.find("\n", line_start)
            if line_end < 0:
                line_end = len(self.text)
            i = bisect.bisect_right(self.cuts, line_start)
            j = bisect.bisect_left(self.cuts, line_end)
            for a, b in pairwise([line_start, *self.cuts[i:j], line_end]):
                if a < b:
                    yield n, a, b
            if line_end in self.blank_starts:
                yield n, line_end, line_end

    def write(self, progress: Progress | None) -> None:
        """Every line as a paragraph, every coding as a comment on exactly its runs."""
        p: Any = None
        line = -1
        runs = self._runs()
        run = next(runs, None)
        while run is not None:
            following = next(runs, None)
            n, a, b = run
            while line < n:
                line = self._next_line(line, progress)
                p = self.writer.paragraph()
            self._start_comments(p, a)
            shade = self.shades.fill() if a < b else None  # the codings open now cover a..b
            end = len(self.text)  # the last run takes any range not yet started or ended
            if following is None:
                self._start_comments(p, end)
            self.writer.run(p, self.text[a:b], bold=a < b and self._in_label(a), shade=shade)
            self._end_comments(p, following[2] if following else end + 1)
            run = following
        while line < self.line_count - 1:
            line = self._next_line(line, progress)
            self.writer.paragraph()

    def _start_comments(self, p: Any, position: int) -> None:
        """Start the range of each coding that begins at or before ``position``, where the
        next run begins: that run is the first one it covers."""
        while self.started < len(self.codings) and self.codings[self.started].start <= position:
            coding = self.codings[self.started]
            cid = self._comment(coding)
            self.writer.comment_start(p, cid)
            heapq.heappush(self.open, (coding.end, self.started, cid))
            self.shades.add(coding.color)
            self.started += 1

    def _end_comments(self, p: Any, limit: int) -> None:
        """End the range of each open coding that ends before ``limit``, where the run after
        the one just written ends: the run just written is the last one it covers."""
        ending = []
        while self.open and self.open[0][0] < limit:
            ending.append(heapq.heappop(self.open))
            self.shades.remove(self.codings[ending[-1][1]].color)
        for _, _, cid in sorted(ending, key=lambda e: -e[1]):  # later comments nest inside
            self.writer.comment_end(p, cid)

    def _in_label(self, position: int) -> bool:
        turn = self.doc.turn_at(position)
        return turn is not None and position < turn.label_end

    def _next_line(self, line: int, progress: Progress | None) -> int:
        if line >= 0 and line % _STEP == _STEP - 1:
            check_progress(progress, line + 1, self.line_count)
        return line + 1

    def _comment(self, coding: Coding) -> str:
        lines = [coding.code, *(coding.memo or "").split("\n")] if coding.memo else [coding.code]
        return self.writer.comment(coding.coder, lines, coding.created)
