"""Fitting a restored window to the screen it opens on.

A geometry saved on a big monitor may be larger than the laptop screen the
window opens on next, or lie where no screen is any more. Qt's own check
leaves the frame a few pixels over the edge; this fits the whole frame
(title bar and borders included) into the screen's available area.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that its frame lies inside one screen's available area.

    The screen is the one under the window's centre, else the window's own,
    else the primary one. Before the window is first shown the frame is
    unknown and counts as none; call it again once shown to fit the frame.
    """
    if window.isMaximized() or window.isFullScreen():
        return  # the window manager fits those; Qt checks the normal geometry kept for later
    geometry = window.geometry()
    screen = (QGuiApplication.screenAt(geometry.center()) or window.screen()
              or QGuiApplication.primaryScreen())
    if screen is None:
        return
    frame = window.frameGeometry()
    margins = QMargins(geometry.left() - frame.left(), geometry.top() - frame.top(),
                       frame.right() - geometry.right(), frame.bottom() - geometry.bottom())
    room = screen.availableGeometry().marginsRemoved(margins)  # where the client area may go
    width = min(geometry.width(), room.width())
    height = min(geometry.height(), room.height())
    left = min(max(geometry.left(), room.left()), room.right() - width + 1)
    top = min(max(geometry.top(), room.top()), room.bottom() - height + 1)
    fitted = QRect(left, top, width, height)
    if fitted != geometry:
        window.setGeometry(fitted)
