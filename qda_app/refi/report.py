"""What an import did: counts, and one line per kind of thing skipped or changed.

Other tools' files hold things we have no place for (PDF and audio sources,
variables, sets...). An import never fails on them: it tells the user, once
per kind, what was left out, so nobody has to compare the projects by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..files import ImportCancelled, Progress  # ImportCancelled: still importable here
from ..text_format import plural

_EXAMPLES = 3


def check_import_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("import cancelled; nothing was written")


Rest = str | tuple[str, str]
"""What follows the noun in a report line; a pair when it differs for one and for many
(``(" with its offsets…", " with their offsets…")``)."""


@dataclass
class _Tally:
    verb: str
    noun: str
    rest: Rest
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def line(self) -> str:
        rest = self.rest if isinstance(self.rest, str) else self.rest[self.count != 1]
        text = f"{self.verb} {self.count} {plural(self.count, self.noun)}{rest}"
        if self.examples:
            more = ", …" if self.count > len(self.examples) else ""
            text += ": " + ", ".join(self.examples) + more
        return text


@dataclass
class ImportReport:
    """Counts of what was imported, and the lines that say what was not (or was changed)."""

    source: str
    origin: str = ""
    kind: str = "project"
    """``"project"`` (a ``.qdpx``) or ``"codebook"`` (a ``.qdc``)."""
    documents: int = 0
    codes: int = 0
    categories: int = 0
    """Of the new ``codes``, those that are categories (``isCodable="false"``)."""
    matched_codes: int = 0
    coders: int = 0
    codings: int = 0
    memos: int = 0
    _tallies: dict[tuple[str, str, Rest], _Tally] = field(default_factory=dict, repr=False)

    def tally(self, verb: str, noun: str, rest: Rest = "", n: int = 1,
              example: str | None = None) -> None:
        """Count ``n`` things of one kind: ``tally("skipped", "PDF source")``.

        The line reads "skipped 2 PDF sources"; ``rest`` follows the noun, as a
        pair (one, many) when it refers back to it ("its text", "their text").
        """
        if n <= 0:
            return
        key = (verb, noun, rest)
        entry = self._tallies.setdefault(key, _Tally(verb, noun, rest))
        entry.count += n
        if example is not None and len(entry.examples) < _EXAMPLES \
                and example not in entry.examples:
            entry.examples.append(example)

    def summary(self) -> str:
        codes = plural(self.codes, "code")
        if self.categories:
            codes += f" ({self.categories} of them {plural(self.categories, 'category')})"
        if self.kind == "codebook":
            parts = [f"{self.codes} new {codes}",
                     f"{self.matched_codes} {plural(self.matched_codes, 'code')} already there"]
        else:
            parts = [f"{self.documents} {plural(self.documents, 'document')}",
                     f"{self.codes} {codes}",
                     f"{self.coders} {plural(self.coders, 'coder')}",
                     f"{self.codings} {plural(self.codings, 'coding')}",
                     f"{self.memos} {plural(self.memos, 'memo')}"]
        return f"imported {self.source}: " + ", ".join(parts)

    def details(self) -> list[str]:
        """One line per kind of thing skipped, renamed, clamped or guessed."""
        return [t.line() for t in self._tallies.values()]

    def lines(self) -> list[str]:
        return [self.summary(), *self.details()]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote (the command line prints :meth:`line`)."""

    path: Path
    documents: int = 0
    codes: int = 0
    coders: int = 0
    codings: int = 0
    memos: int = 0
    qualified: int = 0
    """Codes written under a qualified name (``--unique-names``)."""
    variables: int = 0
    sets: int = 0

    def line(self) -> str:
        counts = [(self.documents, "document"), (self.codes, "code"), (self.coders, "coder"),
                  (self.codings, "coding"), (self.memos, "memo"), (self.variables, "variable"),
                  (self.sets, "set")]
        shown = [f"{n} {plural(n, noun)}" for n, noun in counts if n or noun == "code"]
        qualified = (f"; {self.qualified} {plural(self.qualified, 'code name')} qualified "
                     "with the parent's" if self.qualified else "")
        return f"wrote {self.path} ({', '.join(shown)}{qualified})"
