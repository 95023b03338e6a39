"""Changes to the code system. Callers pass the session of their unit of work and its tree.

Every function keeps the :class:`~.code_tree.CodeTree` it is given in step with
the table, so the next lookup in the same unit of work needs no reload; none
of them walks the whole code system for one code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .. import records
from ..code_paths import SEPARATOR, split_path
from ..colors import next_color, normalise_color
from ..errors import CodeInUseError, DuplicateCodeName, InvalidValueError
from ..ids import new_uuid, norm_uuid
from ..timestamps import utcnow
from .code_tree import CodeTree, Node
from .models import Code, Coding, Memo

_IN_CHUNK = 500  # ids per IN (…): far below every database's limit on bound parameters


def chunks(items: Sequence[object], size: int = _IN_CHUNK) -> Iterable[Sequence[object]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def code_records(s: Session, tree: CodeTree, nodes: list[Node] | None = None
                 ) -> list[records.Code]:
    """``nodes`` (default: all, in tree order) as records, with their coding counts.

    Counts only the subtrees asked for: one code's record costs its own
    codings, not a count over the whole project.
    """
    wanted = list(tree.walk()) if nodes is None else nodes
    counted = wanted if nodes is None else list({n.id: n for top in wanted
                                                 for n in tree.subtree(top)}.values())
    query = select(Coding.code_id, func.count()).group_by(Coding.code_id)
    if nodes is not None and len(counted) <= _IN_CHUNK:
        query = query.where(Coding.code_id.in_([n.id for n in counted]))
    counts: dict[int, int] = {code_id: n for code_id, n in s.execute(query)}
    totals: dict[int, int] = {}
    for node in sorted(counted, key=lambda n: -n.depth):  # children before their parents
        totals[node.id] = counts.get(node.id, 0) + sum(
            totals.get(c.id, 0) for c in tree.siblings(node.id))
    return [
        records.Code(
            uuid=n.uuid, name=n.name, path=n.path,
            parent_uuid=tree.node(n.parent_id).uuid if n.parent_id else None,
            color=n.color, description=n.description, sort_order=n.sort_order, depth=n.depth,
            codings=counts.get(n.id, 0), codings_total=totals[n.id], codable=n.codable,
            version=n.version,
        )
        for n in wanted
    ]


def check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidValueError("a code name cannot be empty")
    if SEPARATOR in name:
        raise InvalidValueError(f"a code name cannot contain {SEPARATOR!r}: {name!r}")
    return name


def _check_free(
    tree: CodeTree, parent_id: int | None, name: str, moving: Node | None = None
) -> None:
    clash = tree.find_child(parent_id, name)
    if clash is not None and clash is not moving:
        raise DuplicateCodeName(f"a code {clash.path!r} exists already")


def _renumber(s: Session, siblings: list[Node]) -> None:
    for i, node in enumerate(siblings):
        if node.sort_order != i:
            s.execute(update(Code).where(Code.id == node.id).values(sort_order=i))
            node.sort_order = i


def add_code(
    s: Session,
    tree: CodeTree,
    path: str,
    color: str | None = None,
    description: str = "",
    uuid: str | None = None,
    position: int | None = None,
    codable: bool = True,
    created_by: int | None = None,
) -> str:
    """Create the code at ``path`` (and missing parents); return its UUID.

    ``codable=False`` makes the new code a category; parents created on the way are
    plain codes. Each code created records ``created_by`` (a coder id) as who added it.

    A code without a colour takes the palette colour used least so far; the
    tree counts colours once per unit of work, so 10,000 codes in one call
    cost 10,000 steps, not 10,000 counts of all codes.
    """
    parts = [check_name(p) for p in split_path(path)]
    parent: Node | None = None
    for depth, name in enumerate(parts):
        parent_id = parent.id if parent else None
        existing = tree.find_child(parent_id, name)
        last = depth == len(parts) - 1
        if existing is not None:
            if last:
                raise DuplicateCodeName(f"a code {existing.path!r} exists already")
            parent = existing
            continue
        siblings = tree.siblings(parent_id)
        moved = last and position is not None and 0 <= position < len(siblings)
        node = tree.create(
            uuid=norm_uuid(uuid) if last and uuid else new_uuid(),
            parent_id=parent_id,
            name=name,
            color=normalise_color(color) if (last and color) else next_color(tree.colors()),
            description=description if last else "",
            # after the last sibling, also when a coder's undo left a gap in the numbers
            sort_order=max(len(siblings), siblings[-1].sort_order + 1) if siblings else 0,
            position=position if moved else None,
            codable=codable or not last,
            created_by=created_by,
        )
        if moved:
            _renumber(s, siblings)
        parent = node
    assert parent is not None
    return parent.uuid


def rename_code(s: Session, tree: CodeTree, node: Node, new_name: str) -> None:
    new_name = check_name(new_name)
    _check_free(tree, node.parent_id, new_name, moving=node)
    s.execute(update(Code).where(Code.id == node.id).values(name=new_name))
    tree.rename(node, new_name)


def move_code(
    s: Session, tree: CodeTree, node: Node, new_parent: Node | None, position: int | None
) -> None:
    """Reparent and/or reorder ``node``; ``position`` is its index among the new siblings."""
    if new_parent is not None and tree.is_within(new_parent, node):
        raise InvalidValueError(f"cannot move {node.path!r} into itself or its subcodes")
    new_parent_id = new_parent.id if new_parent else None
    _check_free(tree, new_parent_id, node.name, moving=node)
    _renumber(s, tree.detach(node))
    count = len(tree.siblings(new_parent_id))
    pos = count if position is None else max(0, min(position, count))
    siblings = tree.move(node, new_parent_id, pos)
    s.execute(update(Code).where(Code.id == node.id).values(parent_id=new_parent_id))
    node.sort_order = -1  # force the write below
    _renumber(s, siblings)


def set_fields(s: Session, tree: CodeTree, node: Node, **values: object) -> None:
    if "color" in values:
        values["color"] = normalise_color(str(values["color"]))
        tree.recolor(node, str(values["color"]))
    if "description" in values:
        node.description = str(values["description"])
    if "codable" in values:
        node.codable = bool(values["codable"])
    s.execute(update(Code).where(Code.id == node.id).values(**values))


def count_codings(s: Session, code_ids: list[int]) -> int:
    return sum(s.scalar(select(func.count()).where(Coding.code_id.in_(chunk))) or 0
               for chunk in chunks(code_ids))


def delete_code(
    s: Session,
    tree: CodeTree,
    node: Node,
    delete_codings: bool = False,
    reassign_to: Node | None = None,
) -> int:
    """Delete ``node`` and its subcodes; return how many codings were deleted or reassigned.

    Reassigned codings that ``reassign_to`` already has (same document, coder
    and span) are folded into that one, as a merge does.
    """
    subtree = tree.subtree(node)
    ids = [n.id for n in subtree]
    n_codings = count_codings(s, ids)
    if reassign_to is not None:
        if tree.is_within(reassign_to, node):
            raise InvalidValueError(
                f"cannot reassign codings of {node.path!r} to itself or a subcode"
            )
        fold_codings(s, ids, reassign_to.id)
    elif n_codings and not delete_codings:
        raise CodeInUseError(
            f"code {node.path!r} has {n_codings} coding{'s' if n_codings != 1 else ''} "
            "(with its subcodes); delete them too or reassign them to another code"
        )
    else:
        for chunk in chunks(ids):
            s.execute(delete(Coding).where(Coding.code_id.in_(chunk)))
    siblings = tree.remove(node)  # reads the siblings while the code is still there
    for n in reversed(subtree):  # children before parents
        s.execute(delete(Code).where(Code.id == n.id))
    _renumber(s, siblings)
    return n_codings


def join_memos(memos: Iterable[str | None]) -> str | None:
    """The distinct memo texts, in order, one paragraph each: what folding keeps of them."""
    texts = list(dict.fromkeys(m for m in memos if m and m.strip()))
    return "\n\n".join(texts) if texts else None


def fold_codings(s: Session, source_ids: list[int], target_id: int) -> tuple[int, int]:
    """Give the codings of ``source_ids`` to ``target_id``; return (moved, folded).

    A coding the target already has (same document, coder and span), or that
    an earlier source coding brings, is not moved but deleted, its memo joined
    to the one kept: a coding exists once, and nothing a coder wrote is lost.
    """
    key = (Coding.document_id, Coding.coder_id, Coding.start, Coding.end)
    kept: dict[tuple[object, ...], tuple[int, str | None]] = {
        tuple(r[1:-1]): (r[0], r[-1])
        for r in s.execute(select(Coding.id, *key, Coding.memo).where(Coding.code_id == target_id))
    }
    folded: list[int] = []
    memos: dict[int, str | None] = {}
    moved = 0
    for chunk in chunks(source_ids):
        for row in s.execute(select(Coding.id, *key, Coding.memo)
                             .where(Coding.code_id.in_(chunk)).order_by(Coding.id)):
            k = tuple(row[1:-1])
            if k not in kept:
                kept[k] = (row[0], row[-1])
                moved += 1
                continue
            folded.append(row[0])
            keep_id, keep_memo = kept[k]
            joined = join_memos([keep_memo, row[-1]])
            if joined != keep_memo:
                kept[k] = (keep_id, joined)
                memos[keep_id] = joined
    for chunk in chunks(folded):
        s.execute(delete(Coding).where(Coding.id.in_(chunk)))
    for coding_id, memo in memos.items():
        s.execute(update(Coding).where(Coding.id == coding_id).values(memo=memo, modified=utcnow()))
    for chunk in chunks(source_ids):
        s.execute(update(Coding).where(Coding.code_id.in_(chunk)).values(code_id=target_id))
    return moved, len(folded)


@dataclass
class MergeStats:
    moved: int = 0
    duplicates: int = 0


def merge_codes(s: Session, tree: CodeTree, source: Node, target: Node) -> MergeStats:
    """Fold ``source`` into ``target``: its codings, then its subcodes (merged by name).

    Works through the pairs of codes to merge with a list, not recursion: a
    code system nested a thousand levels deep merges like a flat one.
    """
    if source is target or tree.is_within(target, source):
        raise InvalidValueError(f"cannot merge {source.path!r} into itself or its subcodes")
    stats = MergeStats()
    pairs = [(source, target)]
    merged: list[Node] = []
    # The merged code leaves its siblings first, so that none of its subcodes takes it for
    # a twin ("A/B" into "A" when "A/B" has a subcode "B": that "B" moves up to "A").
    siblings = tree.detach(source)
    while pairs:
        src, dst = pairs.pop()
        moved, folded = fold_codings(s, [src.id], dst.id)
        stats.moved += moved
        stats.duplicates += folded
        s.execute(update(Memo).where(Memo.code_id == src.id).values(code_id=dst.id))
        movers: list[Node] = []
        for child in list(tree.siblings(src.id)):
            twin = tree.find_child(dst.id, child.name)
            if twin is None:
                movers.append(child)
            else:
                pairs.append((child, twin))
        _move_all(s, tree, movers, dst)
        merged.append(src)
    tree.forget(source)
    for node in reversed(merged):  # subcodes before their parents
        s.execute(delete(Code).where(Code.id == node.id))
    _renumber(s, siblings)
    return stats


def _move_all(s: Session, tree: CodeTree, nodes: list[Node], parent: Node) -> None:
    """Move ``nodes`` (keeping their order) to the end of ``parent``'s subcodes."""
    for node in nodes:
        tree.detach(node)
        tree.move(node, parent.id)
    for chunk in chunks([n.id for n in nodes]):
        s.execute(update(Code).where(Code.id.in_(chunk)).values(parent_id=parent.id))
    _renumber(s, tree.siblings(parent.id))
