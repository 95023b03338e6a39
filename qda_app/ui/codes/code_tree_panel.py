"""The code system panel: filter field, tree, buttons and context menu.

The panel owns no state of its own beyond the view: the model mirrors the
project, every action (``code_actions.CodeActions``) pushes a command from
``ui/commands/code_commands.py`` on the shared undo stack, and the core saves each
one the moment it happens.
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
from PySide6.QtGui import QUndoStack
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

from ...project import Project
from ..common.project_events import ProjectEvents
from .code_actions import CodeActions
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
        self.code_actions = CodeActions(self, self.tree, self.model, project, undo_stack, events,
                                   self.current_code, self.select_code)
        self._add_buttons()
        self._connect()
        self.tree.expandAll()
        self.code_actions.update()

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

    def _add_buttons(self) -> None:
        a = self.code_actions
        for action, label, name in ((a.new, self.tr("New"), "newCodeButton"),
                                    (a.new_sub, self.tr("Subcode"), "newSubcodeButton"),
                                    (a.delete, self.tr("Delete"), "deleteCodeButton")):
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
        self.code_actions.update()
        if uuid != self._current:
            self._current = uuid
            self.currentCodeChanged.emit(uuid)

    def _on_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():  # a new subcode (or an undone delete) shows up expanded
            self.tree.expand(self.proxy.mapFromSource(parent))

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
        a = self.code_actions
        menu.addAction(a.new)
        if uuid is not None:
            menu.addAction(a.new_sub)
            menu.addSeparator()
            code = self.model.code(uuid)
            a.category.setText(self.tr("Make code") if code and not code.codable
                               else self.tr("Make category"))
            for action in (a.rename, a.color, a.describe, a.category):
                menu.addAction(action)
            menu.addSeparator()
            menu.addMenu(self._pin_menu(menu, uuid))
            menu.addAction(a.merge)
            menu.addAction(a.delete)
        menu.addSeparator()
        menu.addAction(a.check_all)
        menu.addAction(a.uncheck_all)
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
