"""Coded excerpts (MAXQDA's "retrieved segments") as a Word document.

Grouped by code, then document (or the other way round): a Heading 1 per
group, a Heading 2 per subgroup, and for each segment its source line
("document · speaker · coder · position"), the exact text and the memo.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from ..files import Progress, check_progress, check_target
from ..project import Project
from ..records import Coding
from .docx_common import GREY, WordWriter, export_date
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .positions import Locator
from .selection import Selection, select_segments

SUFFIXES = (".docx",)
_STEP = 250


def export_segments_docx(project: Project, target: str | Path,
                         options: ExportOptions = DEFAULTS) -> Path:
    """Write the segments ``options.query`` selects (default: all) to a ``.docx``."""
    path = check_target(target, SUFFIXES, options.force, "a Word export of coded segments")
    words = labels(options.lang)
    selection = select_segments(project, options.query)
    writer = WordWriter(f"{project.title}: {words['segments']}", options.lang)
    _front(writer, project, selection, words)
    write_segments(writer, project, selection, words, options.progress)
    writer.save(path, options.force)
    return path


def _front(writer: WordWriter, project: Project, selection: Selection,
           words: Mapping[str, str]) -> None:
    query = selection.query
    everything = words["all"]
    facts = [
        f"{words['project']}: {project.title}",
        f"{words['date']}: {export_date()}",
        f"{words['codes']}: {', '.join(query.codes) or everything}"
        f" ({words['subcodes_yes'] if query.include_subcodes else words['subcodes_no']})",
        f"{words['documents']}: {', '.join(query.documents) or everything}",
        f"{words['coders']}: {', '.join(query.coders) or everything}",
        f"{words['codings']}: {len(selection.segments)}, {words['grouped_by_' + query.by]}",
    ]
    writer.title_page(project.title, words["segments"], facts)
    if not selection.segments:
        writer.paragraph()
        writer.run(writer.paragraph(), words["none_found"], italic=True)


def write_segments(writer: WordWriter, project: Project, selection: Selection,
                   words: Mapping[str, str], progress: Progress | None = None) -> None:
    """The grouped segments; also used by the codebook for its examples."""
    locator = Locator(project, words)
    by_code = selection.query.by == "code"
    total = len(selection.segments)
    per_group = Counter(x.code_uuid if by_code else x.document_uuid
                        for x in selection.segments)
    group = subgroup = ""
    for i, seg in enumerate(selection.segments):
        if i % _STEP == 0:
            check_progress(progress, i, total)
        outer, inner = (seg.code, seg.document) if by_code else (seg.document, seg.code)
        if outer != group:
            group, subgroup = outer, ""
            writer.heading(outer, 1)
            count = per_group[seg.code_uuid if by_code else seg.document_uuid]
            p = writer.paragraph(keep_next=True)
            if by_code:
                writer.swatch(p, seg.color)
            writer.run(p, f"{words['codings']}: {count}", color=GREY, size_pt=9)
        if inner != subgroup:
            subgroup = inner
            writer.heading(inner, 2)
        write_excerpt(writer, seg, locator, words)
    check_progress(progress, total, total)


def write_excerpt(writer: WordWriter, seg: Coding, locator: Locator,
                  words: Mapping[str, str]) -> None:
    """Source line, the exact text (one paragraph per line, indented), then the memo."""
    writer.small(locator.source_line(seg), keep_next=True)
    for line in seg.text.split("\n"):
        p = writer.paragraph(indent_cm=0.6, space_after_pt=2)
        if line:
            writer.run(p, line)
    if seg.memo:
        for n, line in enumerate(seg.memo.split("\n")):
            p = writer.paragraph(indent_cm=0.6, space_after_pt=2)
            if n == 0:
                writer.run(p, f"{words['memo']}: ", bold=True, italic=True, size_pt=9)
            writer.run(p, line, italic=True, size_pt=9)
    writer.paragraph(space_after_pt=4)
