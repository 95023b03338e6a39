"""The transcript: a read-only ``QPlainTextEdit`` that paints codings itself.

Formatting 20,000 codings into a ``QTextDocument`` takes seconds; this view
lays out plain text (Qt only lays out what is shown) and paints translucent
highlights for the codings in view on every paint, looked up in a
:class:`CodingIndex`. A document opens from plain spans
(:meth:`~qda_app.Project.spans`); the full record of a coding (code path,
memo) is loaded when it is hovered or selected (:meth:`TranscriptView.records`).
Offsets cross the Qt boundary here: Qt counts UTF-16
units, the core counts code points (:class:`~qda_app.text_units.Utf16Map`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import cast

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from ...records import Coding, Document
from ...text_units import Utf16Map
from ..common.mime import SELECTION_MIME
from .coding_index import CodingIndex, Span
from .coding_margin import CodingMargin
from .memo_marks import MemoMarks
from .selection_press import SelectionPress
from .turn_times import TurnTimes

HIGHLIGHT_ALPHA = 72
UNKNOWN_COLOR = "#9e9e9e"
"""A coding whose code the view has no colour for yet (the colours follow in a moment)."""
RecordLoader = Callable[[list[str]], list[Coding]]


class TranscriptView(QPlainTextEdit):
    codingClicked = Signal(str)  # a stripe or highlight was clicked: coding uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance("MMMMM"))
        self.document().setUndoRedoEnabled(False)
        self.doc: Document | None = None
        self.map = Utf16Map("")
        self.index = CodingIndex()
        self.coder_filter: str | None = None  # show only this coder's codings
        self.code_colors: dict[str, str] = {}
        self.code_order: dict[str, int] = {}
        self.load_records: RecordLoader = lambda uuids: []
        """Full records for coding UUIDs (the pane sets :meth:`Project.codings`)."""
        self.selected_coding: str | None = None
        self.search_hits: list[tuple[int, int]] = []  # UTF-16
        self.exact_selection = False
        self.margin = CodingMargin(self)
        self.margin.codingClicked.connect(self.codingClicked)
        self.times = TurnTimes(self)  # left of the stripes, for transcripts with timestamps
        self.memo_marks = MemoMarks(self)  # between the times and the stripes
        self._update_margin_width()
        self.selection_press = SelectionPress(self)  # a new selection may start in the old one

    # -- content ---------------------------------------------------------------------------

    def show_document(self, doc: Document | None, codings: Iterable[Span]) -> None:
        self.doc = doc
        self.map = Utf16Map(doc.text if doc else "")
        self.selected_coding = None
        self.search_hits = []
        self.setPlainText(doc.text if doc else "")
        if doc is not None:
            self._format_speakers(doc)
        self.times.set_document(doc)
        self.set_codings(codings)

    def _format_speakers(self, doc: Document) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(self.palette().color(self.foregroundRole()).lighter(140))
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for turn in doc.turns:
            label_end = turn.start + len(doc.text[turn.start:turn.label_end].rstrip())
            if label_end > turn.start:
                cursor.setPosition(self.map.to_utf16(turn.start))
                cursor.setPosition(self.map.to_utf16(label_end), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def set_codings(self, codings: Iterable[Span]) -> None:
        self.index = CodingIndex(codings)
        self._update_margin_width()
        self.viewport().update()

    def patch_codings(self, added: list[Coding], removed: list[Coding]) -> None:
        """Apply a change record: only the touched codings are re-indexed and repainted."""
        for c in removed:
            self.index.remove(c.uuid)
        for c in added:
            self.index.add(c)
        if self.selected_coding and self.selected_coding not in self.index:
            self.selected_coding = None
        self._update_margin_width()
        self.viewport().update()
        self.margin.update()

    def visible(self, coding: Span) -> bool:
        return self.coder_filter is None or coding.coder == self.coder_filter

    def set_coder_filter(self, coder: str | None) -> None:
        self.coder_filter = coder
        self._update_margin_width()
        self.viewport().update()

    def set_code_appearance(self, colors: dict[str, str], order: dict[str, int]) -> None:
        self.code_colors, self.code_order = colors, order
        self._update_margin_width()
        self.viewport().update()

    def color_of(self, coding: Span) -> QColor:
        color = self.code_colors.get(coding.code_uuid)
        return QColor(color or getattr(coding, "color", UNKNOWN_COLOR))

    # -- full records ----------------------------------------------------------------------

    def records(self, codings: Iterable[Span]) -> list[Coding]:
        """Full records of shown codings (code path, memo, text), loaded on first need.

        The document opened from spans; a tooltip, the context menu or a
        selection loads the few records it names in one call and keeps them
        in the index. Codings removed meanwhile are left out.
        """
        wanted = list(codings)
        missing = [c.uuid for c in wanted if not isinstance(c, Coding)]
        if missing:
            for record in self.load_records(missing):
                if record.uuid in self.index:
                    self.index.add(record)
        found = (self.index.get(c.uuid) for c in wanted)
        return [c for c in found if isinstance(c, Coding)]

    def record(self, uuid: str | None) -> Coding | None:
        """The full record of the shown coding ``uuid`` (None if it is not shown)."""
        span = self.index.get(uuid) if uuid else None
        if span is None:
            return None
        return next(iter(self.records([span])), None)

    # -- offsets ---------------------------------------------------------------------------

    def selection_cp(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self.map.to_cp(cursor.selectionStart()), self.map.to_cp(cursor.selectionEnd())

    def select_cp(self, start: int, end: int, center: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(start))
        cursor.setPosition(self.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    def cp_at(self, point: QPoint) -> int:
        return self.map.to_cp(self.cursorForPosition(point).position())

    def visible_range_cp(self) -> tuple[int, int]:
        first = self.firstVisibleBlock()
        block, offset, height = first, self.contentOffset(), self.viewport().height()
        last = first
        while (block.isValid()
               and self.blockBoundingGeometry(block).translated(offset).top() <= height):
            last = block
            block = block.next()
        return (self.map.to_cp(first.position()),
                self.map.to_cp(last.position() + last.length()))

    def visible_codings(self) -> list[Span]:
        if self.doc is None:
            return []
        start, end = self.visible_range_cp()
        return [c for c in self.index.overlapping(start, end) if self.visible(c)]

    def codings_at(self, position: int) -> list[Span]:
        return [c for c in self.index.at(position) if self.visible(c)]

    def select_coding(self, uuid: str | None, center: bool = True,
                      select_text: bool = True) -> None:
        """Mark the coding (``None``: none) and, unless told not to, select its text."""
        self.selected_coding = uuid
        coding = self.index.get(uuid) if uuid else None
        if coding is not None and select_text:
            self.select_cp(coding.start, coding.end, center)
        self.viewport().update()
        self.margin.update()

    # -- geometry helpers (viewport coordinates) ----------------------------------------

    def span_rects(self, start_u16: int, end_u16: int) -> list[QRectF]:
        """Rectangles covering the laid-out, visible part of ``[start, end)``."""
        rects: list[QRectF] = []
        doc, offset, height = self.document(), self.contentOffset(), self.viewport().height()
        block = doc.findBlock(max(start_u16, self.firstVisibleBlock().position()))
        while block.isValid() and block.position() < end_u16:
            geom = self.blockBoundingGeometry(block).translated(offset)
            if geom.top() > height:
                break
            self._block_rects(block, geom, start_u16, end_u16, rects)
            block = block.next()
        return rects

    @staticmethod
    def _block_rects(block: QTextBlock, geom: QRectF, start: int, end: int,
                     rects: list[QRectF]) -> None:
        layout = block.layout()
        base = block.position()
        a, b = max(start - base, 0), min(end - base, block.length() - 1)
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            ls, le = line.textStart(), line.textStart() + line.textLength()
            if le <= a or ls >= b:
                continue
            x1, x2 = _x_on_line(line, max(a, ls)), _x_on_line(line, min(b, le))
            if x2 > x1:
                rects.append(QRectF(geom.left() + x1, geom.top() + line.y(), x2 - x1,
                                    line.height()))

    def line_span_y(self, position_u16: int, bottom: bool) -> float | None:
        """Top (or bottom) of the line holding ``position_u16``, or None if not laid out."""
        block = self.document().findBlock(position_u16)
        if not block.isValid():
            return None
        geom = self.blockBoundingGeometry(block).translated(self.contentOffset())
        layout = block.layout()
        if layout.lineCount() == 0:
            return geom.bottom() if bottom else geom.top()
        line = layout.lineForTextPosition(position_u16 - block.position())
        if not line.isValid():
            line = layout.lineAt(layout.lineCount() - 1)
        return geom.top() + line.y() + (line.height() if bottom else 0)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.doc is not None:
            painter = QPainter(self.viewport())
            for coding in self.visible_codings():
                color = self.color_of(coding)
                color.setAlpha(HIGHLIGHT_ALPHA)
                for rect in self.span_rects(self.map.to_utf16(coding.start),
                                            self.map.to_utf16(coding.end)):
                    painter.fillRect(rect, color)
            self._paint_search_hits(painter)
            self._paint_selected_coding(painter)
            painter.end()
        super().paintEvent(event)

    def _paint_search_hits(self, painter: QPainter) -> None:
        if not self.search_hits:
            return
        first = self.firstVisibleBlock().position()
        end_u16 = self.map.to_utf16(self.visible_range_cp()[1])
        painter.setPen(QPen(QColor("#b8860b"), 1.2))
        fill = QColor("#ffd54f")
        fill.setAlpha(150)
        for a, b in self.search_hits:
            if b < first or a > end_u16:
                continue
            for rect in self.span_rects(a, b):
                painter.fillRect(rect, fill)
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))

    def _paint_selected_coding(self, painter: QPainter) -> None:
        coding = self.index.get(self.selected_coding) if self.selected_coding else None
        if coding is None:
            return
        painter.setPen(QPen(self.color_of(coding).darker(130), 1.6))
        for rect in self.span_rects(self.map.to_utf16(coding.start), self.map.to_utf16(coding.end)):
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))

    # -- margin --------------------------------------------------------------------------

    def _update_margin_width(self) -> None:
        times, width = self.times.preferred_width(), self.margin.preferred_width()
        marks = self.memo_marks.preferred_width()
        self.setViewportMargins(times + marks + width, 0, 0, 0)
        rect = self.contentsRect()
        self.times.setGeometry(rect.left(), rect.top(), times, rect.height())
        self.memo_marks.setGeometry(rect.left() + times, rect.top(), marks, rect.height())
        self.margin.setGeometry(rect.left() + times + marks, rect.top(), width, rect.height())
        self.margin.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margin_width()

    # -- interaction ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.doc is not None:
            help_event = event if isinstance(event, QHelpEvent) else None
            if help_event is not None:
                pos = help_event.pos() - QPoint(self.viewportMargins().left(), 0)
                codings = self.codings_at(self.cp_at(pos))
                if codings:
                    QToolTip.showText(help_event.globalPos(),
                                      tooltip_for(self.records(codings)), self)
                else:
                    QToolTip.hideText()
                return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.exact_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            hits = self.codings_at(self.cp_at(event.position().toPoint()))
            if self.selected_coding and not hits:
                self.select_coding(None)

    def keep_exact(self) -> bool:
        """Alt held now or while the selection was made: do not snap to words."""
        alt = QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier
        return self.exact_selection or bool(alt)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own text mime data reports a fixed list of formats, so build a plain one
        mime = QMimeData()
        mime.setText(self.textCursor().selection().toPlainText())
        if self.doc is not None:
            start, end = self.selection_cp()
            mime.setData(SELECTION_MIME, json.dumps(
                {"document": self.doc.uuid, "start": start, "end": end,
                 "exact": self.keep_exact()}).encode())
        return mime


def tooltip_for(codings: list[Coding]) -> str:
    parts = []
    for c in codings:
        memo = f"<br><i>{escape(c.memo)}</i>" if c.memo else ""
        parts.append(f"<b style='color:{c.color}'>■</b> <b>{escape(c.code)}</b>"
                     f" — {escape(c.coder)}{memo}")
    return "<br>".join(parts)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _x_on_line(line: QTextLine, position: int) -> float:
    """The x of the cursor ``position`` on ``line``. PySide6 returns ``(x, position)`` (Qt's
    in-out argument) while its stub declares ``object``."""
    x, _ = cast("tuple[float, int]", line.cursorToX(position))
    return x
