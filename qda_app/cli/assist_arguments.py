"""The arguments the assistance's commands share (``qda similar``, ``qda suggest``,
``qda consistency``, ``qda export consistency``), and the lines they print to stderr."""

from __future__ import annotations

import argparse
import sys

from ..assist.queries import ConsistencyQuery
from ..errors import InvalidValueError
from ..files import Progress

UNITS = ("sentence", "paragraph", "turn")  # as qda_app.assist.passages has them, without NumPy
ENGINES = ("auto", "lexical", "semantic")


def add_engine_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--unit", choices=UNITS, default="sentence",
                   help="what a passage is: a sentence (default), a paragraph, or a speaker "
                        "turn (documents without turns: their paragraphs)")
    p.add_argument("--engine", choices=ENGINES, default="auto",
                   help="semantic (sentence embeddings; pip install 'kodierwerk[assist]'), "
                        "lexical (shared words, as lemmas), or auto (default): semantic if "
                        "installed")


def add_consistency_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--code", action="append", default=[], metavar="PATH",
                   help="check this code (repeatable; default: every code with codings)")
    p.add_argument("--doc", action="append", default=[], metavar="NAME",
                   help="look for possible misses only in this document (repeatable)")
    p.add_argument("--misses", type=int, default=10, metavar="N",
                   help="at most N possible misses a code, the most similar first "
                        "(default: 10)")
    p.add_argument("--min-score", type=float, default=None, metavar="X",
                   help="a possible miss must score at least X (default: the engine's "
                        "threshold, 0.5 lexical, 0.55 semantic)")
    add_engine_arguments(p)


def consistency_query(args: argparse.Namespace) -> ConsistencyQuery:
    if args.min_score is not None and not 0 < args.min_score <= 1:
        raise InvalidValueError(f"--min-score must be above 0 and at most 1 ({args.min_score})")
    return ConsistencyQuery(codes=tuple(args.code), unit=args.unit, engine=args.engine,
                            documents=tuple(args.doc), misses_per_code=args.misses,
                            min_score=args.min_score)


def indexing_note() -> Progress:
    """A progress callback that says once, on stderr, that the index is being built."""
    said = False

    def progress(done: int, total: int) -> bool:
        nonlocal said
        if not said and total:
            print(f"note: indexing {total:,} passages on this computer (once; kept beside "
                  "the project)…", file=sys.stderr)
            said = True
        return True

    return progress


def say(notes: tuple[str, ...] | list[str]) -> None:
    for line in notes:
        print(f"note: {line}", file=sys.stderr)
