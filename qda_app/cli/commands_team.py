"""``qda merge`` and ``qda agreement``: team work on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from .command_parsers import project_command
from .document_scope import add_scope_arguments, set_of, where_of
from .output import open_project, print_json, where, with_password


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "merge", help="merge coders' project files into a team file",
        description="Merge coders' project files into TEAM.qda (created if it does not exist) "
                    "in one transaction. The coders' files are only read. Documents match by "
                    "their text, codes by UUID then path, coders by UUID then name; merging "
                    "the same file again adds nothing.",
    )
    p.add_argument("target", metavar="TEAM.qda|URL")
    p.add_argument("sources", metavar="CODER.qda", nargs="+")
    p.add_argument("--map", metavar="FILE", dest="mapping",
                   help="renamed codes: lines 'old path=new path' (# comments allowed)")
    p.add_argument("--dry-run", "--preview", action="store_true", dest="dry_run",
                   help="only report what would be merged; write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_merge)

    p = project_command(
        sub, "agreement", cmd_agreement, help="intercoder agreement between coders",
        description="Segment-level agreement and Brennan & Prediger's kappa, character-level "
                    "and code-presence agreement with Cohen's kappa (first two coders), and "
                    "Krippendorff's alpha (all coders). The README defines each statistic.")
    p.add_argument("--coders", required=True, metavar="A,B[,C…]",
                   help="coder names, comma-separated")
    p.add_argument("--doc", action="extend", nargs="+", metavar="NAME",
                   help="documents (default: those any of the coders coded)")
    add_scope_arguments(p)
    p.add_argument("--code", action="extend", nargs="+", metavar="PATH",
                   help="codes, each on its own (default: those the coders used)")
    p.add_argument("--overlap", type=float, default=90, metavar="PERCENT",
                   help="segment level: minimum overlap in %% of the union of two codings "
                        "(default 90)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--list", action="store_true", help="print the disagreement list too")
    p.add_argument("--out", metavar="FILE",
                   help="export: .docx (statistics and disagreements) or .csv (disagreements)")
    p.add_argument("--stats-csv", metavar="FILE", help="export the statistics tables as CSV")
    p.add_argument("--delimiter", default="comma", choices=["comma", "semicolon", "tab"],
                   help="CSV exports: field separator (German Excel expects semicolon)")
    p.add_argument("--force", action="store_true", help="overwrite existing export files")


def cmd_merge(args: argparse.Namespace) -> int:
    from ..team.merge import merge_files

    report = with_password(lambda password: merge_files(
        where(args.target), [Path(s) for s in args.sources], args.mapping,
        dry_run=args.dry_run, password=password), args.target)  # a team project may ask
    if args.json:
        print_json(report.to_dict())
    else:
        print(report.to_text())
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from ..team import agreement_report
    from ..team.agreement_input import measure_agreement

    if args.out or args.stats_csv:
        from ..team import agreement_export
    if args.out:  # a wrong name fails now, not after the computation
        agreement_export.check_export_target(args.out, args.force)
    coders = [c.strip() for c in args.coders.split(",") if c.strip()]
    with open_project(args.project) as project:
        result = measure_agreement(project, coders, documents=args.doc, codes=args.code,
                                   overlap=args.overlap, set=set_of(args),
                                   where=where_of(args))
    if args.out:
        agreement_export.export(result, args.out, force=args.force, delimiter=args.delimiter)
    if args.stats_csv:
        agreement_export.export_statistics_csv(result, args.stats_csv, force=args.force,
                                               delimiter=args.delimiter)
    if args.json:
        print_json(agreement_report.to_dict(result))
    else:
        print(agreement_report.to_text(result, list_disagreements=args.list))
        for path in (args.out, args.stats_csv):
            if path:
                print(f"wrote {path}")
    return 0
