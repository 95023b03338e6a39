"""What the lexical engine compares: the content words of a passage, as lemmas.

A passage is cut into words as the word count cuts it (:data:`~qda_app.analysis.word_text.
TOKEN`: German compounds and gender forms stay whole), and each word is replaced by its
lemma, case-folded (``simplemma``, whose dictionaries ship in the package: "Kindern" and
"Kinder" are "kind", "went" is "go"). The lemma is looked up in the word's own spelling:
German capitals tell nouns apart ("Betrieben" is "Betrieb", "betrieben" is "betreiben").
Numbers and the shipped German and English stop words ("und", "die", "the") are left out:
they say nothing about what a passage is about.

Which language's lemmas a document gets is guessed from its words, once a document: the
language whose stop words it uses more (German on a tie). A typed query is guessed the
same way. Guessing per document rather than per word keeps "die" (German article) and
"die" (English verb) apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..analysis import lemmas, stop_words
from ..analysis.word_text import TOKEN, is_number

LANGUAGES = lemmas.LANGUAGES
SAMPLE_CHARS = 20_000
"""How much of a document the language is guessed from."""


def words(text: str) -> list[str]:
    """The words of ``text`` as spelt, numbers left out."""
    return [w for w in TOKEN.findall(text) if not is_number(w)]


def guess_language(text: str) -> str:
    """``"de"`` or ``"en"``: whose stop words ``text`` (its first part) uses more."""
    found = words(text[:SAMPLE_CHARS])
    de, en = stop_words.shipped("de"), stop_words.shipped("en")
    german = sum(w.casefold() in de for w in found)
    english = sum(w.casefold() in en for w in found)
    return "en" if english > german else "de"


class Analyzer:
    """Turns passages into terms; remembers each word form it has seen, per language
    (a transcript repeats its words, and looking a lemma up is the expensive part)."""

    def __init__(self) -> None:
        self._stop = stop_words.default_stop_words()
        self._lemma: dict[str, Callable[[str], str]] = {}
        self._seen: dict[str, dict[str, str | None]] = {}

    def terms(self, text: str, language: str) -> list[str]:
        """The terms of ``text`` in ``language``: lemmas of its content words, in order."""
        seen = self._seen.get(language)
        if seen is None:
            seen = self._seen[language] = {}
        found = []
        for form in words(text):
            term = seen.get(form, "")
            if term == "":
                term = seen[form] = self._term(form, language)
            if term is not None:
                found.append(term)
        return found

    def _term(self, form: str, language: str) -> str | None:
        if form.casefold() in self._stop:
            return None
        lemma = self._lemma.get(language)
        if lemma is None:
            lemma = self._lemma[language] = lemmas.lemmatizer(language)
        term = lemma(form).casefold()
        return None if term in self._stop else term

    def many(self, texts: Iterable[str], language: str) -> list[list[str]]:
        return [self.terms(t, language) for t in texts]
