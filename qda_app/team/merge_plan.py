"""Matching coder files against the team file: pure Python, no SQL, no writes.

The same plan serves the preview and the merge: the merge recomputes it inside
its write transaction, so what the lead saw in the preview is what is written
(unless a file changed in between, and then the report says what was done).

Rules (also in the README):

* documents match by the SHA-256 of their text, whatever their names;
* codes match by UUID, then by full path (case and the spaces around names
  ignored), where a mapping line renames a coder's path first; a code that
  matches nothing is added under its parent's match;
* coders match by UUID, then by name; a coder with the team file's name but
  another UUID keeps that name's codings in the team file (a clash, reported);
* a coding whose UUID the team file has, or which is identical (document,
  code, coder, start, end) to one it has, is a duplicate and is not added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import records, snapshot_records
from ..code_paths import SEPARATOR, normalise_key
from ..colors import normalise_color
from ..document_names import free_name
from ..errors import QdaError
from ..ids import new_uuid
from ..merge_records import (
    CodingKey,
    MergeWrites,
    NewCode,
    NewDocument,
    NewMemo,
    ProjectContent,
    SourceCoding,
    SourceDocument,
    SourceMemo,
    TargetCode,
    TargetIndex,
)
from ..timestamps import parse_ts
from .mapping import CodeMapping
from .merge_report import (
    CodeMatch,
    CoderMatch,
    CodingCounts,
    DifferingCoding,
    DocumentMatch,
    MergeReport,
    SourceReport,
)


@dataclass
class _State:
    """The team file as it will be after the sources merged so far."""

    docs_by_sha: dict[str, tuple[str, str]]
    doc_names: set[str]
    doc_uuids: set[str]
    codes_by_uuid: dict[str, TargetCode]
    codes_by_key: dict[str, TargetCode]
    coders_by_uuid: dict[str, records.Coder]
    coders_by_name: dict[str, records.Coder]
    codings: dict[str, tuple[CodingKey, str | None]]
    keys: dict[CodingKey, str | None]
    memo_uuids: set[str]
    doc_names_by_uuid: dict[str, str] = field(default_factory=dict)
    key_uuids: dict[CodingKey, str] = field(default_factory=dict)
    """The UUID of the team file's coding with each key (a link to a duplicate goes there)."""

    @classmethod
    def of(cls, index: TargetIndex) -> _State:
        codes = {c.uuid: c for c in index.codes}
        return cls(
            docs_by_sha=dict(index.documents),
            doc_names={name for _, name in index.documents.values()},
            doc_uuids={uuid for uuid, _ in index.documents.values()},
            codes_by_uuid=codes,
            codes_by_key={normalise_key(c.path): c for c in index.codes},
            coders_by_uuid={c.uuid: c for c in index.coders},
            coders_by_name={c.name: c for c in index.coders},
            codings=dict(index.codings),
            keys={key: memo for key, memo in index.codings.values()},
            memo_uuids=set(index.memo_uuids),
            doc_names_by_uuid={uuid: name for uuid, name in index.documents.values()},
            key_uuids={key: uuid for uuid, (key, _memo) in index.codings.items()},
        )


@dataclass
class MergePlan:
    writes: MergeWrites
    sources: list[SourceReport]
    unused_mappings: list[str]

    def report(self, target: str, dry_run: bool) -> MergeReport:
        return MergeReport(target, dry_run, tuple(self.sources), tuple(self.unused_mappings))


def plan_merge(index: TargetIndex, sources: Sequence[ProjectContent],
               mapping: CodeMapping) -> MergePlan:
    state = _State.of(index)
    plan = MergePlan(MergeWrites(), [], [])
    used: set[str] = set()
    for source in sources:
        plan.sources.append(_plan_source(state, source, mapping, plan.writes, used))
    plan.unused_mappings = [line for key, line in mapping.lines.items() if key not in used]
    return plan


def _plan_source(state: _State, source: ProjectContent, mapping: CodeMapping,
                 writes: MergeWrites, used: set[str]) -> SourceReport:
    _check_spans(source)
    docs = [_match_document(state, d, writes) for d in source.documents]
    codes = _match_codes(state, source.codes, mapping, writes, used)
    coders = [_match_coder(state, c, writes) for c in source.coders]
    doc_map = {d.uuid: m.target_uuid for d, m in zip(source.documents, docs, strict=True)}
    code_map = {c.uuid.lower(): state.codes_by_uuid[m.target_uuid]
                for c, m in zip(source.codes, codes, strict=True)}
    coder_map = {c.source_uuid.lower(): state.coders_by_uuid[c.target_uuid] for c in coders}
    counts, differing = _plan_codings(state, source.codings, doc_map, code_map, coder_map,
                                      writes)
    memos_added, memos_dup = _plan_memos(state, source, doc_map, code_map, coder_map, writes)
    return SourceReport(
        path=str(source.path), title=source.title, documents=tuple(docs), codes=tuple(codes),
        coders=tuple(coders), codings=tuple(counts.values()), memos_added=memos_added,
        memos_duplicate=memos_dup, differing=tuple(differing),
    )


def _plan_memos(state: _State, source: ProjectContent, doc_map: dict[str, str],
                code_map: dict[str, TargetCode], coder_map: dict[str, records.Coder],
                writes: MergeWrites) -> tuple[int, int]:
    """Add the memos the team file lacks (by UUID) with kind, author, span and links;
    return (added, duplicate). A link goes to the team file's copy of its target: the
    same document by text, code by match, coding by UUID or by being identical."""
    coding_map = {c.uuid.lower(): state.key_uuids.get(key)
                  for c in source.codings
                  if (key := _source_key(c, doc_map, code_map, coder_map)) is not None}
    new: list[SourceMemo] = []
    for memo in source.memos:
        if memo.uuid not in state.memo_uuids:
            state.memo_uuids.add(memo.uuid)
            new.append(memo)
    for memo in new:
        links = [_link_target(link, doc_map, code_map, coding_map, state.memo_uuids)
                 for link in memo.links]
        author = coder_map.get(memo.author_uuid.lower()) if memo.author_uuid else None
        writes.memos.append(NewMemo(
            memo, doc_map[memo.document_uuid] if memo.document_uuid else None,
            code_map[memo.code_uuid.lower()].uuid if memo.code_uuid else None,
            author.name if author else None, tuple(link for link in links if link)))
    return len(new), len(source.memos) - len(new)


def _source_key(c: SourceCoding, doc_map: dict[str, str], code_map: dict[str, TargetCode],
                coder_map: dict[str, records.Coder]) -> CodingKey | None:
    code, coder = code_map.get(c.code_uuid.lower()), coder_map.get(c.coder_uuid.lower())
    if code is None or coder is None or c.document_uuid not in doc_map:
        return None
    return (doc_map[c.document_uuid], code.uuid, coder.uuid, c.start, c.end)


def _link_target(link: records.MemoLink, doc_map: dict[str, str],
                 code_map: dict[str, TargetCode], coding_map: dict[str, str | None],
                 memo_uuids: set[str]) -> records.MemoLink | None:
    """The team file's side of a link from a coder's file (``None``: nothing to link to)."""
    uuid = link.target.lower()
    target: str | None = {
        "document": doc_map.get(link.target),
        "code": code_map[uuid].uuid if uuid in code_map else None,
        "coding": coding_map.get(uuid),
        "memo": link.target if link.target in memo_uuids else None,
    }.get(link.kind)
    return records.MemoLink(link.kind, target) if target else None


def _check_spans(source: ProjectContent) -> None:
    """Refuse a damaged coder's file before planning anything from it."""
    lengths = {d.uuid: len(d.text) for d in source.documents}
    for c in source.codings:
        if not 0 <= c.start < c.end <= lengths[c.document_uuid]:
            raise QdaError(f"{source.path.name}: coding {c.start}–{c.end} lies outside its "
                           f"document; 'qda check {source.path.name}' lists the problems")


def _match_document(state: _State, doc: SourceDocument, writes: MergeWrites) -> DocumentMatch:
    found = state.docs_by_sha.get(doc.sha256)
    if found is not None:
        return DocumentMatch(doc.name, found[1], found[0], added=False)
    new_id = doc.uuid.lower() if doc.uuid.lower() not in state.doc_uuids else new_uuid()
    new_name = free_name(doc.name, state.doc_names)
    writes.documents.append(NewDocument(new_id, new_name, doc))
    state.docs_by_sha[doc.sha256] = (new_id, new_name)
    state.doc_names.add(new_name)
    state.doc_uuids.add(new_id)
    state.doc_names_by_uuid[new_id] = new_name
    return DocumentMatch(doc.name, new_name, new_id, added=True)


def _match_codes(state: _State, rows: Sequence[snapshot_records.CodeRow], mapping: CodeMapping,
                 writes: MergeWrites, used: set[str]) -> list[CodeMatch]:
    source_paths: dict[str, str] = {}
    target_of: dict[str, TargetCode] = {}
    out: list[CodeMatch] = []
    for row in rows:  # parents first
        uuid = row.uuid.lower()
        parent = row.parent_uuid.lower() if row.parent_uuid else None
        path = f"{source_paths[parent]}{SEPARATOR}{row.name}" if parent else row.name
        source_paths[uuid] = path
        found = state.codes_by_uuid.get(uuid)
        how = "uuid"
        if found is None:
            mapped = mapping.lookup(path)
            if mapped is not None:
                used.add(normalise_key(path))
                wanted, how = mapped, "mapping"
            else:
                wanted = f"{target_of[parent].path}{SEPARATOR}{row.name.strip()}" if parent \
                    else row.name.strip()
                how = "path"
            found = state.codes_by_key.get(normalise_key(wanted))
            if found is None:
                found = _add_code(state, wanted, uuid, row, writes)
                how = "added"
        target_of[uuid] = found
        conflicts = () if how == "added" else _conflicts(row, found)
        out.append(CodeMatch(path, found.path, found.uuid, how, conflicts))
    return out


def _add_code(state: _State, path: str, uuid: str, row: snapshot_records.CodeRow,
              writes: MergeWrites) -> TargetCode:
    """Plan ``path`` (and any missing parents: a mapping may name a new place)."""
    parts = path.split(SEPARATOR)
    for depth in range(1, len(parts)):
        parent_path = SEPARATOR.join(parts[:depth])
        if normalise_key(parent_path) not in state.codes_by_key:
            _remember(state, writes, NewCode(new_uuid(), parent_path, None, ""))
    if depth_parent := SEPARATOR.join(parts[:-1]):  # spelled as the team file spells it
        path = f"{state.codes_by_key[normalise_key(depth_parent)].path}{SEPARATOR}{parts[-1]}"
    code_uuid = uuid if uuid not in state.codes_by_uuid else new_uuid()
    return _remember(state, writes, NewCode(code_uuid, path, row.color, row.description,
                                            row.codable))


def _remember(state: _State, writes: MergeWrites, new: NewCode) -> TargetCode:
    writes.codes.append(new)
    color = normalise_color(new.color) if new.color else ""
    code = TargetCode(new.uuid, new.path, color, new.description)
    state.codes_by_uuid[code.uuid] = code
    state.codes_by_key[normalise_key(code.path)] = code
    return code


def _conflicts(row: snapshot_records.CodeRow, target: TargetCode) -> tuple[str, ...]:
    out = []
    try:
        color = normalise_color(row.color)
    except QdaError:
        color = row.color
    if target.color and color != target.color:
        out.append(f"colour {color} in the coder's file, {target.color} kept")
    if (row.description or "").strip() != (target.description or "").strip():
        out.append("description differs; the team file's is kept")
    return tuple(out)


def _match_coder(state: _State, coder: records.Coder, writes: MergeWrites) -> CoderMatch:
    uuid, name = coder.uuid.lower(), coder.name.strip()
    found = state.coders_by_uuid.get(uuid)
    how = "uuid"
    if found is None:
        found = state.coders_by_name.get(name)
        how = "name"
    if found is None:
        found = records.Coder(uuid, name)
        writes.coders.append(found)
        state.coders_by_uuid[uuid] = found
        state.coders_by_name[name] = found
        how = "added"
    return CoderMatch(coder.name, coder.uuid, found.name, found.uuid, how)


def _plan_codings(
    state: _State, codings: Sequence[SourceCoding], doc_map: dict[str, str],
    code_map: dict[str, TargetCode], coder_map: dict[str, records.Coder], writes: MergeWrites,
) -> tuple[dict[str, CodingCounts], list[DifferingCoding]]:
    added: dict[str, int] = {}
    duplicate: dict[str, int] = {}
    differing: list[DifferingCoding] = []
    for c in codings:
        coder = coder_map[c.coder_uuid.lower()]
        code = code_map[c.code_uuid.lower()]
        key: CodingKey = (doc_map[c.document_uuid], code.uuid, coder.uuid, c.start, c.end)
        uuid = c.uuid.lower()
        memo = c.memo or None
        known = state.codings.get(uuid)
        if known is not None or key in state.keys:
            duplicate[coder.name] = duplicate.get(coder.name, 0) + 1
            reason = _difference(known, key, memo, state.keys.get(key))
            if reason:
                differing.append(DifferingCoding(
                    uuid, coder.name, state.doc_names_by_uuid[key[0]], code.path, c.start,
                    c.end, reason))
            continue
        state.codings[uuid] = (key, memo)
        state.keys[key] = memo
        state.key_uuids[key] = uuid
        added[coder.name] = added.get(coder.name, 0) + 1
        writes.codings.append(records.CodingSpec(
            document=key[0], code=code.path, start=c.start, end=c.end, coder=coder.name,
            memo=memo, uuid=uuid, created=parse_ts(c.created), modified=parse_ts(c.modified),
        ))
    names = list(dict.fromkeys([*added, *duplicate]))
    counts = {n: CodingCounts(n, added.get(n, 0), duplicate.get(n, 0)) for n in sorted(names)}
    return counts, differing


def _difference(known: tuple[CodingKey, str | None] | None, key: CodingKey, memo: str | None,
                memo_of_key: str | None) -> str:
    """Why a duplicate is not quite the same as the team file's coding ('' if it is)."""
    if known is not None:
        old_key, old_memo = known
        if old_key[:3] != key[:3]:
            return "merged before; since then its code or coder changed"
        if old_key != key:
            return (f"merged before as {old_key[3]}–{old_key[4]}; "
                    "since then its boundaries changed")
        if (old_memo or None) != memo:
            return "merged before; since then its memo changed"
        return ""
    if memo and memo != memo_of_key:
        return "the team file has an identical coding with another memo"
    return ""
