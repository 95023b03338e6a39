"""A band in the transcript's left margin: the coding stripes, the memo signs, the turns'
times. Each is painted beside the text, never part of it, and scrolls with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .transcript_view import TranscriptView


class MarginBand(QWidget):
    """A child of the transcript ``view`` that follows its scrolling; the view gives it
    :meth:`preferred_width` of its left margin."""

    def __init__(self, view: TranscriptView, name: str) -> None:
        super().__init__(view)
        self.setObjectName(name)
        self.view = view
        view.updateRequest.connect(self.on_update_request)

    def preferred_width(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        self.update()
