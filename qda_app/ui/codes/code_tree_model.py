"""The code system as a Qt item model: roles, editing, check boxes, drag and drop.

After every committed change to the code system the model diffs its nodes
against ``project.codes()`` (:mod:`code_nodes`), so views keep their
selection, expansion and scroll position and nothing is rebuilt. A coding
added or removed only patches the counts its change record names (its code
and that code's ancestors), whatever the size of the code system. Edits (rename in
place, drag and drop) go through commands on the undo stack, never straight
to the core.

Column 0 is the code (colour swatch, check box "activated for retrieval",
editable name; a category has a folder and an italic name); column 1 the
number of codings of the code itself, followed by the total with subcodes in
parentheses when that differs, e.g. ``2 (14)``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette, QUndoStack
from PySide6.QtWidgets import QWidget

from ...project import Project
from ...records import Changes, Code
from ..commands.code_commands import MoveCode, RenameCode
from ..commands.command_base import run
from ..common.mime import SELECTION_MIME
from ..common.project_events import ProjectEvents
from ..common.swatch import category_icon, swatch_icon
from .code_nodes import (
    COUNT,
    NAME,
    CodeNode,
    CodeNodeModel,
    ColorRole,
    Index,
    PathRole,
    QuickKeyRole,
    UuidRole,
)

CODE_MIME = "application/x-kodierwerk-code"
"""JSON list of code UUIDs being dragged inside the tree."""
"""JSON ``{"document": uuid, "start": int, "end": int}`` dragged from the transcript."""


def _is_checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value  # type: ignore[call-overload]


def count_text(code: Code) -> str:
    if code.codings_total != code.codings:
        return f"{code.codings} ({code.codings_total})"
    return str(code.codings)


class CodeTreeModel(CodeNodeModel):
    selectionDropped = Signal(str, dict)
    """A text selection was dropped on a code: (code uuid, selection payload)."""
    checkedChanged = Signal(list)
    """The activated codes (UUIDs in tree order) changed."""
    checkToggled = Signal(str)
    """A check box was toggled by the user (the panel tells it from a plain click)."""

    def __init__(self, project: Project, undo_stack: QUndoStack, events: ProjectEvents,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._stack = undo_stack
        self.error_parent: QWidget | None = None
        """Where the core's refusals are shown (the panel sets itself)."""
        self.may_edit = True
        """Whether codes may be renamed and moved here (not by a team project's coder)."""
        self._checked: set[str] = set()
        self._last_checked: list[str] = []
        self._quick: dict[str, int] = {}
        self._icons: dict[tuple[str, bool], QIcon] = {}
        self.refresh()
        events.changed.connect(self._on_changed)

    def removeRows(self, row: int, count: int,
                   parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Refused: after a drag the view asks to remove the source rows; MoveCode did that."""
        return False

    # -- data -----------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Code") if section == NAME else self.tr("Codings")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code: Code = index.internalPointer().code
        if role == UuidRole:
            return code.uuid
        if role == PathRole:
            return code.path
        if role == ColorRole:
            return code.color
        if role == QuickKeyRole:
            return self._quick.get(code.uuid)
        if index.column() == NAME:
            return self._name_data(code, role)
        return self._count_data(code, role)

    def _name_data(self, code: Code, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return code.name
        if role == Qt.ItemDataRole.DecorationRole:
            key = (code.color, code.codable)
            if key not in self._icons:
                self._icons[key] = (swatch_icon if code.codable else category_icon)(code.color)
            return self._icons[key]
        if role == Qt.ItemDataRole.FontRole and not code.codable:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if code.uuid in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"<b>{html.escape(code.path)}</b>"]
            if not code.codable:
                parts.append(self.tr("Category: groups codes; coding with it asks first"))
            if code.description:
                parts.append(html.escape(code.description).replace("\n", "<br>"))
            slot = self._quick.get(code.uuid)
            if slot is not None:
                parts.append(self.tr("Quick code: Ctrl+{0}").format(slot))
            return "<br>".join(parts)
        return None

    def _count_data(self, code: Code, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            slot = self._quick.get(code.uuid)
            hint = f"Ctrl+{slot}   " if slot is not None else ""
            return hint + count_text(code)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and code.codings_total == 0:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            own = self.tr("{0} codings of this code").format(code.codings)
            if code.codings_total == code.codings:
                return own
            return own + "<br>" + self.tr("{0} with its subcodes").format(code.codings_total)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if self.may_edit:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if self.may_edit:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != NAME:
            return False
        node: CodeNode = index.internalPointer()
        if role == Qt.ItemDataRole.CheckStateRole:
            self.set_checked([node.uuid], _is_checked(value))
            self.checkToggled.emit(node.uuid)
            return True
        if role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if not name or name == node.code.name:  # type: ignore[union-attr]
                return False
            return run(self._stack, RenameCode(self._project, node.uuid, name, seen=node.code),
                       self.error_parent)  # a rename made meanwhile refuses it: no overwrite
        return False

    # -- activated codes and quick codes --------------------------------------------------

    def checked_codes(self) -> list[str]:
        """Activated codes in tree order (check state lives in the window, not the file)."""
        return [n.uuid for n in self.walk() if n.uuid in self._checked]

    def set_checked(self, uuids: Iterable[str], checked: bool) -> None:
        changed = [u for u in uuids if u in self._nodes and (u in self._checked) != checked]
        for uuid in changed:
            (self._checked.add if checked else self._checked.discard)(uuid)
            index = self.index_for_uuid(uuid)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self._emit_checked()

    def set_all_checked(self, checked: bool) -> None:
        self.set_checked(list(self._nodes), checked)

    def set_quick_codes(self, slots: dict[int, str]) -> None:
        """Pinned quick codes (slot 1-9 -> code UUID), shown as ``Ctrl+N`` hints."""
        old = self._quick
        self._quick = {uuid: slot for slot, uuid in slots.items()}
        for uuid in set(old) | set(self._quick):
            if old.get(uuid) != self._quick.get(uuid) and uuid in self._nodes:
                self._emit_row_changed(self._nodes[uuid])

    def _emit_checked(self) -> None:
        checked = self.checked_codes()
        if checked != self._last_checked:
            self._last_checked = checked
            self.checkedChanged.emit(checked)

    # -- drag and drop ----------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, SELECTION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        uuids = list(dict.fromkeys(i.data(UuidRole) for i in indexes if i.isValid()))
        if not uuids:
            return None
        data = QMimeData()
        data.setData(CODE_MIME, QByteArray(json.dumps(uuids).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        # codes move; a text selection from the transcript may come as copy or link
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        if data.hasFormat(SELECTION_MIME):
            return row == -1 and parent.isValid() and _selection(data) is not None
        if not data.hasFormat(CODE_MIME):
            return False
        node = self._nodes.get(_dragged_code(data) or "")
        if node is None:
            return False
        target = self._node(parent)
        while target is not self._root:  # not into itself or one of its subcodes
            if target is node:
                return False
            target = target.parent  # type: ignore[assignment]
        return True

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if action == Qt.DropAction.IgnoreAction:
            return True
        if data.hasFormat(SELECTION_MIME):
            selection = _selection(data)
            assert selection is not None
            self.selectionDropped.emit(parent.data(UuidRole), selection)
            return True
        uuid = _dragged_code(data)
        assert uuid is not None
        return self.move_code(uuid, self.uuid_for_index(parent), row)

    def move_code(self, uuid: str, parent_uuid: str | None, row: int = -1) -> bool:
        """Move like a drop before ``row`` of ``parent_uuid`` (``-1``: at the end).

        ``row`` counts the parent's rows as they are now, with the moved code
        still in place (what a view's drop reports); a drop where the code
        already is changes nothing and pushes no command.
        """
        if not self.may_edit:
            return False
        node = self._nodes[uuid]
        target = self._root if parent_uuid is None else self._nodes[parent_uuid]
        position: int | None = None if row < 0 else row
        if node.parent is target:
            current = node.row()
            if position is not None and current < position:
                position -= 1
            if (len(target.children) - 1 if position is None else position) == current:
                return False
        command = MoveCode(self._project, uuid, parent_uuid, position, seen=node.code)
        return run(self._stack, command, self.error_parent)

    # -- incremental updates --------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.codes or changes.documents:
            self.refresh()
        elif changes.added or changes.removed:  # codings only: patch the touched codes' counts
            if not self.add_counts(coding_delta(changes)):
                self.refresh()
        elif changes.codings:
            self.refresh()

    def refresh(self) -> None:
        """Patch the tree to match the project (the events hub calls this after changes)."""
        self.sync(self._project.codes())
        self._emit_checked()


def coding_delta(changes: Changes) -> dict[str, int]:
    """Code UUID -> codings added minus removed, from a change record."""
    delta: dict[str, int] = {}
    for coding in changes.added:
        delta[coding.code_uuid] = delta.get(coding.code_uuid, 0) + 1
    for coding in changes.removed:
        delta[coding.code_uuid] = delta.get(coding.code_uuid, 0) - 1
    return delta


def _decode(data: QMimeData, mime: str) -> Any:
    try:
        return json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


def _dragged_code(data: QMimeData) -> str | None:
    uuids = _decode(data, CODE_MIME)
    if isinstance(uuids, list) and uuids and isinstance(uuids[0], str):
        return uuids[0]
    return None


def _selection(data: QMimeData) -> dict[str, Any] | None:
    payload = _decode(data, SELECTION_MIME)
    return payload if isinstance(payload, dict) else None


__all__ = ["CODE_MIME", "COUNT", "NAME", "SELECTION_MIME", "CodeTreeModel", "ColorRole",
           "PathRole", "QuickKeyRole", "UuidRole"]
