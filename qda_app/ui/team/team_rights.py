"""What a team project's login may do, shown in the window, and the Team menu.

The database enforces the roles (:mod:`qda_app.storage.team_roles`); the window only
spares a member the refusals: a **reader** gets no coding entries, and clicking or
dropping on a code does not code; a **coder** gets no changes of the code system (the
code tree's actions follow :meth:`Project.rights` themselves, "New code" too when the
lead lets coders add codes) and codes under their own login's name only; the
**lead** gets Team → Team Settings… and is the only one to edit a code's description.

What only the lead may change is greyed for the others, its tooltip saying why,
rather than refused by the database after the click: here the File menu's entries
(Import Documents…; Import REFI-QDA Codebook… while coders may not add codes; Merge
Coder Projects… for a reader, since a coder merges their own work) and, for a
reader, the Memos menu's new memos; the panes ask ``bench.rights`` themselves
(the document list, the Variables window, the Sets pane, the memo manager and memo
editor, the Search and Assist panes' coding buttons). A ``.qda`` file and a project
without roles show everything, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ...records import Changes
from ...team_records import TeamRights
from ..common import rights_hints
from .team_settings_dialog import TeamSettingsDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def install(window: MainWindow) -> None:
    """Fit ``window`` to its login's rights; add the Team menu to a team project."""
    rights = window.bench.rights
    if not rights.can_code:
        _read_only(window)
    if not rights.leads:  # a code's description is the code system's: the lead's
        window.code_memo.editor.setReadOnly(True)
    if rights.fixed_coder:
        change = window.findChild(QAction, "changeCoderAction")
        if change is not None:
            change.setEnabled(False)
            change.setToolTip(translate("TeamRights", "In a team project you code under "
                                                      "your login's name."))
    _file_entries(window, rights)
    window.bench.events.changed.connect(lambda changes: _settings_changed(window, changes))
    if rights.team:
        _team_menu(window, rights)


def _file_entries(window: MainWindow, rights: TeamRights) -> None:
    """Grey the entries that write what this login may not (with the reason)."""
    for name, allowed, why in (
            ("importAction", rights.may_change_project, rights_hints.documents()),
            ("importQdcAction", rights.can_add_codes, rights_hints.add_codes()),
            ("mergeAction", rights.can_code, rights_hints.reader()),
            ("newProjectMemoAction", rights.may_write_memos, rights_hints.reader()),
            ("newFreeMemoAction", rights.may_write_memos, rights_hints.reader())):
        entry = window.findChild(QAction, name)
        if entry is not None:
            rights_hints.allow(entry, allowed, why)
    for menu in (window.menus.file_menu, window.memo_menu):
        menu.setToolTipsVisible(True)


def _settings_changed(window: MainWindow, changes: Changes) -> None:
    """The lead let coders add codes, or stopped it: the codebook import follows."""
    if changes.project:
        _file_entries(window, window.bench.rights)


def _read_only(window: MainWindow) -> None:
    """A reader: nothing in the window codes, edits codings, writes memos in the text or
    describes codes."""
    entries = window.transcript.entries
    for action in (entries.code_with, entries.code_with_last, entries.in_vivo,
                   entries.code_turn, *entries.quick, entries.remove, entries.move,
                   entries.memo, entries.bounds, window.text_memos.add):
        action.setVisible(False)  # the menus enable actions as they open; hidden stays hidden
    window.code_tree.codeActivated.disconnect(window.coding.code_clicked)
    window.code_tree.selectionDropped.disconnect(window.coding.drop_on_code)
    window.bench.status(translate("TeamRights", "You read this team project as a reader: "
                                                "coding and changes are the team's."))


def _team_menu(window: MainWindow, rights: TeamRights) -> None:
    bar = window.menuBar()
    help_menu = bar.actions()[-1]  # Help stays last
    menu = bar.addMenu(translate("TeamRights", "&Team"))
    menu.setObjectName("teamMenu")
    bar.insertMenu(help_menu, menu)
    settings = QAction(translate("TeamRights", "Team &Settings…"), window)
    settings.setObjectName("teamSettingsAction")
    settings.setEnabled(rights.can_manage_team)
    if not rights.can_manage_team:
        settings.setToolTip(translate("TeamRights", "Only the team's lead changes them."))
    settings.triggered.connect(lambda: TeamSettingsDialog.ask(window.project, window))
    menu.addAction(settings)
