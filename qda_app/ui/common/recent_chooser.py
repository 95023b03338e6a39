"""What the app offers when the project it was started with cannot be opened.

``qda-app postgresql://…`` while the institute's server is down, or a file that has
moved: the user reads why in one line and picks another project from the recent list
(or a file), instead of facing an empty file dialog that has forgotten the team
project. Server URLs are listed without their passwords (the list never stores one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...locations import is_server_url, public_url

OPEN_FILE = "\0open-file"
"""What :meth:`RecentChooser.ask` answers when the user wants a file dialog instead."""


class RecentChooser(QDialog):
    def __init__(self, problem: str | None, places: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentChooser")
        self.setWindowTitle(self.tr("Open project"))
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        self.problem = QLabel(problem or "", self)  # the core's line: passwords masked
        self.problem.setObjectName("openProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold; padding-bottom: 8px;")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Open a recent project:") if places else
                                self.tr("No recent projects: open a project file."), self))
        self.places = QListWidget(self)
        self.places.setObjectName("recentList")
        for place in places:
            item = QListWidgetItem(public_url(place) if is_server_url(place) else place)
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.places.addItem(item)
        self.places.setCurrentRow(0)
        self.places.itemActivated.connect(lambda _item: self._open())
        self.places.setVisible(bool(places))
        layout.addWidget(self.places)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.addButton(self.tr("Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(bool(places))
        self.file_button = buttons.addButton(self.tr("Open File…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open)
        self.file_button.clicked.connect(self._open_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _open(self) -> None:
        item = self.places.currentItem()
        if item is not None:
            self.choice = str(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _open_file(self) -> None:
        self.choice = OPEN_FILE
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, problem: str | None, places: list[str]) -> str | None:
        """A recent project's place, :data:`OPEN_FILE`, or ``None`` (cancelled)."""
        dialog = cls(problem, places, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
