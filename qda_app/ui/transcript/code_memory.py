"""The codes the window remembers for the keyboard: the last code used and the quick codes.

``Ctrl+L`` (and ``Ctrl+T``) code with the last code, ``Ctrl+1`` … ``Ctrl+9``
with pinned ones; both are kept per project in the settings, as UUIDs, so a
renamed or moved code stays pinned. A remembered code may be gone by the time
it is asked for (deleted, its creation undone, removed by another program):
the memory keeps each code's last known name so the window can say *which*
code is gone, and :meth:`forget` drops it everywhere, the settings included.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, Signal

from ...errors import CodeNotFound
from ...records import Changes
from ..workbench import Workbench


class CodeMemory(QObject):
    quickCodesChanged = Signal(dict)
    """The quick codes changed: slot (1-9) -> code UUID."""

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.last: str | None = None
        self.pins: dict[int, str] = {}
        self._names: dict[str, str] = {}
        bench.events.changed.connect(self._on_change)

    def restore(self) -> None:
        """Take up the previous session's codes; those gone since are dropped (and saved so)."""
        settings, key = self.bench.settings, self.bench.project_uuid
        names = {c.uuid: c.name for c in self.bench.project.codes()}
        saved_pins, saved_last = settings.quick_codes(key), settings.last_code(key)
        pins = {slot: uuid for slot, uuid in saved_pins.items() if uuid in names}
        self.last = saved_last if saved_last in names else None
        self._names = {u: names[u] for u in [*pins.values(), self.last] if u is not None}
        if pins != saved_pins:
            settings.set_quick_codes(key, pins)
        if saved_last is not None and self.last is None:
            settings.set_last_code(key, None)
        self.set_pins(pins)

    def name(self, uuid: str) -> str | None:
        """The name the code had when last seen (``None`` if never seen)."""
        return self._names.get(uuid)

    def use(self, uuid: str, name: str) -> None:
        """``uuid`` was just used to code: it is the last code now."""
        self.last = uuid
        self._names = {u: n for u, n in self._names.items() if u in self.pins.values()}
        self._names[uuid] = name
        self.bench.settings.set_last_code(self.bench.project_uuid, uuid)

    def pin(self, uuid: str, slot: int, name: str | None = None) -> None:
        """Pin ``uuid`` to Ctrl+``slot``; slot 0 unpins it."""
        pins = {k: v for k, v in self.pins.items() if v != uuid}
        if slot:
            pins[slot] = uuid
            if name is not None:
                self._names[uuid] = name
        self.set_pins(pins)
        self.bench.settings.set_quick_codes(self.bench.project_uuid, pins)

    def set_pins(self, pins: dict[int, str]) -> None:
        self.pins = dict(pins)
        self.quickCodesChanged.emit(dict(pins))

    def forget(self, uuid: str) -> None:
        """``uuid`` is gone: neither the last code nor pinned any more, here or in the settings."""
        if self.last == uuid:
            self.last = None
            self.bench.settings.set_last_code(self.bench.project_uuid, None)
        if uuid in self.pins.values():
            self.pin(uuid, 0)

    def _on_change(self, changes: Changes) -> None:
        """Keep the names current (a pinned code renamed, then deleted, is named as it was)."""
        if not changes.codes:
            return
        remembered = {*self.pins.values(), *([self.last] if self.last else [])}
        touched = remembered & changes.code_uuids if changes.code_uuids else remembered
        for uuid in touched:  # at most ten: only what the keyboard remembers is looked up
            with suppress(CodeNotFound):  # gone: its last name stays for the message
                self._names[uuid] = self.bench.project.code(uuid).name
