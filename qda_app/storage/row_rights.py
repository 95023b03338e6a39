"""Changes that a team project's row-level security left out: refused, never done silently.

PostgreSQL's policies do not raise on an ``UPDATE`` or ``DELETE`` of rows a login may
read but not change (another coder's codings and memos): they leave those rows out,
and the statement reports fewer rows. Without a look at that count, removing another
coder's coding would "succeed" and the window would show it gone while it stays.
So the storage modules compare the count with the rows they meant and refuse the
whole action in one line (the transaction rolls back: nothing was changed). On a
``.qda`` file the counts always match.
"""

from __future__ import annotations

from typing import Any

from ..errors import PermissionDeniedError


def count(result: Any) -> int:
    """The rows an ``UPDATE`` or ``DELETE`` touched."""
    return int(result.rowcount)


def refuse_unless_all(done: int, wanted: int, what: str) -> None:
    """``done`` of ``wanted`` rows changed: the rest belong to other coders."""
    if done < wanted:
        raise PermissionDeniedError(
            f"{what} belongs to another coder: in a team project a coder changes and removes "
            "only their own; nothing was changed")
