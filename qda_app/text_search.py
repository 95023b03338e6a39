"""Finding a search text in a document's text: the matching behind ``Project.search``.

Qt-free and without SQL, so the facade, the command line and the window's Search pane
share one definition of a hit:

- **Plain text, case ignored** (the default) compares with Unicode case folding
  (``str.casefold``), which German needs: "STRASSE" finds "Straße" and "STRAẞE", and
  "straße" finds "Strasse". Case folding can make a text longer (ß → ss), so the search
  runs on the folded text and maps every hit back to code-point offsets of the original
  text; a hit always covers whole characters of it ("s" does not find half of a "ß").
  The Turkish capital İ is folded as I, so "istanbul" finds "İstanbul".
- **Regular expressions** (Python's ``re``; case ignored with ``re.IGNORECASE``, which
  compares character by character: there "ss" does not find "ß"). ``^`` and ``$`` match
  at every line. A pattern that matches the empty string yields no empty hits.
- **Whole words** keeps a hit only where it does not cut a word: no letter, digit or
  underscore (Unicode's, so umlauts and ß are letters) on both sides of either edge.
- Hits do not overlap: searching "anna" in "annanna" gives one hit, as ``str.count``
  counts and as a find-next in a word processor steps.

The query is normalised to NFC, as every imported text is, so a query pasted from a
decomposed source (macOS file names) still finds "für".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from .errors import InvalidValueError
from .records import Document

CONTEXT_CHARS = 40
"""How far the context (KWIC) reaches on each side of a hit, cut back to whole words."""

_BOUNDARY = r"(?:(?<!\w)|(?!\w))"
"""No word character on both sides of this position (the edge of a whole-word hit)."""
_SPACE = re.compile(r"\s+")
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")
_DOTTED_CAPITAL_I = "\u0130"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place where the query occurs: ``text == source text[start:end]``.

    ``context`` is the hit with some words on either side, on one line (keyword in
    context); ``before`` and ``after`` are its two sides, for a view that shows the hit
    in bold. They are cut from the document (``doc``) when asked for, so a search with
    30,000 hits builds no 30,000 context strings that nobody reads.
    """

    document: str
    document_uuid: str
    start: int
    end: int
    text: str
    doc: Document = field(repr=False, compare=False)
    """The document searched, with its text and turns (shared, not copied): what autocoding
    extends a hit within."""

    @property
    def before(self) -> str:
        """The words before the hit on one line, "…" first when the text goes on."""
        first = max(0, self.start - CONTEXT_CHARS)
        window = self.doc.text[first:self.start]
        if first > 0:
            cut = _SPACE.search(window)  # drop the word cut in half
            window = "…" + (window[cut.end():] if cut else window)
        return _SPACE.sub(" ", window).lstrip()

    @property
    def after(self) -> str:
        """The words after the hit on one line, "…" last when the text goes on."""
        text = self.doc.text
        last = min(len(text), self.end + CONTEXT_CHARS)
        window = text[self.end:last]
        if last < len(text):
            cuts = list(_SPACE.finditer(window))
            window = (window[:cuts[-1].start()] if cuts else window) + "…"
        return _SPACE.sub(" ", window).rstrip()

    @property
    def context(self) -> str:
        return f"{self.before}{_SPACE.sub(' ', self.text)}{self.after}"

    def as_json(self) -> dict[str, object]:
        """The record ``qda search --json`` prints."""
        return {"document": self.document, "document_uuid": self.document_uuid,
                "start": self.start, "end": self.end, "text": self.text,
                "context": self.context}


class _Folded:
    """A text case-folded, with the way back from folded to original offsets.

    Only characters whose folding is longer than one character (ß, ẞ, ligatures such as
    ﬁ) move offsets; they are found with one regular expression over the text, so a
    2 MB transcript is mapped in milliseconds, and a text without them maps as is.
    """

    def __init__(self, text: str) -> None:
        plain = _fold_ready(text)
        self.text = plain.casefold()
        self._orig: list[int] = []  # original offset of each expanding character
        self._folded: list[int] = []  # where its folding starts in the folded text
        self._shift: list[int] = []  # folded minus original offset after it
        if len(self.text) == len(text):  # folding never shortens: nothing expanded
            return
        longer = "".join(c for c in set(plain) if len(c.casefold()) > 1)
        shift = 0
        for m in re.finditer(f"[{re.escape(longer)}]", plain):
            self._orig.append(m.start())
            self._folded.append(m.start() + shift)
            shift += len(m.group().casefold()) - 1
            self._shift.append(shift)

    def original(self, folded: int) -> int | None:
        """The original offset of a folded one; ``None`` inside one character's folding."""
        j = bisect.bisect_right(self._folded, folded) - 1
        if j < 0:
            return folded
        if folded == self._folded[j]:
            return self._orig[j]
        after = folded - self._shift[j]  # the original offset if past character j
        return None if after <= self._orig[j] else after


def _fold_ready(text: str) -> str:
    """``text`` with İ as I, so that folding keeps it one letter (the text stays as long)."""
    return text.replace(_DOTTED_CAPITAL_I, "I") if _DOTTED_CAPITAL_I in text else text


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def cuts_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends inside a word."""
    return ((0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start]))
            or (0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end])))


class Matcher:
    """A query with its options, checked once and then run on any number of texts.

    Raises :class:`~qda_app.errors.InvalidValueError` with one line for an empty query
    or a broken regular expression, before any text is read.
    """

    def __init__(self, query: str, whole_words: bool = False, case_sensitive: bool = False,
                 regex: bool = False) -> None:
        if not query:
            raise InvalidValueError("the search text is empty")
        self.query = unicodedata.normalize("NFC", query)
        self.whole_words = whole_words
        self.case_sensitive = case_sensitive
        self._pattern: re.Pattern[str] | None = None
        if regex:
            self._pattern = _compile(self.query, whole_words, case_sensitive)
        self._needle = self.query if case_sensitive else _fold_ready(self.query).casefold()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the query occurs in ``text``: ``(start, end)`` code points, in order."""
        if self._pattern is not None:
            return [m.span() for m in self._pattern.finditer(text) if m.end() > m.start()]
        if self.case_sensitive:
            return self._find(text, text, None)
        folded = _Folded(text)
        return self._find(text, folded.text, folded)

    def _find(self, text: str, haystack: str, folded: _Folded | None) -> list[tuple[int, int]]:
        needle, found = self._needle, []
        pos = haystack.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            start, stop = (pos, end) if folded is None else (folded.original(pos),
                                                              folded.original(end))
            if (start is not None and stop is not None
                    and not (self.whole_words and cuts_word(text, start, stop))):
                found.append((start, stop))
                pos = haystack.find(needle, end)
            else:  # a rejected candidate may hide a hit that starts inside it
                pos = haystack.find(needle, pos + 1)
        return found

    def hits(self, document: Document) -> list[SearchHit]:
        """The hits in one document, in text order."""
        text = document.text
        return [SearchHit(document.name, document.uuid, start, end, text[start:end], document)
                for start, end in self.spans(text)]


def _compile(pattern: str, whole_words: bool, case_sensitive: bool) -> re.Pattern[str]:
    flags = re.MULTILINE | (0 if case_sensitive else re.IGNORECASE)
    try:
        re.compile(pattern, flags)  # the user's pattern alone, so an error points into it
        if not whole_words:
            return re.compile(pattern, flags)
        lead = _GLOBAL_FLAGS.match(pattern)  # "(?s)…" must stay in front of the wrapping
        head, body = (lead.group(), pattern[lead.end():]) if lead else ("", pattern)
        return re.compile(f"{head}{_BOUNDARY}(?:{body}){_BOUNDARY}", flags)
    except re.error as exc:
        where = f" at position {exc.pos + 1}" if exc.pos is not None else ""
        raise InvalidValueError(
            f"not a valid regular expression: {exc.msg}{where} of {pattern!r}") from None
