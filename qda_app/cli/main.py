"""Entry point of ``qda``: builds the parser from the ``commands_*`` modules and runs one.

Exit status: 0 on success, 1 for a user error (one line on stderr, no
traceback), 2 for usage errors (argparse's own).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..errors import QdaError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qda",
        description="Kodierwerk on the command line: projects, transcripts, codes and codings. "
                    "A project is a .qda file or a team project on a PostgreSQL server, given "
                    "by its URL (postgresql://user@host:port/database); a password the server "
                    "asks for comes from ~/.pgpass or is asked for, never from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"qda {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    package = importlib.import_module(__package__ or "qda_app.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("commands_"):
            importlib.import_module(f"{package.__name__}.{info.name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except QdaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line, the traceback only on request
        if os.environ.get("QDA_DEBUG"):
            traceback.print_exc()
        print(f"error: unexpected {type(exc).__name__}: {exc} (set QDA_DEBUG=1 for details)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
