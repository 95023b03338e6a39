"""The code system panel: filter field, tree, and every code action, all undoable.

The panel owns no state of its own beyond the view: the model mirrors the
project, every action pushes a command from ``ui/commands/code_commands.py`` on
the shared undo stack, and the core saves each one the moment it happens.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...errors import CodeNotFound
from ...project import Project
from ...records import Code
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
from .code_tree_model import COUNT, NAME, CodeTreeModel
from .count_column import CountColumn


class CodeFilterProxy(QSortFilterProxyModel):
    """Case-insensitive name filter that keeps the parents (and children) of matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(NAME)


class CodeTreePanel(QWidget):
    codeActivated = Signal(str)
    """A plain click on a code's name (not on its check box): code the selection with it."""
    currentCodeChanged = Signal(object)
    """The current code's UUID, or ``None``."""
    checkedCodesChanged = Signal(list)
    """The codes activated for retrieval (UUIDs in tree order)."""
    selectionDropped = Signal(str, dict)
    """A transcript selection was dropped on a code: (code uuid, {document, start, end})."""
    pinRequested = Signal(str, int)
    """Pin the code to quick-code slot 1-9 (``Ctrl+N``); slot 0 means unpin."""

    def __init__(self, project: Project, undo_stack: QUndoStack, events: ProjectEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTreePanel")
        self.project = project
        self.undo_stack = undo_stack
        self.events = events
        self.model = CodeTreeModel(project, undo_stack, events, self)
        self.model.error_parent = self
        self.proxy = CodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current: str | None = None
        self._check_toggled = False
        self._saved_expansion: set[str] | None = None
        self._quick: dict[int, str] = {}
        self._build_widgets()
        self._build_actions()
        self._connect()
        self.tree.expandAll()
        self._update_actions()

    # -- public API ----------------------------------------------------------------------

    def current_code(self) -> str | None:
        return self.model.uuid_for_index(self.tree.currentIndex())

    def checked_codes(self) -> list[str]:
        return self.model.checked_codes()

    def select_code(self, uuid: str) -> None:
        """Make ``uuid`` current and visible (clearing the filter if it hides the code)."""
        index = self.proxy.mapFromSource(self.model.index_for_uuid(uuid))
        if not index.isValid() and self.filter_edit.text():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index_for_uuid(uuid))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def check_only(self, uuids: list[str]) -> None:
        """Tick exactly ``uuids``, without announcing it: the caller lists their segments."""
        blocker = QSignalBlocker(self)
        self.model.set_checked([u for u in self.checked_codes() if u not in uuids], False)
        self.model.set_checked(uuids, True)
        blocker.unblock()

    def set_quick_codes(self, slots: dict[int, str]) -> None:
        """Show which codes are pinned to ``Ctrl+1`` … ``Ctrl+9`` (slot -> code UUID)."""
        self._quick = dict(slots)
        self.model.set_quick_codes(self._quick)

    # -- widgets -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("codeFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter codes…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setObjectName("codeTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        # DragDrop, not InternalMove: InternalMove refuses the transcript's selection drops
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragDropOverwriteMode(False)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.count_column = CountColumn(self.tree, COUNT)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(2)
        self.buttons.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tree)

    def _action(self, name: str, text: str, slot: object, tip: str = "",
                shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("actionNewCode", self.tr("New code…"),
                                    lambda: self.new_code(None), self.tr("New top-level code"))
        self.act_new_sub = self._action("actionNewSubcode", self.tr("New subcode…"),
                                        self._new_subcode,
                                        self.tr("New subcode of the current code"))
        self.act_rename = self._action("actionRenameCode", self.tr("Rename"), self.rename_current)
        self.act_color = self._action("actionCodeColour", self.tr("Colour…"), self.recolor_current)
        self.act_describe = self._action("actionCodeDescription", self.tr("Description…"),
                                         self.describe_current)
        self.act_category = self._action("actionCategory", self.tr("Make category"),
                                         self.toggle_category_current)
        self.act_merge = self._action("actionMergeCode", self.tr("Merge into…"), self.merge_current)
        self.act_delete = self._action("actionDeleteCode", self.tr("Delete…"), self.delete_current,
                                       self.tr("Delete the current code"),
                                       QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_check_all = self._action("actionActivateAllCodes", self.tr("Activate all"),
                                          lambda: self.model.set_all_checked(True))
        self.act_uncheck_all = self._action("actionDeactivateAllCodes", self.tr("Deactivate all"),
                                            lambda: self.model.set_all_checked(False))
        for action, label, name in ((self.act_new, self.tr("New"), "newCodeButton"),
                                    (self.act_new_sub, self.tr("Subcode"), "newSubcodeButton"),
                                    (self.act_delete, self.tr("Delete"), "deleteCodeButton")):
            action.setIconText(label)  # the button's short label; menus show the full text
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            self.buttons.addWidget(button)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.checkToggled.connect(self._on_check_toggled)
        self.model.checkedChanged.connect(self.checkedCodesChanged)
        self.model.selectionDropped.connect(self.selectionDropped)
        self.model.rowsInserted.connect(self._on_rows_inserted)

    # -- reactions -------------------------------------------------------------------------

    def _on_clicked(self, index: QModelIndex) -> None:
        if self._check_toggled or index.column() != NAME:
            return
        uuid = self.model.uuid_for_index(index)
        if uuid is not None:
            self.codeActivated.emit(uuid)

    def _on_check_toggled(self, _uuid: str) -> None:
        # the view emits clicked() right after the delegate toggled the box
        self._check_toggled = True
        QTimer.singleShot(0, self._reset_check_toggled)

    def _reset_check_toggled(self) -> None:
        self._check_toggled = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = self.model.uuid_for_index(current)
        self._update_actions()
        if uuid != self._current:
            self._current = uuid
            self.currentCodeChanged.emit(uuid)

    def _on_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():  # a new subcode (or an undone delete) shows up expanded
            self.tree.expand(self.proxy.mapFromSource(parent))

    def _update_actions(self) -> None:
        has_code = self.current_code() is not None
        for action in (self.act_new_sub, self.act_rename, self.act_color, self.act_describe,
                       self.act_category, self.act_merge, self.act_delete):
            action.setEnabled(has_code)

    def _apply_filter(self, text: str) -> None:
        if text and self._saved_expansion is None:
            self._saved_expansion = self._expanded_codes()
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        elif self._saved_expansion is not None:
            self.tree.collapseAll()
            for uuid in self._saved_expansion:
                index = self.proxy.mapFromSource(self.model.index_for_uuid(uuid))
                self.tree.expand(index)
            self._saved_expansion = None
            if self.tree.currentIndex().isValid():
                self.tree.scrollTo(self.tree.currentIndex())

    def _expanded_codes(self) -> set[str]:
        expanded = set()
        for node in self.model.walk():
            index = self.proxy.mapFromSource(self.model.index_for_uuid(node.uuid))
            if index.isValid() and self.tree.isExpanded(index):
                expanded.add(node.uuid)
        return expanded

    # -- context menu ----------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The menu for the current code (or, with none, for the whole tree)."""
        menu = QMenu(self)
        uuid = self.current_code()
        menu.addAction(self.act_new)
        if uuid is not None:
            menu.addAction(self.act_new_sub)
            menu.addSeparator()
            code = self.model.code(uuid)
            self.act_category.setText(self.tr("Make code") if code and not code.codable
                                      else self.tr("Make category"))
            for action in (self.act_rename, self.act_color, self.act_describe, self.act_category):
                menu.addAction(action)
            menu.addSeparator()
            menu.addMenu(self._pin_menu(menu, uuid))
            menu.addAction(self.act_merge)
            menu.addAction(self.act_delete)
        menu.addSeparator()
        menu.addAction(self.act_check_all)
        menu.addAction(self.act_uncheck_all)
        return menu

    def _pin_menu(self, parent: QMenu, uuid: str) -> QMenu:
        pin = QMenu(self.tr("Pin as quick code"), parent)
        pin.setObjectName("pinMenu")
        pinned = next((slot for slot, u in self._quick.items() if u == uuid), None)
        for slot in range(1, 10):
            taken = self._quick.get(slot)
            label = f"Ctrl+{slot}"
            if taken is not None and taken != uuid and self.model.code(taken) is not None:
                label += f"  ({self.model.code(taken).name})"  # type: ignore[union-attr]
            action = pin.addAction(label)
            action.setCheckable(True)
            action.setChecked(slot == pinned)
            action.triggered.connect(lambda _=False, s=slot: self.pinRequested.emit(uuid, s))
        if pinned is not None:
            pin.addSeparator()
            unpin = pin.addAction(self.tr("Unpin"))
            unpin.triggered.connect(lambda: self.pinRequested.emit(uuid, 0))
        return pin

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        else:
            self.tree.setCurrentIndex(QModelIndex())
        menu = self.context_menu()
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- actions ---------------------------------------------------------------------------

    def new_code(self, parent_uuid: str | None) -> str | None:
        """Ask for a name and create the code; return its UUID (``None`` if cancelled)."""
        title = self.tr("New code") if parent_uuid is None else self.tr("New subcode")
        name = CodeNameDialog.ask(self, title, self.tr("Name:"))
        if name is None:
            return None
        command = AddCode(self.project, name, parent_uuid)
        if not run(self.undo_stack, command, self):
            return None
        assert command.uuid is not None
        self.select_code(command.uuid)
        return command.uuid

    def _new_subcode(self) -> None:
        uuid = self.current_code()
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
        color = CodeColorDialog.ask(self, code.color)
        if color is not None and color.lower() != code.color:
            run(self.undo_stack, RecolorCode(self.project, code.uuid, color), self)

    def describe_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        text = CodeDescriptionDialog.ask(self, code.path, code.description)
        if text is not None and text != code.description:
            run(self.undo_stack, DescribeCode(self.project, code.uuid, text), self)

    def toggle_category_current(self) -> None:
        """A code becomes a category (it groups codes; coding with it asks first), a
        category a code again; one undo step either way."""
        code = self._current_record()
        if code is not None:
            run(self.undo_stack, SetCodable(self.project, code.uuid, not code.codable), self)

    def merge_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        pick = CodePicker.ask(self, self.project, self.tr("Merge “{0}” into…").format(code.name),
                              exclude=self.model.subtree_uuids(code.uuid))
        if pick is None or pick.uuid is None:
            return
        if run(self.undo_stack, MergeCodes(self.project, code.uuid, pick.uuid), self):
            self.select_code(pick.uuid)

    def delete_current(self) -> None:
        code = self._current_record()
        if code is None:
            return
        subcodes = len(self.model.subtree_uuids(code.uuid)) - 1
        question = delete_question(code.name, subcodes, code.codings_total)
        if ConfirmDeleteCode.ask(self, question):
            run(self.undo_stack, DeleteCode(self.project, code.uuid, delete_codings=True), self)

    def _current_record(self) -> Code | None:
        """The current code as the project has it now (the tree may not know yet it is gone)."""
        uuid = self.current_code()
        if uuid is None:
            return None
        try:
            return self.project.code(uuid)
        except CodeNotFound:
            shown = self.model.code(uuid)
            self.events.gone(self.tr("The code “{0}” no longer exists (another program may have "
                                     "deleted it); the code system is up to date again.").format(
                shown.name if shown else ""))
            return None
