"""Pick a code by typing part of its path ("Code with…", "Merge into…", "Move coding to…").

Typing filters the list (every word must occur in the path, case ignored);
Enter takes the first match, or the one chosen with Up/Down. With
``allow_new`` a last entry offers to create the typed code when no code has
exactly that name or path; the caller creates it (through its undo stack).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...project import Project
from ..commands.code_commands import AddCode
from ..commands.command_base import run
from ..common.swatch import swatch_icon
from .code_tree_model import UuidRole

NewPathRole = UuidRole + 10


@dataclass(frozen=True)
class CodePick:
    """What the user picked: an existing code, or (``allow_new``) a code to create."""

    uuid: str | None = None
    new_path: str | None = None
    """The typed path of a code to create first (only when ``uuid`` is ``None``)."""

    @property
    def is_new(self) -> bool:
        return self.uuid is None


class CodePicker(QDialog):
    def __init__(self, parent: QWidget | None, project: Project, title: str,
                 exclude: set[str] | frozenset[str] = frozenset(),
                 allow_new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picked: CodePick | None = None
        self._allow_new = allow_new
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("codePickerFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter codes…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("codePickerList")
        self._codes = [c for c in project.codes() if c.uuid not in exclude]
        for code in self._codes:
            item = QListWidgetItem(swatch_icon(code.color), code.path)
            item.setData(UuidRole, code.uuid)
            self.list.addItem(item)
        self._new_item = QListWidgetItem()
        self._new_item.setHidden(True)
        self.list.addItem(self._new_item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._pick_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.returnPressed.connect(self._pick_current)
        self.filter_edit.installEventFilter(self)
        self.list.itemActivated.connect(self._pick_item)
        self._apply_filter("")
        self.resize(380, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project, title: str,
            exclude: set[str] | frozenset[str] = frozenset(),
            allow_new: bool = False) -> CodePick | None:
        """The picked code, or ``None`` when cancelled; codes in ``exclude`` are not offered."""
        dialog = cls(parent, project, title, exclude, allow_new)
        try:
            dialog.exec()
            return dialog.picked
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_code(cls, parent: QWidget | None, project: Project, undo_stack: QUndoStack,
                 title: str, exclude: set[str] | frozenset[str] = frozenset(),
                 allow_new: bool = False) -> str | None:
        """Like :meth:`ask`, but return a UUID: a new code is created first (one undo step)."""
        pick = cls.ask(parent, project, title, exclude, allow_new)
        if pick is None or pick.uuid is not None:
            return None if pick is None else pick.uuid
        assert pick.new_path is not None
        command = AddCode(project, pick.new_path)
        return command.uuid if run(undo_stack, command, parent) else None

    def visible_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if not item.isHidden()]

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for i, code in enumerate(self._codes):
            path = code.path.casefold()
            self.list.item(i).setHidden(not all(w in path for w in words))
        typed = "/".join(p.strip() for p in text.split("/"))
        exists = any(typed.casefold() in (c.path.casefold(), c.name.casefold())
                     for c in self._codes)
        show_new = self._allow_new and bool(text.strip()) and not exists
        self._new_item.setHidden(not show_new)
        if show_new:
            self._new_item.setText(self.tr("Create new code “{0}”").format(typed))
            self._new_item.setData(NewPathRole, typed)
        visible = self.visible_items()
        if visible:
            self.list.setCurrentItem(visible[0])
        else:
            self.list.setCurrentRow(-1)  # nothing to pick: Enter does nothing

    def _pick_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self._pick_item(item)

    def _pick_item(self, item: QListWidgetItem) -> None:
        if item is self._new_item:
            self.picked = CodePick(new_path=item.data(NewPathRole))
        else:
            self.picked = CodePick(uuid=item.data(UuidRole))
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter field move through the list."""
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            visible = self.visible_items()
            if visible:
                current = self.list.currentItem()
                i = visible.index(current) if current in visible else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.list.setCurrentItem(visible[max(0, min(len(visible) - 1, i + step))])
            return True
        return super().eventFilter(watched, event)
