"""Code all hits…: pick a code and a unit; a preview counts what OK will add.

The preview is the core's own plan (:func:`~qda_app.analysis.autocode.plan_autocode`),
made again whenever the code or the unit changes: how many codings OK adds, how many
exist already (not added twice), how many hits merged into fewer codings, and how many
have no such unit (no speaker turn there). OK is offered only when something is added.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...analysis.autocode import AutocodePlan, plan_autocode
from ...errors import QdaError
from ...project import Project
from ...text_search import SearchHit
from ..codes.code_tree_model import UuidRole
from ..common.swatch import swatch_icon

UNIT_LABELS = (
    ("hit", QT_TRANSLATE_NOOP("AutocodeDialog", "the hit itself")),
    ("sentence", QT_TRANSLATE_NOOP("AutocodeDialog", "its sentence")),
    ("paragraph", QT_TRANSLATE_NOOP("AutocodeDialog", "its paragraph")),
    ("turn", QT_TRANSLATE_NOOP("AutocodeDialog", "its speaker turn")),
)


class AutocodeDialog(QDialog):
    def __init__(self, parent: QWidget | None, project: Project, hits: Sequence[SearchHit],
                 query: str, code: str | None = None, unit: str = "hit") -> None:
        super().__init__(parent)
        self.setObjectName("autocodeDialog")
        self.setWindowTitle(self.tr("Code All Hits"))
        self.project, self.hits = project, list(hits)
        self.plan: AutocodePlan | None = None
        documents = len({h.document_uuid for h in self.hits})
        intro = QLabel(self.tr("Hits of “{0}”: {1} · documents: {2} · coder: {3}").format(
            query, len(self.hits), documents, project.coder), self)
        intro.setWordWrap(True)
        self.code = QComboBox(self)
        self.code.setObjectName("autocodeCode")
        self.code.setEditable(True)  # type part of a path to find the code
        self.code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in project.codes():
            self.code.addItem(swatch_icon(c.color), c.path, c.uuid)
            self.code.setItemData(self.code.count() - 1, c.uuid, UuidRole)
        completer = self.code.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.unit = QComboBox(self)
        self.unit.setObjectName("autocodeUnit")
        for value, label in UNIT_LABELS:
            self.unit.addItem(QCoreApplication.translate("AutocodeDialog", str(label)), value)
        self.preview = QLabel(self)
        self.preview.setObjectName("autocodePreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(self.preview.fontMetrics().height() * 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("For each hit, code:"), self.unit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._select(code, unit)
        self.code.currentIndexChanged.connect(self.update_preview)
        self.code.editTextChanged.connect(self.update_preview)
        self.unit.currentIndexChanged.connect(self.update_preview)
        self.update_preview()
        self.resize(560, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project, hits: Sequence[SearchHit],
            query: str, code: str | None = None, unit: str = "hit") -> AutocodePlan | None:
        """The plan the user agreed to, or ``None`` when cancelled."""
        dialog = cls(parent, project, hits, query, code, unit)
        try:
            return dialog.plan if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _select(self, code: str | None, unit: str) -> None:
        i = self.code.findData(code) if code else -1
        self.code.setCurrentIndex(i if i >= 0 else (0 if self.code.count() else -1))
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))

    def chosen_code(self) -> str | None:
        """The UUID of the code whose path is in the field, if it names one."""
        i = self.code.findText(self.code.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.code.itemData(i) if i >= 0 else None

    def update_preview(self) -> None:
        code = self.chosen_code()
        self.plan = None
        if code is None:
            self.preview.setText(self.tr("Choose a code (type part of its name)."))
        else:
            try:
                self.plan = plan_autocode(self.project, self.hits, code, self.unit.currentData())
            except QdaError as exc:  # the code was deleted meanwhile, by another program
                self.preview.setText(str(exc))
            else:
                self.preview.setText(self.describe(self.plan))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.plan is not None and self.plan.new > 0)

    def describe(self, plan: AutocodePlan) -> str:
        lines = [self.tr("New codings: {0}. Already there (not added again): {1}.")
                 .format(plan.new, plan.existing)]
        units = plan.hits - plan.without_unit
        if len(plan.specs) < units:
            lines.append(self.tr("Overlapping units are merged: {0} hits make {1} codings.")
                         .format(units, len(plan.specs)))
        if plan.without_unit:
            lines.append((self.tr("Hits in no speaker turn (not coded): {0}.")
                          if plan.unit == "turn" else
                          self.tr("Hits of blank space only (not coded): {0}."))
                         .format(plan.without_unit))
        return "\n".join(lines)
