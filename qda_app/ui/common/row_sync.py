"""Bring a flat model's rows up to date row by row, never by resetting the model.

A reset loses the selection, the current row and an editor that is open; these
helpers say each change the way views follow it (rows removed, moved, inserted,
changed), so a document renamed, moved or deleted by undo or by another program
leaves the rest of a list as the user left it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

T = TypeVar("T")


def sync_rows(model: QAbstractItemModel, rows: list[T], new: Sequence[T],
              key: Callable[[T], str], ordered: bool = True, columns: int = 1) -> None:
    """Make ``rows`` (the list ``model`` shows, one row each) equal ``new``.

    With ``ordered`` the rows end up in ``new``'s order (moves for rows that changed
    place); without it rows keep their places (a sorting proxy orders them), changed
    ones are replaced and new ones added at the end. ``columns``: how many the model has
    (a list model's ``columnCount`` is not Python's to call).
    """
    last_column = columns - 1
    wanted = {key(item): item for item in new}
    for row in reversed(range(len(rows))):
        if key(rows[row]) not in wanted:
            model.beginRemoveRows(QModelIndex(), row, row)
            del rows[row]
            model.endRemoveRows()
    if not ordered:
        have = {key(item): i for i, item in enumerate(rows)}
        for item in new:
            i = have.get(key(item))
            if i is None:
                model.beginInsertRows(QModelIndex(), len(rows), len(rows))
                rows.append(item)
                model.endInsertRows()
            elif rows[i] != item:
                rows[i] = item
                model.dataChanged.emit(model.index(i, 0), model.index(i, last_column))
        return
    for i, item in enumerate(new):
        if i < len(rows) and key(rows[i]) == key(item):
            if rows[i] != item:
                rows[i] = item
                model.dataChanged.emit(model.index(i, 0), model.index(i, last_column))
            continue
        j = next((k for k in range(i + 1, len(rows)) if key(rows[k]) == key(item)), -1)
        if j < 0:
            model.beginInsertRows(QModelIndex(), i, i)
            rows.insert(i, item)
            model.endInsertRows()
            continue
        model.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
        rows.insert(i, rows.pop(j))
        model.endMoveRows()
        if rows[i] != item:
            rows[i] = item
            model.dataChanged.emit(model.index(i, 0), model.index(i, last_column))
