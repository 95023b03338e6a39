"""A crosstab as a heat table: codes in tree order as rows, a column per value (or set, or
speaker) with its number of documents, cells the codings or the documents with codings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from ...analysis.crosstab import Column, Crosstab
from ...variable_values import decimal_text
from .heat_table import Header, HeatTableModel

INDENT = "    "


class CrosstabModel(HeatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Crosstab | None = None
        self.counting = "codings"

    def set_crosstab(self, table: Crosstab, counting: str) -> None:
        """Show ``table``'s codings (``counting="codings"``) or documents with codings."""
        self.table, self.counting = table, counting
        rows = [Header(INDENT * c.depth + c.name, c.uuid, c.path, c.color) for c in table.codes]
        columns = [Header(f"{self.column_title(c)}\n(n={c.documents})", c.key,
                          self.tr("{0}: {1} documents").format(self.column_title(c),
                                                               c.documents))
                   for c in table.columns]
        self.set_table(rows, columns,
                       table.codings if counting == "codings" else table.documents)

    def column_title(self, column: Column) -> str:
        """The column's name in the interface's language."""
        if column.is_none:
            by = self.table.query.by if self.table else "variable"
            return {"variable": self.tr("(no value)"), "sets": self.tr("(in no set)"),
                    "speakers": self.tr("(no speaker)")}[by]
        value = column.value
        german = QLocale().language() == QLocale.Language.German
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, date):
            return value.strftime("%d.%m.%Y") if german else value.isoformat()
        if isinstance(value, float):
            text = decimal_text(value)
            return text.replace(".", ",") if german else text
        return column.label

    def cell_tooltip(self, row: int, column: int) -> str:
        if self.table is None:
            return ""
        code = self.table.codes[row].path
        col = self.table.columns[column]
        return self.tr("{0} × {1}: {2} codings in {3} of {4} documents").format(
            code, self.column_title(col), self.table.codings[row][column],
            self.table.documents[row][column], col.documents)
