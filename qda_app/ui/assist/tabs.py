"""The Assist pane's three tabs: their fields, buttons and tables, set on the pane.

Built here so that :mod:`.assist_pane` holds what the pane does, not how it is laid out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .result_models import FindingModel, MatchModel, SuggestionModel

if TYPE_CHECKING:
    from .assist_pane import AssistPane


def _page(pane: AssistPane, top: list[QWidget], table: QWidget,
          foot: list[QWidget]) -> QWidget:
    page = QWidget(pane)
    head = QHBoxLayout()
    for widget in top:  # the field, or an empty label after the buttons, takes the room
        wide = isinstance(widget, QLineEdit) or (isinstance(widget, QLabel) and not widget.text())
        head.addWidget(widget, 1 if wide else 0)
    tail = QHBoxLayout()
    tail.addStretch(1)
    for widget in foot:
        tail.addWidget(widget)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(2, 4, 2, 2)
    layout.addLayout(head)
    layout.addWidget(table, 1)
    layout.addLayout(tail)
    return page


def _widths(table: QTableView, widths: tuple[int, ...]) -> None:
    """First widths of the columns (the last one stretches)."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


def _button(pane: AssistPane, text: str, name: str, enabled: bool = True) -> QPushButton:
    button = QPushButton(text, pane)
    button.setObjectName(name)
    button.setEnabled(enabled)
    return button


def similar_tab(pane: AssistPane) -> QWidget:
    pane.query = QLineEdit(pane)
    pane.query.setObjectName("assistQuery")
    pane.query.setPlaceholderText(QCoreApplication.translate(
        "AssistPane", "Type a sentence to find passages like it…"))
    pane.query.setClearButtonEnabled(True)
    find = _button(pane, QCoreApplication.translate("AssistPane", "Find"), "assistFind")
    selection = _button(pane, QCoreApplication.translate("AssistPane", "Like the Selection"),
                        "assistFromSelection")
    pane.matches = MatchModel(pane)
    pane.match_table = pane.table("assistMatches", pane.matches, QCoreApplication.translate(
        "AssistPane",
        "Type a sentence above, or right-click a selection or a coding in the transcript and "
        "choose “More Like This”. Double-click a passage to open it; tick passages and "
        "“Code These…” codes them in one step."))
    _widths(pane.match_table, (70, 170, 150))
    tick = _button(pane, QCoreApplication.translate("AssistPane", "Tick All"), "assistTickAll")
    pane.code_these = _button(pane, QCoreApplication.translate("AssistPane", "Code These…"),
                              "assistCodeThese", False)
    pane.query.returnPressed.connect(pane.find_typed)
    find.clicked.connect(pane.find_typed)
    selection.clicked.connect(pane.from_selection)
    tick.clicked.connect(lambda: pane.matches.tick_all(len(pane.matches.ticked) <
                                                       len(pane.matches.rows)))
    pane.code_these.clicked.connect(pane.code_ticked)
    return _page(pane, [pane.query, find, selection], pane.match_table,
                 [tick, pane.code_these])


def suggest_tab(pane: AssistPane) -> QWidget:
    ask = _button(pane, QCoreApplication.translate(
        "AssistPane", "Suggest Codes for the Selection"), "assistSuggest")
    pane.suggestions = SuggestionModel(pane)
    pane.suggest_table = pane.table("assistSuggestions", pane.suggestions,
                                    QCoreApplication.translate(
        "AssistPane",
        "Select a passage in the transcript and ask for codes: the codes whose codings are "
        "nearest come first, with those codings as the reason. Nothing is coded until you "
        "click “Code Selection with This”."))
    _widths(pane.suggest_table, (220, 70))
    pane.code_with = _button(pane, QCoreApplication.translate(
        "AssistPane", "Code Selection with This"), "assistCodeWith", False)
    ask.clicked.connect(pane.suggest_for_selection)
    pane.code_with.clicked.connect(pane.code_with_suggestion)
    return _page(pane, [ask, QLabel(pane)], pane.suggest_table, [pane.code_with])


def consistency_tab(pane: AssistPane) -> QWidget:
    pane.check_code = QComboBox(pane)
    pane.check_code.setObjectName("assistCheckCode")
    fill_codes(pane)
    check = _button(pane, QCoreApplication.translate("AssistPane", "Check"), "assistCheck")
    pane.findings = FindingModel(pane)
    pane.finding_table = pane.table("assistFindings", pane.findings, QCoreApplication.translate(
        "AssistPane",
        "Possible misses: passages very similar to a code's codings but not coded with it. "
        "Possible slips: codings far from all other codings of their code. Questions for "
        "the team meeting; nothing is changed."))
    _widths(pane.finding_table, (140, 150, 60, 160, 360))
    pane.export_button = _button(pane, QCoreApplication.translate("AssistPane", "Export…"),
                                 "assistExport", False)
    check.clicked.connect(pane.check_consistency)
    pane.export_button.clicked.connect(pane.export)
    label = QLabel(QCoreApplication.translate("AssistPane", "Code:"), pane)
    return _page(pane, [label, pane.check_code, check, QLabel(pane)], pane.finding_table,
                 [pane.export_button])


def fill_codes(pane: AssistPane) -> None:
    """The codes to check: all of them, or one (kept chosen while it exists)."""
    combo = pane.check_code
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("AssistPane", "All codes"), None)
    for code in pane.project.codes():
        combo.addItem("    " * code.depth + code.name, code.uuid)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
