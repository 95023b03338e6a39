"""Timestamps written for other programs to read."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_timestamp(value: datetime) -> str:
    """``2024-03-01T10:00:00Z``: UTC, whole seconds, ``Z``.

    Word's comment dates (``w:date``) and REFI-QDA's ``xsd:dateTime`` both want
    this form, as ATLAS.ti, NVivo and MAXQDA write it. A naive value is taken
    as UTC, which is what a project stores.
    """
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    # isoformat, not strftime("%Y"): that writes the year 1 as "1", which no reader accepts
    return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
