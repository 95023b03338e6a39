"""Paints a hit's context as a keyword-in-context line: the hit in bold on the transcript's
search colour, at the same place in every row, with the words before and after it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...text_format import one_line
from .search_model import HitRole

KEYWORD_AT = 0.4
"""Where the hit begins, as a share of the column's width."""
HIT_FILL = QColor(255, 213, 79, 150)
"""The transcript's Find colour (``transcript_view``), so a hit looks the same in both."""


class KwicDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the item's frame and selection only; the words are drawn below
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt,
                                    opt.widget).adjusted(3, 0, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        self._draw(painter, rect, opt.font, hit.before, one_line(hit.text, 80), hit.after,
                   selected)
        painter.restore()

    @staticmethod
    def _draw(painter: QPainter, rect: QRect, font: QFont, before: str, keyword: str,
              after: str, selected: bool) -> None:
        bold = QFont(font)
        bold.setBold(True)
        plain, strong = QFontMetrics(font), QFontMetrics(bold)
        left = rect.left() + int(rect.width() * KEYWORD_AT)
        width = min(strong.horizontalAdvance(keyword) + 2, rect.right() - left)  # + rounding
        keyword = strong.elidedText(keyword, Qt.TextElideMode.ElideRight, max(width, 0))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        painter.setFont(font)
        text = plain.elidedText(before, Qt.TextElideMode.ElideLeft, left - rect.left())
        painter.drawText(QRect(rect.left(), rect.top(), left - rect.left(), rect.height()),
                         flags | Qt.AlignmentFlag.AlignRight, text)
        hit_rect = QRect(left, rect.top(), width, rect.height())
        if not selected:
            painter.fillRect(hit_rect.adjusted(0, 2, 0, -2), HIT_FILL)
        painter.setFont(bold)
        painter.drawText(hit_rect, flags | Qt.AlignmentFlag.AlignLeft, keyword)
        painter.setFont(font)
        rest = rect.right() - left - width
        painter.drawText(QRect(left + width, rect.top(), max(rest, 0), rect.height()),
                         flags | Qt.AlignmentFlag.AlignLeft,
                         plain.elidedText(after, Qt.TextElideMode.ElideRight, max(rest, 0)))
