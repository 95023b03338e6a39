"""The dialogs of the Sets panel, each behind a ``classmethod ask()``.

:class:`ConditionDialog` takes a condition on the variables and says, as it is typed,
how many documents it matches (and which), or, in one line, why it cannot be read;
:class:`MembersDialog` ticks the documents of a set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import QdaError
from ...project import Project

LIVE_DELAY_MS = 120
"""The count follows the typing after this pause (a condition is read and evaluated)."""


@dataclass(frozen=True, slots=True)
class ConditionAnswer:
    name: str
    """The set's name (empty when only activating)."""
    condition: str


class ConditionDialog(QDialog):
    """A condition with a live count of the documents it matches; with ``named``, a name
    for the set it makes."""

    def __init__(self, parent: QWidget | None, project: Project, named: bool = True,
                 condition: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("conditionDialog")
        self.project = project
        self.setWindowTitle(self.tr("New set from a condition") if named else
                            self.tr("Activate documents by a condition"))
        self.name = QLineEdit(self) if named else None
        self.condition = QLineEdit(condition, self)
        self.condition.setObjectName("conditionEdit")
        self.condition.setPlaceholderText(self.tr("e.g. Region = Thüringen and Alter < 40"))
        self.count = QLabel(self)
        self.count.setObjectName("conditionCount")
        self.count.setWordWrap(True)
        variables = ", ".join(f"{v.name}" for v in project.variables())
        help_text = QLabel(self.tr(
            "Compare variables with = != < <= > >= or contains; join with and, or, not and "
            "parentheses (und, oder, nicht work too). Put a value of several words that holds "
            "a keyword in quotes. Variables: {0}").format(variables or self.tr("none yet")),
            self)
        help_text.setWordWrap(True)
        help_text.setEnabled(False)
        form = QFormLayout()
        if self.name is not None:
            self.name.setObjectName("conditionSetName")
            form.addRow(self.tr("Name of the set:"), self.name)
            self.name.textChanged.connect(lambda _t: self._update_button())
        form.addRow(self.tr("Condition:"), self.condition)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(help_text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._valid = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_DELAY_MS)
        self._timer.timeout.connect(self.evaluate)
        self.condition.textChanged.connect(lambda _t: self._timer.start())
        self.evaluate()

    def evaluate(self) -> None:
        """Count the documents the condition matches now (what the live label says)."""
        text = self.condition.text()
        if not text.strip():
            self._valid = False
            self.count.setText(self.tr("Type a condition."))
        else:
            try:
                found = self.project.documents_where(text)
            except QdaError as exc:
                self._valid = False
                self.count.setText(str(exc))
            else:
                self._valid = True
                names = ", ".join(d.name for d in found[:8]) + (", …" if len(found) > 8
                                                                  else "")
                self.count.setText(self.tr("{0} of {1} documents match: {2}").format(
                    len(found), len(self.project.documents()), names) if found else
                    self.tr("No document matches."))
        self._update_button()

    def _update_button(self) -> None:
        named = self.name is None or bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self._valid and named)

    def answer(self) -> ConditionAnswer:
        return ConditionAnswer(self.name.text().strip() if self.name else "",
                               self.condition.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project, named: bool = True,
            condition: str = "") -> ConditionAnswer | None:
        dialog = cls(parent, project, named, condition)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            dialog.evaluate()  # typed just before OK: the pause may not be over
            return dialog.answer() if dialog._valid else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True, slots=True)
class MembersAnswer:
    name: str
    documents: frozenset[str]


class MembersDialog(QDialog):
    """The project's documents to tick; with ``named``, a name for a new set."""

    def __init__(self, parent: QWidget | None, project: Project, title: str,
                 chosen: Iterable[str], named: bool) -> None:
        super().__init__(parent)
        self.setObjectName("setMembersDialog")
        self.setWindowTitle(title)
        self.name = QLineEdit(self) if named else None
        self.list = QListWidget(self)
        self.list.setObjectName("setMembersList")
        ticked = set(chosen)
        for doc in project.documents():
            item = QListWidgetItem(doc.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, doc.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.uuid in ticked else
                               Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.name is not None:
            self.name.setObjectName("setName")
            form = QFormLayout()
            form.addRow(self.tr("Name of the set:"), self.name)
            layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Documents of the set:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def answer(self) -> MembersAnswer:
        chosen = frozenset(
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked)
        return MembersAnswer(self.name.text().strip() if self.name else "", chosen)

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project, title: str,
            chosen: Iterable[str] = (), named: bool = False) -> MembersAnswer | None:
        dialog = cls(parent, project, title, chosen, named)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            answer = dialog.answer()
            return None if named and not answer.name else answer
        finally:
            dialog.deleteLater()
