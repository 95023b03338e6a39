"""The Assist pane: more like this, suggested codes and the consistency check, computed on
this computer (the pane says so where the feature lives).

Three tabs over one index (:class:`~.index_keeper.IndexKeeper`, built in a thread the
first time, with a progress bar and Cancel; the user goes on coding meanwhile):

- **Similar Passages**: from a typed sentence, the selection, or a coding (the
  transcript's "More Like This"), the most similar passages with score, document and
  the codes on them; double-click opens one; "Code These…" codes the ticked ones with a
  code picked, one undo step (greyed for a team project's reader, who codes nothing);
- **Suggested Codes**: for the selection, the codes whose codings are nearest, each with
  those codings as the reason; nothing is coded until "Code Selection with This";
- **Consistency**: possible misses and slips of one code or all, double-click to look,
  Export… to ``.xlsx``/``.csv`` for the team meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...assist.places import Passage
from ...assist.queries import ConsistencyQuery
from ...assist.ready import ReadyIndex
from ...errors import NotFoundError, QdaError
from ...records import Changes, CodingSpec
from ..codes.code_picker import CodePicker
from ..commands.coding_commands import AddNewCodings
from ..commands.command_base import run
from ..common import rights_hints
from ..common.elided_label import ElidedLabel
from ..common.row_tables import HintTable, list_rows
from ..common.tool_window import show_dock_of
from ..search.document_choice import DocumentChoice
from ..workbench import Workbench
from .index_keeper import IndexKeeper
from .result_models import RECORD_ROLE, FindingModel, MatchModel, SuggestionModel, place_of
from .tabs import consistency_tab, fill_codes, similar_tab, suggest_tab

Selection = Callable[[], "tuple[str, int, int] | None"]
ExportCheck = Callable[[ConsistencyQuery], None]
UNITS = (("sentence", QT_TRANSLATE_NOOP("AssistPane", "Sentences")),
         ("paragraph", QT_TRANSLATE_NOOP("AssistPane", "Paragraphs")),
         ("turn", QT_TRANSLATE_NOOP("AssistPane", "Speaker turns")))


class AssistPane(QWidget):
    query: QLineEdit
    matches: MatchModel
    match_table: HintTable
    code_these: QPushButton
    suggestions: SuggestionModel
    suggest_table: HintTable
    code_with: QPushButton
    check_code: QComboBox
    findings: FindingModel
    finding_table: HintTable
    export_button: QPushButton

    def __init__(self, bench: Workbench, selection: Selection, export: ExportCheck,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistPane")
        self.bench = bench
        self.project = bench.project
        self.selection = selection
        self.export_check = export
        self.keeper = IndexKeeper(bench)
        self.last_code: str | None = None
        self.suggested_for: Passage | None = None
        self._build()
        self.keeper.progressed.connect(self._progressed)
        self.keeper.building.connect(self._building)
        self.keeper.failed.connect(lambda text: self.say(text))
        bench.events.changed.connect(self._on_change)

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.private = QLabel(self)
        self.private.setObjectName("assistPrivacy")
        self.private.setWordWrap(True)
        self.private.setText(self.tr(
            "<b>Computed on this computer.</b> Nothing is sent anywhere; no model is "
            "downloaded. Engine: {0}.").format(self.keeper.engine.label))
        self.note = QLabel(self)
        self.note.setObjectName("assistNote")
        self.note.setWordWrap(True)
        self.note.setText(self.tr("Semantic search needs pip install 'kodierwerk[assist]'; "
                                  "using the lexical engine (shared words).")
                          if self.keeper.note else "")
        self.note.setVisible(bool(self.keeper.note))
        self.unit = QComboBox(self)
        self.unit.setObjectName("assistUnit")
        for value, label in UNITS:
            self.unit.addItem(self.tr(str(label)), value)
        self.documents = DocumentChoice(self.project, self.bench.current_document, self)
        self.documents.setObjectName("assistDocuments")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("assistProgress")
        self.progress.setFormat(self.tr("Indexing on this computer… %v of %m passages"))
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("assistCancel")
        self.cancel.clicked.connect(self.keeper.cancel)
        self._building(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assistTabs")
        self.tabs.addTab(similar_tab(self), self.tr("Similar Passages"))
        self.tabs.addTab(suggest_tab(self), self.tr("Suggested Codes"))
        self.tabs.addTab(consistency_tab(self), self.tr("Consistency"))
        self.summary = ElidedLabel(self, Qt.TextElideMode.ElideRight)
        self.summary.setObjectName("assistSummary")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Passages:"), self))
        bar.addWidget(self.unit)
        bar.addWidget(self.documents)
        bar.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.private, self.note):
            layout.addWidget(widget)
        layout.addLayout(bar)
        layout.addLayout(busy)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)

    def table(self, name: str, model: Any, placeholder: str) -> HintTable:
        """A results table of the pane: rows selected whole, double-click opens."""
        table = HintTable(self)
        table.setObjectName(name)
        table.placeholder = placeholder
        table.setModel(model)
        list_rows(table)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.doubleClicked.connect(self.open_row)
        return table

    # -- state ---------------------------------------------------------------------------------

    def current_unit(self) -> str:
        return str(self.unit.currentData())

    def say(self, text: str) -> None:
        self.summary.setText(text)

    def _building(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel.setVisible(on)
        if on:
            self.progress.setRange(0, 0)
            self.say(self.tr("Indexing the documents on this computer; you can go on coding."))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_change(self, changes: Changes) -> None:
        if changes.documents or changes.project:
            self.documents.reload()
        if changes.codes:
            fill_codes(self)

    def open_pane(self) -> None:
        show_dock_of(self)

    # -- questions -----------------------------------------------------------------------------

    def ask(self, answer: Callable[[ReadyIndex], None]) -> None:
        """Run ``answer`` with a current index (now, or once it is built)."""
        def guarded(ready: ReadyIndex) -> None:
            try:
                answer(ready)
            except QdaError as exc:
                self.say(str(exc))

        self.keeper.request(self.current_unit(), guarded)

    def more_like_this(self, source: object) -> None:
        """Similar passages to a text, a :class:`Passage` or a coding, in the first tab."""
        from ...assist.more_like_this import similar

        self.open_pane()
        self.tabs.setCurrentIndex(0)

        def answer(ready: ReadyIndex) -> None:
            found = similar(self.project, source, documents=self.documents.documents(),
                            index=ready)
            self.matches.set_rows(found)
            rights_hints.allow(self.code_these, self.bench.rights.can_code,
                               rights_hints.reader(), bool(found))
            self.say(self.tr("Similar passages: {0} · engine: {1}").format(
                len(found), ready.engine.label) if found else
                self.tr("No passage has anything in common with it."))

        self.ask(answer)

    def find_typed(self) -> None:
        if self.query.text().strip():
            self.more_like_this(self.query.text())

    def selected_passage(self) -> Passage | None:
        chosen = self.selection()
        if chosen is None:
            self.say(self.tr("Select a passage in the transcript first."))
            return None
        return Passage(*chosen)

    def from_selection(self) -> None:
        passage = self.selected_passage()
        if passage is not None:
            self.more_like_this(passage)

    def suggest_for_selection(self) -> None:
        """Suggested codes for the transcript's selection, in the second tab."""
        from ...assist.suggest import suggest_codes

        passage = self.selected_passage()
        self.open_pane()
        self.tabs.setCurrentIndex(1)
        if passage is None:
            return
        self.suggested_for = passage

        def answer(ready: ReadyIndex) -> None:
            result = suggest_codes(self.project, passage, index=ready)
            self.suggestions.set_rows(result.suggestions)
            rights_hints.allow(self.code_with, self.bench.rights.can_code,
                               rights_hints.reader(), bool(result.suggestions))
            already = ", ".join(result.already) or self.tr("none")
            self.say(self.tr("Suggested codes: {0} · already on the selection: {1}").format(
                len(result.suggestions), already))

        self.ask(answer)

    def check_consistency(self) -> None:
        """The consistency check of the code chosen (or all), in the third tab."""
        from ...assist.consistency import consistency_check
        from ..common.progress_run import run_with_progress

        self.open_pane()
        self.tabs.setCurrentIndex(2)
        query = self.consistency_query()

        def answer(ready: ReadyIndex) -> None:
            report = run_with_progress(self.bench.window, self.tr("Checking the codes…"),
                                       lambda p: consistency_check(self.project, query, ready,
                                                                   p))
            self.findings.set_rows([*report.misses, *report.slips])
            self.export_button.setEnabled(True)
            self.say(self.tr("Possible misses: {0} · possible slips: {1}").format(
                len(report.misses), len(report.slips)))

        self.ask(answer)

    def consistency_query(self) -> ConsistencyQuery:
        code = self.check_code.currentData()
        documents = tuple(self.documents.documents() or ())
        return ConsistencyQuery(codes=(code,) if code else (), unit=self.current_unit(),
                                engine=self.keeper.engine.name, documents=documents)

    # -- acting on the results -----------------------------------------------------------------

    def open_row(self, index: QModelIndex) -> None:
        place = place_of(index.data(RECORD_ROLE))
        if place is None:
            return
        try:
            self.bench.show_place(*place)
        except NotFoundError:
            self.bench.events.gone(self.tr("This document no longer exists (another program "
                                           "may have deleted it)."))

    def code_ticked(self) -> bool:
        """Ask for a code, then code the ticked passages with it (one undo step)."""
        ticked = self.matches.ticked_matches()
        if not ticked:
            self.say(self.tr("Tick the passages to code first."))
            return False
        code = CodePicker.ask_code(self.bench.window, self.project, self.bench.undo_stack,
                                   self.tr("Code the ticked passages with"), allow_new=True)
        if code is None:
            return False
        specs = [CodingSpec(m.document_uuid, code, m.start, m.end) for m in ticked]
        return self._code(specs, code)

    def code_with_suggestion(self) -> bool:
        """Code the selection the suggestions were for with the suggestion chosen."""
        rows = self.suggest_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        p = self.suggested_for
        if not self.suggestions.rows or p is None:
            return False
        chosen = self.suggestions.rows[row]
        doc = self.project.document(p.document)
        return self._code([CodingSpec(doc.uuid, chosen.code_uuid, p.start, p.end)],
                          chosen.code_uuid)

    def _code(self, specs: list[CodingSpec], code: str) -> bool:
        path = self.project.code(code).path
        command = AddNewCodings(self.project, specs, self.tr("Code {0} passages with “{1}”")
                                .format(len(specs), path))
        if not run(self.bench.undo_stack, command, self.bench.window):
            return False
        self.last_code = code
        self.say(self.tr("Coded with “{0}”: new codings: {1}, already there: {2}.").format(
            path, len(command.added), command.existing or 0))
        return True

    def export(self) -> None:
        self.export_check(self.consistency_query())
