"""Plain tree nodes for the code system and the diff that patches them in place.

:meth:`CodeNodeModel.sync` takes the code list of ``project.codes()`` (tree
order) and turns the nodes into that tree with the smallest kind of Qt
signals: rows are moved, inserted and removed one by one inside
begin/end*Rows, and changed codes get ``dataChanged``. Views therefore keep
selection, expansion and scroll position; nothing is reset or rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ...records import Code

UuidRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2
ColorRole = Qt.ItemDataRole.UserRole + 3
QuickKeyRole = Qt.ItemDataRole.UserRole + 4
"""The quick-code slot (1-9) a code is pinned to, or ``None``."""

NAME, COUNT = 0, 1
COUNT_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.ForegroundRole]
"""What a new count changes in the count column (the name column shows no count)."""
Index = QModelIndex | QPersistentModelIndex


class CodeNode:
    """One code in the tree; the root node has no code."""

    __slots__ = ("children", "code", "parent")

    def __init__(self, code: Code | None, parent: CodeNode | None) -> None:
        self.code = code
        self.parent = parent
        self.children: list[CodeNode] = []

    @property
    def uuid(self) -> str:
        assert self.code is not None
        return self.code.uuid

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodeNodeModel(QAbstractItemModel):
    """Tree structure (index/parent/rowCount) and the in-place diff; no data roles."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._root = CodeNode(None, None)
        self._nodes: dict[str, CodeNode] = {}
        self._retired: list[CodeNode] = []  # removed nodes stay alive for stale indexes

    # -- lookup ---------------------------------------------------------------------------

    def index_for_uuid(self, uuid: str, column: int = NAME) -> QModelIndex:
        node = self._nodes.get(uuid)
        return QModelIndex() if node is None else self._index(node, column)

    @staticmethod
    def uuid_for_index(index: Index) -> str | None:
        """The code's UUID for an index of this model or of a proxy over it."""
        return index.data(UuidRole) if index.isValid() else None

    def code(self, uuid: str) -> Code | None:
        node = self._nodes.get(uuid)
        return None if node is None else node.code

    def walk(self, node: CodeNode | None = None) -> Iterator[CodeNode]:
        """Nodes in tree order (depth first), without the root."""
        for child in (node or self._root).children:
            yield child
            yield from self.walk(child)

    def subtree_uuids(self, uuid: str) -> set[str]:
        node = self._nodes[uuid]
        return {uuid, *(n.uuid for n in self.walk(node))}

    def _node(self, index: Index) -> CodeNode:
        return index.internalPointer() if index.isValid() else self._root

    def _index(self, node: CodeNode, column: int = NAME) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    # -- structure ------------------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != NAME:
            return QModelIndex()
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < 2:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: CodeNode = index.internalPointer()
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    # -- the diff -------------------------------------------------------------------------

    def sync(self, codes: list[Code]) -> None:
        """Make the nodes match ``codes`` (tree order) with row moves, inserts and removals."""
        records = {c.uuid: c for c in codes}
        children: dict[str | None, list[str]] = {}
        for code in codes:
            children.setdefault(code.parent_uuid, []).append(code.uuid)
        self._place_children(self._root, children.get(None, []), records)
        for code in codes:  # tree order: a node is in place before its children are
            self._place_children(self._nodes[code.uuid], children.get(code.uuid, []), records)
        self._prune(self._root, records)
        for code in codes:
            node = self._nodes[code.uuid]
            if node.code != code:
                node.code = code
                self._emit_row_changed(node)
            else:  # the same to look at, maybe a newer version: a change passes it as seen
                node.code = code

    def _place_children(self, parent: CodeNode, uuids: list[str],
                        records: dict[str, Code]) -> None:
        """Make ``parent``'s first children ``uuids``; extra rows stay behind them for now."""
        for row, uuid in enumerate(uuids):
            if row < len(parent.children) and parent.children[row].uuid == uuid:
                continue
            node = self._nodes.get(uuid)
            if node is None:
                self.beginInsertRows(self._index(parent), row, row)
                node = CodeNode(records[uuid], parent)
                parent.children.insert(row, node)
                self._nodes[uuid] = node
                self.endInsertRows()
            else:
                self._move_node(node, parent, row)

    def _move_node(self, node: CodeNode, parent: CodeNode, row: int) -> None:
        # ``parent`` and its ancestors are already in their new places, so ``node`` is
        # never one of them, and in the same parent it sits below ``row``: a valid move
        old_parent = node.parent
        assert old_parent is not None
        old_row = node.row()
        ok = self.beginMoveRows(self._index(old_parent), old_row, old_row,
                                self._index(parent), row)
        assert ok, "invalid row move"
        old_parent.children.pop(old_row)
        parent.children.insert(row, node)
        node.parent = parent
        self.endMoveRows()

    def _prune(self, parent: CodeNode, records: dict[str, Code]) -> None:
        """Remove the rows whose codes are gone (surviving subcodes were moved out already)."""
        for node in list(reversed(parent.children)):
            if node.uuid in records:
                self._prune(node, records)
                continue
            row = node.row()
            self.beginRemoveRows(self._index(parent), row, row)
            parent.children.pop(row)
            for gone in [node, *self.walk(node)]:
                self._nodes.pop(gone.uuid, None)
                self._retired.append(gone)
            self.endRemoveRows()

    # -- counts -----------------------------------------------------------------------------

    def add_counts(self, delta: Mapping[str, int]) -> bool:
        """Add codings to codes' counts (code UUID -> added minus removed), in place.

        A coding changes the count of its code and the totals of the code's
        ancestors, nothing else: those rows get ``dataChanged`` on their count
        column, no other row does, and the project is not asked. Returns False
        (and changes nothing) when a code is not in the tree; the caller
        then reloads.
        """
        delta = {uuid: n for uuid, n in delta.items() if n}
        if any(uuid not in self._nodes for uuid in delta):
            return False
        totals: dict[str, int] = {}
        for uuid, n in delta.items():
            node: CodeNode | None = self._nodes[uuid]
            while node is not None and node is not self._root:
                totals[node.uuid] = totals.get(node.uuid, 0) + n
                node = node.parent
        for uuid, n in totals.items():
            node = self._nodes[uuid]
            code = node.code
            assert code is not None
            own = delta.get(uuid, 0)
            if n or own:
                node.code = replace(code, codings=code.codings + own,
                                    codings_total=code.codings_total + n)
                index = self._index(node, COUNT)
                self.dataChanged.emit(index, index, COUNT_ROLES)
        return True

    def _emit_row_changed(self, node: CodeNode) -> None:
        self.dataChanged.emit(self._index(node, NAME), self._index(node, COUNT))
