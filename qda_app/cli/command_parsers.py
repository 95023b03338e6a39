"""The parser of a command that works on one project: ``qda NAME P.qda …``.

Nearly every command opens one project file, named first, and runs one function;
:func:`project_command` makes such a parser, so each ``register`` says only what is
particular to its command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TypeAlias

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``register(sub)`` adds its commands to (``add_subparsers()``'s answer)."""
Run = Callable[[argparse.Namespace], int]


def project_command(sub: Subcommands, name: str, run: Run, *, project: str = "P.qda|URL",
                    **options: Any) -> argparse.ArgumentParser:
    """Add the command ``name`` (``options``: ``help``, ``description``, ``usage``), whose
    first argument is the project, a file or a team project's URL (shown as ``project``),
    and which calls ``run``."""
    p = sub.add_parser(name, **options)
    p.add_argument("project", metavar=project)
    p.set_defaults(func=run)
    return p
