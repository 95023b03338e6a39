"""The Sets panel (a dock under the document list, as MAXQDA has its sets there).

The project's document sets, each with its number of documents; a double-click
activates a set (again: deactivates it), and "Activate by Condition…" activates the
documents a condition on the variables chooses without making a set. What is
activated is what the analyses read whose documents box says "Activated" (their
default while something is activated). "New Set" makes a set of ticked documents or
from a condition (with a live count of the documents it matches). Every change to
the sets is one step of Edit → Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...records import Changes
from ..commands.command_base import ProjectCommand, run
from ..commands.set_commands import AddSet, ChangeMembers, DeleteSet, RenameSet
from ..common import rights_hints
from ..common.dialogs import Confirm, RenameDialog
from ..workbench import Workbench
from .set_dialogs import ConditionDialog, MembersDialog
from .set_model import UUID_ROLE, SetListModel


class SetPanel(QWidget):
    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setPanel")
        self.bench, self.project = bench, bench.project
        self.activation = bench.activation
        self.model = SetListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("setList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self._double_clicked)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.state = QLabel(self)
        self.state.setObjectName("activationLabel")
        self.state.setWordWrap(True)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), self)
        self.deactivate_button.setObjectName("deactivateButton")
        self.deactivate_button.clicked.connect(self.activation.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._bar())
        layout.addWidget(self.list, 1)
        below = QHBoxLayout()
        below.addWidget(self.state, 1)
        below.addWidget(self.deactivate_button)
        layout.addLayout(below)
        bench.events.changed.connect(self._on_change)
        self.activation.changed.connect(self._show_activation)
        self.fit_rights()
        self.reload()

    def fit_rights(self) -> None:
        """New sets for whom may change sets; greyed, with the reason, for the rest."""
        rights_hints.allow(self.new_button, self.bench.rights.may_change_project,
                           rights_hints.sets())

    def _bar(self) -> QHBoxLayout:
        self.new_button = new = QToolButton(self)
        new.setObjectName("newSetButton")
        new.setText(self.tr("New Set"))
        new.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(new)
        self.new_from_documents = self._add(menu, self.tr("From Documents…"),
                                            self.new_set, "newSetFromDocumentsAction")
        self.new_from_condition = self._add(menu, self.tr("From a Condition…"),
                                            self.new_set_from_condition,
                                            "newSetFromConditionAction")
        new.setMenu(menu)
        by_condition = QPushButton(self.tr("Activate by Condition…"), self)
        by_condition.setObjectName("activateConditionButton")
        by_condition.clicked.connect(lambda: self.activate_condition())
        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(by_condition)
        bar.addStretch(1)
        return bar

    def _add(self, menu: QMenu, text: str, slot: object, name: str) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        return action

    # -- following the project --------------------------------------------------------------

    def reload(self) -> None:
        self.model.sync(self.project.sets(), self._names)
        self._show_activation()

    def _names(self) -> dict[str, str]:
        """The documents' names, for a set's tooltip: read when one is shown, not when the
        window opens (it reads the document list once)."""
        return {d.uuid: d.name for d in self.project.documents()}

    def _on_change(self, changes: Changes) -> None:
        if changes.sets or changes.documents or changes.project:
            self.reload()

    def _show_activation(self) -> None:
        a = self.activation
        self.model.set_active(a.scope.set if a.active else None)
        self.deactivate_button.setVisible(a.active)
        if not a.active:
            self.state.setText(self.tr("Nothing activated: the analyses read all documents. "
                                       "Double-click a set to activate it."))
            return
        documents = a.documents() or []
        what = (self.tr("Activated: set {0}") if a.scope.set is not None else
                self.tr("Activated: {0}")).format(a.label)
        self.state.setText(self.tr("{0} ({1} documents)").format(what, len(documents)))

    # -- activating ---------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.toggle(str(index.data(UUID_ROLE)))

    def toggle(self, uuid: str) -> None:
        """Activate the set ``uuid``; if it is activated already, deactivate it."""
        if self.activation.active and self.activation.scope.set == uuid:
            self.activation.clear()
        else:
            self.activation.activate_set(uuid)

    def activate_condition(self, condition: str = "") -> None:
        answer = ConditionDialog.ask(self, self.project, named=False,
                                     condition=condition or self._current_condition())
        if answer is not None:
            self.activation.activate_condition(answer.condition)

    def _current_condition(self) -> str:
        return self.activation.scope.where or ""

    # -- changing the sets, each one undoable ------------------------------------------------

    def _push(self, command: ProjectCommand) -> bool:
        return run(self.bench.undo_stack, command, self)

    def new_set(self) -> None:
        current = self.bench.current_document()
        answer = MembersDialog.ask(self, self.project, self.tr("New set"),
                                   [current] if current else [], named=True)
        if answer is not None:
            self._push(AddSet(self.project, answer.name, sorted(answer.documents)))

    def new_set_from_condition(self) -> None:
        answer = ConditionDialog.ask(self, self.project, named=True,
                                     condition=self._current_condition())
        if answer is not None:
            self._push(AddSet(self.project, answer.name, where=answer.condition))

    def rename_set(self, uuid: str) -> None:
        current = self.project.document_set(uuid).name
        name = RenameDialog.ask(self, self.tr("Rename set"), self.tr("New name:"), current)
        if name:
            self._push(RenameSet(self.project, uuid, name))

    def edit_members(self, uuid: str) -> None:
        found = self.project.document_set(uuid)
        answer = MembersDialog.ask(self, self.project,
                                   self.tr("Documents of {0}").format(found.name),
                                   found.documents)
        if answer is None:
            return
        before = set(found.documents)
        added = sorted(answer.documents - before)
        removed = sorted(before - answer.documents)
        if not added and not removed:
            return
        stack = self.bench.undo_stack
        stack.beginMacro(self.tr("Change the documents of set “{0}”").format(found.name))
        if added:
            self._push(ChangeMembers(self.project, uuid, added, True, found.name))
        if removed:
            self._push(ChangeMembers(self.project, uuid, removed, False, found.name))
        stack.endMacro()

    def delete_set(self, uuid: str) -> None:
        found = self.project.document_set(uuid)
        question = self.tr("Delete the set “{0}”? Its documents stay in the project.").format(
            found.name)
        if Confirm.ask(self, self.tr("Delete set"), question):
            self._push(DeleteSet(self.project, uuid, found.name))

    def add_open_document(self, uuid: str) -> None:
        current = self.bench.current_document()
        if current:
            self._push(ChangeMembers(self.project, uuid, [current], True,
                                     self.project.document_set(uuid).name))

    # -- the context menu ---------------------------------------------------------------------

    def _menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        uuid = str(index.data(UUID_ROLE)) if index.isValid() else None
        self.menu_for(uuid).exec(self.list.viewport().mapToGlobal(point))

    def menu_for(self, uuid: str | None) -> QMenu:
        """The context menu of the set ``uuid`` (``None``: of the empty space)."""
        menu = QMenu(self)
        menu.setObjectName("setMenu")
        menu.setToolTipsVisible(True)  # a greyed entry says why
        changes = [self.new_from_documents, self.new_from_condition]
        if uuid is not None:
            active = self.activation.active and self.activation.scope.set == uuid
            menu.addAction(self.tr("Deactivate") if active else self.tr("Activate"),
                           lambda: self.toggle(uuid))
            menu.addSeparator()
            changes.append(menu.addAction(self.tr("Documents…"),
                                          lambda: self.edit_members(uuid)))
            if self.bench.current_document():
                changes.append(menu.addAction(self.tr("Add the Open Document"),
                                              lambda: self.add_open_document(uuid)))
            changes.append(menu.addAction(self.tr("Rename…"), lambda: self.rename_set(uuid)))
            changes.append(menu.addAction(self.tr("Delete…"), lambda: self.delete_set(uuid)))
            menu.addSeparator()
        menu.addAction(self.new_from_documents)
        menu.addAction(self.new_from_condition)
        for entry in changes:
            rights_hints.allow(entry, self.bench.rights.may_change_project, rights_hints.sets())
        return menu
