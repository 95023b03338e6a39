"""Word frequencies to ``.xlsx`` or ``.csv``: one row a word (word, count, % of words,
documents), most frequent first.

The numbers are :func:`qda_app.analysis.words.word_frequencies`' for ``options.words``.
The ``.xlsx`` adds a second sheet saying what was counted (the text, total words,
stop words, lemmas); the ``.csv`` is the bare table.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..analysis.words import WordFrequencies, word_frequencies
from ..files import atomic_output, check_progress, check_target, report_done
from ..project import Project
from .labels import words_in
from .options import DEFAULTS, ExportOptions
from .tables import add_about_sheet, add_table_sheet, csv_delimiter, write_csv

SUFFIXES = (".xlsx", ".csv")
_WIDTHS = (32, 10, 14, 12)

_WORDS: Mapping[str, Mapping[str, str]] = {
    "de": {"sheet": "Worthäufigkeiten", "about": "Auswahl", "word": "Wort", "count": "Anzahl",
           "percent": "% der Wörter", "documents": "Dokumente", "total": "Wörter insgesamt",
           "text": "Text", "all_documents": "alle Dokumente", "coded": "codierte Segmente",
           "stop_words": "Stoppwörter", "lemma": "Lemmata", "yes": "ja", "no": "nein",
           "min_count": "Mindestanzahl", "numbers": "Zahlen mitgezählt", "codes": "Codes",
           "coders": "Codierer:innen", "document_list": "Dokumente"},
    "en": {"sheet": "Word frequencies", "about": "Selection", "word": "Word",
           "count": "Count", "percent": "% of words", "documents": "Documents",
           "total": "Words in total", "text": "Text", "all_documents": "all documents",
           "coded": "coded segments", "stop_words": "Stop words", "lemma": "Lemmas",
           "yes": "yes", "no": "no", "min_count": "Minimum count",
           "numbers": "Numbers counted", "codes": "Codes", "coders": "Coders",
           "document_list": "Documents"},
}


def export_words(project: Project, target: str | Path,
                 options: ExportOptions = DEFAULTS) -> Path:
    """Write the word frequencies of ``options.words`` to ``.xlsx`` or ``.csv``."""
    path = check_target(target, SUFFIXES, options.force, "the word frequencies")
    words = words_in(_WORDS, options.lang)
    sep = csv_delimiter(options.delimiter)
    check_progress(options.progress, 0, 2)
    result = word_frequencies(project, options.words)
    check_progress(options.progress, 1, 2)
    header = [words[k] for k in ("word", "count", "percent", "documents")]
    with atomic_output(path, options.force) as tmp:
        if path.suffix.lower() == ".csv":
            write_csv(tmp, header, _rows(result), sep)
        else:
            _write_xlsx(tmp, result, header, words)
    report_done(options.progress, 2)
    return path


def _rows(result: WordFrequencies) -> Iterator[list[Any]]:
    for row in result.rows:
        yield [row.word, row.count, round(row.percent, 4), row.documents]


def about(result: WordFrequencies, words: Mapping[str, str]) -> list[tuple[str, str]]:
    """What was counted, as (label, value) lines."""
    query, scope = result.query, result.query.scope
    lines = [(words["text"], words["coded"] if scope.coded_only else words["all_documents"])]
    for key, values in (("codes", scope.codes), ("coders", scope.coders),
                        ("document_list", scope.documents)):
        if values:
            lines.append((words[key], ", ".join(values)))
    lines += [(words["total"], str(result.total_words)),
              (words["documents"], str(result.documents)),
              (words["stop_words"], str(len(query.stop_list()))),
              (words["lemma"], f"{words['yes']} ({query.language})" if query.lemma
               else words["no"]),
              (words["numbers"], words["yes"] if query.numbers else words["no"]),
              (words["min_count"], str(query.min_count))]
    return lines


def _write_xlsx(path: Path, result: WordFrequencies, header: list[str],
                words: Mapping[str, str]) -> None:
    # openpyxl loads in a quarter second: only when an .xlsx is written, not at app start
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    add_table_sheet(book, words["sheet"], header, _rows(result), "…", _WIDTHS)
    add_about_sheet(book, words["about"], about(result, words), 24)
    book.save(path)
