"""Hearing what other coders commit to a team project: PostgreSQL ``LISTEN/NOTIFY``.

Every committed action is announced on :data:`CHANNEL` with a small JSON payload
(:func:`encode`): the sender's origin (so a project ignores its own), which kinds
of things changed, and the UUIDs of the :class:`~qda_app.records.Changes`
record: documents, codes, codings (added, removed, changed) and memos.
PostgreSQL limits a payload to 8000 bytes; an action that touched more
(a merge, an import of thousands of codings) sends its kinds only, with ``"all"``,
and listeners reload those kinds.

:class:`ServerWatch` keeps one autocommit connection of its own that ``LISTEN``\\ s,
and polls it without blocking (``Connection.notifies(timeout=0)``): one poll is a
non-blocking read of the socket, no query. Part C of issue 12 builds the window's
live updates on :meth:`ServerWatch.take_changes`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from ..records import Changes

log = logging.getLogger(__name__)

CHANNEL = "kodierwerk_changes"
MAX_PAYLOAD = 7900
"""Bytes; PostgreSQL refuses a payload of 8000 or more."""
_FLAGS = ("documents", "codes", "codings", "coders", "memos", "project", "variables", "sets")


def encode(origin: str, changes: Changes) -> str:
    """The payload announcing ``changes``: small, and within PostgreSQL's limit."""
    codings = changes.coding_uuids | {c.uuid for c in changes.added} \
        | {c.uuid for c in changes.removed}
    data: dict[str, Any] = {
        "o": origin,
        "f": [flag for flag in _FLAGS if getattr(changes, flag)],
        "d": sorted(changes.document_uuids), "k": sorted(changes.code_uuids),
        "c": sorted(codings), "m": sorted(changes.memo_uuids),
    }
    payload = json.dumps(data, separators=(",", ":"))
    if len(payload.encode("utf-8")) <= MAX_PAYLOAD:
        return payload
    return json.dumps({"o": origin, "f": data["f"], "all": True}, separators=(",", ":"))


def decode(payload: str) -> tuple[str, Changes] | None:
    """(origin, changes) of a payload; ``None`` for one that is not ours."""
    try:
        data = json.loads(payload)
        flags: dict[str, Any] = {flag: True for flag in data.get("f", ()) if flag in _FLAGS}
        changes = Changes(
            **flags,
            document_uuids=frozenset(data.get("d", ())), code_uuids=frozenset(data.get("k", ())),
            coding_uuids=frozenset(data.get("c", ())), memo_uuids=frozenset(data.get("m", ())))
        return str(data["o"]), changes
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


class ServerWatch:
    """The ``LISTEN`` side: which commits of others this project has not yet been told of."""

    def __init__(self, args: list[Any], kwargs: dict[str, Any], origin: str) -> None:
        import psycopg

        self._origin = origin
        self._received: list[Changes] = []
        self._lost = False
        self._conn: psycopg.Connection[Any] | None = psycopg.connect(
            *args, **kwargs, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def _poll(self) -> None:
        import psycopg

        if self._conn is None:
            return
        try:
            for note in self._conn.notifies(timeout=0):
                decoded = decode(note.payload)
                if decoded is not None and decoded[0] != self._origin:
                    self._received.append(decoded[1])
        except psycopg.Error as exc:  # the connection is gone: say so once, as a change
            log.warning("stopped hearing changes from the server: %s", exc)
            self._lost = True
            self._close()

    def before_write(self) -> None:
        """Nothing to do: our own announcements carry our origin and are skipped."""

    def acknowledge(self) -> None:
        """Nothing to do, as for :meth:`before_write`."""

    def changed_elsewhere(self) -> bool:
        """Whether another program committed since the last call (or since opening);
        also true once when this watch lost its connection (the view should reload)."""
        self._poll()
        changed = bool(self._received) or self._lost
        self._received.clear()
        self._lost = False
        return changed

    def take_changes(self) -> list[Changes] | None:
        """Each foreign commit's changes since the last call, oldest first; ``None`` once
        after the connection was lost (what happened meanwhile is unknown)."""
        self._poll()
        if self._lost:
            self._lost = False
            self._received.clear()
            return None
        taken, self._received = self._received, []
        return taken

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        self._close()
