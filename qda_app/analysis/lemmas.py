"""Lemmatising for the word count: "Kinder" and "Kindern" counted as "Kind".

Done by ``simplemma`` (MIT licence), whose dictionaries ship inside the package: it
works offline and downloads nothing at run time. It is imported only when a count
asks for lemmas; loading the German dictionary takes about a second, once per
process.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from ..errors import InvalidValueError, QdaError

LANGUAGES = ("de", "en")
"""Languages a count may lemmatise in (simplemma has more; these are our users')."""


def _simplemma() -> ModuleType:
    try:
        import simplemma
    except ImportError:
        raise QdaError("lemmatising needs the simplemma package "
                       "(pip install simplemma)") from None
    return simplemma


def lemmatizer(language: str) -> Callable[[str], str]:
    """A function from a word form to its lemma in ``language``; each form is looked up
    once (a transcript repeats its words)."""
    if language not in LANGUAGES:
        raise InvalidValueError(f"cannot lemmatise {language!r}: use {', '.join(LANGUAGES)}")
    lemmatize = _simplemma().lemmatize
    seen: dict[str, str] = {}

    def lemma(form: str) -> str:
        found = seen.get(form)
        if found is None:
            found = seen[form] = lemmatize(form, lang=language)
        return found

    return lemma
