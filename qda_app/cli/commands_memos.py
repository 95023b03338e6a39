"""``qda memos`` and ``qda memo add``: the project's memos on the command line."""

from __future__ import annotations

import argparse

from ..errors import InvalidValueError
from ..records import Memo, MemoLink, MemoTarget
from .command_parsers import project_command
from .output import one_line, open_project, print_json, print_table

KINDS = ("project", "document", "code", "text", "free")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = project_command(
        sub, "memos", cmd_memos, help="list memos",
        description="Memos of every kind with what they belong to or are "
                    "linked to, author and dates.")
    p.add_argument("--kind", choices=KINDS, help="only memos of this kind")
    p.add_argument("--json", action="store_true", help="print JSON")

    memo = sub.add_parser("memo", help="write memos", description="Write memos.")
    memo_sub = memo.add_subparsers(dest="memo_command", metavar="ACTION", required=True)
    p = memo_sub.add_parser(
        "add", help="add a memo",
        description="Add a memo: on a document (with --start/--end: on a passage of it), on "
                    "a code, linked to documents and codes (a free memo), or to the project "
                    "(the research journal) when it names nothing.")
    p.add_argument("project", metavar="P.qda|URL")
    on = p.add_mutually_exclusive_group()
    on.add_argument("--doc", metavar="NAME", help="the document it is about")
    on.add_argument("--code", metavar="PATH", help="the code it is about")
    p.add_argument("--start", type=int, metavar="N", help="with --doc: where the passage starts")
    p.add_argument("--end", type=int, metavar="N", help="with --doc: where the passage ends")
    p.add_argument("--link-doc", action="append", default=[], metavar="NAME",
                   help="link a free memo to this document (repeatable)")
    p.add_argument("--link-code", action="append", default=[], metavar="PATH",
                   help="link a free memo to this code (repeatable)")
    p.add_argument("--title", default="", metavar="T")
    p.add_argument("--text", required=True, metavar="TEXT")
    p.add_argument("--author", metavar="NAME", help="default: your user name")
    p.set_defaults(func=cmd_memo_add)


def _target_json(target: MemoTarget) -> dict[str, object]:
    return {"kind": target.kind, "uuid": target.uuid, "name": target.name}


def _label(target: MemoTarget) -> str:
    if target.kind in ("passage", "coding"):
        return f"{target.kind} {target.name} {target.start}–{target.end}"
    return f"{target.kind} {target.name}"


def _memo_json(memo: Memo, targets: tuple[MemoTarget, ...]) -> dict[str, object]:
    by_kind = {t.kind: t for t in targets}
    document = by_kind.get("passage") or by_kind.get("document") if memo.document_uuid else None
    code = by_kind.get("code") if memo.code_uuid else None
    links = targets if memo.kind == "free" else ()
    return {"uuid": memo.uuid, "kind": memo.kind, "title": memo.title, "text": memo.text,
            "document": document.name if document else None,
            "code": code.name if code else None, "start": memo.start, "end": memo.end,
            "author": memo.author, "created": memo.created, "modified": memo.modified,
            "links": [_target_json(t) for t in links]}


def cmd_memos(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        memos = project.memos(kind=args.kind)
        targets = project.memo_targets(memos)
    if args.json:
        print_json([_memo_json(m, targets[m.uuid]) for m in memos])
    else:
        print_table(["kind", "title", "about", "author", "modified", "text"],
                    [[m.kind, one_line(m.title, 30),
                      one_line("; ".join(_label(t) for t in targets[m.uuid]), 60),
                      m.author or "", f"{m.modified:%Y-%m-%d %H:%M}", one_line(m.text, 50)]
                     for m in memos])
    return 0


def cmd_memo_add(args: argparse.Namespace) -> int:
    if (args.start is None) != (args.end is None) or (args.start is not None and not args.doc):
        raise InvalidValueError("--start and --end go together, with --doc")
    links = [MemoLink("document", name) for name in args.link_doc]
    links += [MemoLink("code", path) for path in args.link_code]
    if links and (args.doc or args.code):
        raise InvalidValueError("--link-doc and --link-code make a free memo: not with --doc "
                                "or --code")
    with open_project(args.project) as project:
        author = args.author if args.author is not None else project.coder
        memo = project.add_memo(args.text, args.title, document=args.doc, code=args.code,
                                start=args.start, end=args.end, links=links, author=author)
        about = "; ".join(_label(t) for t in project.memo_targets([memo])[memo.uuid])
    on = "linked to" if memo.kind == "free" else "on"
    print(f"added {memo.kind} memo {memo.title or one_line(memo.text, 40)!r}"
          + (f" {on} {about}" if about else ""))
    return 0
