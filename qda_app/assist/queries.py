"""What a consistency check is asked, as a plain record (light to import: the exporter
registry and the command line's help read it without loading NumPy or SciPy)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConsistencyQuery:
    """Which codes to check, over which passages, and how many findings to list."""

    codes: tuple[str, ...] = ()
    """Paths or UUIDs; empty: every code with codings."""
    unit: str = "sentence"
    engine: str = "auto"
    documents: tuple[str, ...] = ()
    """Look for misses only in these documents (names or UUIDs); empty: all."""
    misses_per_code: int = 10
    """At most this many possible misses a code, the most similar first."""
    min_score: float | None = None
    """A possible miss must be at least this similar; ``None``: the engine's threshold
    or, if higher, what this project's passages rarely reach by chance."""


EVERY_CODE = ConsistencyQuery()
