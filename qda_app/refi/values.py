"""Attribute values of REFI-QDA files: namespaces, GUIDs, dates, colours, booleans.

Real files differ from the standard in small ways (upper-case or braced
GUIDs, dates without ``Z``, three-digit colours, namespaces ending in ``1:0``),
so every reader here accepts the variants, and every writer emits the one
form the schema and the spec's examples use.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from datetime import datetime, timedelta, timezone

from ..colors import normalise_color
from ..errors import InvalidValueError

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
NS_PREFIX = "urn:QDA-XML:"

_GUID = re.compile(
    r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$"
)
# Our own namespace for GUIDs we have to make up (for a selection, or to replace a bad GUID):
# uuid5 makes them stable, so exporting a project twice gives the same file.
_KODIERWERK_NS = uuid_module.UUID("6f1f6b3e-7a53-4c1e-9a55-4b6f64576572")

# Dates a project and every export can hold: from Excel's first day to a year before the end
# of Python's calendar (so that any time zone's local time still exists). A date outside is
# damage or a placeholder (Delphi tools write 1899-12-30 for "none"), not a moment.
EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(9999, 1, 1, tzinfo=timezone.utc)

_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?"
    r"(Z|[+-]\d{2}:?\d{2})?$"
)


def is_guid(value: str) -> bool:
    return bool(_GUID.match(value.strip()))


def norm_guid(value: str) -> str:
    """A GUID as we store it: lowercase, no braces.

    A value that is not a GUID at all is turned into a stable UUID derived
    from it, so references to it still meet and the export stays valid.
    """
    match = _GUID.match(value.strip())
    if match:
        return match.group(1).lower()
    return derived_guid(value.strip(), "invalid-guid")


def derived_guid(base: str, role: str) -> str:
    """A stable GUID for something that has none of its own (``role`` tells them apart)."""
    return str(uuid_module.uuid5(_KODIERWERK_NS, f"{role}:{base.lower()}"))


def parse_datetime(value: str | None) -> datetime | None:
    """An ``xsd:dateTime`` as an aware UTC datetime; no zone means UTC.

    Rubbish, and a date outside :data:`EARLIEST`-:data:`LATEST`, mean None.
    """
    if not value:
        return None
    match = _DATETIME.match(value.strip())
    if not match:
        return None
    y, mo, d, h, mi, s, frac, zone = match.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    try:
        moment = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), micro,
                          tzinfo=timezone.utc)
    except ValueError:
        return None
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
        try:
            moment -= timedelta(minutes=offset)
        except OverflowError:  # 9999-12-31T23:00-05:00 is after the last day Python has
            return None
    return moment if EARLIEST <= moment < LATEST else None


def parse_color(value: str | None) -> str | None:
    """``#RGB``/``#RRGGBB`` in any case as ``#rrggbb``; None when absent or invalid."""
    if not value or not value.strip():
        return None
    try:
        return normalise_color(value)
    except InvalidValueError:
        return None


def parse_bool(value: str | None, default: bool = True) -> bool:
    if value is None:
        return default
    return value.strip().lower() in ("true", "1")


def parse_int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def is_qda_namespace(namespace: str | None) -> bool:
    """Any ``urn:QDA-XML:…`` namespace (``1.0``, ``1:0``, ``0:4``), or none at all."""
    return not namespace or namespace.startswith(NS_PREFIX)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot carry (a Word tab stop
    pasted into a memo must not make the whole export fail)."""
    return _NOT_XML.sub("", text)
