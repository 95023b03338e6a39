"""Ctrl+F in the transcript: every hit highlighted, Enter/F3 to step through them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .transcript_view import TranscriptView


class SearchBar(QWidget):
    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.view = view
        self.hits: list[tuple[int, int]] = []  # code points
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Find in transcript…"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        prev_button, next_button, close = QToolButton(self), QToolButton(self), QToolButton(self)
        prev_button.setText("▲")
        next_button.setText("▼")
        close.setText("✕")
        prev_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        next_button.setToolTip(self.tr("Next hit (Enter, F3)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.field, self.count, prev_button, next_button, close):
            layout.addWidget(w)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.next_hit)
        prev_button.clicked.connect(self.previous_hit)
        next_button.clicked.connect(self.next_hit)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        QShortcut(QKeySequence("F3"), self.window(), self.next_hit)
        QShortcut(QKeySequence("Shift+F3"), self.window(), self.previous_hit)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        start, end = self.view.selection_cp()
        if self.view.doc is not None and 0 < end - start < 80:
            self.field.setText(self.view.doc.text[start:end])
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.view.search_hits = []
        self.view.viewport().update()
        self.view.setFocus()

    def search(self, needle: str) -> None:
        doc = self.view.doc
        self.hits = []
        if doc is not None and needle:
            haystack, key = doc.text.casefold(), needle.casefold()
            if len(haystack) == len(doc.text):  # casefold kept offsets (no ß→ss and the like)
                pos = haystack.find(key)
                while pos >= 0:
                    self.hits.append((pos, pos + len(key)))
                    pos = haystack.find(key, pos + 1)
            else:
                pos = doc.text.find(needle)
                while pos >= 0:
                    self.hits.append((pos, pos + len(needle)))
                    pos = doc.text.find(needle, pos + 1)
        to16 = self.view.map.to_utf16
        self.view.search_hits = [(to16(a), to16(b)) for a, b in self.hits]
        self.current = -1
        self.view.viewport().update()
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("no hits"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(max(self.current + 1, 0),
                                                           len(self.hits)))

    def _go(self, step: int) -> None:
        if not self.hits:
            return
        cursor_cp = self.view.selection_cp()[0]
        if self.current < 0:
            after = [i for i, (a, _) in enumerate(self.hits) if a >= cursor_cp]
            self.current = (after[0] if after else 0) if step > 0 else (
                (after[0] - 1) % len(self.hits) if after else len(self.hits) - 1)
        else:
            self.current = (self.current + step) % len(self.hits)
        self.view.select_cp(*self.hits[self.current])
        self._show_count()

    def next_hit(self) -> None:
        self._go(1)

    def previous_hit(self) -> None:
        self._go(-1)
