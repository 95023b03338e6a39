"""The arguments of ``qda cooccurrence``, ``qda words`` and ``qda crosstab``, shared with
their ``qda export`` kinds so that a count and its export are asked alike."""

from __future__ import annotations

import argparse

from ..analysis import lemmas, stop_words
from ..analysis.cooccurrence import UNITS, CooccurrenceQuery
from ..analysis.crosstab import CrosstabQuery
from ..analysis.words import TextScope, WordQuery
from ..errors import InvalidValueError
from .document_scope import add_scope_arguments, set_of, where_of


def _add_filters(p: argparse.ArgumentParser, code_help: str) -> None:
    p.add_argument("--code", action="append", default=[], metavar="PATH", help=code_help)
    p.add_argument("--no-subcodes", action="store_true",
                   help="a --code without its subcodes")
    _add_coders_and_documents(p)


def _add_coders_and_documents(p: argparse.ArgumentParser) -> None:
    p.add_argument("--coder", action="append", default=[], metavar="NAME",
                   help="only this coder's codings (repeatable)")
    p.add_argument("--doc", action="append", default=[], metavar="NAME",
                   help="only this document (repeatable)")
    add_scope_arguments(p)


def add_cooccurrence_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--unit", choices=UNITS, default=None,
                   help="what two codings share: overlapping text (default), the same "
                        "paragraph, the same speaker turn, or at most --distance characters "
                        "between them")
    p.add_argument("--distance", type=int, default=None, metavar="N",
                   help="--unit near: at most N characters between the codings (default 0: "
                        "overlapping or touching); alone it means --unit near")
    _add_filters(p, "only this code (and its subcodes) as rows and columns (repeatable)")


def cooccurrence_query(args: argparse.Namespace) -> CooccurrenceQuery:
    unit = args.unit or ("near" if args.distance is not None else "overlap")
    if args.distance is not None and unit != "near":
        raise InvalidValueError(f"--distance applies to --unit near, not to --unit {unit}")
    return CooccurrenceQuery(unit=unit, distance=args.distance or 0, codes=tuple(args.code),
                             include_subcodes=not args.no_subcodes,
                             documents=tuple(args.doc), coders=tuple(args.coder),
                             set=set_of(args), where=where_of(args))


def add_word_arguments(p: argparse.ArgumentParser) -> None:
    _add_filters(p, "only the text of this code's segments (repeatable)")
    p.add_argument("--lemma", action="store_true",
                   help="count the forms of a word under its lemma (Kinder, Kindern: Kind)")
    p.add_argument("--language", choices=lemmas.LANGUAGES, default="de",
                   help="--lemma: the language of the text (default: de)")
    p.add_argument("--min-count", type=int, default=1, metavar="N",
                   help="only words counted at least N times (default: 1)")
    p.add_argument("--numbers", action="store_true", help="count numbers as words")
    p.add_argument("--stop-words", action="append", default=[], metavar="de|en|FILE",
                   help="leave out the words of this list: a shipped one (de, en) or a UTF-8 "
                        "file, one word a line (repeatable; default: de and en)")
    p.add_argument("--no-stop-words", action="store_true", help="leave out no words")


def word_query(args: argparse.Namespace) -> WordQuery:
    if args.no_stop_words and args.stop_words:
        raise InvalidValueError("--stop-words and --no-stop-words contradict each other")
    stop = frozenset() if args.no_stop_words else \
        stop_words.load(args.stop_words) if args.stop_words else None
    scope = TextScope(documents=tuple(args.doc), codes=tuple(args.code),
                      include_subcodes=not args.no_subcodes, coders=tuple(args.coder),
                      set=set_of(args), where=where_of(args))
    return WordQuery(scope=scope, stop_words=stop, lemma=args.lemma, language=args.language,
                     numbers=args.numbers, min_count=args.min_count)


def add_crosstab_arguments(p: argparse.ArgumentParser) -> None:
    columns = p.add_mutually_exclusive_group(required=True)
    columns.add_argument("--variable", metavar="NAME",
                         help="a column per value of this document variable")
    columns.add_argument("--sets", action="store_true", help="a column per document set")
    columns.add_argument("--speakers", action="store_true", help="a column per speaker")
    p.add_argument("--bins", type=int, default=0, metavar="N",
                   help="a numeric --variable: N ranges of equal width instead of a column "
                        "per value")
    p.add_argument("--subcodes", action="store_true",
                   help="a code's row counts its subcodes' codings too")
    p.add_argument("--code", action="append", default=[], metavar="PATH",
                   help="only this code as a row (with --subcodes, its subcodes too; "
                        "repeatable)")
    _add_coders_and_documents(p)


def crosstab_query(args: argparse.Namespace) -> CrosstabQuery:
    by = "sets" if args.sets else "speakers" if args.speakers else "variable"
    if args.bins and by != "variable":
        raise InvalidValueError("--bins applies to --variable")
    return CrosstabQuery(by=by, variable=args.variable, bins=args.bins, codes=tuple(args.code),
                         include_subcodes=args.subcodes, coders=tuple(args.coder),
                         documents=tuple(args.doc), set=set_of(args), where=where_of(args))
