"""``qda import-codebook`` and ``qda import-qdpx``: REFI-QDA files from other tools."""

from __future__ import annotations

import argparse

from .output import open_project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-codebook", help="merge a REFI-QDA codebook (.qdc) into a project",
        description="Add the codes of a .qdc (MAXQDA, ATLAS.ti, NVivo, QualCoder, Taguette). "
                    "Codes the project has (same GUID, else same path) are kept as they are, "
                    "so nothing is duplicated.")
    p.add_argument("project", metavar="P.qda|URL")
    p.add_argument("codebook", metavar="IN.qdc")
    p.set_defaults(func=cmd_import_codebook)

    p = sub.add_parser(
        "import-qdpx", help="create a project from a REFI-QDA project (.qdpx)",
        description="Create NEW.qda from a .qdpx: coders, codes, text sources, codings, "
                    "notes, variables (from cases) and sets of documents. What Kodierwerk "
                    "has no place for (PDF, picture, audio and video sources, links, "
                    "graphs...) is listed, one line per kind. NEW.qda must not exist; on any "
                    "error no project is written.")
    p.add_argument("project", metavar="NEW.qda")
    p.add_argument("qdpx", metavar="IN.qdpx")
    p.add_argument("--title", help="project title (default: the name in the .qdpx)")
    p.set_defaults(func=cmd_import_qdpx)


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
