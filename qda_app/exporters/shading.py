"""Counts in a worksheet shaded as the analysis windows shade them (the co-occurrence and the
crosstab workbooks): light to dark blue by count (:func:`qda_app.colors.heat_shade`),
white text on the darker half, a diagonal of other numbers set apart in grey italics.

Only called while an ``.xlsx`` is written, so openpyxl is imported inside.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..colors import heat_shade

DIAGONAL = "ECECEC"


def shade(count: int, maximum: int) -> str | None:
    """The cell's fill (``RRGGBB``), or ``None`` for 0."""
    rgb = heat_shade(count, maximum)
    return None if rgb is None else "".join(f"{v:02X}" for v in rgb)


def style_header(cells: Sequence[Any]) -> None:
    """A heading row: bold, wrapped, at the top of its cell."""
    from openpyxl.styles import Alignment, Font

    for cell in cells:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def shade_counts(sheet: Any, counts: Sequence[Sequence[int]], top: int, maximum: int,
                 diagonal: bool = False) -> None:
    """Shade the cells of ``counts``, written from row ``top`` and column B, relative to
    ``maximum``; ``diagonal``: the diagonal holds other numbers (grey, italic)."""
    from openpyxl.styles import Font, PatternFill

    for r, row in enumerate(counts):
        for c, n in enumerate(row):
            on_diagonal = diagonal and r == c
            fill = DIAGONAL if on_diagonal else shade(n, maximum)
            if fill is None:
                continue
            cell = sheet.cell(row=top + r, column=c + 2)
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
            if on_diagonal:
                cell.font = Font(italic=True)
            elif n > maximum / 2:
                cell.font = Font(color="FFFFFF")
