"""Every export of a project, listed once: ``qda export KIND`` and File → Export are made
from this list.

An entry says what the export is called, which files it writes, which of the
:class:`~.options.ExportOptions` matter to it (the command line offers those
as arguments, the window asks them in the options dialog), and where its
function is. Adding an export is one entry here (and the German words for its
menu texts in ``resources/i18n``).

The functions are named, not imported: python-docx, openpyxl and lxml take
about half a second to load, and neither ``qda --help`` nor the window's
start should wait for them. :meth:`Exporter.run` imports the module when an
export runs.

The agreement export is not here: it writes a computed result
(:func:`qda_app.team.agreement_export.export`), not the project, and is
offered where that result is shown (``qda agreement --out``, the Agreement
window), after the coders and the overlap have been chosen for the computation.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .options import COMMON, DEFAULTS, OPTION_NAMES, ExportOptions

if TYPE_CHECKING:
    from ..project import Project


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a menu text for translation without Qt: ``pyside6-lupdate`` collects it under
    ``context``, and the window translates it with ``QCoreApplication.translate``."""
    return text


CONTEXT = "ExportActions"
"""The translation context of the texts below (the window's File → Export); ``lupdate``
needs it spelt out in each ``QT_TRANSLATE_NOOP``."""


@runtime_checkable
class Reported(Protocol):
    """A result that describes itself in one line (the REFI-QDA exports' ``ExportResult``)."""

    def line(self) -> str: ...


ExportOutcome = Path | Reported
"""What an exporter returns: the file written, or a result that says what is in it."""


def outcome_line(result: ExportOutcome) -> str | None:
    """The result's own line (``wrote x.qdpx (3 documents, ...)``), or ``None`` for a path."""
    return result.line() if isinstance(result, Reported) else None


@dataclass(frozen=True, slots=True)
class Exporter:
    """One kind of export, as the command line and the window offer it."""

    kind: str
    """``qda export KIND``; the menu entry is ``export<Kind>Action``."""
    title: str
    """File → Export entry, with its ``&`` shortcut."""
    suffixes: tuple[str, ...]
    """The files it writes, the first the one proposed; more than one: the user chooses."""
    applies: frozenset[str]
    """The options that matter besides ``force`` and ``progress``, which every export takes."""
    function: str
    """``"module:function"`` taking ``(project, target, options)``, imported when it runs."""
    help: str
    """One line in ``qda export --help``."""
    description: str
    """What ``qda export KIND --help`` says about the file."""
    heading: str
    """The title of its option and save dialogs."""
    writing: str
    """What the progress dialog says while it runs."""
    file_stem: str = ""
    """Proposed file name after the project's (``studie-codebook.docx``); an export of one
    document is named after the document."""
    note: str = ""
    """A line under the options, saying what the reader will see."""
    group: str = "files"
    """Entries of another group are set apart in the menu by a separator."""
    warnings: str = ""
    """``"module:function"`` taking ``(project, options)``: what to tell the user before
    writing (each with a ``line()``), e.g. code names another tool cannot tell apart."""

    def __post_init__(self) -> None:
        unknown = self.applies - OPTION_NAMES or self.applies & COMMON
        if unknown:
            raise ValueError(f"{self.kind}: not options it could choose: {sorted(unknown)}")

    @property
    def one_document(self) -> bool:
        """An export of one document: it is chosen, and filters and grouping by document
        do not apply."""
        return "document" in self.applies

    def check(self, project: Project, options: ExportOptions = DEFAULTS) -> list[Reported]:
        """What to warn of before this export is written (the file is still written)."""
        if not self.warnings:
            return []
        module, name = self.warnings.split(":")
        found: list[Reported] = getattr(importlib.import_module(module), name)(project, options)
        return found

    def run(self, project: Project, target: str | Path,
            options: ExportOptions = DEFAULTS) -> ExportOutcome:
        """Write ``target``; see :class:`~.options.ExportOptions`."""
        module, name = self.function.split(":")
        result: ExportOutcome = getattr(importlib.import_module(module), name)(
            project, target, options)
        return result


EXPORTERS: tuple[Exporter, ...] = (
    Exporter(
        "codebook", QT_TRANSLATE_NOOP("ExportActions", "&Codebook (Word)…"), (".docx",),
        frozenset({"examples", "lang"}), "qda_app.exporters.docx_codebook:export_codebook",
        help="the code system as a Word codebook",
        description="Title page, then every code in tree order (Heading 1-4) with colour, "
                    "counts, description and memos, and a summary table.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export codebook"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the codebook…"),
        file_stem="codebook"),
    Exporter(
        "segments", QT_TRANSLATE_NOOP("ExportActions", "Coded &Segments (Word/Excel/CSV)…"),
        (".docx", ".xlsx", ".csv"), frozenset({"query", "lang", "delimiter"}),
        "qda_app.exporters.segments:export_segments",
        help="coded excerpts to Word, Excel or CSV",
        description="Coded segments (filtered like `qda segments`) to .docx, .xlsx or .csv, "
                    "chosen by OUT's extension.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export coded segments"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the coded segments…"),
        file_stem="segments"),
    Exporter(
        "transcript", QT_TRANSLATE_NOOP("ExportActions", "Coded &Transcript (Word)…"),
        (".docx",), frozenset({"document", "query", "lang"}),
        "qda_app.exporters.docx_transcript:export_transcript",
        help="one document with its codings as Word comments",
        description="The document as it reads in the app, speaker labels in bold, every "
                    "coding a Word comment on exactly its span (author: the coder).",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export coded transcript"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the coded transcript…"),
        note=QT_TRANSLATE_NOOP("ExportActions", "Every coding becomes a Word comment on its "
                               "text (author: the coder), the text shaded in the code's colour.")),
    Exporter(
        "matrix", QT_TRANSLATE_NOOP("ExportActions", "Code &Matrix (Excel/CSV)…"),
        (".xlsx", ".csv"),
        frozenset({"by", "by_coder", "documents", "set", "where", "lang", "delimiter"}),
        "qda_app.exporters.matrix:export_matrix",
        help="code x document (or x speaker) counts to Excel or CSV",
        description="How many codings each code has in each document, or with --by speaker "
                    "in each speaker's turns (a code's own codings, not its subcodes'); "
                    ".xlsx adds totals and shades cells by count.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export code matrix"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the code matrix…"),
        file_stem="matrix"),
    Exporter(
        "cooccurrence", QT_TRANSLATE_NOOP("ExportActions", "Code C&o-occurrence (Excel/CSV)…"),
        (".xlsx", ".csv"), frozenset({"cooccurrence", "lang", "delimiter"}),
        "qda_app.exporters.cooccurrence_table:export_cooccurrence",
        help="code x code co-occurrence to Excel or CSV",
        description="How many pairs of codings of each two codes overlap (or share a "
                    "paragraph or speaker turn, or lie near each other); the diagonal is "
                    "each code's number of codings. .xlsx shades the cells.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export code co-occurrence"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the code co-occurrence…"),
        file_stem="cooccurrence"),
    Exporter(
        "words", QT_TRANSLATE_NOOP("ExportActions", "&Word Frequencies (Excel/CSV)…"),
        (".xlsx", ".csv"), frozenset({"words", "lang", "delimiter"}),
        "qda_app.exporters.word_table:export_words",
        help="word frequencies to Excel or CSV",
        description="Each word of the documents (or of a code's segments) with its count, "
                    "its share of all words and the number of documents it occurs in; "
                    "stop words left out.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export word frequencies"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Counting and writing the words…"),
        file_stem="words"),
    Exporter(
        "crosstab", QT_TRANSLATE_NOOP("ExportActions", "C&rosstab (Excel/CSV)…"),
        (".xlsx", ".csv"), frozenset({"crosstab", "lang", "delimiter"}),
        "qda_app.exporters.crosstab_table:export_crosstab",
        help="codes x a variable's values (or x sets, x speakers) to Excel or CSV",
        description="Per code and column: its codings and the documents with one; a column "
                    "per value of --variable (or per set with --sets, per speaker with "
                    "--speakers), with its number of documents. .xlsx has a sheet of each; "
                    ".csv a row per code and column.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export crosstab"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the crosstab…"),
        file_stem="crosstab"),
    Exporter(
        "variables", QT_TRANSLATE_NOOP("ExportActions", "Document &Variables (Excel/CSV)…"),
        (".xlsx", ".csv"), frozenset({"lang", "delimiter"}),
        "qda_app.exporters.variable_export:export_variables",
        help="document variables to Excel or CSV",
        description="A row per document (its name first), a column per variable; .xlsx "
                    "with numbers, dates and yes/no as such, .csv as text in --lang's "
                    "forms. `qda vars import` reads it back.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export document variables"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the document variables…"),
        file_stem="variables"),
    Exporter(
        "consistency", QT_TRANSLATE_NOOP("ExportActions", "Co&nsistency Check (Excel/CSV)…"),
        (".xlsx", ".csv"), frozenset({"consistency", "lang", "delimiter"}),
        "qda_app.exporters.consistency_table:export_consistency",
        help="possible misses and slips of codes to Excel or CSV, for the team meeting",
        description="For each code (or those given with --code): passages very like its "
                    "codings but not coded with it, and codings far from all its others; "
                    "computed on this computer (see qda consistency).",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export consistency check"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Checking the codes and writing…"),
        file_stem="consistency"),
    Exporter(
        "qdc", QT_TRANSLATE_NOOP("ExportActions", "REFI-QDA Code&book (.qdc)…"), (".qdc",),
        frozenset({"unique_names"}), "qda_app.refi:export_qdc",
        help="the code system as a REFI-QDA codebook (.qdc)",
        description="Codes with GUIDs, names, colours, descriptions, hierarchy and "
                    "categories, for MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA codebook "
                    "exchange). Codes that share a name are warned of on stderr.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export REFI-QDA codebook"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the REFI-QDA codebook…"),
        file_stem="codebook", group="refi-qda", warnings="qda_app.refi.names:qdc_warnings"),
    Exporter(
        "qdpx", QT_TRANSLATE_NOOP("ExportActions", "REFI-QDA &Project (.qdpx)…"), (".qdpx",),
        frozenset({"unique_names"}), "qda_app.refi:export_qdpx",
        help="the whole project as a REFI-QDA project (.qdpx)",
        description="Coders, codes and categories, texts (UTF-8), codings with their "
                    "positions and memos, as a REFI-QDA project exchange file; validated "
                    "against the official schema before it is written. Codes that share a "
                    "name and categories with codings are warned of on stderr.",
        heading=QT_TRANSLATE_NOOP("ExportActions", "Export REFI-QDA project"),
        writing=QT_TRANSLATE_NOOP("ExportActions", "Writing the REFI-QDA project…"),
        group="refi-qda", warnings="qda_app.refi.names:qdpx_warnings"),
)
"""In the order File → Export shows them."""

FILE_TYPES = {
    ".docx": QT_TRANSLATE_NOOP("ExportActions", "Word documents"),
    ".xlsx": QT_TRANSLATE_NOOP("ExportActions", "Excel workbooks"),
    ".csv": QT_TRANSLATE_NOOP("ExportActions", "CSV tables"),
    ".qdc": QT_TRANSLATE_NOOP("ExportActions", "REFI-QDA codebooks"),
    ".qdpx": QT_TRANSLATE_NOOP("ExportActions", "REFI-QDA projects"),
}
"""What the save dialog calls each kind of file."""


def file_type(suffix: str) -> str:
    """The save dialog's name for ``suffix``'s files (``"Word documents"``, ``".txt files"``)."""
    return FILE_TYPES.get(suffix, f"{suffix} files")


def exporter_for(kind: str) -> Exporter:
    """The entry for ``qda export KIND`` (looked up in :data:`EXPORTERS` as it is now)."""
    for entry in EXPORTERS:
        if entry.kind == kind:
            return entry
    raise KeyError(kind)
