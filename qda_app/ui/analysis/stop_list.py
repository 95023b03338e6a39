"""The project's stop list: the words the word frequencies leave out, edited by the user.

Until the user edits it, it is the shipped German and English lists. The edited list
is kept in the app's settings under the project's UUID, so it follows the project
file on this computer (not yet into the file itself: that needs a place in the
project schema). "Add to stop list" from the word table and the Stop List dialog
change it; the exports from the window use it too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis import stop_words
from ..settings import AppSettings


class StopListStore:
    def __init__(self, settings: AppSettings, project_uuid: str) -> None:
        self.qs = settings.qs
        self.key = f"project-{project_uuid}/stopWords"

    def words(self) -> frozenset[str] | None:
        """The user's list, or ``None`` while it is the shipped German and English lists."""
        value = self.qs.value(self.key)
        return None if value is None else stop_words.parse(str(value))

    def effective(self) -> frozenset[str]:
        words = self.words()
        return stop_words.default_stop_words() if words is None else words

    def set_words(self, words: frozenset[str] | None) -> None:
        """Keep ``words`` (``None``: back to the shipped lists)."""
        if words is None or words == stop_words.default_stop_words():
            self.qs.remove(self.key)
        else:
            self.qs.setValue(self.key, stop_words.as_text(words))


class StopListDialog(QDialog):
    """The list as text, one word a line; "German and English" puts the shipped lists back."""

    @classmethod
    def ask(cls, parent: QWidget | None, words: frozenset[str]) -> frozenset[str] | None:
        dialog = cls(parent, words)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.words()

    def __init__(self, parent: QWidget | None, words: frozenset[str]) -> None:
        super().__init__(parent)
        self.setObjectName("stopListDialog")
        self.setWindowTitle(self.tr("Stop List"))
        about = QLabel(self.tr(
            "Words the word frequencies leave out, one a line (case does not matter). "
            "The German and English lists are the Snowball stop lists."), self)
        about.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("stopListEditor")
        self.editor.setPlainText(stop_words.as_text(words))
        self.count = QLabel(self)
        self.editor.textChanged.connect(self._count)
        shipped = QPushButton(self.tr("German and English Lists"), self)
        shipped.setObjectName("stopListShipped")
        shipped.clicked.connect(lambda: self.editor.setPlainText(
            stop_words.as_text(stop_words.default_stop_words())))
        empty = QPushButton(self.tr("Empty"), self)
        empty.clicked.connect(self.editor.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(shipped)
        row.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(420, 520)
        self._count()

    def words(self) -> frozenset[str]:
        return stop_words.parse(self.editor.toPlainText())

    def _count(self) -> None:
        self.count.setText(self.tr("{0} words").format(len(self.words())))
