"""Which codings touch a stretch of text, fast enough to ask on every paint.

The transcript paints only what is visible, so each paint asks "which
codings overlap characters a..b?". Codings are filed in fixed-size buckets of
the text; a query looks at one or two buckets instead of 20,000 codings, and
adding or removing a coding touches only its buckets. Qt-free on purpose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...records import Coding

BUCKET = 2048


class CodingIndex:
    def __init__(self, codings: Iterable[Coding] = ()) -> None:
        self._by_uuid: dict[str, Coding] = {}
        self._buckets: dict[int, dict[str, Coding]] = {}
        self._code_coder: Counter[tuple[str, str]] = Counter()
        for coding in codings:
            self.add(coding)

    def __len__(self) -> int:
        return len(self._by_uuid)

    def __contains__(self, uuid: object) -> bool:
        return uuid in self._by_uuid

    def get(self, uuid: str) -> Coding | None:
        return self._by_uuid.get(uuid)

    def add(self, coding: Coding) -> None:
        if coding.uuid in self._by_uuid:
            self.remove(coding.uuid)
        self._by_uuid[coding.uuid] = coding
        self._code_coder[coding.code_uuid, coding.coder] += 1
        for b in range(coding.start // BUCKET, (coding.end - 1) // BUCKET + 1):
            self._buckets.setdefault(b, {})[coding.uuid] = coding

    def remove(self, uuid: str) -> Coding | None:
        coding = self._by_uuid.pop(uuid, None)
        if coding is not None:
            key = (coding.code_uuid, coding.coder)
            self._code_coder[key] -= 1
            if not self._code_coder[key]:
                del self._code_coder[key]
            for b in range(coding.start // BUCKET, (coding.end - 1) // BUCKET + 1):
                bucket = self._buckets.get(b)
                if bucket is not None:
                    bucket.pop(uuid, None)
        return coding

    def codes(self, coder: str | None = None) -> set[str]:
        """Codes used by the indexed codings (of ``coder`` only, if given), without a scan."""
        return {code for code, who in self._code_coder if coder is None or who == coder}

    def overlapping(self, start: int, end: int) -> list[Coding]:
        """Codings with at least one character in ``[start, end)``, by start then length."""
        found: dict[str, Coding] = {}
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            for uuid, c in self._buckets.get(b, {}).items():
                if c.start < end and c.end > start:
                    found[uuid] = c
        return sorted(found.values(), key=lambda c: (c.start, -c.end, c.code))

    def at(self, position: int) -> list[Coding]:
        """Codings containing the character at ``position``, innermost (shortest) first."""
        hits = self.overlapping(position, position + 1)
        return sorted(hits, key=lambda c: c.end - c.start)
