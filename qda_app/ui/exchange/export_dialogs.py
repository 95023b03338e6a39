"""The options an export asks for (file names and "replace?" are ``common/file_dialogs``).

Each sits behind a ``classmethod ask()`` so that tests answer it with
``monkeypatch`` instead of clicking through a modal dialog. The option
dialogs start from what the window shows (activated codes, the segment
panel's filters, the current document), because that is what a user who
chooses File → Export right after looking at it expects to get.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale
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

from ...exporters.selection import SegmentQuery
from ...project import Project
from ..workbench import WindowFilters


def ui_language() -> str:
    """``"de"`` when the interface speaks German (the app translates for German systems)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def default_delimiter(lang: str) -> str:
    """German Excel splits CSV at semicolons; everyone else expects commas."""
    return ";" if lang == "de" else ","


# -- options ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodebookChoice:
    examples: int
    lang: str


@dataclass(frozen=True, slots=True)
class SegmentChoice:
    query: SegmentQuery
    suffix: str
    """``".docx"``, ``".xlsx"`` or ``".csv"``."""
    lang: str
    delimiter: str


@dataclass(frozen=True, slots=True)
class TranscriptChoice:
    document: str
    """The document's UUID."""
    query: SegmentQuery
    lang: str


@dataclass(frozen=True, slots=True)
class MatrixChoice:
    by_coder: bool
    suffix: str
    lang: str
    delimiter: str


class _OptionsDialog(QDialog):
    """A form with OK/Cancel and the export language, which every export has."""

    def __init__(self, parent: QWidget | None, title: str, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.addItem(_OptionsDialog.tr("German"), "de")
        self.language.addItem(_OptionsDialog.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        self.language.setToolTip(_OptionsDialog.tr(
            "Language of the headings and labels in the file; "
            "texts and code names are exported as they are."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_OptionsDialog.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def add_language_row(self) -> None:
        self.form.addRow(_OptionsDialog.tr("Labels in:"), self.language)

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def add_format_rows(self, formats: Sequence[tuple[str, str]]) -> None:
        """File format, and the CSV separator (only asked when CSV is chosen)."""
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for label, suffix in formats:
            self.format.addItem(label, suffix)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("csvDelimiter")
        for label, value in ((_OptionsDialog.tr("semicolon (German Excel)"), ";"),
                             (_OptionsDialog.tr("comma"), ","), (_OptionsDialog.tr("tab"), "\t")):
            self.delimiter.addItem(label, value)
        self.delimiter.setCurrentIndex(self.delimiter.findData(default_delimiter(ui_language())))
        self.form.addRow(_OptionsDialog.tr("Format:"), self.format)
        self.form.addRow(_OptionsDialog.tr("CSV separator:"), self.delimiter)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        self.delimiter.setEnabled(self.format.currentData() == ".csv")

    def coder_combo(self, project: Project, current: str | None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("exportCoder")
        combo.addItem(_OptionsDialog.tr("All coders"), None)
        for coder in project.coders():
            combo.addItem(coder.name, coder.name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def codes_choice(self, project: Project, activated: Sequence[str]) -> QCheckBox:
        """"Only the activated codes" (ticked when some are), their names listed below it."""
        box = QCheckBox(self)
        box.setObjectName("onlyActivatedCodes")
        known = {c.uuid: c for c in project.codes()}
        shown = [known[u] for u in activated if u in known]
        listed = QLabel(self)
        listed.setWordWrap(True)
        listed.setEnabled(False)  # greyed: a note, not a control
        if shown:
            box.setText(_OptionsDialog.tr("Only the {0} activated codes").format(len(shown)))
            box.setChecked(True)
            names = [c.name for c in shown]
            listed.setText(", ".join(names[:8]) + (", …" if len(names) > 8 else ""))
            listed.setToolTip("\n".join(c.path for c in shown))
        else:
            box.setText(_OptionsDialog.tr("Only the activated codes"))
            box.setEnabled(False)
            listed.setText(
                _OptionsDialog.tr("No codes are activated in the code system: all codes."))
        self.form.addRow(_OptionsDialog.tr("Codes:"), box)
        self.form.addRow("", listed)
        return box


class CodebookDialog(_OptionsDialog):
    @classmethod
    def ask(cls, parent: QWidget | None) -> CodebookChoice | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return CodebookChoice(dialog.examples.value(), dialog.lang)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Export Codebook"), "codebookExportDialog")
        self.examples = QSpinBox(self)
        self.examples.setObjectName("codebookExamples")
        self.examples.setRange(0, 100)
        self.examples.setValue(2)
        self.examples.setToolTip(self.tr("Coded segments quoted under each code, in tree and "
                                         "document order"))
        self.form.addRow(self.tr("Examples per code:"), self.examples)
        self.add_language_row()


class SegmentsDialog(_OptionsDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, project: Project,
            shown: WindowFilters) -> SegmentChoice | None:
        dialog = cls(parent, project, shown)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def __init__(self, parent: QWidget | None, project: Project, shown: WindowFilters) -> None:
        super().__init__(parent, self.tr("Export Coded Segments"), "segmentsExportDialog")
        self.project = project
        self.activated = shown.codes
        self.only_activated = self.codes_choice(project, shown.codes)
        self.subcodes = QCheckBox(self.tr("Include subcodes"), self)
        self.subcodes.setObjectName("exportSubcodes")
        self.subcodes.setChecked(shown.include_subcodes)
        self.document = QComboBox(self)
        self.document.setObjectName("exportDocument")
        self.document.addItem(self.tr("All documents"), None)
        for doc in project.documents():
            self.document.addItem(doc.name, doc.name)
            if doc.uuid == shown.document:
                self.document.setCurrentIndex(self.document.count() - 1)
        self.coder = self.coder_combo(project, shown.coder)
        self.by_document = QRadioButton(self.tr("by document, then code"), self)
        self.by_code = QRadioButton(self.tr("by code, then document"), self)
        self.by_code.setChecked(True)
        self.form.addRow("", self.subcodes)
        self.form.addRow(self.tr("Document:"), self.document)
        self.form.addRow(self.tr("Coder:"), self.coder)
        self.form.addRow(self.tr("Group:"), self.by_code)
        self.form.addRow("", self.by_document)
        self.add_format_rows([(self.tr("Word (.docx)"), ".docx"),
                              (self.tr("Excel (.xlsx)"), ".xlsx"),
                              (self.tr("CSV (.csv)"), ".csv")])
        self.add_language_row()

    def choice(self) -> SegmentChoice:
        paths = {c.uuid: c.path for c in self.project.codes()}
        codes = tuple(paths[u] for u in self.activated
                      if u in paths) if self.only_activated.isChecked() else ()
        document = self.document.currentData()
        coder = self.coder.currentData()
        query = SegmentQuery(codes=codes, include_subcodes=self.subcodes.isChecked(),
                             coders=(coder,) if coder else (),
                             documents=(document,) if document else (),
                             by="document" if self.by_document.isChecked() else "code")
        return SegmentChoice(query, str(self.format.currentData()), self.lang,
                             str(self.delimiter.currentData()))


class TranscriptDialog(_OptionsDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, project: Project,
            shown: WindowFilters) -> TranscriptChoice | None:
        dialog = cls(parent, project, shown)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def __init__(self, parent: QWidget | None, project: Project, shown: WindowFilters) -> None:
        super().__init__(parent, self.tr("Export Coded Transcript"), "transcriptExportDialog")
        self.project = project
        self.activated = shown.codes
        self.include_subcodes = shown.include_subcodes
        self.document = QComboBox(self)
        self.document.setObjectName("exportDocument")
        for doc in project.documents():
            self.document.addItem(doc.name, doc.uuid)
        self.document.setCurrentIndex(max(self.document.findData(shown.document), 0))
        self.form.addRow(self.tr("Document:"), self.document)
        self.only_activated = self.codes_choice(project, shown.codes)
        self.coder = self.coder_combo(project, shown.coder)
        self.form.addRow(self.tr("Coder:"), self.coder)
        self.form.addRow("", QLabel(self.tr("Every coding becomes a Word comment on its "
                                            "text (author: the coder)."), self))
        self.add_language_row()

    def choice(self) -> TranscriptChoice:
        paths = {c.uuid: c.path for c in self.project.codes()}
        codes = tuple(paths[u] for u in self.activated
                      if u in paths) if self.only_activated.isChecked() else ()
        coder = self.coder.currentData()
        query = SegmentQuery(codes=codes, include_subcodes=self.include_subcodes,
                             coders=(coder,) if coder else ())
        return TranscriptChoice(str(self.document.currentData()), query, self.lang)


class MatrixDialog(_OptionsDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, by_coder: bool = False) -> MatrixChoice | None:
        dialog = cls(parent, by_coder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return MatrixChoice(dialog.by_coder.isChecked(), str(dialog.format.currentData()),
                            dialog.lang, str(dialog.delimiter.currentData()))

    def __init__(self, parent: QWidget | None, by_coder: bool = False) -> None:
        super().__init__(parent, self.tr("Export Code Matrix"), "matrixExportDialog")
        self.by_coder = QCheckBox(self.tr("One column per document and coder"), self)
        self.by_coder.setObjectName("matrixExportByCoder")
        self.by_coder.setChecked(by_coder)
        self.form.addRow(self.tr("Columns:"), self.by_coder)
        self.add_format_rows([(self.tr("Excel (.xlsx)"), ".xlsx"),
                              (self.tr("CSV (.csv)"), ".csv")])
        self.add_language_row()
