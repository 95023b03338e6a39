"""Stop words: the words a word count leaves out ("und", "die", "the").

German and English lists ship in ``resources/`` (``stopwords-de.txt``,
``stopwords-en.txt``: the Snowball lists, BSD licence, source named in each file),
plain text with one word a line and ``#`` comments, the same format a user's own
list is read in. Words are compared case-folded (``Die`` is ``die``, ``Straße`` is
``strasse``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..bundled import resource
from ..errors import InvalidValueError, QdaError

LANGUAGES = ("de", "en")
"""The shipped lists."""


def parse(text: str) -> frozenset[str]:
    """The words of a stop list: one a line; blank lines and ``#`` comments skipped."""
    words = (line.strip() for line in text.splitlines())
    return frozenset(w.casefold() for w in words if w and not w.startswith("#"))


@cache
def shipped(language: str) -> frozenset[str]:
    """The list shipped for ``language`` (``"de"`` or ``"en"``)."""
    if language not in LANGUAGES:
        raise InvalidValueError(
            f"no stop list for {language!r}: use {', '.join(LANGUAGES)} or a file")
    return parse(resource(f"stopwords-{language}.txt").read_text(encoding="utf-8"))


def default_stop_words() -> frozenset[str]:
    """German and English together: what a word count leaves out unless told otherwise."""
    return shipped("de") | shipped("en")


def read_list(path: str | Path) -> frozenset[str]:
    """A user's stop list from a UTF-8 text file, one word a line."""
    path = Path(path)
    try:
        return parse(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise QdaError(f"{path.name}: a stop list must be UTF-8 text") from None
    except OSError as exc:
        raise QdaError(f"cannot read the stop list {path}: {exc.strerror or exc}") from None


def load(sources: Iterable[str]) -> frozenset[str]:
    """The words of several lists, each a shipped language (``de``, ``en``) or a file."""
    words: frozenset[str] = frozenset()
    for source in sources:
        words |= shipped(source) if source in LANGUAGES else read_list(source)
    return words


def as_text(words: Iterable[str]) -> str:
    """A list as a user edits it: sorted, one word a line."""
    return "".join(f"{w}\n" for w in sorted(set(words)))
