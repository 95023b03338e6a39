"""The name a new document gets when its name is taken already, and how names sort.

Import, REFI-QDA and merges all add documents; a merge preview must show the
names the merge will give, so storage and the planner share this rule.
"""

from __future__ import annotations

import re


def free_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… whichever is not in ``taken``."""
    name = name.strip() or "Dokument"
    candidate, n = name, 2
    while candidate in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def name_order(name: str) -> tuple[tuple[int, int | str], ...]:
    """How documents sort by name: case ignored and numbers by value, so that
    "Interview 2" comes before "Interview 10" (the list, ``qda docs --sort name``)."""
    parts = re.split(r"(\d+)", name.casefold())
    return tuple((0, int(p)) if p.isdecimal() else (1, p) for p in parts if p)
