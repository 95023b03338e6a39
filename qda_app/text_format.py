"""Short plain-text renderings for lists and reports: coded text on one line, counts with
their noun ("1 coding", "3 codings")."""

from __future__ import annotations


def one_line(text: str, width: int = 70) -> str:
    """``text`` on one line (runs of whitespace, line breaks too, become one space), cut
    to ``width`` characters with "…", so that a list row stays one row."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def plural(n: int, noun: str) -> str:
    """``noun`` as ``n`` of it are called: "code", "codes", "category", "categories",
    "match", "matches" (the last word of a phrase: "speaker turns")."""
    if n == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def counted(n: int, noun: str) -> str:
    """``n`` and its noun: "1 document", "12 documents"."""
    return f"{n} {plural(n, noun)}"
