"""Undoable changes to the code system, one command per user action.

Each command calls only the :class:`~qda_app.Project` facade; ``do()`` records
what ``undo_()`` needs the moment it runs (old name, old place, a snapshot),
so redo after undo puts back exactly the same codes with the same UUIDs.

Each change also says which version of the code it is based on (``seen``): the
first time, the record the view showed; each undo and redo, the code as this
window's own latest step left it (kept per project in :data:`_latest`, since the
steps before and after it change the same code too). When another coder (or
program) changed the code since, the core refuses with
:class:`~qda_app.errors.ChangedMeanwhileError` and changes nothing; an undo or redo
refused so is dropped from the stack with a message (:mod:`.command_base`), never
applied half, and never writes over the other's change.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from ...errors import CodeNotFound
from ...project import Project
from ...records import Code, MergeResult
from ...snapshot_records import CodeSnapshot
from .command_base import ProjectCommand

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

_DESCRIBE_ID = 0x4B57_0001  # QUndoCommand.id() shared by description edits (merging)


_latest: WeakKeyDictionary[Project, dict[str, Code]] = WeakKeyDictionary()
"""Per open project: each code as this window's own latest step left it."""


def _name(project: Project, uuid: str) -> str:
    """The code's name for the command's text; a code already gone is refused by ``redo()``."""
    try:
        return project.code(uuid).name
    except CodeNotFound:
        return "?"


class CodeCommand(ProjectCommand):
    """A change of codes that knows which version of a code it is based on."""

    def __init__(self, project: Project, text: str, seen: Code | None = None) -> None:
        super().__init__(project, text)
        self._given = seen
        self._ran = False

    def seen(self, uuid: str) -> Code | None:
        """The record the change of ``uuid`` is based on (``None``: no check)."""
        if not self._ran:
            return self._given if self._given is not None and self._given.uuid == uuid \
                else None
        return _latest.get(self.project, {}).get(uuid)

    def left(self, *codes: Code) -> None:
        """The step went through and left ``codes`` as they are now."""
        self._ran = True
        known = _latest.setdefault(self.project, {})
        for code in codes:
            known[code.uuid] = code

    def left_as_is(self, *uuids: str) -> None:
        self.left(*(self.project.code(u) for u in uuids))


class AddCode(CodeCommand):
    """Create ``name`` under ``parent_uuid`` (top level when ``None``).

    A name with ``/`` creates the missing codes along that path; undo deletes
    the topmost one created. Undo snapshots what it deletes, so redo puts the
    codes back with the same UUIDs, colours and position.
    """

    def __init__(self, project: Project, name: str, parent_uuid: str | None = None,
                 color: str | None = None, description: str = "") -> None:
        text = translate("CodeCommands", "New code “{0}”")
        super().__init__(project, text.format(name.strip()))
        self.name = name
        self.parent_uuid = parent_uuid
        self.color = color
        self.description = description
        self.uuid: str | None = None
        """The code created (the last part of the path), once ``redo()`` has run."""
        self._top: str | None = None
        self._created: list[str] = []
        self._snapshot: CodeSnapshot | None = None

    def do(self) -> None:
        if self._snapshot is not None:
            self.project.restore_code(self._snapshot)  # refused if its parent is gone
        else:
            path = self.name
            if self.parent_uuid is not None:
                path = f"{self.project.code(self.parent_uuid).path}/{self.name}"
            before = {c.uuid for c in self.project.codes()}
            self.uuid = self.project.add_code(path, self.color, self.description).uuid
            self._created = [c.uuid for c in self.project.codes() if c.uuid not in before]
            self._top = self._created[0]  # tree order: the topmost new code comes first
        assert self._top is not None
        self.left_as_is(self._top)

    def undo_(self) -> None:
        assert self._top is not None
        snapshot = self.project.snapshot_code(self._top)
        # refused when someone coded with it, put a subcode under it or changed it since
        self.project.remove_new_code(self._top, self._created, seen=self.seen(self._top))
        self._snapshot = snapshot


class RenameCode(CodeCommand):
    def __init__(self, project: Project, uuid: str, new_name: str,
                 seen: Code | None = None) -> None:
        text = translate("CodeCommands", "Rename code “{0}”")
        super().__init__(project, text.format(new_name.strip()), seen)
        self.uuid = uuid
        self.new_name = new_name
        self.old_name: str | None = seen.name if seen is not None else None

    def do(self) -> None:
        if self.old_name is None:
            self.old_name = _name(self.project, self.uuid)
        self.left(self.project.rename_code(self.uuid, self.new_name, seen=self.seen(self.uuid)))

    def undo_(self) -> None:
        assert self.old_name is not None
        self.left(self.project.rename_code(self.uuid, self.old_name, seen=self.seen(self.uuid)))


class MoveCode(CodeCommand):
    """Reparent and/or reorder: ``position`` is the index among the new siblings.

    ``None`` as parent is the top level; ``None`` as position is the end.
    """

    def __init__(self, project: Project, uuid: str, parent_uuid: str | None,
                 position: int | None = None, seen: Code | None = None) -> None:
        text = translate("CodeCommands", "Move code “{0}”")
        super().__init__(project, text.format(_name(project, uuid)), seen)
        self.uuid = uuid
        self.parent_uuid = parent_uuid
        self.position = position
        self.old_parent: str | None = None
        self.old_position = 0

    def do(self) -> None:
        me = self.project.code(self.uuid)  # refused if gone (another program deleted it)
        self.old_parent = me.parent_uuid
        siblings = [c.uuid for c in self.project.codes() if c.parent_uuid == me.parent_uuid]
        self.old_position = siblings.index(self.uuid)
        self.left(self.project.move_code(self.uuid, self.parent_uuid, self.position,
                                         seen=self.seen(self.uuid)))

    def undo_(self) -> None:
        self.left(self.project.move_code(self.uuid, self.old_parent, self.old_position,
                                         seen=self.seen(self.uuid)))


class RecolorCode(CodeCommand):
    def __init__(self, project: Project, uuid: str, color: str,
                 seen: Code | None = None) -> None:
        text = translate("CodeCommands", "Colour of “{0}”")
        super().__init__(project, text.format(_name(project, uuid)), seen)
        self.uuid = uuid
        self.color = color
        self.old_color: str | None = seen.color if seen is not None else None

    def do(self) -> None:
        if self.old_color is None:
            self.old_color = self.project.code(self.uuid).color
        self.left(self.project.recolor_code(self.uuid, self.color, seen=self.seen(self.uuid)))

    def undo_(self) -> None:
        assert self.old_color is not None
        self.left(self.project.recolor_code(self.uuid, self.old_color,
                                            seen=self.seen(self.uuid)))


class DescribeCode(CodeCommand):
    """Set a code's description.

    Commands with the same ``burst`` token (the memo panel hands out one per
    editing session) merge into one undo step; ``burst=None`` never merges.
    """

    def __init__(self, project: Project, uuid: str, description: str,
                 burst: int | None = None, seen: Code | None = None) -> None:
        text = translate("CodeCommands", "Description of “{0}”")
        super().__init__(project, text.format(_name(project, uuid)), seen)
        self.uuid = uuid
        self.description = description
        self.burst = burst
        self.old_description: str | None = None

    def do(self) -> None:
        current = self.project.code(self.uuid).description
        if self.old_description is None:
            self.old_description = current
        self.left(self.project.describe_code(self.uuid, self.description,
                                             seen=self.seen(self.uuid)))

    def undo_(self) -> None:
        assert self.old_description is not None
        self.left(self.project.describe_code(self.uuid, self.old_description,
                                             seen=self.seen(self.uuid)))

    def id(self) -> int:
        return _DESCRIBE_ID

    def mergeWith(self, other: object) -> bool:
        if not (isinstance(other, DescribeCode) and other.error is None
                and self.burst is not None and other.burst == self.burst
                and other.uuid == self.uuid):
            return False
        self.description = other.description
        if self.description == self.old_description:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True


class SetCodable(CodeCommand):
    """Make a code a category (``codable=False``: it groups codes, REFI-QDA's
    ``isCodable="false"``) or a category a code again; its codings stay."""

    def __init__(self, project: Project, uuid: str, codable: bool,
                 seen: Code | None = None) -> None:
        text = (translate("CodeCommands", "Make “{0}” a code") if codable
                else translate("CodeCommands", "Make “{0}” a category"))
        super().__init__(project, text.format(_name(project, uuid)), seen)
        self.uuid = uuid
        self.codable = codable
        self.old: bool | None = None

    def do(self) -> None:
        self.old = self.project.code(self.uuid).codable
        self.left(self.project.set_codable(self.uuid, self.codable, seen=self.seen(self.uuid)))

    def undo_(self) -> None:
        assert self.old is not None
        self.left(self.project.set_codable(self.uuid, self.old, seen=self.seen(self.uuid)))


class DeleteCode(CodeCommand):
    """Delete a code with its subcodes; undo puts the snapshot back.

    ``delete_codings`` must be ``True`` for a code with codings: the panel
    passes it only after the user confirmed the count.
    """

    def __init__(self, project: Project, uuid: str, delete_codings: bool = False,
                 seen: Code | None = None) -> None:
        text = translate("CodeCommands", "Delete code “{0}”")
        super().__init__(project, text.format(_name(project, uuid)), seen)
        self.uuid = uuid
        self.delete_codings = delete_codings
        self.snapshot: CodeSnapshot | None = None
        self.deleted_codings = 0

    def do(self) -> None:
        self.snapshot = self.project.snapshot_code(self.uuid)
        self.deleted_codings = self.project.delete_code(self.uuid, self.delete_codings,
                                                        seen=self.seen(self.uuid))
        self._ran = True

    def undo_(self) -> None:
        assert self.snapshot is not None
        self.project.restore_code(self.snapshot)  # refused if its parent code is gone
        self.left_as_is(self.uuid)


class MergeCodes(CodeCommand):
    """Fold ``source`` (codings, subcodes, memos) into ``target``; undo restores ``source``."""

    def __init__(self, project: Project, source: str, target: str,
                 seen: Code | None = None) -> None:
        text = translate("CodeCommands", "Merge “{0}” into “{1}”")
        super().__init__(project, text.format(_name(project, source), _name(project, target)),
                         seen)
        self.source = source
        self.target = target
        self.snapshot: CodeSnapshot | None = None
        self.result: MergeResult | None = None

    def do(self) -> None:
        self.snapshot = self.project.snapshot_code(self.source)
        self.result = self.project.merge_codes(self.source, self.target,
                                               seen=self.seen(self.source))
        self.left_as_is(self.target)

    def undo_(self) -> None:
        assert self.snapshot is not None
        self.project.restore_code(self.snapshot)
        self.left_as_is(self.source, self.target)
