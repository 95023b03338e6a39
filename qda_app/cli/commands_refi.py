"""``qda import-codebook`` and ``qda import-qdpx``: REFI-QDA files from other tools."""

from __future__ import annotations

import argparse

from .command_parsers import project_command
from .output import open_project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "import-codebook", cmd_import_codebook,
        help="merge a REFI-QDA codebook (.qdc) into a project",
        description="Add the codes of a .qdc (MAXQDA, ATLAS.ti, NVivo, QualCoder, Taguette). "
                    "Codes the project has (same GUID, else same path) are kept as they are, "
                    "so nothing is duplicated.")
    p.add_argument("codebook", metavar="IN.qdc")

    p = project_command(
        sub, "import-qdpx", cmd_import_qdpx, project="NEW.qda",
        help="create a project from a REFI-QDA project (.qdpx)",
        description="Create NEW.qda from a .qdpx: coders, codes, text sources, codings, "
                    "notes, variables (from cases) and sets of documents. What Kodierwerk "
                    "has no place for (PDF, picture, audio and video sources, links, "
                    "graphs...) is listed, one line per kind. NEW.qda must not exist; on any "
                    "error no project is written.")
    p.add_argument("qdpx", metavar="IN.qdpx")
    p.add_argument("--title", help="project title (default: the name in the .qdpx)")


def cmd_import_codebook(args: argparse.Namespace) -> int:
    from ..refi import import_codebook

    with open_project(args.project) as project:
        report = import_codebook(project, args.codebook)
    print("\n".join(report.lines()))
    return 0


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    from ..refi import import_qdpx

    report = import_qdpx(args.qdpx, args.project, title=args.title)
    print("\n".join(report.lines()))
    return 0
