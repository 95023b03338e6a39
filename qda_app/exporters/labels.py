"""Words that appear in exported files, in German (default) and English.

Our users write in German, so an exported codebook or table speaks German
unless ``lang="en"`` is asked for; the command line itself stays English.
Document texts, code names and memos are always exported as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import InvalidValueError

_DE: dict[str, str] = {
    "codebook": "Codebuch",
    "segments": "Codierte Segmente",
    "transcript": "Codiertes Transkript",
    "matrix": "Code-Dokument-Matrix",
    "speaker_matrix": "Code-Sprecher-Matrix",
    "no_speaker": "(ohne Sprecher:in)",
    "project": "Projekt",
    "date": "Datum",
    "coders": "Codierer:innen",
    "coder": "Codierer:in",
    "code": "Code",
    "codes": "Codes",
    "code_path": "Code-Pfad",
    "color": "Farbe",
    "codings": "Codierungen",
    "with_subcodes": "mit Subcodes",
    "documents": "Dokumente",
    "document": "Dokument",
    "speaker": "Sprecher:in",
    "start": "Anfang",
    "end": "Ende",
    "text": "Text",
    "memo": "Memo",
    "memos": "Memos",
    "created": "Erstellt",
    "description": "Beschreibung",
    "examples": "Beispiele",
    "summary": "Übersicht",
    "total": "Summe",
    "paragraph": "Abs.",
    "page": "S.",
    "page_column": "Seite",
    "chars": "Zeichen",
    "filter": "Auswahl",
    "all": "alle",
    "subcodes_yes": "Codes mit Subcodes",
    "subcodes_no": "nur die Codes selbst (ohne Subcodes)",
    "grouped_by_code": "gruppiert nach Code, dann Dokument",
    "grouped_by_document": "gruppiert nach Dokument, dann Code",
    "none_found": "Keine codierten Segmente für diese Auswahl.",
    "no_codes": "Das Projekt hat noch keine Codes.",
    "truncated": "[gekürzt: Excel fasst höchstens 32.767 Zeichen je Zelle]",
    "made_with": "Erstellt mit Kodierwerk",
    "variables": "Dokumentvariablen",
    "yes": "ja",
    "no": "nein",
    "crosstab": "Kreuztabelle",
    "crosstab_documents": "Dokumente",
    "no_value": "(ohne Wert)",
    "no_set": "(in keinem Set)",
    "documents_in_column": "Dokumente in der Spalte",
    "codings_of": "Codierungen",
    "documents_with": "Dokumente mit Codierungen",
}

_EN: dict[str, str] = {
    "codebook": "Codebook",
    "segments": "Coded segments",
    "transcript": "Coded transcript",
    "matrix": "Code-document matrix",
    "speaker_matrix": "Code-speaker matrix",
    "no_speaker": "(no speaker)",
    "project": "Project",
    "date": "Date",
    "coders": "Coders",
    "coder": "Coder",
    "code": "Code",
    "codes": "Codes",
    "code_path": "Code path",
    "color": "Colour",
    "codings": "Codings",
    "with_subcodes": "with subcodes",
    "documents": "Documents",
    "document": "Document",
    "speaker": "Speaker",
    "start": "Start",
    "end": "End",
    "text": "Text",
    "memo": "Memo",
    "memos": "Memos",
    "created": "Created",
    "description": "Description",
    "examples": "Examples",
    "summary": "Summary",
    "total": "Total",
    "paragraph": "para.",
    "page": "p.",
    "page_column": "Page",
    "chars": "characters",
    "filter": "Selection",
    "all": "all",
    "subcodes_yes": "codes with their subcodes",
    "subcodes_no": "the codes themselves only (no subcodes)",
    "grouped_by_code": "grouped by code, then document",
    "grouped_by_document": "grouped by document, then code",
    "none_found": "No coded segments for this selection.",
    "no_codes": "The project has no codes yet.",
    "truncated": "[shortened: Excel holds at most 32,767 characters per cell]",
    "made_with": "Made with Kodierwerk",
    "variables": "Document variables",
    "yes": "yes",
    "no": "no",
    "crosstab": "Crosstab",
    "crosstab_documents": "Documents",
    "no_value": "(no value)",
    "no_set": "(in no set)",
    "documents_in_column": "Documents in the column",
    "codings_of": "Codings",
    "documents_with": "Documents with codings",
}

LANGUAGES: Mapping[str, Mapping[str, str]] = {"de": _DE, "en": _EN}
"""Label sets by language code; both have the same keys."""


def labels(lang: str) -> Mapping[str, str]:
    """The labels for ``lang`` (``"de"`` or ``"en"``); anything else is refused."""
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise InvalidValueError(
            f"unknown export language {lang!r}: use {' or '.join(LANGUAGES)}"
        ) from None


def words_in(table: Mapping[str, Mapping[str, str]], lang: str) -> Mapping[str, str]:
    """An export's own words for ``lang`` from ``table``; a language it lacks is refused
    in the words :func:`labels` uses."""
    if lang not in table:
        labels(lang)
    return table[lang]
