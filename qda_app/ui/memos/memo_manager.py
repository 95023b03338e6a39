"""The memo manager: every memo of the project in one sortable, filtered table.

Like MAXQDA's memo manager it lists coding memos with the others. A double-click
opens a memo (a coding's memo: the transcript goes to the coding and its memo
opens); "Go to" goes to what a memo belongs to. The table follows the change
records: a memo written, changed or deleted (here, by undo, by another window)
patches its row; a rename of a document or code, or a change made elsewhere,
reads the rows again. While the manager is hidden it reads nothing, and catches up
when shown. In a team project Delete, Link To and Unlink are offered for the memos this
login may change (a coder's own, the lead's all), New… to whom may write memos; another
coder's memo opens read-only (:class:`.memo_editing.MemoEditing` asks the rights).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import NotFoundError
from ...records import Changes, Coding, Memo, MemoLink, MemoTarget
from ..commands.coding_commands import UpdateCoding
from ..commands.command_base import run
from ..commands.memo_commands import LinkMemo
from ..common import rights_hints
from ..common.row_tables import list_rows
from ..workbench import Workbench
from .memo_editing import DeleteMemoQuestion, MemoEditing
from .memo_labels import KINDS, kind_label
from .memo_model import LINKED, MODIFIED, TITLE, TYPE, MemoFilter, MemoRow, MemoTableModel

LinkChoices = Callable[[], list[tuple[str, MemoLink]]]


class MemoManager(QWidget):
    codeRequested = Signal(str)
    """Show this code in the code system ("Go to" on a code memo)."""

    def __init__(self, bench: Workbench, editing: MemoEditing,
                 parent: QWidget | None = None, link_choices: LinkChoices | None = None
                 ) -> None:
        """``link_choices`` names what a free memo can be linked to right now (the open
        document, the current code, the selected coding), as (label, link) pairs."""
        super().__init__(parent)
        self.setObjectName("memoManager")
        self.bench, self.project, self.editing = bench, bench.project, editing
        self.link_choices: LinkChoices = link_choices or list
        self.model = MemoTableModel(self)
        self.proxy = MemoFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._stale = True
        bench.events.changed.connect(self._on_change)

    def _build(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setObjectName("memoFilter")
        self.filter.setPlaceholderText(self.tr("Filter memos…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.kind = QComboBox(self)
        self.kind.setObjectName("memoKindFilter")
        self.kind.addItem(self.tr("All types"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(
            lambda i: self.proxy.set_kind(self.kind.itemData(i)))
        self.table = self._build_table()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for text, slot, name in (
                (self.tr("New Project Memo…"), self.editing.new_project_memo, "newProjectMemo"),
                (self.tr("New Free Memo…"), self.editing.new_free_memo, "newFreeMemo"),
                (self.tr("Open"), self.open_current, "openMemo"),
                (self.tr("Go To"), self.go_to_current, "goToMemo"),
                (self.tr("Delete…"), self.delete_current, "deleteMemo")):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.fit_rights())
        self.fit_rights()

    def fit_rights(self) -> None:
        """New memos for whom may write them; Delete for the current memo if it is theirs."""
        writes = self.bench.rights.may_write_memos
        for name in ("newProjectMemo", "newFreeMemo"):
            rights_hints.allow(self.buttons[name], writes, rights_hints.reader())
        row = self._row_at(self.table.currentIndex())
        if row is None:  # nothing chosen yet: Delete says so, except to a reader
            rights_hints.allow(self.buttons["deleteMemo"], writes, rights_hints.reader())
            return
        author = row.author or None
        rights_hints.allow(self.buttons["deleteMemo"], self.editing.may_change(author),
                           rights_hints.others_memo(author))

    def _row_at(self, index: QModelIndex) -> MemoRow | None:
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def _build_table(self) -> QTableView:
        """The table: sorted by the last change, newest first; Enter opens, Del deletes."""
        table = QTableView(self)
        table.setObjectName("memoTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(MODIFIED, Qt.SortOrder.DescendingOrder)
        list_rows(table)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (TYPE, MODIFIED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINKED, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TITLE, 220)
        table.doubleClicked.connect(self._activated)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.popup)
        for key, slot in ((QKeySequence(Qt.Key.Key_Return), self.open_current),
                          (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current)):
            action = QAction(table)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            table.addAction(action)
        return table

    # -- rows ---------------------------------------------------------------------------------

    def _memo_rows(self, memos: Sequence[Memo]) -> list[MemoRow]:
        targets = self.project.memo_targets(memos)
        return [MemoRow(m.uuid, m.kind, m.title, m.text,
                        "; ".join(self.editing.labels(targets.get(m.uuid, ()))),
                        m.author or "", m.modified, targets.get(m.uuid, ())) for m in memos]

    def _coding_rows(self, codings: Iterable[Coding]) -> list[MemoRow]:
        rows = []
        for c in codings:
            target = MemoTarget("coding", c.uuid, c.code, c.document_uuid, c.start, c.end)
            rows.append(MemoRow(c.uuid, "coding", "", c.memo or "",
                                "; ".join(self.editing.labels([target])), c.coder, c.modified,
                                (target,)))
        return rows

    def reload(self) -> None:
        """Read every memo again (a rename, a merge, a change made elsewhere)."""
        self._stale = False
        self.model.set_rows(self._memo_rows(self.project.memos())
                            + self._coding_rows(self.project.coding_memos()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_change(self, changes: Changes) -> None:
        if not self.isVisible():
            self._stale = self._stale or changes.memos or changes.codings or changes.documents \
                or changes.codes
            return
        if (changes.documents or changes.codes or (changes.memos and not changes.memo_uuids)
                or (changes.codings and not (changes.added or changes.removed))):
            self.reload()
            return
        if changes.memos:
            self._patch_memos(changes.memo_uuids)
        if changes.added or changes.removed:
            listed = {row.key for row in self.model.rows}  # most removed codings have no memo
            for coding in changes.removed:
                if coding.uuid in listed:
                    self.model.drop(coding.uuid)
            for row in self._coding_rows(c for c in changes.added if c.memo):
                self.model.put(row)

    def _patch_memos(self, uuids: Iterable[str]) -> None:
        memos = []
        for uuid in uuids:
            try:
                memos.append(self.project.memo(uuid))
            except NotFoundError:
                self.model.drop(uuid)
        for row in self._memo_rows(memos):
            self.model.put(row)

    # -- acting on the current row -----------------------------------------------------------

    def current(self) -> MemoRow | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            self.bench.status(self.tr("Choose a memo in the list first."))
            return None
        return self.model.rows[index.row()]

    def _activated(self, index: QModelIndex) -> None:
        self.open_current()

    def open_current(self) -> bool:
        row = self.current()
        if row is None:
            return False
        if row.kind == "coding":
            return self.editing.coding_memo(row.key)
        return self.editing.open_memo(row.key)

    def go_to_current(self) -> bool:
        row = self.current()
        if row is None:
            return False
        if not row.targets:
            self.bench.status(self.tr("A project memo belongs to no place; double-click opens "
                                      "it."))
            return False
        return self.go_to(row.targets[0])

    def go_to(self, target: MemoTarget) -> bool:
        """Show what a memo belongs to: its passage or coding selected in the transcript, its
        document opened, its code in the code system, the memo it is linked to opened."""
        try:
            if target.kind in ("passage", "coding") and target.document_uuid:
                assert target.start is not None and target.end is not None
                self.bench.show_place(target.document_uuid, target.start, target.end,
                                      target.uuid if target.kind == "coding" else None)
            elif target.kind == "document":
                self.bench.show_document(target.uuid)
            elif target.kind == "code":
                self.codeRequested.emit(target.uuid)
            elif target.kind == "memo":
                return self.editing.open_memo(target.uuid)
        except NotFoundError:
            self.bench.events.gone(self.tr("What this memo belongs to no longer exists."))
            return False
        return True

    def delete_current(self) -> bool:
        row = self.current()
        if row is None:
            return False
        if not self.editing.may_change(row.author or None):  # Del on another coder's memo
            self.bench.status(rights_hints.others_memo(row.author or None))
            return False
        if row.kind != "coding":
            return self.editing.delete_memo(row.key)
        if not DeleteMemoQuestion.ask(self, row.text[:40]):
            return False
        return run(self.bench.undo_stack, UpdateCoding(
            self.project, row.key, self.tr("Delete coding memo"), memo=None), self)

    # -- the context menu ---------------------------------------------------------------------

    def popup(self, pos: QPoint) -> None:
        menu = self.build_menu(pos)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, pos: QPoint) -> QMenu:
        """The menu for the row at ``pos`` (the table's viewport): open, go to, link, delete."""
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        row = self._row_at(self.table.currentIndex())
        menu = QMenu(self)
        menu.setObjectName("memoManagerMenu")
        menu.setToolTipsVisible(True)  # a greyed entry says why
        if row is None:
            for entry in (menu.addAction(self.tr("New Project Memo…"),
                                         self.editing.new_project_memo),
                          menu.addAction(self.tr("New Free Memo…"), self.editing.new_free_memo)):
                rights_hints.allow(entry, self.bench.rights.may_write_memos,
                                   rights_hints.reader())
            return menu
        menu.addAction(self.tr("Open"), self.open_current)
        labels = self.editing.labels(row.targets)
        if len(row.targets) > 1:
            go = menu.addMenu(self.tr("Go To"))
            for target, label in zip(row.targets, labels, strict=True):
                go.addAction(label, partial(self.go_to, target))
        elif row.targets:
            menu.addAction(self.tr("Go To {0}").format(labels[0]), self.go_to_current)
        changes = []
        if row.kind == "free":
            changes = self._link_entries(menu, row, labels)
        menu.addSeparator()
        changes.append(menu.addAction(self.tr("Delete…"), self.delete_current))
        author = row.author or None
        for entry in changes:  # another coder's memo: read, go to, but not changed
            rights_hints.allow(entry, self.editing.may_change(author),
                               rights_hints.others_memo(author), entry.isEnabled())
        return menu

    def _link_entries(self, menu: QMenu, row: MemoRow, labels: list[str]) -> list[QAction]:
        """Link To and Unlink for a free memo; their menus' entries, for the rights."""
        menu.addSeparator()
        link = menu.addMenu(self.tr("Link To"))
        entries = [link.menuAction()]
        choices = self.link_choices()
        for label, choice in choices:
            link.addAction(label, partial(self._relink, row, choice, label, False))
        if not choices:
            nothing = link.addAction(self.tr("Open a document, choose a code or select a "
                                             "coding first"))
            nothing.setEnabled(False)
        if row.targets:
            unlink = menu.addMenu(self.tr("Unlink"))
            entries.append(unlink.menuAction())
            for target, label in zip(row.targets, labels, strict=True):
                unlink.addAction(label, partial(self._relink, row,
                                                MemoLink(target.kind, target.uuid), label, True))
        return entries

    def _relink(self, row: MemoRow, link: MemoLink, label: str, unlink: bool) -> bool:
        return run(self.bench.undo_stack,
                   LinkMemo(self.project, row.key, link, label, unlink=unlink), self)

    def select(self, key: str) -> None:
        """Make the row of memo (or coding) ``key`` current, if the filter shows it."""
        row = self.model.row_of(key)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)

