"""Retrieved segments: the codings of the codes activated in the code tree.

What MAXQDA calls the "Retrieved Segments" window: activate codes, filter by
document and coder, read excerpts, double-click to jump to the place.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import NotFoundError
from ...project import Project
from ...records import NO_SPEAKER, Changes, Coding, DocumentInfo
from ..common.elided_label import ElidedLabel
from ..common.project_events import ProjectEvents
from ..common.row_tables import HintTable
from ..sets.activation import Activation
from ..sets.scope_box import ScopeBox
from .segment_model import COLUMNS, SegmentModel


class SegmentPanel(QWidget):
    segmentActivated = Signal(object)  # Coding

    def __init__(self, project: Project, events: ProjectEvents,
                 parent: QWidget | None = None,
                 documents: list[DocumentInfo] | None = None,
                 activation: Activation | None = None) -> None:
        """``documents``: the project's documents, when the window has them read already;
        ``activation``: the Sets panel's, which the document box follows."""
        super().__init__(parent)
        self.project = project
        self.events = events
        self.codes: list[str] = []
        self._wanted: set[str] = set()  # the activated codes, with subcodes when included
        self.model = SegmentModel(project.codings, self)
        self.table = HintTable(self)
        self.table.setObjectName("segmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 150 if col in (1, 2) else 110)
        self.table.doubleClicked.connect(self._activated)
        self.subcodes = QCheckBox(self.tr("Include subcodes"), self)
        self.subcodes.setObjectName("includeSubcodes")
        self.subcodes.setChecked(True)
        self.document_filter = ScopeBox(project, events, activation, self, with_documents=True,
                                        documents=documents)
        self.document_filter.setObjectName("segmentDocumentFilter")
        self._in_scope: frozenset[str] | None = None
        """The documents listed (UUIDs), when a set or a condition chooses them."""
        self.coder_filter = QComboBox(self)
        self.coder_filter.setObjectName("segmentCoderFilter")
        self.speaker_filter = QComboBox(self)
        self.speaker_filter.setObjectName("segmentSpeakerFilter")
        self.speaker_filter.setToolTip(self.tr("The codings that start in this speaker's turns"))
        # its text grows with what is listed: it must never widen the dock (it elides)
        self.summary = ElidedLabel(self, Qt.TextElideMode.ElideRight)
        # short texts only: a long one would widen the dock and squeeze the panes beside it;
        # and the summary keeps room beside three filters on a laptop's screen
        for combo, length in ((self.document_filter, 10), (self.coder_filter, 8),
                              (self.speaker_filter, 8)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.subcodes)
        bar.addWidget(QLabel(self.tr("Document:"), self))
        bar.addWidget(self.document_filter)
        bar.addWidget(QLabel(self.tr("Coder:"), self))
        bar.addWidget(self.coder_filter)
        self.speaker_label = QLabel(self.tr("Speaker:"), self)
        bar.addWidget(self.speaker_label)
        bar.addWidget(self.speaker_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._fill_filters(documents)
        for signal in (self.subcodes.toggled, self.document_filter.changed,
                       self.coder_filter.currentIndexChanged,
                       self.speaker_filter.currentIndexChanged):
            signal.connect(self.refresh)
        events.changed.connect(self._on_change)
        self.refresh()

    def _fill_filters(self, documents: list[DocumentInfo] | None = None) -> None:
        self._fill_documents(documents)
        self._fill_coders()

    def _fill_documents(self, documents: list[DocumentInfo] | None = None) -> None:
        docs = self.project.documents() if documents is None else documents
        self.model.document_order = {d.uuid: i for i, d in enumerate(docs)}
        self._fill_speakers(docs)  # the document box fills itself

    def _fill_speakers(self, docs: list[DocumentInfo]) -> None:
        """The speakers of all documents, and "(no speaker)"; shown only where someone speaks."""
        speakers = list(dict.fromkeys(name for d in docs for name in d.speakers))
        self._fill(self.speaker_filter, [*((name, name) for name in speakers),
                                         (self.tr("(no speaker)"), NO_SPEAKER)])
        for widget in (self.speaker_label, self.speaker_filter):
            widget.setVisible(bool(speakers))

    def _fill_coders(self) -> None:
        self._fill(self.coder_filter, [(c.name, c.name) for c in self.project.coders()])

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for label, data in items:
            combo.addItem(label, data)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def set_codes(self, uuids: list[str]) -> None:
        self.codes = list(uuids)
        self.refresh()

    def show_segments(self, codes: list[str], document: str | None = None,
                      coder: str | None = None, include_subcodes: bool = False,
                      speaker: str | None = None) -> None:
        """List exactly these codings (the code matrix's double-click on a cell).

        Sets the filters as given (``None``: all) and retrieves once, instead
        of once per changed filter.
        """
        filters = ((self.document_filter, document), (self.coder_filter, coder),
                   (self.speaker_filter, speaker))
        for widget in (self.subcodes, *(combo for combo, _ in filters)):
            widget.blockSignals(True)
        self.subcodes.setChecked(include_subcodes)
        for combo, value in filters:
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for widget in (self.subcodes, *(combo for combo, _ in filters)):
            widget.blockSignals(False)
        self.codes = list(codes)
        self.refresh()

    def refresh(self) -> None:
        self._wanted = self._wanted_codes()
        if not self.codes:
            self.model.set_spans([])
            self.summary.setText(self.tr("No codes activated"))
            self.table.placeholder = self.tr(
                "Tick codes in the code system to list their coded segments here.")
            return
        self.table.placeholder = self.tr("No coded segments match the activated codes "
                                         "and filters.")
        scope = self.document_filter.scope()
        try:
            self._in_scope = None if scope.set is None and scope.where is None else \
                frozenset(self.project.documents_for(scope.documents or None, scope.set,
                                                     scope.where))
            spans = self.project.spans(code=self.codes,
                                      include_subcodes=self.subcodes.isChecked(),
                                      coder=self.coder_filter.currentData(),
                                      document=list(scope.documents) or None,
                                      set=scope.set, where=scope.where,
                                      speaker=self.speaker_filter.currentData())
        except NotFoundError:  # gone before the window noticed: catching up lists them anew
            self.events.gone(self.tr("An activated code or the chosen document no longer "
                                     "exists; the retrieved segments are up to date again."))
            return
        self.model.set_spans(spans)
        self._show_summary()

    def _show_summary(self) -> None:
        if self.codes:
            self.summary.setText(self.tr("{0} segments from {1} activated codes").format(
                self.model.total(), len(self.codes)))

    def _wanted_codes(self) -> set[str]:
        if not self.codes:
            return set()
        codes = self.project.codes()
        wanted = set(self.codes)
        if self.subcodes.isChecked():
            for code in codes:  # tree order: a parent comes before its children
                if code.parent_uuid in wanted:
                    wanted.add(code.uuid)
        return wanted

    def _matches(self, coding: Coding) -> bool:
        doc, coder = self.document_filter.document(), self.coder_filter.currentData()
        speaker = self.speaker_filter.currentData()
        in_scope = self._in_scope is None or coding.document_uuid in self._in_scope
        return (coding.code_uuid in self._wanted and in_scope
                and doc in (None, coding.document_uuid)
                and coder in (None, coding.coder)
                and speaker in (None, coding.speaker or NO_SPEAKER))

    def _on_change(self, changes: Changes) -> None:
        if changes.documents:
            self._fill_documents()
        if changes.coders:  # a coder's first coding: the document list is as it was
            self._fill_coders()
        if changes.codes:
            existing = {c.uuid for c in self.project.codes()}
            self.codes = [u for u in self.codes if u in existing]
        if (changes.sets or changes.variables) and self._in_scope is not None:
            self.refresh()  # a set's documents, or those a condition chooses, changed
        elif (changes.added or changes.removed) and not (changes.codes or changes.documents):
            self.model.patch([c for c in changes.added if self._matches(c)], changes.removed)
            self._show_summary()
        elif changes.codings or changes.codes or changes.documents:
            self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.segmentActivated.emit(self.model.rows[index.row()])
