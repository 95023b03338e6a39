"""One line of text that elides instead of widening its pane.

A plain ``QLabel`` asks for the width of its whole text, so a long code path
or summary line would widen the dock it sits in and squeeze the panes beside
it. This one takes the room it is given and shows the full text as a tooltip
when it does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), self.mode, self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), text)
