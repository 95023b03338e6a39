"""The turns' times in the recording, dim, in a narrow column left of the coding stripes.

An interview transcribed with f4transkript or easytranscript carries a timestamp per
turn (:attr:`~qda_app.records.Turn.seconds`). The text keeps the stamp where the
transcriber put it, often at the turn's end; this column shows each timed turn's
time beside its first line, where the eye looks for it, the way MAXQDA shows a
transcript's timestamps. It is painted, not part of the text: offsets, selection and
copying stay those of the document. A document without times has no column.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette

from ...records import Document
from .margin_band import MarginBand

if TYPE_CHECKING:
    from .transcript_view import TranscriptView

PAD = 6


def clock(seconds: float) -> str:
    """``62.5`` -> ``00:01:02``: hours, minutes and whole seconds, as transcripts write them."""
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class TurnTimes(MarginBand):
    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view, "turnTimes")
        font = QFont(view.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        self._starts: list[int] = []
        """Where each timed turn starts (UTF-16, ascending)."""
        self._labels: list[str] = []

    def set_document(self, doc: Document | None) -> None:
        timed = [(self.view.map.to_utf16(t.start), clock(t.seconds))
                 for t in (doc.turns if doc is not None else ()) if t.seconds is not None]
        self._starts = [start for start, _ in timed]
        self._labels = [label for _, label in timed]
        self.update()

    def preferred_width(self) -> int:
        """Room for ``00:00:00``; nothing for a document without times."""
        if not self._starts:
            return 0
        return self.fontMetrics().horizontalAdvance("00:00:00") + 2 * PAD

    def shown(self) -> list[tuple[str, float]]:
        """The times in view and the y of their turn's first line (what the last paint drew)."""
        view = self.view
        if not self._starts:
            return []
        first = view.firstVisibleBlock().position()
        end = view.map.to_utf16(view.visible_range_cp()[1])
        out: list[tuple[str, float]] = []
        for i in range(bisect.bisect_left(self._starts, first),
                       bisect.bisect_right(self._starts, end)):
            y = view.line_span_y(self._starts[i], bottom=False)
            if y is not None and 0 <= y < self.height():
                out.append((self._labels[i], y))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.view.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        line = self.view.fontMetrics().height()
        for label, y in self.shown():
            painter.drawText(QRectF(0, y, self.width() - PAD, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()
