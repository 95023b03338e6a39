"""Stable identities: every document, code, coder, coding and memo has a UUID.

Merges, REFI-QDA and the team server match things by these, so they are made
and normalised in one place: lower case, no braces (REFI-QDA files write
``{…}`` and upper case).
"""

from __future__ import annotations

import uuid as uuid_module


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def norm_uuid(value: str) -> str:
    """``{A1B2…}`` -> ``a1b2…``: how UUIDs are stored and compared."""
    return value.strip().strip("{}").lower()
