"""The Document variables table as a Qt model: a row per document, a column per variable.

Column 0 is the document's name; each further column a variable, its cells the values
shown in the interface's language (German: ``3,5``, ``12.03.2024``, ``ja``). Yes/no
cells are check boxes (with "ja"/"nein" beside them; no value: an empty box and no
word). An edit does not write here: ``setData`` hands it to ``edit`` (the window
pushes an undoable command), and the table shows the project as it is after it.

The model follows the project through :meth:`sync`: a variable or document added or
removed becomes a column or row inserted or removed (selection and scroll position
stay), a rename a header change; only a reorder resets the model.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...variable_records import Variable, VariableTable
from ...variable_values import Value, decimal_text

Index = QModelIndex | QPersistentModelIndex
Edit = Callable[[str, str, object], bool]
"""``edit(document UUID, variable UUID, value)``: store a value; ``False`` if refused."""
VARIABLE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A column's variable (:class:`~qda_app.variable_records.Variable`), in the header."""
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A row's document UUID."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""A cell's value as Python sees it (``None``: no value)."""


def shown(value: Value | None, german: bool, yes: str, no: str) -> str:
    """A value as the table shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y") if german else value.isoformat()
    if isinstance(value, float):
        text = decimal_text(value)
        return text.replace(".", ",") if german else text
    return str(value)


def sort_key(value: Value | None) -> tuple[Any, ...]:
    """Empty cells first, then values in their type's order (texts ignoring case)."""
    if value is None:
        return (0,)
    if isinstance(value, str):
        return (1, value.casefold(), value)
    return (1, value)


class VariableTableModel(QAbstractTableModel):
    def __init__(self, edit: Edit, german: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.german = german
        self.variables: list[Variable] = []
        self.documents: list[tuple[str, str]] = []
        self.values: dict[tuple[str, str], Value] = {}
        """(document UUID, variable UUID) -> value; no entry: no value."""
        self.may_edit = True
        """Whether the cells can be edited (a team project's coder or reader may not)."""
        self._yes, self._no = self.tr("yes"), self.tr("no")

    # -- content ----------------------------------------------------------------------------

    def sync(self, table: VariableTable) -> None:
        """Show ``table``: rows and columns inserted and removed as they changed."""
        new_vars = list(table.variables)
        new_docs = list(table.documents)
        if not (_keeps_order([v.uuid for v in self.variables], [v.uuid for v in new_vars])
                and _keeps_order([u for u, _ in self.documents], [u for u, _ in new_docs])):
            self.beginResetModel()
            self.variables, self.documents = new_vars, new_docs
            self.values = _values(table)
            self.endResetModel()
            return
        _apply(self.variables, new_vars, lambda v: v.uuid, self._insert_column,
               self._remove_column)
        _apply(self.documents, new_docs, lambda d: d[0], self._insert_row, self._remove_row)
        self.variables, self.documents = new_vars, new_docs  # names and types as they are now
        self.values = _values(table)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                               self.columnCount() - 1))
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _insert_column(self, at: int, item: Variable) -> None:
        self.beginInsertColumns(QModelIndex(), at + 1, at + 1)
        self.variables.insert(at, item)
        self.endInsertColumns()

    def _remove_column(self, at: int) -> None:
        self.beginRemoveColumns(QModelIndex(), at + 1, at + 1)
        del self.variables[at]
        self.endRemoveColumns()

    def _insert_row(self, at: int, item: tuple[str, str]) -> None:
        self.beginInsertRows(QModelIndex(), at, at)
        self.documents.insert(at, item)
        self.endInsertRows()

    def _remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.documents[at]
        self.endRemoveRows()

    def variable_at(self, column: int) -> Variable | None:
        return self.variables[column - 1] if 1 <= column <= len(self.variables) else None

    def value_at(self, row: int, column: int) -> Value | None:
        variable = self.variable_at(column)
        if variable is None or not 0 <= row < len(self.documents):
            return None
        return self.values.get((self.documents[row][0], variable.uuid))

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.variables)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        variable = self.variable_at(index.column())
        if variable is None or not self.may_edit:
            return base
        if variable.type == "boolean":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == DOCUMENT_ROLE:
            return self.documents[row][0]
        if column == 0:
            return self.documents[row][1] if role in (Qt.ItemDataRole.DisplayRole,
                                                      Qt.ItemDataRole.ToolTipRole) else None
        variable = self.variables[column - 1]
        value = self.values.get((self.documents[row][0], variable.uuid))
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value, self.german, self._yes, self._no)
        if role == Qt.ItemDataRole.EditRole:
            return QDate(value.year, value.month, value.day) if isinstance(value, date) \
                else value
        if role == Qt.ItemDataRole.CheckStateRole and variable.type == "boolean":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and variable.type in ("integer",
                                                                           "decimal"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        variable = self.variable_at(index.column()) if index.isValid() else None
        if variable is None or not self.may_edit:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        if value == self.value_at(index.row(), index.column()) and value is not None:
            return True  # unchanged: no step in the undo history
        return self.edit(self.documents[index.row()][0], variable.uuid, value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return self.tr("Document") if role == Qt.ItemDataRole.DisplayRole else None
        variable = self.variable_at(section)
        if variable is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return variable.name
        if role == VARIABLE_ROLE:
            return variable
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: {1}, {2} of {3} documents with a value").format(
                variable.name, type_label(variable.type), variable.values, len(self.documents))
        return None


def type_label(kind: str) -> str:
    """A type's name in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    return {"text": QCoreApplication.translate("VariableTypes", "text"),
            "integer": QCoreApplication.translate("VariableTypes", "whole number"),
            "decimal": QCoreApplication.translate("VariableTypes", "decimal number"),
            "date": QCoreApplication.translate("VariableTypes", "date"),
            "boolean": QCoreApplication.translate("VariableTypes", "yes/no")}[kind]


def _values(table: VariableTable) -> dict[tuple[str, str], Value]:
    found: dict[tuple[str, str], Value] = {}
    uuids = [v.uuid for v in table.variables]
    for (doc, _name), row in zip(table.documents, table.values, strict=True):
        for var, value in zip(uuids, row, strict=True):
            if value is not None:
                found[doc, var] = value
    return found


def _keeps_order(old: Sequence[Hashable], new: Sequence[Hashable]) -> bool:
    """Whether the items in both come in the same order (only insertions and removals)."""
    kept = set(old) & set(new)
    return [x for x in old if x in kept] == [x for x in new if x in kept]


def _apply(current: list[Any], new: Sequence[Any], key: Callable[[Any], Hashable],
           insert: Callable[[int, Any], None], remove: Callable[[int], None]) -> None:
    """Turn ``current`` into ``new`` (same relative order) by removals, then insertions."""
    wanted = {key(x) for x in new}
    for at in range(len(current) - 1, -1, -1):
        if key(current[at]) not in wanted:
            remove(at)
    have = {key(x) for x in current}
    for at, item in enumerate(new):
        if key(item) not in have:
            insert(at, item)


class VariableFilterModel(QSortFilterProxyModel):
    """Sorts by value (numbers as numbers, dates as dates, empty cells first) and keeps the
    rows where any cell holds the filter's text (ignoring case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, VariableTableModel) or left.column() == 0:
            return str(left.data()).casefold() < str(right.data()).casefold()
        a = sort_key(model.value_at(left.row(), left.column()))
        b = sort_key(model.value_at(right.row(), right.column()))
        try:
            return a < b
        except TypeError:  # values of another type (a retype elsewhere, mid-refresh)
            return str(a) < str(b)
