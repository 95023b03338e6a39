"""Coding with a category: "Code with a subcode of “X”?" before anything is coded.

A category groups codes (REFI-QDA's ``isCodable="false"``, QualCoder's and
MAXQDA's categories); text is usually coded with one of its subcodes. So a
click, quick key or drop that would code with a category asks first, as
MAXQDA does: the category's codes (subcodes at any depth, not subcategories)
to pick one, or the category itself after all, or nothing. It sits behind a
``classmethod ask()`` so that tests answer it with ``monkeypatch``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...code_paths import SEPARATOR
from ...project import Project
from ...records import Code
from ..common.swatch import swatch_icon
from .code_tree_model import UuidRole


def subcodes(project: Project, category: Code) -> list[Code]:
    """The codes under ``category`` that can code text, in tree order."""
    prefix = category.path + SEPARATOR
    return [c for c in project.codes() if c.codable and c.path.startswith(prefix)]


class CategoryPicker(QDialog):
    def __init__(self, parent: QWidget | None, project: Project, category: Code) -> None:
        super().__init__(parent)
        self.setObjectName("categoryPicker")
        self.setWindowTitle(self.tr("Category “{0}”").format(category.name))
        self.category = category
        self.picked: str | None = None
        codes = subcodes(project, category)
        question = QLabel(
            self.tr("“{0}” is a category: it groups codes. Code with a subcode of “{0}”?")
            if codes else
            self.tr("“{0}” is a category: it groups codes, and has no subcodes yet. Code with "
                    "“{0}” itself?"), self)
        question.setText(question.text().format(category.name))
        question.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("categorySubcodes")
        start = len(category.path) + len(SEPARATOR)
        for code in codes:
            item = QListWidgetItem(swatch_icon(code.color), code.path[start:])
            item.setData(UuidRole, code.uuid)
            self.list.addItem(item)
        self.list.setVisible(bool(codes))
        if codes:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda item: self._pick(item.data(UuidRole)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.subcode_button = QPushButton(self.tr("Code with subcode"), self)
        self.subcode_button.setObjectName("codeWithSubcode")
        self.itself_button = QPushButton(self.tr("Code with “{0}” itself").format(
            category.name), self)
        self.itself_button.setObjectName("codeWithCategory")
        if codes:
            buttons.addButton(self.subcode_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.subcode_button.setDefault(True)
        else:
            self.subcode_button.hide()
        buttons.addButton(self.itself_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.subcode_button.clicked.connect(self._pick_current)
        self.itself_button.clicked.connect(lambda: self._pick(category.uuid))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(380, 320 if codes else 120)

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project, category: Code) -> str | None:
        """The UUID to code with (a subcode, or the category itself), ``None`` to code nothing."""
        dialog = cls(parent, project, category)
        try:
            dialog.exec()
            return dialog.picked
        finally:
            dialog.deleteLater()

    def _pick_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._pick(item.data(UuidRole))

    def _pick(self, uuid: str) -> None:
        self.picked = uuid
        self.accept()
