"""Noticing what other programs commit to the same project file.

A coder may run ``qda code-text`` or a script on the file the window has
open, or a colleague's merge may write to a shared copy. SQLite counts
commits per connection in ``PRAGMA data_version``: the number seen by one
connection changes when *another* connection commits. This module keeps one
small connection of its own for that question; the project's own writes go
through other connections, so the facade acknowledges each of them here and
only what it did not write shows as a change from elsewhere.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

from ..records import Changes


class Watch(Protocol):
    """What the facade asks a backend about commits that were not its own, and (a server)
    whether it is reachable."""

    @property
    def online(self) -> bool: ...

    def fileno(self) -> int | None:
        """A socket that becomes readable when others commit (a server), else ``None``."""
        ...

    def ensure_online(self) -> None:
        """Refuse a read or write at once while the server is known to be unreachable."""
        ...

    def connection_lost(self) -> None:
        """A read or write found the server gone."""
        ...

    def before_write(self) -> None: ...

    def acknowledge(self) -> None: ...

    def changed_elsewhere(self) -> bool: ...

    def take_changes(self) -> list[Changes] | None:
        """What others' commits changed, as far as they said (servers), since the last
        call; ``None`` when only *that* something changed is known (a file): refresh all."""
        ...

    def close(self) -> None: ...


class ChangeWatch:
    """A file's watch: ``PRAGMA data_version`` on a connection of its own."""

    def __init__(self, path: Path) -> None:
        # a short timeout: a poll that finds the file busy simply asks again later
        self._conn = sqlite3.connect(str(path), timeout=0.05, check_same_thread=False)
        self._seen = self._version()
        self._pending = False

    online = True
    """A file is always there (a missing or broken one gives its own one-line errors)."""

    def fileno(self) -> int | None:
        return None

    def ensure_online(self) -> None:
        pass

    def connection_lost(self) -> None:
        pass

    def _version(self) -> int | None:
        try:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:  # busy or closed: no answer this time
            return None
        return int(row[0])

    def _poll(self) -> None:
        version = self._version()
        if version is not None and version != self._seen:
            self._pending = True
            self._seen = version

    def before_write(self) -> None:
        """Remember a foreign commit before ours, so acknowledging ours cannot hide it."""
        self._poll()

    def acknowledge(self) -> None:
        """Our own commit just happened: it is not a change from elsewhere."""
        version = self._version()
        if version is not None:
            self._seen = version

    def changed_elsewhere(self) -> bool:
        """Whether another program committed since the last call (or since opening)."""
        self._poll()
        changed, self._pending = self._pending, False
        return changed

    def take_changes(self) -> list[Changes] | None:
        return None  # SQLite says that another connection committed, not what

    def close(self) -> None:
        self._conn.close()
