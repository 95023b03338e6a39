"""Converting between code-point offsets (ours) and UTF-16 code units (Qt's, NVivo's).

Python ``str`` indexes code points; Qt's text classes count UTF-16 units, in
which every character outside the Basic Multilingual Plane (most emoji) takes
two. Documents rarely contain such characters, so the map stores only their
positions and converts with a binary search.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    def __init__(self, text: str) -> None:
        # the regex scans in C: a 2 MB transcript takes milliseconds, not a Python loop
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 start of the k-th astral character: its code-point index plus k
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral)]
        self.length_u16 = len(text) + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """Code-point offset -> UTF-16 offset."""
        return cp + bisect.bisect_left(self._astral, cp) if self._astral else cp

    def to_cp(self, u16: int, *, backward: bool = False) -> int:
        """UTF-16 offset -> code-point offset.

        An offset between the two halves of a surrogate pair snaps forward, past
        the character (an end keeps the whole of it), or with ``backward`` to
        before it (a start does: a selection from inside an emoji takes the emoji).
        """
        if not self._astral:
            return u16
        k = bisect.bisect_right(self._astral_u16, u16 - 1)  # astral chars starting before u16
        cp = u16 - k
        if k and self._astral_u16[k - 1] + 1 == u16:  # between the two halves of a pair
            cp = self._astral[k - 1] + (0 if backward else 1)
        return cp
