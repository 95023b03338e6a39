"""Importing a ``.qdpx`` into a new project: all of it, or no file at all.

The whole file is read and checked first; only then is the project
created, through the facade like any other client, under a temporary name
that becomes ``target`` when it is complete. If anything fails (or the user
cancels, or the process is killed), no file by ``target``'s name exists.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import OutputError, ProjectExistsError, QdaError, SaveFailedError
from ..files import Progress, atomic_output, discard
from ..locations import is_server_url
from ..project import Project
from ..records import CodingSpec
from .codebook import merge_codes
from .document_variables import write_into
from .model import ExchangeProject
from .qdpx_read import read_qdpx
from .report import ImportReport, check_import_progress


def import_qdpx(source: str | Path, target: str | Path, title: str | None = None,
                progress: Progress | None = None) -> ImportReport:
    """Create the project ``target`` (``.qda``) from the REFI-QDA project ``source``.

    Refuses an existing ``target``. Document texts are kept exactly (line
    breaks become ``\\n``); speaker turns are not detected, so the text and
    every offset stay as the other tool had them. The project is built under a
    temporary name and renamed when complete, so a failed, cancelled or killed
    import never leaves a half project under ``target``'s name.
    """
    if is_server_url(target):
        raise QdaError("a .qdpx is imported into a new .qda file; bring it into a team project "
                       "with `qda merge URL FILE.qda` afterwards")
    source, target = Path(source), Path(target)
    if target.exists():
        raise ProjectExistsError(f"{target} exists already; choose another name")
    exchange, report = read_qdpx(source, progress)
    with atomic_output(target) as tmp:
        journal = tmp.with_name(tmp.name + "-journal")
        try:
            tmp.open("xb").close()  # a read-only folder or a full disk: one line, from here
            tmp.unlink()
            with _create(tmp, target, title or exchange.name) as project:
                write_project(project, exchange, report, progress)
        except BaseException:
            discard(journal)
            raise
    return report


def _create(tmp: Path, target: Path, title: str) -> Project:
    """The new project under its temporary name; a failure names the file the user chose."""
    try:
        return Project.create(tmp, title)
    except SaveFailedError as exc:
        raise OutputError(f"cannot write {target}: {exc.reason or exc}") from None


def write_project(project: Project, exchange: ExchangeProject, report: ImportReport,
                  progress: Progress | None = None) -> None:
    """Write what was read into an empty ``project`` (one bulk call for the codings)."""
    steps = len(exchange.users) + len(exchange.documents) + len(exchange.memos) + 2
    done = 0
    names = {}
    for user in exchange.users:
        names[user.guid] = project.add_coder(user.name, uuid=user.guid).name
        done += 1
        check_import_progress(progress, done, steps)
    report.coders = len(names)
    paths = merge_codes([], exchange.codes, project.add_codes, report)
    check_import_progress(progress, done + 1, steps)
    source = f"{report.source} ({exchange.origin})" if exchange.origin else report.source
    for doc in exchange.documents:
        project.add_document(doc.name, doc.text, source=source, uuid=doc.guid)
        done += 1
        check_import_progress(progress, done, steps)
    specs = [
        CodingSpec(document=doc.guid, code=paths[c.code_guid], start=c.start, end=c.end,
                   coder=names[c.user_guid] if c.user_guid else None, memo=c.memo or None,
                   uuid=c.guid, created=c.created, modified=c.modified)
        for doc in exchange.documents for c in doc.codings
    ]
    specs, folded = _fold_duplicates(specs)
    added = project.add_codings(specs, skip_duplicates=True)
    report.tally("folded", "duplicate coding",
                 " (same document, code, coder and span as another; memos joined)",
                 n=folded + len(added.skipped))
    report.documents, report.codings = len(exchange.documents), len(added)
    for memo in exchange.memos:
        code = paths.get(memo.code_guid) if memo.code_guid else None
        project.add_memo(memo.text, memo.title, document=memo.document_guid, code=code,
                         uuid=memo.guid, author=None)  # not the importing user's
        done += 1
        check_import_progress(progress, done + 1, steps)
    report.memos = len(exchange.memos)
    write_into(project, exchange.variables, report)
    if progress is not None:
        progress(steps, steps)


def _fold_duplicates(specs: list[CodingSpec]) -> tuple[list[CodingSpec], int]:
    """Each coding once (a project stores no copies), the copies' memos joined to it.

    Two sources with the same text become one document, so their codings of
    the same passage by the same user coincide; other tools also write copies.
    """
    kept: dict[tuple[object, ...], CodingSpec] = {}
    memos: dict[tuple[object, ...], list[str]] = {}
    for spec in specs:
        key = (spec.document, spec.code, spec.coder, spec.start, spec.end)
        kept.setdefault(key, spec)
        if spec.memo and spec.memo not in memos.setdefault(key, []):
            memos[key].append(spec.memo)
    folded = [replace(spec, memo="\n\n".join(memos[key])) if len(memos.get(key, ())) > 1
              else spec for key, spec in kept.items()]
    return folded, len(specs) - len(kept)
