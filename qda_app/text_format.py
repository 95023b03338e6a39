"""Short plain-text renderings of coded text for lists: the terminal, tables, the window."""

from __future__ import annotations


def one_line(text: str, width: int = 70) -> str:
    """``text`` on one line (runs of whitespace, line breaks too, become one space), cut
    to ``width`` characters with "…", so that a list row stays one row."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
