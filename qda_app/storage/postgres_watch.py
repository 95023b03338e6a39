"""Hearing what other coders commit to a team project: PostgreSQL ``LISTEN/NOTIFY``.

Every committed action is announced on :data:`CHANNEL` with a small JSON payload
(:func:`encode`): the sender's origin (so a project ignores its own), which kinds
of things changed, and the UUIDs of the :class:`~qda_app.records.Changes`
record: documents, codes, codings and memos; for each coding removed or changed,
its old place too (document, code, coder, span, speaker), so that a listener can
take it out of its views without having seen it. PostgreSQL limits a payload to
8000 bytes; an action that touched more (a merge, an import of thousands of
codings) sends its kinds only, with ``"all"``, and listeners reload those kinds.

:class:`ServerWatch` keeps one autocommit connection of its own that ``LISTEN``\\ s,
and polls it without blocking (``Connection.notifies(timeout=0)``): one poll is a
non-blocking read of the socket, no query. A window waits for that socket to become
readable (:meth:`ServerWatch.fileno`) instead of polling on a timer.

**Losing the server.** When the listening connection breaks (the server stopped, the
network went away: TCP keepalives notice a silent drop within a minute), or a read or
write of the project finds the server gone (:meth:`ServerWatch.connection_lost`), the
watch is offline: the facade refuses every read and write at once
(:meth:`ServerWatch.ensure_online`) instead of waiting for a timeout, and a
background thread connects again with a growing pause (:data:`RECONNECT_DELAYS_S`).
Once it is back, the first :meth:`ServerWatch.take_changes` answers ``None``: what
happened meanwhile is unknown, reload everything.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..errors import ProjectOfflineError
from ..records import Changes, Coding

log = logging.getLogger(__name__)

CHANNEL = "kodierwerk_changes"
MAX_PAYLOAD = 7900
"""Bytes; PostgreSQL refuses a payload of 8000 or more."""
_FLAGS = ("documents", "codes", "codings", "coders", "memos", "project", "variables", "sets")
RECONNECT_DELAYS_S = (0.25, 0.5, 1.0, 2.0, 3.0)
"""Pauses before each attempt to connect again; the last one repeats."""
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 5,
              "keepalives_count": 3}
"""libpq's TCP keepalives on the listening connection: a network that silently went away
(a laptop's Wi-Fi) is noticed within a minute, not after the system's two hours."""
LISTENER_PREFIX = "Kodierwerk live "
"""The ``application_name`` of a listening connection starts so; the project's UUID
follows. Counting them in ``pg_stat_activity`` says how many programs have it open."""
_NO_TIME = datetime.fromtimestamp(0, timezone.utc)


def encode(origin: str, changes: Changes) -> str:
    """The payload announcing ``changes``: small, and within PostgreSQL's limit."""
    codings = changes.coding_uuids | {c.uuid for c in changes.added} \
        | {c.uuid for c in changes.removed}
    data: dict[str, Any] = {
        "o": origin,
        "f": [flag for flag in _FLAGS if getattr(changes, flag)],
        "d": sorted(changes.document_uuids), "k": sorted(changes.code_uuids),
        "c": sorted(codings), "m": sorted(changes.memo_uuids),
        "r": [[c.uuid, c.document_uuid, c.code_uuid, c.coder, c.start, c.end, c.speaker]
              for c in changes.removed],
    }
    payload = json.dumps(data, separators=(",", ":"))
    if len(payload.encode("utf-8")) <= MAX_PAYLOAD:
        return payload
    return json.dumps({"o": origin, "f": data["f"], "all": True}, separators=(",", ":"))


def decode(payload: str) -> tuple[str, Changes] | None:
    """(origin, changes) of a payload; ``None`` for one that is not ours.

    The :class:`~qda_app.records.Changes` names what changed, as the sender's did;
    its ``removed`` holds the old places of the codings removed or changed (UUID,
    document and code UUIDs, coder, span, speaker; no names, texts or dates), and
    ``added`` stays empty: the codings' present state is read from the project
    (``Project.codings(changes.coding_uuids)``; :mod:`qda_app.team.live` does that).
    """
    try:
        data = json.loads(payload)
        flags: dict[str, Any] = {flag: True for flag in data.get("f", ()) if flag in _FLAGS}
        codings = frozenset(data.get("c", ()))
        removed = tuple(_old_place(row) for row in data.get("r", ()))
        if codings and "r" not in data:  # an older program's: no old places, views reload
            codings = frozenset()
        changes = Changes(
            **flags,
            document_uuids=frozenset(data.get("d", ())), code_uuids=frozenset(data.get("k", ())),
            coding_uuids=codings, memo_uuids=frozenset(data.get("m", ())), removed=removed)
        return str(data["o"]), changes
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _old_place(row: list[Any]) -> Coding:
    uuid, document_uuid, code_uuid, coder, start, end, speaker = row
    return Coding(uuid=str(uuid), document_uuid=str(document_uuid), document="",
                  code_uuid=str(code_uuid), code="", color="", coder_uuid="", coder=str(coder),
                  start=int(start), end=int(end), text="", memo=None,
                  speaker=None if speaker is None else str(speaker),
                  created=_NO_TIME, modified=_NO_TIME)


def programs_online(s: Session, listener_name: str) -> int:
    """How many listening connections named ``listener_name`` this database has now: the
    programs that have the project open. ``pg_stat_activity`` shows every session's
    database and ``application_name`` to every login, so a coder needs no extra right."""
    return int(s.scalar(text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND application_name = :name"),
        {"name": listener_name}) or 0)


class ServerWatch:
    """The ``LISTEN`` side: which commits of others this project has not yet been told of,
    and whether the server is reachable (see the module's "Losing the server")."""

    def __init__(self, args: list[Any], kwargs: dict[str, Any], origin: str,
                 where: str) -> None:
        import psycopg

        self._args, self._kwargs = args, {**KEEPALIVES, **kwargs}
        self._origin = origin
        self._where = where
        self._received: list[Changes] = []
        self._resync = False
        self._lock = threading.Lock()
        self._fresh: psycopg.Connection[Any] | None = None
        self._stop = threading.Event()
        self._reconnector: threading.Thread | None = None
        self._conn: psycopg.Connection[Any] | None = self._listen()

    def _listen(self) -> Any:
        import psycopg

        conn = psycopg.connect(*self._args, **self._kwargs, autocommit=True)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            conn.close()
            raise
        return conn

    # -- online and offline -----------------------------------------------------------------

    @property
    def online(self) -> bool:
        """False while the connection is lost and being restored."""
        self._adopt()
        return self._conn is not None

    def fileno(self) -> int | None:
        """The listening connection's socket (readable when an announcement arrives), or
        ``None`` while offline. It changes when the watch connects again."""
        self._adopt()
        return None if self._conn is None else self._conn.fileno()

    def ensure_online(self) -> None:
        """Refuse at once, in one line, while offline (a read or write would only wait
        for a timeout, and a write could not be heard by the others)."""
        if not self.online:
            raise ProjectOfflineError(
                f"the team project at {self._where} is offline: the connection to the server "
                "was lost and is being restored, so this was not done; try again when it "
                "is back")

    def connection_lost(self) -> None:
        """A read or write found the server gone: offline until the watch is back."""
        if self._conn is not None:
            self._drop()

    def _drop(self) -> None:
        self._close_conn()
        self._received.clear()  # a reload follows once the connection is back
        if self._reconnector is None or not self._reconnector.is_alive():
            self._reconnector = threading.Thread(target=self._reconnect, daemon=True,
                                                 name="kodierwerk-reconnect")
            self._reconnector.start()

    def _reconnect(self) -> None:
        """In the background: connect and ``LISTEN`` again, pausing longer each time."""
        import psycopg

        attempt = 0
        while not self._stop.wait(RECONNECT_DELAYS_S[min(attempt, len(RECONNECT_DELAYS_S) - 1)]):
            attempt += 1
            try:
                conn = self._listen()
            except psycopg.Error as exc:
                log.info("team project at %s still unreachable: %s", self._where,
                         str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                continue
            with self._lock:
                if self._stop.is_set():
                    conn.close()
                else:
                    self._fresh = conn
            return

    def _adopt(self) -> None:
        """Take over a connection the background thread made (on the caller's thread)."""
        if self._conn is not None or self._fresh is None:
            return
        with self._lock:
            conn, self._fresh = self._fresh, None
        if conn is not None:
            self._conn = conn
            self._resync = True
            log.info("team project at %s reachable again", self._where)

    # -- what others changed ----------------------------------------------------------------

    def _poll(self) -> None:
        import psycopg

        self._adopt()
        if self._conn is None:
            return
        try:
            for note in self._conn.notifies(timeout=0):
                decoded = decode(note.payload)
                if decoded is not None and decoded[0] != self._origin:
                    self._received.append(decoded[1])
        except psycopg.Error as exc:  # the server went away: offline, reconnecting
            log.warning("lost the connection to the team project at %s: %s", self._where,
                        str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            self._drop()

    def before_write(self) -> None:
        """Nothing to do: our own announcements carry our origin and are skipped."""

    def acknowledge(self) -> None:
        """Nothing to do, as for :meth:`before_write`."""

    def changed_elsewhere(self) -> bool:
        """Whether another program committed since the last call (or since opening);
        also true once when the connection is back after it was lost."""
        self._poll()
        changed = bool(self._received) or self._resync
        self._received.clear()
        self._resync = False
        return changed

    def take_changes(self) -> list[Changes] | None:
        """Each foreign commit's changes since the last call, oldest first; ``None`` once
        when the connection is back after it was lost (what happened meanwhile is
        unknown). Nothing while offline."""
        self._poll()
        if self._resync:
            self._resync = False
            self._received.clear()
            return None
        taken, self._received = self._received, []
        return taken

    def _close_conn(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            fresh, self._fresh = self._fresh, None
        if fresh is not None:
            fresh.close()
        self._close_conn()
