"""A code's colour as a small icon: the code tree, the picker, the memo, matrix and agreement."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


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
