"""The rows File → Export shows for the code co-occurrence and the word frequencies
(``ui/exchange/export_dialogs.py`` adds them when an exporter's entry lists the option).

They start from what the window showed when its Export… button was pressed (or from
the defaults, with the project's stop list, from the File menu); what the rows do not
ask (the documents, the code whose text is counted) is kept and said in a line.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from ...analysis.cooccurrence import CooccurrenceQuery
from ...analysis.crosstab import CrosstabQuery
from ...analysis.words import WordQuery
from ...errors import QdaError
from ...project import Project
from .unit_chooser import UnitChooser


def _note(parent: QWidget, form: QFormLayout, text: str) -> None:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setEnabled(False)  # greyed: a note, not a control
    form.addRow("", label)


class CooccurrenceRows(QObject):
    def __init__(self, dialog: QWidget, form: QFormLayout, project: Project,
                 start: CooccurrenceQuery) -> None:
        super().__init__(dialog)
        self.start = start
        self.unit = UnitChooser(dialog)
        self.unit.set_unit(start.unit, start.distance)
        form.addRow(self.tr("Pairs of codings:"), self.unit)
        self.coder = QComboBox(dialog)
        self.coder.setObjectName("cooccurrenceExportCoder")
        self.coder.addItem(self.tr("All coders"), None)
        for coder in project.coders():
            self.coder.addItem(coder.name, coder.name)
        self.coder.setCurrentIndex(max(self.coder.findData(
            start.coders[0] if start.coders else None), 0))
        form.addRow(self.tr("Coder:"), self.coder)
        if start.documents:
            names = {d.uuid: d.name for d in project.documents()}
            _note(dialog, form, self.tr("Documents: {0}").format(
                ", ".join(names.get(d, d) for d in start.documents)))

    def query(self) -> CooccurrenceQuery:
        coder = self.coder.currentData()
        return replace(self.start, unit=self.unit.unit(), distance=self.unit.chosen_distance(),
                       coders=(coder,) if coder else ())


class WordRows(QObject):
    def __init__(self, dialog: QWidget, form: QFormLayout, project: Project,
                 start: WordQuery) -> None:
        super().__init__(dialog)
        self.start = start
        self.stop = QCheckBox(self.tr("Leave out stop words"), dialog)
        self.stop.setObjectName("wordExportStopWords")
        self.stop.setChecked(start.stop_words is None or bool(start.stop_words))
        self.lemma = QCheckBox(self.tr("Count lemmas"), dialog)
        self.lemma.setObjectName("wordExportLemma")
        self.lemma.setChecked(start.lemma)
        self.min_count = QSpinBox(dialog)
        self.min_count.setObjectName("wordExportMinCount")
        self.min_count.setRange(1, 1_000_000)
        self.min_count.setValue(start.min_count)
        form.addRow(self.tr("Words:"), self.stop)
        form.addRow("", self.lemma)
        form.addRow(self.tr("At least:"), self.min_count)
        scope = start.scope
        if scope.codes or scope.documents:
            names = {d.uuid: d.name for d in project.documents()}
            paths = {c.uuid: c.path for c in project.codes()}
            parts = [names.get(d, d) for d in scope.documents] or [self.tr("all documents")]
            if scope.codes:
                parts.append(self.tr("segments of {0}").format(
                    ", ".join(paths.get(c, c) for c in scope.codes)))
            _note(dialog, form, self.tr("Text: {0}").format("; ".join(parts)))

    def query(self) -> WordQuery:
        stop = self.start.stop_words if self.start.stop_words else None
        return replace(self.start, stop_words=stop if self.stop.isChecked() else frozenset(),
                       lemma=self.lemma.isChecked(), min_count=self.min_count.value())


class CrosstabRows(QObject):
    """What a crosstab's columns stand for (a variable's values, the sets, the speakers)."""

    def __init__(self, dialog: QWidget, form: QFormLayout, project: Project,
                 start: CrosstabQuery) -> None:
        super().__init__(dialog)
        self.start = start
        self.columns = QComboBox(dialog)
        self.columns.setObjectName("crosstabExportColumns")
        for variable in project.variables():
            self.columns.addItem(self.tr("Variable: {0}").format(variable.name), variable.uuid)
        self.columns.addItem(self.tr("Sets"), "\x00sets")
        self.columns.addItem(self.tr("Speakers"), "\x00speakers")
        self._start_key = f"\x00{start.by}"
        if start.by == "variable" and start.variable:
            try:  # the query may name the variable; the box knows it by UUID
                self._start_key = project.variable(start.variable).uuid
            except QdaError:
                self._start_key = ""
        self.columns.setCurrentIndex(max(self.columns.findData(self._start_key), 0))
        form.addRow(self.tr("Columns:"), self.columns)
        self.subcodes = QCheckBox(self.tr("Count subcodes in their parent"), dialog)
        self.subcodes.setObjectName("crosstabExportSubcodes")
        self.subcodes.setChecked(start.include_subcodes)
        form.addRow("", self.subcodes)

    def query(self) -> CrosstabQuery:
        key = str(self.columns.currentData())
        by = key[1:] if key.startswith("\x00") else "variable"
        return replace(self.start, by=by, variable=None if by != "variable" else key,
                       bins=self.start.bins if key == self._start_key else 0,
                       include_subcodes=self.subcodes.isChecked())
