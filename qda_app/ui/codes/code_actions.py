"""What the code system panel offers to change: new code and subcode, rename, colour,
description, category, merge, delete, (de)activate all; each change one undoable command
from ``ui/commands/code_commands.py``.

:class:`CodeActions` holds the ``QAction`` of each (the panel puts them in its buttons and
context menu; Delete is the tree's shortcut), asks what it needs with the dialogs of
``code_dialogs`` and pushes the command on the shared undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QTreeView, QWidget

from ...errors import CodeNotFound
from ...project import Project
from ...records import Changes, Code
from ...team_records import TeamRights
from ..commands.code_commands import (
    AddCode,
    DeleteCode,
    DescribeCode,
    MergeCodes,
    RecolorCode,
    SetCodable,
)
from ..commands.command_base import run
from ..common.project_events import ProjectEvents
from .code_dialogs import (
    CodeColorDialog,
    CodeDescriptionDialog,
    CodeNameDialog,
    ConfirmDeleteCode,
    delete_question,
)
from .code_picker import CodePicker
from .code_tree_model import NAME, CodeTreeModel


class CodeActions(QObject):
    """The panel's actions on the code system; ``current`` is the tree's current code
    (UUID or ``None``), ``select`` makes a code current and visible."""

    def __init__(self, panel: QWidget, tree: QTreeView, model: CodeTreeModel, project: Project,
                 undo_stack: QUndoStack, events: ProjectEvents,
                 current: Callable[[], str | None], select: Callable[[str], None]) -> None:
        super().__init__(panel)
        self.panel, self.tree, self.model = panel, tree, model
        self.project, self.undo_stack, self.events = project, undo_stack, events
        self.current, self.select = current, select
        self.new = self._action("actionNewCode", self.tr("New code…"),
                                lambda: self.new_code(None), self.tr("New top-level code"))
        self.new_sub = self._action("actionNewSubcode", self.tr("New subcode…"),
                                    self._new_subcode, self.tr("New subcode of the current code"))
        self.rename = self._action("actionRenameCode", self.tr("Rename"), self.rename_current)
        self.color = self._action("actionCodeColour", self.tr("Colour…"), self.recolor_current)
        self.describe = self._action("actionCodeDescription", self.tr("Description…"),
                                     self.describe_current)
        self.category = self._action("actionCategory", self.tr("Make category"),
                                     self.toggle_category_current)
        self.merge = self._action("actionMergeCode", self.tr("Merge into…"), self.merge_current)
        self.delete = self._action("actionDeleteCode", self.tr("Delete…"), self.delete_current,
                                   self.tr("Delete the current code"),
                                   QKeySequence(QKeySequence.StandardKey.Delete))
        self.check_all = self._action("actionActivateAllCodes", self.tr("Activate all"),
                                      lambda: self.model.set_all_checked(True))
        self.uncheck_all = self._action("actionDeactivateAllCodes", self.tr("Deactivate all"),
                                        lambda: self.model.set_all_checked(False))
        events.changed.connect(self._on_changed)

    def _action(self, name: str, text: str, slot: object, tip: str = "",
                shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.panel)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        return action

    @property
    def rights(self) -> TeamRights:
        """What this login may do (a team project's coder: no changes of the code system,
        new codes only if the lead allows it); the database enforces it, this hides it."""
        return self.events.rights

    def update(self) -> None:
        """Enable what needs a current code, and what this login may do."""
        has_code = self.current() is not None
        adds, edits = self.rights.can_add_codes, self.rights.leads
        self.new.setEnabled(adds)
        self.new_sub.setEnabled(has_code and adds)
        for action in (self.rename, self.color, self.describe, self.category, self.merge,
                       self.delete):
            action.setEnabled(has_code and edits)
        self.model.may_edit = edits

    def _on_changed(self, changes: Changes) -> None:
        if changes.project:  # the lead may have let coders add codes, or stopped it
            self.update()

    # -- the changes -------------------------------------------------------------------------

    def new_code(self, parent_uuid: str | None) -> str | None:
        """Ask for a name and create the code; return its UUID (``None`` if cancelled)."""
        title = self.tr("New code") if parent_uuid is None else self.tr("New subcode")
        name = CodeNameDialog.ask(self.panel, title, self.tr("Name:"))
        if name is None:
            return None
        command = AddCode(self.project, name, parent_uuid)
        if not run(self.undo_stack, command, self.panel):
            return None
        assert command.uuid is not None
        self.select(command.uuid)
        return command.uuid

    def _new_subcode(self) -> None:
        uuid = self.current()
        if uuid is not None:
            self.new_code(uuid)

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(NAME))

    def recolor_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        color = CodeColorDialog.ask(self.panel, code.color)
        if color is not None and color.lower() != code.color:
            run(self.undo_stack, RecolorCode(self.project, code.uuid, color, seen=code),
                self.panel)

    def describe_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        text = CodeDescriptionDialog.ask(self.panel, code.path, code.description)
        if text is not None and text != code.description:
            run(self.undo_stack, DescribeCode(self.project, code.uuid, text, seen=code),
                self.panel)

    def toggle_category_current(self) -> None:
        """A code becomes a category (it groups codes; coding with it asks first), a
        category a code again; one undo step either way."""
        code = self._current_record()
        if code is not None:
            run(self.undo_stack, SetCodable(self.project, code.uuid, not code.codable,
                                            seen=code), self.panel)

    def merge_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        pick = CodePicker.ask(self.panel, self.project,
                              self.tr("Merge “{0}” into…").format(code.name),
                              exclude=self.model.subtree_uuids(code.uuid))
        if pick is None or pick.uuid is None:
            return
        if run(self.undo_stack, MergeCodes(self.project, code.uuid, pick.uuid, seen=code),
               self.panel):
            self.select(pick.uuid)

    def delete_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        subcodes = len(self.model.subtree_uuids(code.uuid)) - 1
        question = delete_question(code.name, subcodes, code.codings_total)
        if ConfirmDeleteCode.ask(self.panel, question):
            run(self.undo_stack, DeleteCode(self.project, code.uuid, delete_codings=True,
                                            seen=code), self.panel)

    def _current_record(self) -> Code | None:
        """The current code as the tree shows it (a change passes it as ``seen``: one
        someone made meanwhile refuses it, and the tree catches up), if it still exists
        (the tree may not know yet it is gone)."""
        uuid = self.current()
        if uuid is None:
            return None
        try:
            now = self.project.code(uuid)
            return self.model.code(uuid) or now
        except CodeNotFound:
            shown = self.model.code(uuid)
            self.events.gone(self.tr("The code “{0}” no longer exists (another program may have "
                                     "deleted it); the code system is up to date again.").format(
                shown.name if shown else ""))
            return None
