"""The options an export asks for (file names and "replace?" are ``common/file_dialogs``).

One dialog for every export: it shows a row for each option the exporter's
registry entry says matters (:mod:`qda_app.exporters.registry`), so a new
exporter needs no dialog of its own. It sits behind a ``classmethod ask()``
so that tests answer it with ``monkeypatch`` instead of clicking through a
modal dialog. The rows start from options the window fills with what it
shows (activated codes, the segment panel's filters, the current document),
because that is what a user who chooses File → Export right after looking at
it expects to get.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...exporters.options import ExportOptions
from ...exporters.registry import CONTEXT, Exporter, file_type
from ...exporters.selection import SegmentQuery
from ...project import Project
from ..analysis.export_rows import CooccurrenceRows, CrosstabRows, WordRows


def ui_language() -> str:
    """``"de"`` when the interface speaks German (the app translates for German systems)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def default_delimiter(lang: str) -> str:
    """German Excel splits CSV at semicolons; everyone else expects commas."""
    return ";" if lang == "de" else ","


def translated(text: str) -> str:
    """A text of the exporter registry in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user chose: the options, and which of the exporter's file types."""

    options: ExportOptions
    suffix: str
    """``".docx"``, ``".xlsx"``, ``".csv"``...: one of the exporter's suffixes."""


def asks_anything(exporter: Exporter) -> bool:
    """Whether the export has options to ask (a single file type and no options: straight
    to the file)."""
    return bool(exporter.applies) or len(exporter.suffixes) > 1


class ExportOptionsDialog(QDialog):
    """A form with the options of one exporter, OK ("Export…") and Cancel."""

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project, exporter: Exporter,
            start: ExportOptions) -> ExportChoice | None:
        dialog = cls(parent, project, exporter, start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def __init__(self, parent: QWidget | None, project: Project, exporter: Exporter,
                 start: ExportOptions) -> None:
        super().__init__(parent)
        self.setObjectName(f"{exporter.kind}ExportDialog")
        self.setWindowTitle(translated(exporter.heading))
        self.project, self.exporter, self.start = project, exporter, start
        self.form = QFormLayout()
        self.document: QComboBox | None = None
        self.examples: QSpinBox | None = None
        self.only_activated: QCheckBox | None = None
        self.subcodes: QCheckBox | None = None
        self.coder: QComboBox | None = None
        self.by_document: QRadioButton | None = None
        self.columns: QComboBox | None = None
        self.by_coder: QCheckBox | None = None
        self.format: QComboBox | None = None
        self.delimiter: QComboBox | None = None
        self.language: QComboBox | None = None
        self.cooccurrence: CooccurrenceRows | None = None
        self.words: WordRows | None = None
        self.crosstab: CrosstabRows | None = None
        self.unique_names: QCheckBox | None = None
        self._add_rows(exporter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def _add_rows(self, exporter: Exporter) -> None:
        """One row per option that applies, always in this order."""
        applies = exporter.applies
        if exporter.one_document:
            self._document_row()
        if "examples" in applies:
            self._examples_row()
        if "query" in applies:
            self._query_rows(many_documents=not exporter.one_document)
        if "by" in applies:
            self._columns_row()
        if "by_coder" in applies:
            self.by_coder = QCheckBox(self.tr("One column per coder"), self)
            self.by_coder.setObjectName("matrixExportByCoder")
            self.by_coder.setChecked(self.start.by_coder)
            self.form.addRow("" if self.columns else self.tr("Columns:"), self.by_coder)
        if "cooccurrence" in applies:
            self.cooccurrence = CooccurrenceRows(self, self.form, self.project,
                                                 self.start.cooccurrence)
        if "words" in applies:
            self.words = WordRows(self, self.form, self.project, self.start.words)
        if "crosstab" in applies:
            self.crosstab = CrosstabRows(self, self.form, self.project, self.start.crosstab)
        if len(exporter.suffixes) > 1:
            self._format_rows(exporter.suffixes, "delimiter" in applies)
        if exporter.note:
            note = QLabel(translated(exporter.note), self)
            note.setWordWrap(True)
            self.form.addRow("", note)
        if "lang" in applies:
            self._language_row()
        if "unique_names" in applies:
            self._unique_names_row()

    # -- the rows -----------------------------------------------------------------------

    def _document_row(self) -> None:
        self.document = QComboBox(self)
        self.document.setObjectName("exportDocument")
        for doc in self.project.documents():
            self.document.addItem(doc.name, doc.uuid)
        self.document.setCurrentIndex(max(self.document.findData(self.start.document), 0))
        self.form.addRow(self.tr("Document:"), self.document)

    def _examples_row(self) -> None:
        self.examples = QSpinBox(self)
        self.examples.setObjectName("codebookExamples")
        self.examples.setRange(0, 100)
        self.examples.setValue(self.start.examples)
        self.examples.setToolTip(self.tr("Coded segments quoted under each code, in tree and "
                                         "document order"))
        self.form.addRow(self.tr("Examples per code:"), self.examples)

    def _query_rows(self, many_documents: bool) -> None:
        """Codes (the activated ones, or all), subcodes, coder; over many documents also
        the document filter and the grouping."""
        query = self.start.query
        self._codes_rows(query.codes)
        self.subcodes = QCheckBox(self.tr("Include subcodes"), self)
        self.subcodes.setObjectName("exportSubcodes")
        self.subcodes.setChecked(query.include_subcodes)
        self.form.addRow("", self.subcodes)
        if many_documents:
            self._document_filter_row(query.documents[0] if query.documents else None)
        self._coder_row(query.coders[0] if query.coders else None)
        if many_documents:
            by_code = QRadioButton(self.tr("by code, then document"), self)
            self.by_document = QRadioButton(self.tr("by document, then code"), self)
            by_code.setChecked(query.by != "document")
            self.by_document.setChecked(query.by == "document")
            self.form.addRow(self.tr("Group:"), by_code)
            self.form.addRow("", self.by_document)

    def _columns_row(self) -> None:
        """A code matrix's columns: the documents, or the speakers across them."""
        self.columns = QComboBox(self)
        self.columns.setObjectName("matrixExportColumns")
        self.columns.addItem(self.tr("One per document"), "document")
        self.columns.addItem(self.tr("One per speaker"), "speaker")
        self.columns.setCurrentIndex(max(self.columns.findData(self.start.by), 0))
        self.columns.setToolTip(self.tr(
            "Per speaker: the codings that start in a speaker's turns, in all documents; "
            "codings outside every turn make a column \"(no speaker)\"."))
        self.form.addRow(self.tr("Columns:"), self.columns)

    def _codes_rows(self, activated: Sequence[str]) -> None:
        """"Only the activated codes" (ticked when some are), their names listed below it."""
        box = self.only_activated = QCheckBox(self)
        box.setObjectName("onlyActivatedCodes")
        listed = QLabel(self)
        listed.setWordWrap(True)
        listed.setEnabled(False)  # greyed: a note, not a control
        if activated:
            box.setText(self.tr("Only the {0} activated codes").format(len(activated)))
            box.setChecked(True)
            names = [path.rsplit("/", 1)[-1] for path in activated]
            listed.setText(", ".join(names[:8]) + (", …" if len(names) > 8 else ""))
            listed.setToolTip("\n".join(activated))
        else:
            box.setText(self.tr("Only the activated codes"))
            box.setEnabled(False)
            listed.setText(self.tr("No codes are activated in the code system: all codes."))
        self.form.addRow(self.tr("Codes:"), box)
        self.form.addRow("", listed)

    def _document_filter_row(self, current: str | None) -> None:
        self.document = QComboBox(self)
        self.document.setObjectName("exportDocument")
        self.document.addItem(self.tr("All documents"), None)
        for doc in self.project.documents():
            self.document.addItem(doc.name, doc.name)
        self.document.setCurrentIndex(max(self.document.findData(current), 0))
        self.form.addRow(self.tr("Document:"), self.document)

    def _coder_row(self, current: str | None) -> None:
        self.coder = QComboBox(self)
        self.coder.setObjectName("exportCoder")
        self.coder.addItem(self.tr("All coders"), None)
        for coder in self.project.coders():
            self.coder.addItem(coder.name, coder.name)
        self.coder.setCurrentIndex(max(self.coder.findData(current), 0))
        self.form.addRow(self.tr("Coder:"), self.coder)

    def _format_rows(self, suffixes: Sequence[str], csv_separator: bool) -> None:
        """File format, and the CSV separator (only asked when CSV is chosen)."""
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for suffix in suffixes:
            self.format.addItem(f"{translated(file_type(suffix))} ({suffix})", suffix)
        self.form.addRow(self.tr("Format:"), self.format)
        if csv_separator:
            self.delimiter = QComboBox(self)
            self.delimiter.setObjectName("csvDelimiter")
            for label, value in ((self.tr("semicolon (German Excel)"), ";"),
                                 (self.tr("comma"), ","), (self.tr("tab"), "\t")):
                self.delimiter.addItem(label, value)
            self.delimiter.setCurrentIndex(max(self.delimiter.findData(self.start.delimiter), 0))
            self.form.addRow(self.tr("CSV separator:"), self.delimiter)
            self.format.currentIndexChanged.connect(self._format_changed)
            self._format_changed()

    def _format_changed(self) -> None:
        if self.format is not None and self.delimiter is not None:
            self.delimiter.setEnabled(self.format.currentData() == ".csv")

    def _language_row(self) -> None:
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(self.start.lang), 0))
        self.language.setToolTip(self.tr(
            "Language of the headings and labels in the file; "
            "texts and code names are exported as they are."))
        self.form.addRow(self.tr("Labels in:"), self.language)

    def _unique_names_row(self) -> None:
        self.unique_names = QCheckBox(self.tr("Unique code names"), self)
        self.unique_names.setObjectName("exportUniqueNames")
        self.unique_names.setChecked(self.start.unique_names)
        self.form.addRow(self.tr("Names:"), self.unique_names)
        note = QLabel(self.tr("Codes that share a name get their parent's in the file, "
                              "e.g. “Sonstiges (Schule)”: QualCoder needs unique code names. "
                              "The project keeps its names."), self)
        note.setWordWrap(True)
        self.form.addRow("", note)

    # -- the answer -----------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return str(self.language.currentData()) if self.language else self.start.lang

    def choice(self) -> ExportChoice:
        """The options as shown now; those without a row keep the start's."""
        start = self.start
        options = replace(
            start, lang=self.lang,
            document=str(self.document.currentData()) if self.exporter.one_document
            and self.document else start.document,
            examples=self.examples.value() if self.examples else start.examples,
            by=str(self.columns.currentData()) if self.columns else start.by,
            by_coder=self.by_coder.isChecked() if self.by_coder else start.by_coder,
            delimiter=str(self.delimiter.currentData()) if self.delimiter else start.delimiter,
            query=self._query() if self.only_activated else start.query,
            cooccurrence=self.cooccurrence.query() if self.cooccurrence else start.cooccurrence,
            words=self.words.query() if self.words else start.words,
            crosstab=self.crosstab.query() if self.crosstab else start.crosstab,
            unique_names=(self.unique_names.isChecked() if self.unique_names
                          else start.unique_names))
        suffix = str(self.format.currentData()) if self.format else self.exporter.suffixes[0]
        return ExportChoice(options, suffix)

    def _query(self) -> SegmentQuery:
        query = self.start.query
        checked = self.only_activated is not None and self.only_activated.isChecked()
        coder = self.coder.currentData() if self.coder else None
        document = (self.document.currentData()
                    if self.document and not self.exporter.one_document else None)
        return SegmentQuery(
            codes=query.codes if checked else (),
            include_subcodes=self.subcodes.isChecked() if self.subcodes else True,
            coders=(coder,) if coder else (), documents=(document,) if document else (),
            set=query.set, where=query.where,  # the window's set or condition, kept
            speakers=query.speakers,  # and its speaker filter
            by="document" if self.by_document and self.by_document.isChecked() else "code")
