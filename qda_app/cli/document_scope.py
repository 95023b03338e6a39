"""``--set NAME`` and ``--where CONDITION``: the documents a command reads, beside ``--doc``.

Every command that takes ``--doc`` takes these too, added here so that they read alike
everywhere; the core resolves them (:meth:`Project.documents_for`), so ``--doc``,
``--set`` and ``--where`` together mean the documents that satisfy all three.
"""

from __future__ import annotations

import argparse

WHERE_HELP = ('only the documents whose variables satisfy CONDITION, e.g. "Region = '
              'Thüringen and Alter < 40" (= != < <= > >= contains, and/or/not, parentheses)')


def add_scope_arguments(p: argparse.ArgumentParser) -> None:
    """``--set NAME`` and ``--where CONDITION`` (stored as ``doc_set`` and ``where``)."""
    p.add_argument("--set", dest="doc_set", metavar="NAME",
                   help="only the documents of this set (`qda sets` lists them)")
    p.add_argument("--where", metavar="CONDITION", help=WHERE_HELP)


def set_of(args: argparse.Namespace) -> str | None:
    return getattr(args, "doc_set", None)


def where_of(args: argparse.Namespace) -> str | None:
    return getattr(args, "where", None)
