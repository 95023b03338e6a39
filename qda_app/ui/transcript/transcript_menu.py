"""The transcript's context menu: code the selection, or act on a coding under the mouse.

It offers the Code menu's own actions (:class:`~.coding_entries.CodingEntries`),
so their shortcuts show here too. While it is open, the entries that cannot
apply here are disabled; afterwards they are enabled again, so that their
shortcuts still say why when pressed at the wrong moment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...records import Coding
from ..common import rights_hints
from .coding_actions import CodingActions
from .coding_entries import CodingEntries
from .transcript_view import TranscriptView


class TranscriptMenu(QObject):
    def __init__(self, view: TranscriptView, coding: CodingActions,
                 entries: CodingEntries) -> None:
        super().__init__(view)
        self.view = view
        self.coding = coding
        self.entries = entries
        self.extra: list[QAction] = []
        """Other features' entries for a selection (e.g. a memo on the passage)."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.popup)
        self.extensions: list[Callable[[QMenu, list[Coding]], None]] = []
        """Other features' entries (the Assist pane's "More Like This"): each is called with
        the menu and the codings under the mouse."""

    def popup(self, pos: QPoint) -> None:
        previous = self.view.selected_coding
        if not self.view.textCursor().hasSelection():  # act on the place clicked, as editors do
            self.view.setTextCursor(self.view.cursorForPosition(pos))
        with self.applicable():
            menu = self.build(pos)
            chosen = menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
        if chosen is None:  # dismissed: the coding selected before is selected again
            self.view.select_coding(previous, center=False, select_text=False)

    def build(self, pos: QPoint) -> QMenu:
        """The menu for the place ``pos`` (view coordinates), not yet shown."""
        view, e = self.view, self.entries
        e.refresh()
        menu = QMenu(view)
        menu.setObjectName("transcriptMenu")
        menu.addActions([e.code_with, e.code_with_last, e.in_vivo, e.code_turn])
        if self.extra:
            menu.addSeparator()
            menu.addActions(self.extra)
        here = view.records(view.codings_at(view.cp_at(pos)))
        if here:
            menu.addSeparator()
        for coding in here:
            sub = menu.addMenu(f"{coding.code} — {coding.coder}")
            select = sub.addAction(self.tr("Select"))
            select.triggered.connect(lambda _c=False, u=coding.uuid: self.coding.select_coding(u))
            sub.addActions([e.remove, e.move, e.memo])
            # the shared entries act on the selected coding: opening the submenu selects it
            # (and says whether this login may change it: a coder's own only, in a team)
            sub.aboutToShow.connect(lambda c=coding: self._choose(c))
        for extend in self.extensions:
            extend(menu, here)
        menu.addSeparator()
        menu.addAction(e.copy)
        return menu

    def _choose(self, coding: Coding) -> None:
        self.view.select_coding(coding.uuid, center=False, select_text=False)
        allowed = self.coding.bench.rights.may_change_coding(coding.coder)
        for action in (self.entries.remove, self.entries.move):
            rights_hints.allow(action, allowed, rights_hints.others_coding(coding.coder))

    @contextmanager
    def applicable(self) -> Iterator[None]:
        """Disable what cannot apply to the selection (or the caret) while the menu shows."""
        view, e = self.view, self.entries
        has_selection = view.textCursor().hasSelection()
        doc = view.doc
        turn = doc is not None and doc.turn_at(view.selection_cp()[0]) is not None
        off: list[QAction] = []
        if not has_selection:
            off += [e.code_with, e.code_with_last, e.in_vivo, e.copy, *self.extra]
        if not turn:
            off.append(e.code_turn)
        for action in off:
            action.setEnabled(False)
        try:
            yield
        finally:
            for action in off:
                action.setEnabled(True)
            for action in (e.remove, e.move):  # a submenu may have greyed them for a coding
                rights_hints.allow(action, True, "")
