"""What the document list offers: rename (F2, in place), delete, drag to another place,
sort, and the document memo; each change one undoable command.

The order chosen (own order, by name, by import date) is a way of looking at the
list, remembered in the settings, never written to the project: every login may
sort. Renaming, deleting and dragging change the project's documents, which in a
team project only the lead may (``bench.rights``): for the others they are greyed
with the reason, and the list neither edits in place nor drags.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..commands.command_base import run
from ..commands.document_commands import DeleteDocument, MoveDocument, RenameDocument
from ..common import rights_hints
from ..memos.memo_editing import MemoEditing
from ..workbench import Workbench
from .document_list import ORDERS, DocumentList, HasMemoRole, UuidRole

ORDER_KEY = "documents/order"
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class DeleteDocumentQuestion:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str, codings: int, memos: int) -> bool:
        answer = QMessageBox.question(
            parent, translate("DocumentActions", "Delete document"),
            translate("DocumentActions", "Delete the document “{0}” with its {1} codings and "
                      "{2} memos? Undo brings it back.").format(name, codings, memos),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


class DocumentActions(QObject):
    def __init__(self, bench: Workbench, documents: DocumentList, memos: MemoEditing) -> None:
        super().__init__(documents)
        self.setObjectName("documentActions")
        self.bench, self.list, self.memos = bench, documents, memos
        self.model = documents.model_
        self.memo = self._action(self.tr("Document &Memo…"), self.document_memo, "documentMemo")
        self.rename_ = self._action(self.tr("&Rename"), self.start_rename, "renameDocument",
                                    QKeySequence(Qt.Key.Key_F2))
        self.delete = self._action(self.tr("&Delete…"), self.delete_current, "deleteDocument",
                                   QKeySequence(QKeySequence.StandardKey.Delete))
        self.orders = QActionGroup(self)
        labels = {"list": self.tr("&Own Order"), "name": self.tr("By &Name"),
                  "imported": self.tr("By &Import Date")}
        for order in ORDERS:
            action = QAction(labels[order], self.orders)
            action.setObjectName(f"documentOrder_{order}")
            action.setCheckable(True)
            action.setData(order)
            action.triggered.connect(lambda _c=False, o=order: self.set_order(o))
        documents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        documents.customContextMenuRequested.connect(self.popup)
        saved = bench.settings.qs.value(ORDER_KEY)
        self.fit_rights()
        self.set_order(str(saved) if saved in ORDERS else "list")

    def fit_rights(self) -> None:
        """Offer renaming, deleting and dragging only to whom may change documents."""
        may = self.bench.rights.may_change_project
        self.model.rename = self.rename if may else None
        self.model.move = self.move if may else None
        for action in (self.rename_, self.delete):
            rights_hints.allow(action, may, rights_hints.documents())

    def _action(self, text: str, slot: Callable[[], object], name: str,
                shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.list)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setShortcutVisibleInContextMenu(True)
            self.list.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- the menu -----------------------------------------------------------------------------

    def popup(self, pos: QPoint) -> None:
        menu = self.build(pos)
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build(self, pos: QPoint) -> QMenu:
        """The context menu for the document at ``pos`` (the list's own coordinates)."""
        index = self.list.indexAt(pos)
        if index.isValid():
            self.list.setCurrentIndex(index)
        menu = QMenu(self.list)
        menu.setObjectName("documentMenu")
        menu.setToolTipsVisible(True)  # a greyed entry says why
        rights = self.bench.rights
        for action in (self.rename_, self.delete):
            rights_hints.allow(action, rights.may_change_project, rights_hints.documents(),
                               index.isValid())
        has_memo = bool(index.data(HasMemoRole))  # an existing memo opens, read-only if need be
        rights_hints.allow(self.memo, has_memo or rights.may_write_memos, rights_hints.reader(),
                           index.isValid())
        self.memo.setText(self.tr("Open Document &Memo…") if has_memo
                          else self.tr("New Document &Memo…"))
        menu.addActions([self.memo, self.rename_])
        menu.addSeparator()
        menu.addAction(self.delete)
        menu.addSeparator()
        order = menu.addMenu(self.tr("&Sort"))
        order.addActions(self.orders.actions())
        return menu

    # -- actions ----------------------------------------------------------------------------

    def _current(self) -> tuple[str, str] | None:
        index = self.list.currentIndex()
        if not index.isValid():
            self.bench.status(self.tr("Choose a document in the list first."))
            return None
        return index.data(UuidRole), index.data(Qt.ItemDataRole.EditRole)

    def start_rename(self) -> None:
        if self._current() is not None:
            self.list.edit(self.list.currentIndex())

    def rename(self, uuid: str, name: str) -> bool:
        return run(self.bench.undo_stack, RenameDocument(self.bench.project, uuid, name),
                   self.bench.window)

    def move(self, uuid: str, position: int) -> bool:
        row = self.model.row_of(uuid)
        name = self.model.docs[row].name if row >= 0 else "?"
        return run(self.bench.undo_stack, MoveDocument(self.bench.project, uuid, name, position),
                   self.bench.window)

    def delete_current(self) -> bool:
        current = self._current()
        if current is None:
            return False
        uuid, name = current
        project = self.bench.project
        row = self.model.row_of(uuid)
        codings = self.model.docs[row].codings if row >= 0 else 0
        memos = len(project.memos(document=uuid)) if row >= 0 else 0
        if not DeleteDocumentQuestion.ask(self.bench.window, name, codings, memos):
            return False
        if not run(self.bench.undo_stack, DeleteDocument(project, uuid, name),
                   self.bench.window):
            return False
        self.bench.status(self.tr("Deleted “{0}” with {1} codings and {2} memos; Ctrl+Z brings "
                                  "it back.").format(name, codings, memos))
        return True

    def document_memo(self) -> bool:
        current = self._current()
        return current is not None and self.memos.document_memo(current[0])

    def set_order(self, order: str) -> None:
        """Sort the list (``"list"``: the list's own order, in which documents can be dragged)."""
        self.list.set_order(order)
        for action in self.orders.actions():
            action.setChecked(action.data() == order)
        self.bench.settings.qs.setValue(ORDER_KEY, order)
