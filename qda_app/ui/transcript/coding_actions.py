"""Every way of coding and of changing a coding, as one controller.

Widgets only report what the user did (a click on a code, a key, a drop);
this turns it into undoable commands on the facade, with the selection
snapped to whole words unless Alt was held.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...project import Project
from ...records import CodingSpec
from ...spans import in_vivo_name, snap_to_words, trim
from ..commands import coding_commands
from ..commands.command_base import run
from ..common.dialogs import MemoDialog
from .transcript_view import TranscriptView


class CodingActions(QObject):
    status = Signal(str)
    lastCodeChanged = Signal(str)

    def __init__(self, project: Project, stack: QUndoStack, view: TranscriptView,
                 parent: QWidget, pick_code: Callable[[str, bool], str | None]) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = stack
        self.view = view
        self.window = parent
        self.pick_code = pick_code  # (title, allow_new) -> code uuid or None
        self.last_code: str | None = None
        self.quick_codes: dict[int, str] = {}

    # -- the selection -------------------------------------------------------------------

    def selected_span(self, exact: bool | None = None) -> tuple[int, int] | None:
        doc = self.view.doc
        if doc is None:
            return None
        start, end = self.view.selection_cp()
        exact = self.view.keep_exact() if exact is None else exact
        start, end = trim(doc.text, start, end) if exact else snap_to_words(doc.text, start, end)
        return (start, end) if end > start else None

    def _need_span(self) -> tuple[int, int] | None:
        span = self.selected_span()
        if span is None:
            self.status.emit(self.tr("Select some text first, then choose a code."))
        return span

    # -- coding paths --------------------------------------------------------------------

    def code_span(self, code_uuid: str, start: int, end: int) -> bool:
        doc = self.view.doc
        if doc is None:
            return False
        code = self.project.code(code_uuid)
        if any(c.code_uuid == code_uuid and c.coder == self.project.coder
               and (c.start, c.end) == (start, end) for c in self.view.index.at(start)):
            self.status.emit(self.tr("This passage is already coded with “{0}” by you.").format(
                code.path))
            return False
        spec = CodingSpec(doc.uuid, code_uuid, start, end, coder=self.project.coder)
        if not run(self.stack, coding_commands.AddCodings(self.project, [spec],
                                                   self.tr("Code with “{0}”").format(code.name)),
                   self.window):
            return False
        self.last_code = code_uuid
        self.lastCodeChanged.emit(code_uuid)
        self.view.select_cp(start, end, center=False)
        self.status.emit(self.tr("Coded {0} characters with “{1}”.").format(end - start,
                                                                           code.path))
        return True

    def code_selection(self, code_uuid: str) -> bool:
        span = self._need_span()
        return span is not None and self.code_span(code_uuid, *span)

    def code_with_last(self) -> bool:
        if self.last_code is None:
            self.status.emit(self.tr("No code used yet in this session."))
            return False
        return self.code_selection(self.last_code)

    def code_with_quick(self, slot: int) -> bool:
        uuid = self.quick_codes.get(slot)
        if uuid is None:
            self.status.emit(self.tr("No code is pinned to Ctrl+{0}: right-click a code → "
                                     "Pin as quick code.").format(slot))
            return False
        return self.code_selection(uuid)

    def code_with_dialog(self) -> bool:
        span = self._need_span()
        if span is None:
            return False
        uuid = self.pick_code(self.tr("Code with…"), True)
        return uuid is not None and self.code_span(uuid, *span)

    def in_vivo(self) -> bool:
        span = self._need_span()
        doc = self.view.doc
        if span is None or doc is None:
            return False
        name = in_vivo_name(doc.text[span[0]:span[1]])
        if not name:
            self.status.emit(self.tr("The selection has no words to name a code after."))
            return False
        spec = CodingSpec(doc.uuid, "", span[0], span[1], coder=self.project.coder)
        command = coding_commands.InVivo(self.project, name, spec)
        if run(self.stack, command, self.window) and command.code_uuid:
            self.last_code = command.code_uuid
            self.lastCodeChanged.emit(command.code_uuid)
            self.status.emit(self.tr("New in-vivo code “{0}”.").format(name))
            return True
        return False

    def code_speaker_turn(self, position: int | None = None) -> bool:
        doc = self.view.doc
        if doc is None:
            return False
        if position is None:
            position = self.view.selection_cp()[0]
        turn = doc.turn_at(position)
        if turn is None:
            self.status.emit(self.tr("There is no speaker turn here."))
            return False
        uuid = self.last_code or self.pick_code(self.tr("Code whole speaker turn with…"), True)
        if uuid is None:
            return False
        start, end = trim(doc.text, turn.body_start or turn.start, turn.end)
        return self.code_span(uuid, start, end)

    def code_turn_with_dialog(self, position: int) -> bool:
        doc = self.view.doc
        turn = doc.turn_at(position) if doc else None
        if doc is None or turn is None:
            self.status.emit(self.tr("There is no speaker turn here."))
            return False
        uuid = self.pick_code(self.tr("Code whole speaker turn of {0} with…").format(
            turn.speaker), True)
        if uuid is None:
            return False
        start, end = trim(doc.text, turn.body_start or turn.start, turn.end)
        return self.code_span(uuid, start, end)

    def drop_on_code(self, code_uuid: str, payload: dict) -> bool:
        doc = self.view.doc
        if doc is None or payload.get("document") != doc.uuid:
            return False
        start, end = int(payload["start"]), int(payload["end"])
        start, end = (trim if payload.get("exact") else snap_to_words)(doc.text, start, end)
        return end > start and self.code_span(code_uuid, start, end)

    # -- the selected coding -------------------------------------------------------------

    def _selected(self) -> str | None:
        uuid = self.view.selected_coding
        if uuid is None:
            self.status.emit(self.tr("Click a coding stripe first to select a coding."))
        return uuid

    def remove_selected(self) -> bool:
        uuid = self._selected()
        if uuid is None:
            return False
        coding = self.view.index.get(uuid)
        label = coding.code if coding else ""
        ok = run(self.stack, coding_commands.RemoveCodings(
            self.project, [uuid], self.tr("Remove coding “{0}”").format(label)), self.window)
        if ok:
            self.view.select_coding(None)
        return ok

    def move_selected(self) -> bool:
        uuid = self._selected()
        if uuid is None:
            return False
        target = self.pick_code(self.tr("Move coding to…"), True)
        if target is None:
            return False
        return run(self.stack, coding_commands.UpdateCoding(
            self.project, uuid, self.tr("Move coding"), code=target), self.window)

    def memo_selected(self) -> bool:
        uuid = self._selected()
        coding = self.view.index.get(uuid) if uuid else None
        if coding is None:
            return False
        text = MemoDialog.ask(self.window, self.tr("Memo for “{0}”").format(coding.code),
                              coding.memo or "")
        if text is None or text == (coding.memo or ""):
            return False
        return run(self.stack, coding_commands.UpdateCoding(
            self.project, coding.uuid, self.tr("Edit coding memo"), memo=text or None),
            self.window)

    def set_bounds_of_selected(self) -> bool:
        """Give the selected coding the bounds of the current text selection."""
        uuid = self._selected()
        span = self.selected_span()
        if uuid is None or span is None:
            if uuid is not None:
                self.status.emit(self.tr("Select the new extent in the text first."))
            return False
        ok = run(self.stack, coding_commands.UpdateCoding(
            self.project, uuid, self.tr("Change coding bounds"), start=span[0], end=span[1]),
            self.window)
        if ok:
            self.view.select_coding(uuid, center=False)
        return ok
