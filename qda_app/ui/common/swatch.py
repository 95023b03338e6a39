"""A code's colour as a small icon: the code tree, the picker, the memo, matrix and agreement."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap


def swatch_icon(color: str) -> QIcon:
    """A small rounded square in the code's colour, drawn at 2x for sharp HiDPI."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setPen(fill.darker(130))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2.5, 2.5)
    painter.end()
    return QIcon(pixmap)


def category_icon(color: str) -> QIcon:
    """A small folder in the code's colour: a category, which groups codes (REFI-QDA's
    ``isCodable="false"``), next to the plain squares of codes."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setPen(fill.darker(150))
    painter.setBrush(fill)
    folder = QPainterPath()
    folder.moveTo(1.5, 4.0)
    folder.lineTo(6.0, 4.0)
    folder.lineTo(7.5, 5.5)
    folder.lineTo(14.5, 5.5)
    folder.lineTo(14.5, 13.5)
    folder.lineTo(1.5, 13.5)
    folder.closeSubpath()
    painter.drawPath(folder)
    painter.drawLine(QPointF(1.5, 7.5), QPointF(14.5, 7.5))  # the folder's front edge
    painter.end()
    return QIcon(pixmap)
