"""The consistency check to ``.xlsx`` or ``.csv``, for the team meeting.

The ``.xlsx`` has a sheet of possible misses (passages very like a code's codings but
not coded with it: the code, the score, the passage, and the coding it is like), one of
possible slips (codings far from all the code's other codings: the code, how near the
nearest one is, the coding, and that nearest one), and one saying how it was computed
(engine, unit, thresholds; on this computer). The ``.csv`` is one table, a column saying
which kind each row is. The numbers are :func:`qda_app.assist.consistency_check`'s for
``options.consistency``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from ..files import atomic_output, check_progress, check_target, report_done
from ..project import Project
from .labels import words_in
from .options import DEFAULTS, ExportOptions
from .tables import add_about_sheet, add_table_sheet, csv_delimiter, write_csv

SUFFIXES = (".xlsx", ".csv")

_WORDS: Mapping[str, Mapping[str, str]] = {
    "de": {"misses": "Möglicherweise übersehen", "slips": "Mögliche Ausreißer",
           "about": "Auswahl", "kind": "Art", "miss": "möglicherweise übersehen",
           "slip": "möglicher Ausreißer", "code": "Code", "score": "Ähnlichkeit",
           "nearest": "Nächste Codierung", "document": "Dokument", "start": "Anfang",
           "end": "Ende", "coder": "Codierer:in", "text": "Text",
           "like_document": "Ähnlichste Codierung: Dokument",
           "like_start": "Anfang", "like_coder": "Codierer:in", "like_text": "Text",
           "engine": "Verfahren", "unit": "Einheit", "miss_threshold":
           "Übersehen ab Ähnlichkeit", "slip_threshold": "Ausreißer bis Ähnlichkeit",
           "codes": "Geprüfte Codes", "where": "Berechnet", "here": "auf diesem Computer",
           "sentence": "Satz", "paragraph": "Absatz", "turn": "Sprecherbeitrag"},
    "en": {"misses": "Possible misses", "slips": "Possible slips", "about": "Selection",
           "kind": "Kind", "miss": "possible miss", "slip": "possible slip", "code": "Code",
           "score": "Similarity", "nearest": "Nearest coding", "document": "Document",
           "start": "Start", "end": "End", "coder": "Coder", "text": "Text",
           "like_document": "Most similar coding: document", "like_start": "Start",
           "like_coder": "Coder", "like_text": "Text", "engine": "Engine", "unit": "Unit",
           "miss_threshold": "Misses from similarity", "slip_threshold":
           "Slips up to similarity", "codes": "Codes checked", "where": "Computed",
           "here": "on this computer", "sentence": "sentence", "paragraph": "paragraph",
           "turn": "speaker turn"},
}
_HEADER = ("code", "score", "document", "start", "end", "coder", "text", "like_document",
           "like_start", "like_coder", "like_text")
_WIDTHS = (24, 11, 24, 9, 9, 14, 70, 24, 9, 14, 60)


def export_consistency(project: Project, target: str | Path,
                       options: ExportOptions = DEFAULTS) -> Path:
    """Write the consistency check of ``options.consistency`` to ``.xlsx`` or ``.csv``."""
    from ..assist.consistency import consistency_check

    path = check_target(target, SUFFIXES, options.force, "the consistency check")
    words = words_in(_WORDS, options.lang)
    sep = csv_delimiter(options.delimiter)
    check_progress(options.progress, 0, 2)
    report = consistency_check(project, options.consistency)
    check_progress(options.progress, 1, 2)
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            header = [words["kind"], *(words[k] for k in _HEADER)]
            rows = ([words["miss"], *row] for row in _misses(report))
            slips = ([words["slip"], *row] for row in _slips(report))
            write_csv(tmp, header, chain(rows, slips), sep)
        else:
            _write_xlsx(tmp, report, words)
    report_done(options.progress, 2)
    return path


def _misses(report: Any) -> Iterator[list[Any]]:
    for m in report.misses:
        yield [m.code, round(m.score, 4), m.document, m.start, m.end, "", m.text,
               m.like.document, m.like.start, m.like.coder, m.like.text]


def _slips(report: Any) -> Iterator[list[Any]]:
    for s in report.slips:
        c, near = s.coding, s.like
        yield [s.code, round(s.nearest, 4), c.document, c.start, c.end, c.coder, c.text,
               near.document, near.start, near.coder, near.text]


def about(report: Any, words: Mapping[str, str]) -> list[tuple[str, str]]:
    """How the check was computed, as (label, value) lines."""
    return [(words["engine"], report.engine),
            (words["unit"], words.get(report.unit, report.unit)),
            (words["miss_threshold"], f"{report.miss_threshold:.2f}"),
            (words["slip_threshold"], f"{report.slip_threshold:.2f}"),
            (words["codes"], ", ".join(report.codes)), (words["where"], words["here"])]


def _write_xlsx(path: Path, report: Any, words: Mapping[str, str]) -> None:
    # openpyxl loads in a quarter second: only when an .xlsx is written, not at app start
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, score, rows in ((words["misses"], words["score"], _misses(report)),
                               (words["slips"], words["nearest"], _slips(report))):
        header = [words[k] if k != "score" else score for k in _HEADER]
        add_table_sheet(book, title, header, rows, "…", _WIDTHS)
    add_about_sheet(book, words["about"], about(report, words), 28)
    book.save(path)


def columns(lang: str = "de") -> Sequence[str]:
    """The ``.csv``'s header in ``lang`` (tests read files back by it)."""
    words = _WORDS[lang]
    return [words["kind"], *(words[k] for k in _HEADER)]
