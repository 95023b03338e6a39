"""The coding commands as actions: each text and shortcut defined once.

The Code menu, the Edit menu's Copy and the transcript's context menu show
the same ``QAction`` objects, so a command shows its shortcut wherever it is
offered and the shortcut lives in one place. Each shortcut has one context:
``Del`` removes the selected coding while the transcript has the focus (in
the code system the same key deletes a code) and ``Ctrl+C`` copies from the
transcript; the others work anywhere in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ...errors import QdaError
from ..workbench import Workbench
from .coding_actions import CodingActions
from .transcript_view import TranscriptView


class CodingEntries(QObject):
    def __init__(self, bench: Workbench, coding: CodingActions, view: TranscriptView) -> None:
        super().__init__(view)
        self.setObjectName("codingEntries")
        self.coding, self.view, self.window = coding, view, bench.window
        self.code_with = self._action(self.tr("Code &with…"), coding.code_with_dialog,
                                      "Ctrl+Shift+C", "codeWithAction")
        self.code_with_last = self._action(self.tr("Code with &Last Code"),
                                           coding.code_with_last, "Ctrl+L", "codeLastAction")
        self.in_vivo = self._action(self.tr("&In-vivo Code"), coding.in_vivo, "Ctrl+I",
                                    "inVivoAction")
        self.code_turn = self._action(self.tr("Code Whole Speaker &Turn"),
                                      coding.code_speaker_turn, "Ctrl+T", "codeTurnAction")
        self.quick = [self._action(self.tr("Quick Code {0}").format(slot),
                                   partial(coding.code_with_quick, slot), f"Ctrl+{slot}",
                                   f"quickCode{slot}Action") for slot in range(1, 10)]
        self.remove = self._action(self.tr("&Remove Selected Coding"), coding.remove_selected,
                                   "Del", "removeCodingAction", in_transcript=True)
        self.move = self._action(self.tr("&Move Coding to…"), coding.move_selected, "Ctrl+M",
                                 "moveCodingAction")
        self.memo = self._action(self.tr("Coding M&emo…"), coding.memo_selected,
                                 "Ctrl+Shift+M", "codingMemoAction")
        self.bounds = self._action(self.tr("Set Coding &Bounds to Selection"),
                                   coding.set_bounds_of_selected, "Ctrl+B", "codingBoundsAction")
        self.copy = self._action(self.tr("&Copy"), view.copy,
                                 QKeySequence(QKeySequence.StandardKey.Copy), "copyAction",
                                 in_transcript=True)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence,
                name: str, in_transcript: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutVisibleInContextMenu(True)  # macOS hides them there by default
        if in_transcript:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def refresh(self) -> None:
        """Name the last code used in its entry (``Code with “Mobilität”``); menus call this
        before they show."""
        name = None
        if self.coding.last_code is not None:
            try:
                name = self.coding.project.code(self.coding.last_code).name
            except QdaError:  # deleted since; Ctrl+L says so when pressed
                name = None
        self.code_with_last.setText(self.tr("Code with “{0}”").format(name.replace("&", "&&"))
                                    if name
                                    else self.tr("Code with &Last Code"))
