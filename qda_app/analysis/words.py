"""Word frequencies: which words a text uses, how often, and in how many documents.

What is counted: the words of the text a :class:`~.word_text.TextScope` selects (all
documents, some, or the coded text of codes and coders), cut as :mod:`.word_text`
says. Words are counted case-folded ("Die" and "die" are one word, and so are "Straße"
and "STRASSE"), shown in their most frequent spelling. With ``lemma`` the forms of a
word count together under its lemma (simplemma: "Kinder", "Kindern" → "Kind").

* **count**: how often the word occurs;
* **percent**: ``100 * count / total_words``, where ``total_words`` counts every word
  of the text, stop words included (numbers only when they are counted);
* **documents**: in how many documents it occurs.

Stop words are left out of the table (but not of ``total_words``); a word goes when
its form or its lemma is on the list. ``stop_words=None`` takes the shipped German and
English lists, ``frozenset()`` none. Words counted fewer than ``min_count`` times are
left out too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidValueError
from ..project import Project
from . import lemmas, stop_words
from .word_text import ALL_TEXT, TOKEN, TextScope, is_number, pieces

__all__ = ["EVERY_WORD", "TextScope", "WordCount", "WordFrequencies", "WordQuery",
           "word_frequencies"]


@dataclass(frozen=True, slots=True)
class WordQuery:
    """What to count and how; the defaults are the command line's."""

    scope: TextScope = ALL_TEXT
    stop_words: frozenset[str] | None = None
    """Left out (case-folded); ``None``: the shipped German and English lists."""
    lemma: bool = False
    language: str = "de"
    """The language lemmas are looked up in (``de`` or ``en``)."""
    numbers: bool = False
    """Count numbers ("2021", "3,5") as words."""
    min_count: int = 1

    def stop_list(self) -> frozenset[str]:
        return stop_words.default_stop_words() if self.stop_words is None else self.stop_words


EVERY_WORD = WordQuery()
"""All text, the shipped stop lists left out, no lemmas: the command line's defaults."""


@dataclass(frozen=True, slots=True)
class WordCount:
    """One row of the table."""

    word: str
    """As shown: the most frequent spelling (or lemma)."""
    count: int
    percent: float
    documents: int
    forms: frozenset[str] = field(default=frozenset(), compare=False)
    """The spellings counted as this word, as they occur in the text (for the concordance)."""


@dataclass(frozen=True, slots=True)
class WordFrequencies:
    query: WordQuery
    rows: tuple[WordCount, ...]
    """Most frequent first (then alphabetical)."""
    total_words: int
    """Every word of the text, stop words included: what ``percent`` is a share of."""
    documents: int
    """Documents the text came from."""

    def to_json(self) -> dict[str, Any]:
        return {"total_words": self.total_words, "documents": self.documents,
                "lemma": self.query.lemma,
                "words": [{"word": r.word, "count": r.count, "percent": round(r.percent, 4),
                           "documents": r.documents} for r in self.rows]}


@dataclass(slots=True)
class _Tally:
    count: int = 0
    documents: int = 0
    spellings: dict[str, int] = field(default_factory=dict)  # a Counter each costs 20x
    forms: set[str] = field(default_factory=set)


def word_frequencies(project: Project, query: WordQuery = EVERY_WORD) -> WordFrequencies:
    """Count the words of ``query.scope``; see the module for what each number is."""
    if query.min_count < 1:
        raise InvalidValueError(f"the minimum count must be at least 1 ({query.min_count})")
    classify = _classifier(query)
    tallies: dict[str, _Tally] = {}
    total = 0
    per_document: dict[str, Counter[str]] = {}
    for piece in pieces(project, query.scope):
        found = per_document.setdefault(piece.document.uuid, Counter())
        found.update(TOKEN.findall(piece.document.text, piece.start, piece.end))
    for forms in per_document.values():
        seen_here: set[str] = set()
        for form, n in forms.items():
            kind = classify(form)
            if kind is None:
                continue
            total += n
            key, shown, counted = kind
            if not counted:
                continue
            tally = tallies.setdefault(key, _Tally())
            tally.count += n
            tally.spellings[shown] = tally.spellings.get(shown, 0) + n
            tally.forms.add(form)
            if key not in seen_here:
                seen_here.add(key)
                tally.documents += 1
    rows = [WordCount(_most_frequent(t.spellings), t.count, 100 * t.count / total,
                      t.documents, frozenset(t.forms))
            for t in tallies.values() if t.count >= query.min_count]
    rows.sort(key=lambda r: (-r.count, r.word.casefold(), r.word))
    return WordFrequencies(query, tuple(rows), total, len(per_document))


Kind = tuple[str, str, bool] | None
"""``(key, shown, counted)`` of a form, or ``None`` for a number not counted."""


def _classifier(query: WordQuery) -> Callable[[str], Kind]:
    """Form -> what it counts as; each distinct form is looked at once."""
    stop = query.stop_list()
    lemma = lemmas.lemmatizer(query.language) if query.lemma else None
    seen: dict[str, Kind] = {}

    def classify(form: str) -> Kind:
        if form in seen:
            return seen[form]
        kind: Kind = None
        if query.numbers or not is_number(form):
            shown = lemma(form) if lemma is not None else form
            key = shown.casefold()
            kind = (key, shown, form.casefold() not in stop and key not in stop)
        seen[form] = kind
        return kind

    return classify


def _most_frequent(spellings: dict[str, int]) -> str:
    """The spelling used most often; on a tie the one met first."""
    return max(spellings.items(), key=lambda item: item[1])[0]
