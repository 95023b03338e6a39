"""Which codings touch a stretch of text, fast enough to ask on every paint.

The transcript paints only what is visible, so each paint asks "which
codings overlap characters a..b?". Codings are filed in fixed-size buckets of
the text; a query looks at one or two buckets instead of 20,000 codings, and
adding or removing a coding touches only its buckets. Qt-free on purpose.

The index holds spans: :class:`~qda_app.records.CodingSpan` as the transcript
opens (plain tuples, no texts), or a full :class:`~qda_app.records.Coding`
once a change record or a hover brought one; both have what painting needs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...records import SpanLike

BUCKET = 2048


Span = SpanLike
"""What the index and the painting read of a coding (a span or a full record)."""



class CodingIndex:
    def __init__(self, codings: Iterable[Span] = ()) -> None:
        self._by_uuid: dict[str, Span] = {}
        self._buckets: dict[int, dict[str, Span]] = {}
        self._code_coder: Counter[tuple[str, str]] = Counter()
        self._fill(codings)

    def _fill(self, codings: Iterable[Span]) -> None:
        """File many codings at once (opening a transcript files 100,000)."""
        by_uuid, buckets = self._by_uuid, self._buckets
        for coding in codings:
            uuid = coding.uuid
            if uuid in by_uuid:
                self.remove(uuid)
            by_uuid[uuid] = coding
            self._code_coder[coding.code_uuid, coding.coder] += 1
            first, last = coding.start // BUCKET, (coding.end - 1) // BUCKET
            if first == last:  # most codings are shorter than a bucket
                bucket = buckets.get(first)
                if bucket is None:
                    bucket = buckets[first] = {}
                bucket[uuid] = coding
            else:
                for b in range(first, last + 1):
                    buckets.setdefault(b, {})[uuid] = coding

    def __len__(self) -> int:
        return len(self._by_uuid)

    def __contains__(self, uuid: object) -> bool:
        return uuid in self._by_uuid

    def get(self, uuid: str) -> Span | None:
        return self._by_uuid.get(uuid)

    def add(self, coding: Span) -> None:
        """File ``coding``; one with the same UUID is replaced (a full record for a span)."""
        self._fill((coding,))

    def remove(self, uuid: str) -> Span | None:
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

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Codings with at least one character in ``[start, end)``, by start then length."""
        found: dict[str, Span] = {}
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            for uuid, c in self._buckets.get(b, {}).items():
                if c.start < end and c.end > start:
                    found[uuid] = c
        return sorted(found.values(), key=lambda c: (c.start, -c.end, c.code_uuid, c.uuid))

    def at(self, position: int) -> list[Span]:
        """Codings containing the character at ``position``, innermost (shortest) first."""
        hits = self.overlapping(position, position + 1)
        return sorted(hits, key=lambda c: c.end - c.start)
