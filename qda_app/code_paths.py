"""Code paths (``"Arbeit/Sprache"``): splitting them and comparing them.

Paths are how people name codes on the command line, in mapping files and in
codebooks from other tools; the storage, the merge planner and REFI-QDA all
need the same rules, so they live here on the shared floor.
"""

from __future__ import annotations

from .errors import InvalidValueError

SEPARATOR = "/"


def split_path(path: str) -> list[str]:
    """``"Arbeit / Sprache"`` -> ``["Arbeit", "Sprache"]``; empty parts are refused."""
    parts = [p.strip() for p in path.split(SEPARATOR)]
    if not path.strip() or any(not p for p in parts):
        raise InvalidValueError(f"invalid code path {path!r}: a name is empty")
    return parts


def normalise_key(path: str) -> str:
    """How paths are compared when matching codes: case and outer spaces ignored."""
    return SEPARATOR.join(p.strip().casefold() for p in path.split(SEPARATOR))
