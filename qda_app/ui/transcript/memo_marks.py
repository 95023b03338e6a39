"""Memos in the text: a small note in a narrow column beside the passage's first line.

MAXQDA's "memo in the text" is a comment on a passage without a code. Like the
coding stripes it is painted in the margin, never part of the text, so offsets,
selection and copying stay the document's own. Hovering shows the memo's title and
text; a click opens it (several memos on one line: a menu names them). The column
is always there, also without memos, so the text does not move when the first memo
is written.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QMenu, QToolTip

from ...records import Memo
from ...text_format import one_line
from ..common.memo_icon import paint_memo
from .margin_band import MarginBand

if TYPE_CHECKING:
    from .transcript_view import TranscriptView

WIDTH = 18
ICON = 12


class MemoMarks(MarginBand):
    memoClicked = Signal(str)
    """A memo's sign was clicked: its UUID."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view, "memoMarks")
        self.setMouseTracking(True)
        self._memos: list[Memo] = []
        self._starts: list[int] = []
        """Where each memo's passage starts (UTF-16, ascending)."""
        self._painted: list[tuple[QRectF, list[Memo]]] = []

    def set_memos(self, memos: list[Memo]) -> None:
        """The memos in the text of the document shown (any order)."""
        ordered = sorted((m for m in memos if m.start is not None),
                         key=lambda m: (m.start, m.created))
        self._memos = ordered
        self._starts = [self.view.map.to_utf16(m.start or 0) for m in ordered]
        self.update()

    def memos(self) -> list[Memo]:
        return list(self._memos)

    def preferred_width(self) -> int:
        return WIDTH

    def shown(self) -> list[tuple[QRectF, list[Memo]]]:
        """The signs in view: where each is drawn and the memos it stands for (those whose
        passages start on one line share a sign)."""
        view = self.view
        if not self._starts or view.doc is None:
            return []
        first = view.firstVisibleBlock().position()
        end = view.map.to_utf16(view.visible_range_cp()[1])
        line = view.fontMetrics().height()
        by_line: dict[float, list[Memo]] = {}
        for i in range(bisect.bisect_left(self._starts, first),
                       bisect.bisect_right(self._starts, end)):
            y = view.line_span_y(self._starts[i], bottom=False)
            if y is not None and -line < y < self.height():
                by_line.setdefault(y, []).append(self._memos[i])
        top = (line - ICON) / 2
        return [(QRectF((self.width() - ICON) / 2, y + top, ICON, ICON), memos)
                for y, memos in by_line.items()]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.view.palette().color(QPalette.ColorRole.Base))
        self._painted = self.shown()
        for rect, _memos in self._painted:
            paint_memo(painter, rect)
        painter.end()

    # -- interaction -------------------------------------------------------------------------

    def memos_at(self, x: float, y: float) -> list[Memo]:
        """The memos whose sign is under (x, y) in the last paint."""
        return next((memos for rect, memos in self._painted
                     if rect.adjusted(-3, -3, 3, 3).contains(x, y)), [])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        memos = self.memos_at(pos.x(), pos.y())
        if not memos:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), tooltip_for(memos), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        memos = self.memos_at(pos.x(), pos.y())
        if len(memos) == 1:
            self.memoClicked.emit(memos[0].uuid)
        elif memos:
            self._choose(memos, event.position().toPoint())

    def _choose(self, memos: list[Memo], at: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("memoMarksMenu")
        for memo in memos:
            action = menu.addAction(memo.title or one_line(memo.text, 40))
            action.triggered.connect(lambda _c=False, u=memo.uuid: self.memoClicked.emit(u))
        menu.exec(self.mapToGlobal(at))
        menu.deleteLater()


def tooltip_for(memos: list[Memo]) -> str:
    from .transcript_view import escape

    parts = []
    for memo in memos:
        title = f"<b>{escape(memo.title)}</b><br>" if memo.title else ""
        parts.append(f"{title}{escape(one_line(memo.text, 300))}")
    return "<hr>".join(parts)
