"""The co-occurrence matrix as a heat table: codes in tree order as rows and columns, the
diagonal (each code's number of codings) set apart."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...analysis.cooccurrence import CooccurrenceMatrix, CooccurrenceQuery
from ...records import Code
from .heat_table import Header, HeatTableModel
from .unit_chooser import unit_phrase

INDENT = "    "


class CooccurrenceModel(HeatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes: tuple[Code, ...] = ()
        self.query = CooccurrenceQuery()

    def set_matrix(self, matrix: CooccurrenceMatrix) -> None:
        self.codes, self.query = matrix.codes, matrix.query
        rows = [Header(INDENT * c.depth + c.name, c.uuid, c.path, c.color) for c in matrix.codes]
        columns = [Header(c.name, c.uuid, c.path) for c in matrix.codes]
        self.set_table(rows, columns, matrix.counts, diagonal=True)

    def pairs_total(self) -> int:
        """Pairs of codings counted, each once (the upper triangle)."""
        return sum(n for r, row in enumerate(self.counts) for c, n in enumerate(row) if c > r)

    def cell_tooltip(self, row: int, column: int) -> str:
        n = self.count_at(row, column)
        if row == column:
            return self.tr("Codings of {0}: {1}").format(self.codes[row].path, n)
        return self.tr("Pairs of codings of {0} and {1} ({2}): {3}").format(
            self.codes[row].path, self.codes[column].path,
            unit_phrase(self.query.unit, self.query.distance), n)
