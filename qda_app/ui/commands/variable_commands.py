"""Undoable changes to document variables, one command per user action.

Each command calls only the facade; ``do()`` records what ``undo_()`` needs the first
time it runs (the old value, the old name, a snapshot of a variable with all its
values), so undo puts back exactly what was there, and redo the same again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...importers.variable_import import VariableImportPlan, apply_import
from ...project import Project
from ...variable_records import VariableSnapshot
from ...variable_values import Value
from .command_base import ProjectCommand

translate = QCoreApplication.translate


class SetVariableValue(ProjectCommand):
    """One document's value of one variable (``None``: clear it)."""

    def __init__(self, project: Project, document: str, variable: str, value: object,
                 label: str = "") -> None:
        text = translate("VariableCommands", "Set {0}").format(label or "?")
        super().__init__(project, text)
        self.document, self.variable, self.value = document, variable, value
        self.old: Value | None = None
        self._recorded = False

    def do(self) -> None:
        if not self._recorded:
            self.old = self.project.variable_value(self.document, self.variable)
            self._recorded = True
        self.project.set_variable(self.document, self.variable, self.value)

    def undo_(self) -> None:
        self.project.set_variable(self.document, self.variable, self.old)


class AddVariable(ProjectCommand):
    def __init__(self, project: Project, name: str, kind: str,
                 position: int | None = None) -> None:
        super().__init__(project, translate("VariableCommands", "New variable “{0}”")
                         .format(name.strip()))
        self.name, self.kind, self.position = name, kind, position
        self.uuid: str | None = None
        self._snapshot: VariableSnapshot | None = None

    def do(self) -> None:
        if self._snapshot is not None:
            self.project.restore_variable(self._snapshot)
            return
        self.uuid = self.project.add_variable(self.name, self.kind,
                                              position=self.position).uuid

    def undo_(self) -> None:
        assert self.uuid is not None
        self._snapshot = self.project.delete_variable(self.uuid)


class RenameVariable(ProjectCommand):
    def __init__(self, project: Project, uuid: str, new_name: str) -> None:
        super().__init__(project, translate("VariableCommands", "Rename variable “{0}”")
                         .format(new_name.strip()))
        self.uuid, self.new_name = uuid, new_name
        self.old_name: str | None = None

    def do(self) -> None:
        if self.old_name is None:
            self.old_name = self.project.variable(self.uuid).name
        self.project.rename_variable(self.uuid, self.new_name)

    def undo_(self) -> None:
        assert self.old_name is not None
        self.project.rename_variable(self.uuid, self.old_name)


class RetypeVariable(ProjectCommand):
    """A new type; undo puts back the old type with exactly the old values ("0034")."""

    def __init__(self, project: Project, uuid: str, kind: str, label: str) -> None:
        super().__init__(project, translate("VariableCommands", "Change the type of “{0}”")
                         .format(label))
        self.uuid, self.kind = uuid, kind
        self._before: VariableSnapshot | None = None

    def do(self) -> None:
        self._before = self.project.snapshot_variable(self.uuid)
        self.project.retype_variable(self.uuid, self.kind)

    def undo_(self) -> None:
        assert self._before is not None
        self.project.restore_variable(self._before)


class DeleteVariable(ProjectCommand):
    def __init__(self, project: Project, uuid: str, label: str) -> None:
        super().__init__(project, translate("VariableCommands", "Delete variable “{0}”")
                         .format(label))
        self.uuid = uuid
        self._snapshot: VariableSnapshot | None = None

    def do(self) -> None:
        self._snapshot = self.project.delete_variable(self.uuid)

    def undo_(self) -> None:
        assert self._snapshot is not None
        self.project.restore_variable(self._snapshot)


class ImportVariables(ProjectCommand):
    """Write an import plan; undo puts the variables it touched back as they were and
    deletes those it made."""

    def __init__(self, project: Project, plan: VariableImportPlan) -> None:
        super().__init__(project, translate("VariableCommands", "Import variables from {0}")
                         .format(plan.path.name))
        self.plan = plan
        self._before: list[VariableSnapshot] = []
        self._made: list[str] = []

    def do(self) -> None:
        existing = {v.name.casefold(): v.uuid for v in self.project.variables()}
        touched = [existing[c.name.casefold()] for c in self.plan.columns
                   if c.name.casefold() in existing]
        self._before = [self.project.snapshot_variable(u) for u in touched]
        apply_import(self.project, self.plan)
        self._made = [v.uuid for v in self.project.variables()
                      if v.name.casefold() not in existing]

    def undo_(self) -> None:
        for uuid in self._made:
            self.project.delete_variable(uuid)
        for snapshot in self._before:
            self.project.restore_variable(snapshot)
