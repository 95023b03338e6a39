"""The codebook as a Word document: what each code means, how often it was used.

Title page (project, date, coders), then the code tree in tree order with
Word's own "Heading 1".."Heading 4" (deeper codes use Heading 4), so Word's
navigation pane and an inserted table of contents work; per code a colour
swatch, the counts, the description and code memos, and up to N example
excerpts; at the end a summary table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..errors import InvalidValueError
from ..files import check_progress, check_target, report_done
from ..project import Project
from ..records import Code, Coding, Memo
from .docx_common import WordWriter, export_date
from .docx_segments import write_excerpt
from .labels import labels
from .options import DEFAULTS, ExportOptions
from .positions import Locator

SUFFIXES = (".docx",)


class _Stats:
    """Codings and documents per code, and the examples to show.

    An example is a distinct text: when two coders coded the same passage (or the
    same words stand elsewhere), a reader gets it once, not the same quote twice.
    """

    def __init__(self, segments: Sequence[Coding], examples: int) -> None:
        self.documents: dict[str, set[str]] = defaultdict(set)
        self.examples: dict[str, list[Coding]] = defaultdict(list)
        quoted: dict[str, set[str]] = defaultdict(set)
        for seg in segments:
            self.documents[seg.code_uuid].add(seg.document_uuid)
            text = seg.text.strip()
            if len(self.examples[seg.code_uuid]) < examples and text not in quoted[seg.code_uuid]:
                quoted[seg.code_uuid].add(text)
                self.examples[seg.code_uuid].append(seg)
        self.memos: dict[str, list[Memo]] = defaultdict(list)


def export_codebook(project: Project, target: str | Path,
                    options: ExportOptions = DEFAULTS) -> Path:
    """Write the codebook to ``target`` (``.docx``) with up to ``options.examples``
    excerpts per code, labels in ``options.lang``."""
    path = check_target(target, SUFFIXES, options.force, "a codebook")
    if options.examples < 0:
        raise InvalidValueError(f"--examples must be 0 or more, not {options.examples}")
    words = labels(options.lang)
    progress = options.progress
    codes = project.codes()
    segments = project.segments()
    stats = _Stats(segments, options.examples)
    for memo in project.memos():
        if memo.code_uuid:
            stats.memos[memo.code_uuid].append(memo)
    writer = WordWriter(f"{project.title}: {words['codebook']}", options.lang)
    _title_page(writer, project, codes, segments, words)
    locator = Locator(project, words)
    for i, code in enumerate(codes):
        check_progress(progress, i, len(codes))
        _code_section(writer, code, stats, locator, words)
    if codes:
        _summary(writer, codes, stats, words)
    else:
        writer.run(writer.paragraph(), words["no_codes"], italic=True)
    writer.save(path, options.force)
    report_done(progress, len(codes))
    return path


def _title_page(writer: WordWriter, project: Project, codes: Sequence[Code],
                segments: Sequence[Coding], words: Mapping[str, str]) -> None:
    coders = ", ".join(c.name for c in project.coders()) or "–"
    documents = len(project.documents())
    writer.title_page(project.title, words["codebook"], [
        f"{words['project']}: {project.title}",
        f"{words['date']}: {export_date()}",
        f"{words['coders']}: {coders}",
        f"{words['codes']}: {len(codes)} · {words['codings']}: {len(segments)} · "
        f"{words['documents']}: {documents}",
    ])
    writer.page_break()


def _heading_text(code: Code) -> str:
    """The name; below Heading 4 the path from the fourth level on, so depth stays visible."""
    if code.depth < 4:
        return code.name
    return "/".join(code.path.split("/")[3:])


def _code_section(writer: WordWriter, code: Code, stats: _Stats, locator: Locator,
                  words: Mapping[str, str]) -> None:
    writer.heading(_heading_text(code), code.depth + 1)
    p = writer.paragraph(space_after_pt=2)
    writer.swatch(p, code.color)
    facts = [f"{words['codings']}: {code.codings}",
             f"{words['documents']}: {len(stats.documents[code.uuid])}"]
    if code.codings_total != code.codings:
        facts.append(f"{words['with_subcodes']}: {code.codings_total}")
    writer.run(p, " · ".join(facts), size_pt=9)
    if code.depth:
        writer.small(f"{words['code_path']}: {code.path}")
    if code.description.strip():
        writer.run(writer.paragraph(keep_next=True), words["description"], bold=True)
        writer.text(code.description.strip())
    for memo in stats.memos[code.uuid]:
        title = f"{words['memo']}: {memo.title}" if memo.title else words["memo"]
        writer.run(writer.paragraph(keep_next=True), title, bold=True)
        writer.text(memo.text.strip(), italic=True)
    if stats.examples[code.uuid]:
        writer.run(writer.paragraph(keep_next=True), words["examples"], bold=True)
        for seg in stats.examples[code.uuid]:
            write_excerpt(writer, seg, locator, words)


def _summary(writer: WordWriter, codes: Sequence[Code], stats: _Stats,
             words: Mapping[str, str]) -> None:
    writer.page_break()
    writer.heading(words["summary"], 1)
    rows = [[c.path, c.color, str(c.codings), str(len(stats.documents[c.uuid]))] for c in codes]
    shades = {(i, 1): c.color for i, c in enumerate(codes, start=1)}
    writer.table([words["code_path"], words["color"], words["codings"], words["documents"]],
                 rows, (8.0, 2.3, 2.8, 2.9), shades)
