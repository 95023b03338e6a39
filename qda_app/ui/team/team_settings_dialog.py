"""Team → Team Settings…: the lead's settings of a team project and its members.

Blinded coding (coders see only their own codings until the lead ends it) and whether
coders may add codes are the two switches; the members are listed with their logins
and roles (members are added by the server's administrator, ``qda team add-coder``).
The database decides: a login that is not the lead cannot change the settings, so
the window offers this dialog to the lead only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import QdaError
from ...project import Project
from ..common.error_box import show_error

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def role_name(role: str | None) -> str:
    """A role as the window says it."""
    names = {"lead": translate("TeamSettingsDialog", "lead"),
             "coder": translate("TeamSettingsDialog", "coder"),
             "reader": translate("TeamSettingsDialog", "reader"),
             "owner": translate("TeamSettingsDialog", "administrator")}
    return names.get(role or "", translate("TeamSettingsDialog", "no role"))


class TeamSettingsDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSettingsDialog")
        self.setWindowTitle(self.tr("Team Settings – {0}").format(project.title))
        self.project = project
        settings = project.team_settings()
        layout = QVBoxLayout(self)
        coding = QGroupBox(self.tr("Coding"), self)
        box = QVBoxLayout(coding)
        self.blinded = QCheckBox(self.tr("Blinded coding: coders see only their own codings"))
        self.blinded.setObjectName("blindedCheck")
        self.blinded.setChecked(settings.blinded)
        self.adds_codes = QCheckBox(self.tr("Coders may add new codes to the code system"))
        self.adds_codes.setObjectName("codersAddCodesCheck")
        self.adds_codes.setChecked(settings.coders_add_codes)
        hint = QLabel(self.tr("The database enforces both, also for coders who connect "
                              "with other programs. Renaming, moving and deleting codes "
                              "stays yours."))
        hint.setWordWrap(True)
        for widget in (self.blinded, self.adds_codes, hint):
            box.addWidget(widget)
        layout.addWidget(coding)
        layout.addWidget(self._members())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 440)

    def _members(self) -> QGroupBox:
        group = QGroupBox(self.tr("Members"), self)
        box = QVBoxLayout(group)
        members = self.project.team_members()
        table = QTableWidget(len(members), 3, group)
        table.setObjectName("membersTable")
        table.setHorizontalHeaderLabels([self.tr("Coder"), self.tr("Login"), self.tr("Role")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, member in enumerate(members):
            for column, text in enumerate((member.name, member.login or "–",
                                           role_name(member.role))):
                table.setItem(row, column, QTableWidgetItem(text))
        box.addWidget(table)
        note = QLabel(self.tr("New members get a login from the server's administrator: "
                              "qda team add-coder URL NAME --role coder"))
        note.setWordWrap(True)
        box.addWidget(note)
        return group

    def accept(self) -> None:
        """Save the settings; a refusal is shown and the dialog stays open."""
        try:
            self.project.set_team_settings(blinded=self.blinded.isChecked(),
                                           coders_add_codes=self.adds_codes.isChecked())
        except QdaError as exc:
            show_error(self, exc)
            return
        super().accept()

    @classmethod
    def ask(cls, project: Project, parent: QWidget | None) -> bool:
        """Show the dialog; ``True`` when the settings were saved."""
        return cls(project, parent).exec() == QDialog.DialogCode.Accepted
