"""Transactions and change notification shared by the parts of the facade."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from .errors import QdaError
from .records import Changes
from .storage import database

log = logging.getLogger(__name__)

Listener = Callable[[Changes], None]


def default_coder_name() -> str:
    try:
        return getpass.getuser() or "coder"
    except (OSError, KeyError):
        return "coder"


class ProjectBase:
    def __init__(self, db: database.Database) -> None:
        self._db = db
        self._listeners: list[Listener] = []
        self.coder: str = default_coder_name()
        """Coder attached to new codings when a call names none."""

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(changes)`` after every committed change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken view must not undo a committed action
                log.exception("change listener failed")

    @contextmanager
    def _write(self, changes: Changes | None = None) -> Iterator[Session]:
        """One unit of work; committed when the block exits, then listeners hear ``changes``."""
        try:
            with self._db.write() as s:
                yield s
        except sa_exc.OperationalError as exc:
            raise QdaError(f"could not write {self._db.path.name}: {exc.orig}") from None
        except sa_exc.IntegrityError as exc:
            raise QdaError(f"refused, the project would become inconsistent: {exc.orig}") from None
        if changes is not None:
            self._notify(changes)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._db.read() as s:
                yield s
        except sa_exc.OperationalError as exc:
            raise QdaError(f"could not read {self._db.path.name}: {exc.orig}") from None
