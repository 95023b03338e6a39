"""The name a new document gets when its name is taken already.

Import, REFI-QDA and merges all add documents; a merge preview must show the
names the merge will give, so storage and the planner share this rule.
"""

from __future__ import annotations


def free_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… whichever is not in ``taken``."""
    name = name.strip() or "Dokument"
    candidate, n = name, 2
    while candidate in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate
