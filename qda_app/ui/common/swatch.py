"""A code's colour as a small icon: the code tree, the picker, the memo, matrix and agreement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap


def swatch_icon(color: str) -> QIcon:
    """A small rounded square in the code's colour."""
    return _icon(color, 130, lambda painter: painter.drawRoundedRect(
        QRectF(2.5, 2.5, 11, 11), 2.5, 2.5))


def category_icon(color: str) -> QIcon:
    """A small folder in the code's colour: a category, which groups codes (REFI-QDA's
    ``isCodable="false"``), next to the plain squares of codes."""
    def folder(painter: QPainter) -> None:
        outline = QPainterPath()
        outline.moveTo(1.5, 4.0)
        outline.lineTo(6.0, 4.0)
        outline.lineTo(7.5, 5.5)
        outline.lineTo(14.5, 5.5)
        outline.lineTo(14.5, 13.5)
        outline.lineTo(1.5, 13.5)
        outline.closeSubpath()
        painter.drawPath(outline)
        painter.drawLine(QPointF(1.5, 7.5), QPointF(14.5, 7.5))  # the folder's front edge

    return _icon(color, 150, folder)


def _icon(color: str, edge: int, draw: Callable[[QPainter], None]) -> QIcon:
    """What ``draw`` paints, filled with ``color`` and edged ``edge`` % darker, on a
    transparent 16-point square drawn at 2x for sharp HiDPI."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setPen(fill.darker(edge))
    painter.setBrush(fill)
    draw(painter)
    painter.end()
    return QIcon(pixmap)
