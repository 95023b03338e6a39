"""The bar across the top of a team project's window while its server cannot be reached.

The status bar is easy to miss; a coder who goes on coding into a window that cannot
save must see at once why every action is refused. The banner is a toolbar of its
own on the first line under the menu bar, out of the toolbar menu (it is not the
user's to hide), shown while the project is offline and gone when it is back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from ...locations import server_label
from ...project import Project

STYLE = ("QLabel#offlineText { background: #fff3cd; color: #5c4400; padding: 6px 10px; "
         "border-bottom: 1px solid #e0c060; font-weight: bold; }")


class OfflineBanner(QToolBar):
    """One yellow line under the menu bar while the team project is offline."""

    def __init__(self, project: Project, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("offlineBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self.tr(
            "Offline: the connection to the team project at {0} was lost. Reconnecting… "
            "Nothing can be changed until it is back; what you see may be out of date."
        ).format(server_label(project.location).split("/", 1)[0]), self)
        self.label.setObjectName("offlineText")
        self.label.setStyleSheet(STYLE)
        self.label.setToolTip(self.label.text())
        # one line (a wrapping label in a toolbar asks for the height of a narrow column)
        # and no minimum width of its whole text, which would widen the window
        self.label.setMinimumWidth(1)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.addWidget(self.label)
        self.setStyleSheet("QToolBar#offlineBanner { padding: 0; border: none; spacing: 0; }")
        first = next(iter(window.findChildren(QToolBar)), None)
        if first is not None and first is not self:  # on a line of its own, above the others
            window.insertToolBar(first, self)
            window.insertToolBarBreak(first)
        else:
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def set_online(self, online: bool) -> None:
        self.setVisible(not online)
