"""``qda words``: word frequencies of the documents or of codes' segments."""

from __future__ import annotations

import argparse

from ..analysis.concordance import concordance
from ..analysis.words import WordFrequencies, word_frequencies
from ..errors import NotFoundError
from ..project import Project
from ..text_format import counted
from .analysis_arguments import add_word_arguments, word_query
from .command_parsers import project_command
from .output import open_project, print_json, print_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "words", cmd_words, help="word frequencies",
        description="Each word with its count, its share of all words (stop words "
                    "included) and the number of documents it occurs in; most frequent "
                    "first. Words are compared case-folded; German and English stop words "
                    "are left out unless told otherwise.")
    add_word_arguments(p)
    p.add_argument("--kwic", metavar="WORD",
                   help="instead of the table, every place WORD (as counted) occurs, in "
                        "context")
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_words(args: argparse.Namespace) -> int:
    query = word_query(args)
    with open_project(args.project) as project:
        result = word_frequencies(project, query)
        if args.kwic is not None:
            return _kwic(project, result, args)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"{result.total_words} words in {counted(result.documents, 'document')}; "
          f"{len(result.rows)} shown")
    print_table(["word", "count", "%", "documents"],
                [[r.word, r.count, f"{r.percent:.2f}", r.documents] for r in result.rows])
    return 0


def _kwic(project: Project, result: WordFrequencies, args: argparse.Namespace) -> int:
    """The places of one counted word (its row: by the word shown or one of its forms)."""
    wanted = args.kwic.casefold()
    row = next((r for r in result.rows if r.word.casefold() == wanted
                or wanted in {f.casefold() for f in r.forms}), None)
    if row is None:
        raise NotFoundError(f"{args.kwic!r} is not among the words counted")
    places = concordance(project, row.forms, result.query.scope)
    if args.json:
        print_json([p.to_json() for p in places])
        return 0
    print_table(["document", "start", "before", "word", "after"],
                [[p.document, p.start, p.before.rjust(50), p.word, p.after] for p in places])
    return 0
