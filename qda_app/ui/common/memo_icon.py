"""The memo sign: a small yellow note with a folded corner, as QDA programs show memos.

Painted (no image files to ship): the document list marks documents with a memo,
the transcript's margin marks memos in the text, the memo manager marks its rows.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

FILL = QColor("#ffd84d")
EDGE = QColor("#b08a00")


def paint_memo(painter: QPainter, rect: QRectF) -> None:
    """The note inside ``rect`` (square): a page with its top-right corner folded and
    three lines of writing."""
    side = min(rect.width(), rect.height())
    x, y = rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2
    fold = side * 0.32
    page = QPainterPath()
    page.moveTo(x, y)
    page.lineTo(x + side - fold, y)
    page.lineTo(x + side, y + fold)
    page.lineTo(x + side, y + side)
    page.lineTo(x, y + side)
    page.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(EDGE)
    painter.setBrush(FILL)
    painter.drawPath(page)
    painter.setBrush(FILL.darker(115))
    painter.drawPolygon([QPointF(x + side - fold, y), QPointF(x + side - fold, y + fold),
                         QPointF(x + side, y + fold)])
    for i in range(1, 4):
        line_y = y + side * (0.25 + 0.2 * i)
        painter.drawLine(QPointF(x + side * 0.2, line_y), QPointF(x + side * 0.8, line_y))
    painter.restore()


@cache
def memo_icon() -> QIcon:
    """The note as a 16-pixel icon, drawn at 2x for sharp HiDPI."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_memo(painter, QRectF(2.5, 1.5, 12, 13))
    painter.end()
    return QIcon(pixmap)


@cache
def blank_icon() -> QIcon:
    """A transparent icon of :func:`memo_icon`'s size: rows without a memo keep their text
    in line with the rows that have one."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
