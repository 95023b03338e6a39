"""Every way of coding and of changing a coding, as one controller.

Widgets only report what the user did (a click on a code, a key, a drop);
this turns it into undoable commands on the facade, with the selection
snapped to whole words unless Alt was held. The last code used and the quick
codes (``Ctrl+1`` … ``Ctrl+9``) are kept by a :class:`CodeMemory`. Coding
with a category asks first (:class:`CategoryPicker`: a subcode, or it). A code
asked for that no longer exists (deleted, its creation undone, removed by
another program) is named in the status line and forgotten; nothing is coded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...errors import CodeNotFound, DuplicateCodingError, ServerUnreachableError
from ...records import Code, CodingSpec
from ...spans import in_vivo_name, snap_to_words, trim
from ..codes.category_picker import CategoryPicker
from ..codes.code_picker import CodePicker
from ..commands import coding_commands
from ..commands.command_base import run
from ..common import rights_hints
from ..common.dialogs import MemoDialog
from ..workbench import Workbench
from .code_memory import CodeMemory
from .transcript_view import TranscriptView


class CodingActions(QObject):
    quickCodesChanged = Signal(dict)
    """The quick codes changed: slot (1-9) -> code UUID."""

    def __init__(self, bench: Workbench, view: TranscriptView) -> None:
        super().__init__(view)
        self.bench = bench
        self.project = bench.project
        self.stack = bench.undo_stack
        self.view = view
        self.window = bench.window  # the parent of dialogs and error boxes
        self.memory = CodeMemory(bench, self)
        self.memory.quickCodesChanged.connect(self.quickCodesChanged)

    @property
    def last_code(self) -> str | None:
        return self.memory.last

    @property
    def quick_codes(self) -> dict[int, str]:
        return dict(self.memory.pins)

    def restore(self) -> None:
        """Take up the quick codes and the last code of the previous session (if they exist)."""
        self.memory.restore()

    def pick_code(self, title: str, allow_new: bool) -> str | None:
        """Ask for a code; a new one typed into the picker is created first (undoable)."""
        return CodePicker.ask_code(self.window, self.project, self.stack, title,
                                   allow_new=allow_new)

    def _existing(self, uuid: str, gone: str | None = None, *args: object) -> Code | None:
        """The code ``uuid``, or ``None`` after saying it is gone and forgetting it.

        ``gone`` is the message, with ``{0}`` for the code's last known name
        (``{1}`` … for ``args``); without one (a code clicked, dropped on or
        picked) a general one. The window catches up with the project either way.
        """
        try:
            return self.project.code(uuid)
        except CodeNotFound:
            pass
        except ServerUnreachableError as exc:  # a team project offline: nothing is done
            self.bench.events.unreachable(exc)
            return None
        name = self.memory.name(uuid)
        self.memory.forget(uuid)
        if gone is None or name is None:
            gone = self.tr("The code you chose no longer exists (another program may have "
                           "deleted it); the code system now shows the project as it is.")
        self.bench.events.gone(gone.format(name, *args))
        return None

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
            self.bench.status(self.tr("Select some text first, then choose a code."))
        return span

    # -- coding paths --------------------------------------------------------------------

    def code_span(self, code_uuid: str, start: int, end: int) -> bool:
        code = self._existing(code_uuid) if self.view.doc is not None else None
        return code is not None and self._code_span(code, start, end)

    def _code_span(self, code: Code, start: int, end: int) -> bool:
        if self.view.doc is None:
            return False
        if not code.codable:
            picked = self._in_category(code)
            if picked is None:
                return False
            code = picked
        doc, code_uuid = self.view.doc, code.uuid
        if doc is None:
            return False
        spec = CodingSpec(doc.uuid, code_uuid, start, end, coder=self.project.coder)
        command = coding_commands.AddCodings(self.project, [spec],
                                             self.tr("Code with “{0}”").format(code.name))
        # the core refuses an identical coding (the rule is its own); here it is a status line
        if not run(self.stack, command, self.window, quietly=(DuplicateCodingError,)):
            if isinstance(command.error, DuplicateCodingError):
                self.bench.status(self.tr("This passage is already coded with “{0}” by "
                                          "you.").format(code.path))
            return False
        self.memory.use(code_uuid, code.name)
        self.view.select_cp(start, end, center=False)
        self.bench.status(self.tr("Coded {0} characters with “{1}”.").format(
            end - start, code.path))
        return True

    def _in_category(self, category: Code) -> Code | None:
        """A category codes nothing unasked: one of its subcodes, itself, or nothing."""
        uuid = CategoryPicker.ask(self.window, self.project, category)
        if uuid is None:
            self.bench.status(self.tr("Nothing coded: “{0}” is a category.").format(
                category.path))
            return None
        return category if uuid == category.uuid else self._existing(uuid)

    def code_clicked(self, code_uuid: str) -> bool:
        """A click on a code in the code system codes the selection, if there is one."""
        return self.view.textCursor().hasSelection() and self.code_selection(code_uuid)

    def code_selection(self, code_uuid: str) -> bool:
        span = self._need_span()
        return span is not None and self.code_span(code_uuid, *span)

    def _code_selection_with(self, code: Code | None) -> bool:
        span = self._need_span() if code is not None else None
        return code is not None and span is not None and self._code_span(code, *span)

    def code_with_last(self) -> bool:
        if self.last_code is None:
            self.bench.status(self.tr("No code used yet in this session."))
            return False
        return self._code_selection_with(self._existing(self.last_code, self.tr(
            "The code “{0}” used last no longer exists; pick a code with Ctrl+Shift+C.")))

    def code_with_quick(self, slot: int) -> bool:
        uuid = self.memory.pins.get(slot)
        if uuid is None:
            self.bench.status(self.tr("No code is pinned to Ctrl+{0}: right-click a code → "
                                      "Pin as quick code.").format(slot))
            return False
        gone = self.tr("The code “{0}” pinned to Ctrl+{1} no longer exists, so it is unpinned; "
                       "pin another code from the code system's context menu.")
        return self._code_selection_with(self._existing(uuid, gone, slot))

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
            self.bench.status(self.tr("The selection has no words to name a code after."))
            return False
        spec = CodingSpec(doc.uuid, "", span[0], span[1], coder=self.project.coder)
        command = coding_commands.InVivo(self.project, name, spec)
        if run(self.stack, command, self.window) and command.code_uuid:
            self.memory.use(command.code_uuid, name)
            self.bench.status(self.tr("New in-vivo code “{0}”.").format(name))
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
            self.bench.status(self.tr("There is no speaker turn here."))
            return False
        code = self._existing(self.last_code, self.tr(
            "The code “{0}” used last no longer exists; pick a code for the speaker turn.")
        ) if self.last_code else None
        if code is None:
            uuid = self.pick_code(self.tr("Code whole speaker turn with…"), True)
            code = self._existing(uuid) if uuid is not None else None
            if code is None:
                return False
        start, end = trim(doc.text, turn.body_start or turn.start, turn.end)
        return self._code_span(code, start, end)

    def code_turn_with_dialog(self, position: int) -> bool:
        doc = self.view.doc
        turn = doc.turn_at(position) if doc else None
        if doc is None or turn is None:
            self.bench.status(self.tr("There is no speaker turn here."))
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

    # -- quick codes -------------------------------------------------------------------

    def pin_quick_code(self, uuid: str, slot: int) -> None:
        """Pin ``uuid`` to Ctrl+``slot``; slot 0 unpins it."""
        code = self._existing(uuid) if slot else None
        if slot and code is None:
            return
        self.memory.pin(uuid, slot, code.name if code else None)
        if code is not None:
            self.bench.status(self.tr("“{0}” is now quick code Ctrl+{1}.").format(
                code.path, slot))

    def set_quick_codes(self, pins: dict[int, str]) -> None:
        self.memory.set_pins(pins)

    # -- the selected coding -------------------------------------------------------------

    def select_coding(self, uuid: str) -> None:
        """A click on a coding's stripe or highlight: select it and say what can be done."""
        self.view.select_coding(uuid, center=False)
        coding = self.view.record(uuid)
        if coding is not None:
            self.bench.status(self.tr(
                "Coding “{0}” by {1} selected: Del removes it, Ctrl+M moves it, "
                "Ctrl+Shift+M edits its memo, Ctrl+B sets its bounds to the selection.").format(
                coding.code, coding.coder), 10000)

    def _selected(self) -> str | None:
        uuid = self.view.selected_coding
        if uuid is None:
            self.bench.status(self.tr("Click a coding stripe first to select a coding."))
        return uuid

    def _selected_to_change(self) -> str | None:
        """The selected coding, if this login may change it (in a team project a coder
        changes only their own: the status line says whose it is, nothing is tried)."""
        uuid = self._selected()
        coding = self.view.record(uuid) if uuid is not None else None
        if coding is not None and not self.bench.rights.may_change_coding(coding.coder):
            self.bench.status(rights_hints.others_coding(coding.coder))
            return None
        return uuid

    def remove_selected(self) -> bool:
        uuid = self._selected_to_change()
        if uuid is None:
            return False
        coding = self.view.record(uuid)
        label = coding.code if coding else ""
        ok = run(self.stack, coding_commands.RemoveCodings(
            self.project, [uuid], self.tr("Remove coding “{0}”").format(label)), self.window)
        if ok:
            self.view.select_coding(None)
        return ok

    def move_selected(self) -> bool:
        uuid = self._selected_to_change()
        if uuid is None:
            return False
        target = self.pick_code(self.tr("Move coding to…"), True)
        if target is None:
            return False
        return run(self.stack, coding_commands.UpdateCoding(
            self.project, uuid, self.tr("Move coding"), code=target), self.window)

    def memo_selected(self) -> bool:
        uuid = self._selected()
        coding = self.view.record(uuid)
        if coding is None:
            return False
        mine = self.bench.rights.may_change_memo(coding.coder)  # another coder's: read it
        text = MemoDialog.ask(self.window, self.tr("Memo for “{0}”").format(coding.code),
                              coding.memo or "", settings=self.bench.settings.qs,
                              read_only="" if mine else rights_hints.others_memo(coding.coder))
        if text is None or text == (coding.memo or ""):
            return False
        return run(self.stack, coding_commands.UpdateCoding(
            self.project, coding.uuid, self.tr("Edit coding memo"), memo=text or None),
            self.window)

    def set_bounds_of_selected(self) -> bool:
        """Give the selected coding the bounds of the current text selection."""
        uuid = self._selected_to_change()
        span = self.selected_span()
        if uuid is None or span is None:
            if uuid is not None:
                self.bench.status(self.tr("Select the new extent in the text first."))
            return False
        ok = run(self.stack, coding_commands.UpdateCoding(
            self.project, uuid, self.tr("Change coding bounds"), start=span[0], end=span[1]),
            self.window)
        if ok:
            self.view.select_coding(uuid, center=False)
        return ok
