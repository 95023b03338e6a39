"""Editors for the variable cells, by the column's type.

A whole number gets a spin box, a date a date field with a calendar (shown
``dd.MM.yyyy`` in German), a text or a decimal number a line (a decimal is typed as a
German or an English number, ``3,5`` or ``3.5``, and read by the core, so no digit is
rounded away by a fixed number of decimals). Yes/no cells are check boxes and need
no editor. What is typed goes to the model's ``setData``, which hands it to an
undoable command.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .variable_model import VALUE_ROLE, VARIABLE_ROLE

Index = QModelIndex | QPersistentModelIndex
INT_RANGE = (-2_147_483_648, 2_147_483_647)


class VariableDelegate(QStyledItemDelegate):
    def __init__(self, german: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.german = german

    @staticmethod
    def _kind(index: Index) -> str:
        variable = index.model().headerData(index.column(), Qt.Orientation.Horizontal,
                                                 VARIABLE_ROLE)
        return getattr(variable, "type", "text")

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        kind = self._kind(index)
        if kind == "integer":
            spin = QSpinBox(parent)
            spin.setObjectName("variableIntegerEditor")
            spin.setRange(*INT_RANGE)
            spin.setGroupSeparatorShown(False)
            return spin
        if kind == "date":
            edit = QDateEdit(parent)
            edit.setObjectName("variableDateEditor")
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy" if self.german else "yyyy-MM-dd")
            return edit
        line = QLineEdit(parent)
        line.setObjectName("variableTextEditor")
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QSpinBox):
            editor.setValue(value if isinstance(value, int) else 0)
        elif isinstance(editor, QDateEdit):
            day = value if isinstance(value, date) else date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(index.data()) if value is not None else "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QLineEdit):
            text = editor.text()
            if text != (index.data() or ""):  # unchanged text writes nothing
                model.setData(index, text)

