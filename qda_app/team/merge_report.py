"""What a merge did (or, in a preview, would do): frozen records, as text and as JSON.

The report is the lead's proof that nothing was lost: every document, code
and coder of every coder's file appears in it, matched or added, and every
coding is counted as added or as a duplicate of one the team file has.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..locations import is_server_url
from ..text_format import counted


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    source_name: str
    target_name: str
    target_uuid: str
    added: bool


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """``how``: ``uuid``, ``path``, ``mapping`` (matched that way) or ``added``."""

    source_path: str
    target_path: str
    target_uuid: str
    how: str
    conflicts: tuple[str, ...] = ()

    @property
    def added(self) -> bool:
        return self.how == "added"


@dataclass(frozen=True, slots=True)
class CoderMatch:
    """``how``: ``uuid``, ``name`` or ``added``; ``clash``: same name, other UUID."""

    source_name: str
    source_uuid: str
    target_name: str
    target_uuid: str
    how: str

    @property
    def clash(self) -> bool:
        return self.how == "name"


@dataclass(frozen=True, slots=True)
class CodingCounts:
    """Codings of one coder (as named in the team file) from one file."""

    coder: str
    added: int = 0
    duplicate: int = 0


@dataclass(frozen=True, slots=True)
class DifferingCoding:
    """A coding the team file has already, but not exactly as the coder's file has it now."""

    uuid: str
    coder: str
    document: str
    code: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class SourceReport:
    path: str
    title: str
    documents: tuple[DocumentMatch, ...]
    codes: tuple[CodeMatch, ...]
    coders: tuple[CoderMatch, ...]
    codings: tuple[CodingCounts, ...]
    memos_added: int
    memos_duplicate: int
    differing: tuple[DifferingCoding, ...] = ()

    @property
    def codings_added(self) -> int:
        return sum(c.added for c in self.codings)

    @property
    def codings_duplicate(self) -> int:
        return sum(c.duplicate for c in self.codings)

    @property
    def conflicting_codes(self) -> tuple[CodeMatch, ...]:
        return tuple(c for c in self.codes if c.conflicts)


@dataclass(frozen=True, slots=True)
class MergeReport:
    target: str
    dry_run: bool
    sources: tuple[SourceReport, ...]
    unused_mappings: tuple[str, ...] = ()

    @property
    def codings_added(self) -> int:
        return sum(s.codings_added for s in self.sources)

    @property
    def changes_anything(self) -> bool:
        return any(
            s.codings_added or s.memos_added or any(d.added for d in s.documents)
            or any(c.added for c in s.codes) or any(c.how == "added" for c in s.coders)
            for s in self.sources
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "dry_run": self.dry_run,
            "sources": [_source_dict(s) for s in self.sources],
            "unused_mappings": list(self.unused_mappings),
        }

    def to_text(self) -> str:
        return "\n".join(_text_lines(self))


def _source_dict(s: SourceReport) -> dict[str, Any]:
    return {
        "path": s.path,
        "title": s.title,
        "documents": {
            "matched": [{"name": d.source_name, "target": d.target_name}
                        for d in s.documents if not d.added],
            "added": [d.target_name for d in s.documents if d.added],
        },
        "codes": {
            "matched": [{"path": c.source_path, "target": c.target_path, "by": c.how}
                        for c in s.codes if not c.added],
            "added": [c.target_path for c in s.codes if c.added],
            "conflicting": [{"path": c.source_path, "target": c.target_path,
                             "conflicts": list(c.conflicts)} for c in s.conflicting_codes],
        },
        "coders": [{"name": c.source_name, "uuid": c.source_uuid, "target": c.target_name,
                    "target_uuid": c.target_uuid, "by": c.how, "clash": c.clash}
                   for c in s.coders],
        "codings": {c.coder: {"added": c.added, "duplicate": c.duplicate} for c in s.codings},
        "memos": {"added": s.memos_added, "duplicate": s.memos_duplicate},
        "differing": [{"uuid": d.uuid, "coder": d.coder, "document": d.document,
                       "code": d.code, "start": d.start, "end": d.end, "reason": d.reason}
                      for d in s.differing],
    }


def _text_lines(report: MergeReport) -> Iterator[str]:
    verb = "would merge" if report.dry_run else "merged"
    head = f"{verb} {counted(len(report.sources), 'file')} into {report.target}"
    yield head + (" (preview: nothing was written)" if report.dry_run else "")
    for s in report.sources:
        yield from _source_lines(s)
    for line in report.unused_mappings:
        yield f"note: mapping {line!r} matched no code in any file"
    yield (f"total: {counted(report.codings_added, 'coding')} added"
           + ("" if report.changes_anything else
              f"; the team {'project' if is_server_url(report.target) else 'file'} already "
              "had everything"))


def _source_lines(s: SourceReport) -> Iterator[str]:
    yield f"{s.path} ({s.title}):"
    added = [d for d in s.documents if d.added]
    yield f"  documents: {len(s.documents) - len(added)} matched, {len(added)} added"
    for d in s.documents:
        if d.added:
            yield f"    added: {d.target_name}"
        elif d.source_name != d.target_name:
            yield f"    matched: {d.source_name} = {d.target_name} (same text)"
    new_codes = [c for c in s.codes if c.added]
    conflicting = s.conflicting_codes
    yield (f"  codes: {len(s.codes) - len(new_codes)} matched, {len(new_codes)} added, "
           f"{len(conflicting)} conflicting")
    for c in s.codes:
        if c.added:
            yield f"    added: {c.target_path}"
        elif c.how == "mapping" or c.source_path != c.target_path:
            yield f"    matched by {c.how}: {c.source_path} -> {c.target_path}"
        for conflict in c.conflicts:
            yield f"    conflict: {c.target_path}: {conflict}"
    for coder in s.coders:
        if coder.how == "added":
            yield f"  coder {coder.source_name}: added"
        elif coder.clash:
            yield (f"  coder {coder.source_name}: clash, another coder of this name is in the team "
                   f"file (other UUID); the codings go to the team file's {coder.target_name}")
        elif coder.source_name != coder.target_name:
            yield (f"  coder {coder.source_name}: is {coder.target_name} in the team file "
                   "(same UUID)")
    for n in s.codings:
        yield f"  codings by {n.coder}: {n.added} added, {n.duplicate} duplicate"
    if s.memos_added or s.memos_duplicate:
        yield f"  memos: {s.memos_added} added, {s.memos_duplicate} duplicate"
    for diff in s.differing:
        yield (f"  kept the team file's version of a coding by {diff.coder} in {diff.document} "
               f"{diff.start}–{diff.end} ({diff.code}): {diff.reason}")
