"""Timestamps that transcription software writes into a transcript: where a turn is in the
recording.

f4transkript, f4x and easytranscript end a paragraph with ``#00:01:02-5#`` (hours,
minutes, seconds, and after the dash tenths of a second) or ``#00:01:02#``; other tools
and typists write ``[00:01:02]`` or ``(00:01:02)``, often at a paragraph's start, and
``[01:02]`` (minutes and seconds) for short recordings. The importer reads them into
:attr:`~qda_app.records.Turn.seconds` and leaves the text as it is, so every offset stays
where the file put it.

A two-part stamp is only read in square brackets, and as minutes and seconds: a
transcript counts time in the recording, and ``(14:30)`` in a sentence is more often
a clock time than a position. Every part is checked (minutes and seconds below 60), so
``[12:75]`` is text, not a time.
"""

from __future__ import annotations

import re

_FRACTION = r"(?:[-.,]\d{1,3})?"
_HMS = rf"\d{{1,2}}:[0-5]\d:[0-5]\d{_FRACTION}"
STAMP = rf"#{_HMS}#|\[{_HMS}\]|\({_HMS}\)|\[\d{{1,3}}:[0-5]\d{_FRACTION}\]"
"""One timestamp in any of the forms above, as a regular expression (no groups)."""

_LEADING = re.compile(rf"[ \t]*(?:{STAMP})[ \t]*")
_TRAILING = re.compile(rf"(?:{STAMP})[ \t]*\Z")
_LONGEST = 16
"""Longer than the longest stamp (``#00:00:00-000#``, 14): the tail of a line searched."""


def seconds_of(stamp: str) -> float:
    """The seconds a stamp that matches :data:`STAMP` stands for (``#00:01:02-5#`` is 62.5)."""
    inner = stamp[1:-1]
    fraction = 0.0
    for sep in "-.,":
        if sep in inner:
            inner, digits = inner.split(sep)
            fraction = int(digits) / 10 ** len(digits)
            break
    parts = [int(p) for p in inner.split(":")]
    hours = parts[0] if len(parts) == 3 else 0
    minutes, seconds = parts[-2:]
    return hours * 3600 + minutes * 60 + seconds + fraction


def leading(text: str) -> tuple[float, int] | None:
    """A stamp at the start of ``text``: its seconds and where what follows it begins."""
    m = _LEADING.match(text)
    return (seconds_of(m.group().strip(" \t")), m.end()) if m else None


def trailing(text: str) -> float | None:
    """The seconds of a stamp at the end of ``text`` (blanks after it allowed), if any.

    Only the line's last few characters are searched: a stamp cannot be longer,
    and a long paragraph costs no more than a short one.
    """
    tail = text.rstrip(" \t")[-_LONGEST:]
    m = _TRAILING.search(tail)
    return seconds_of(m.group().rstrip(" \t")) if m else None
