"""Coding stripes beside the transcript, one column per code, as in MAXQDA.

Each coding in view is a vertical stripe in its code's colour from the line
where it starts to the line where it ends. Hovering names the code, clicking
selects the coding. Columns are stable per document (tree order of the codes
used in it), so stripes do not jump while scrolling.

The band has one width, whatever is coded: a margin that grew a column per
code moved the text under the mouse with each new code. Like MAXQDA's column of
coding stripes it stays put; the stripes narrow when more codes are in use than
fit at full width (down to one pixel and a one-pixel gap).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip

from .margin_band import MarginBand

if TYPE_CHECKING:
    from .transcript_view import TranscriptView

COLUMN = 5
GAP = 2
PAD = 4
RESERVED = 12
"""Columns the band has room for at full stripe width."""
WIDTH = 2 * PAD + RESERVED * (COLUMN + GAP)
MIN_PITCH = 2
"""The narrowest column: a one-pixel stripe and a one-pixel gap."""


class CodingMargin(MarginBand):
    codingClicked = Signal(str)

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view, "codingMargin")
        self.setMouseTracking(True)
        self._columns: dict[str, int] = {}
        self._pitch = COLUMN + GAP  # a column: its stripe and the gap after it
        self._column_width = COLUMN
        self._painted: list[tuple[QRectF, str]] = []

    # -- layout ----------------------------------------------------------------------------

    def _assign_columns(self) -> None:
        codes = self.view.index.codes(self.view.coder_filter)
        order = self.view.code_order
        ranked = sorted(codes, key=lambda u: (order.get(u, 1 << 30), u))
        self._columns = {uuid: i for i, uuid in enumerate(ranked)}
        room = WIDTH - 2 * PAD
        self._pitch = max(MIN_PITCH, min(COLUMN + GAP, room // max(len(ranked), 1)))
        self._column_width = self._pitch - (GAP if self._pitch > GAP + 2 else 1)

    def preferred_width(self) -> int:
        """The band's width, the same whatever is coded (the columns are laid out anew)."""
        self._assign_columns()
        return WIDTH

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        base = self.view.palette().color(QPalette.ColorRole.Base)
        painter.fillRect(self.rect(), base)
        painter.setPen(base.darker(112))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        self._painted = []
        view = self.view
        if view.doc is None:
            return
        height = self.height()
        first = view.firstVisibleBlock().position()
        selected = view.selected_coding
        for coding in view.visible_codings():
            column = self._columns.get(coding.code_uuid)
            if column is None:
                continue
            start_u16, end_u16 = view.map.to_utf16(coding.start), view.map.to_utf16(coding.end)
            top = 0.0 if start_u16 < first else view.line_span_y(start_u16, bottom=False)
            bottom = view.line_span_y(max(end_u16 - 1, start_u16), bottom=True)
            if top is None:
                continue
            if bottom is None or bottom > height:
                bottom = float(height)
            # the first codes of the tree sit nearest the text; more than fit are not drawn
            x = self.width() - PAD - (column + 1) * self._pitch + (self._pitch - self._column_width)
            if x < PAD:
                continue
            rect = QRectF(x, top + 1, self._column_width, max(bottom - top - 2, 3))
            color = view.color_of(coding)
            painter.fillRect(rect, color)
            if coding.uuid == selected:
                painter.setPen(QPen(QColor("#202020"), 1.5))
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            self._painted.append((rect, coding.uuid))
        painter.end()

    # -- interaction -----------------------------------------------------------------------

    def stripes(self) -> list[tuple[QRectF, str]]:
        """The stripes of the last paint: (rectangle, coding UUID)."""
        return list(self._painted)

    def coding_at(self, x: float, y: float) -> str | None:
        """The coding whose stripe is under (x, y); the shortest one when stripes overlap."""
        hits = [(r.height(), uuid) for r, uuid in self._painted
                if r.adjusted(-1, 0, 1, 0).contains(x, y)]
        return min(hits)[1] if hits else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        uuid = self.coding_at(pos.x(), pos.y())
        coding = self.view.record(uuid)
        if coding is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        from .transcript_view import tooltip_for

        QToolTip.showText(event.globalPosition().toPoint(), tooltip_for([coding]), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        uuid = self.coding_at(pos.x(), pos.y())
        if uuid is not None:
            self.view.setFocus(Qt.FocusReason.MouseFocusReason)  # Del now removes this coding
            self.codingClicked.emit(uuid)
