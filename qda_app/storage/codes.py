"""Changes to the code system. Callers pass the session of their unit of work."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .. import records
from ..code_paths import SEPARATOR, split_path
from ..colors import next_color, normalise_color
from ..errors import CodeInUseError, DuplicateCodeName, InvalidValueError
from ..ids import new_uuid, norm_uuid
from .code_tree import CodeTree, Node
from .models import Code, Coding, Memo


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
    if nodes is not None:
        query = query.where(Coding.code_id.in_([n.id for n in counted]))
    counts: dict[int, int] = dict(s.execute(query).all())  # type: ignore[arg-type]
    totals: dict[int, int] = {}
    for node in sorted(counted, key=lambda n: -n.depth):  # children before their parents
        totals[node.id] = counts.get(node.id, 0) + sum(totals[c.id] for c in node.children)
    return [
        records.Code(
            uuid=n.uuid, name=n.name, path=n.path,
            parent_uuid=tree.by_id[n.parent_id].uuid if n.parent_id else None,
            color=n.color, description=n.description, sort_order=n.sort_order, depth=n.depth,
            codings=counts.get(n.id, 0), codings_total=totals[n.id],
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
) -> str:
    """Create the code at ``path`` (and missing parents); return its UUID."""
    parts = [check_name(p) for p in split_path(path)]
    parent: Node | None = None
    used_colors = [n.color for n in tree.walk()]
    for depth, name in enumerate(parts):
        existing = tree.find_child(parent.id if parent else None, name)
        last = depth == len(parts) - 1
        if existing is not None:
            if last:
                raise DuplicateCodeName(f"a code {existing.path!r} exists already")
            parent = existing
            continue
        siblings = tree.siblings(parent.id if parent else None)
        node_color = normalise_color(color) if (last and color) else next_color(used_colors)
        used_colors.append(node_color)
        row = Code(
            uuid=norm_uuid(uuid) if last and uuid else new_uuid(),
            parent_id=parent.id if parent else None,
            name=name,
            color=node_color,
            description=description if last else "",
            sort_order=len(siblings),
        )
        s.add(row)
        s.flush()
        node = Node(row.id, row.uuid, row.parent_id, name, row.color, row.description,
                    row.sort_order)
        node.path = f"{parent.path}{SEPARATOR}{name}" if parent else name
        node.depth = parent.depth + 1 if parent else 0
        tree.by_id[node.id] = node
        tree.by_uuid[node.uuid.lower()] = node
        tree.by_path[node.path] = node
        siblings.append(node)
        if last and position is not None and 0 <= position < len(siblings) - 1:
            siblings.insert(position, siblings.pop())
            _renumber(s, siblings)
        parent = node
    assert parent is not None
    return parent.uuid


def rename_code(s: Session, tree: CodeTree, node: Node, new_name: str) -> None:
    new_name = check_name(new_name)
    _check_free(tree, node.parent_id, new_name, moving=node)
    s.execute(update(Code).where(Code.id == node.id).values(name=new_name))


def move_code(
    s: Session, tree: CodeTree, node: Node, new_parent: Node | None, position: int | None
) -> None:
    """Reparent and/or reorder ``node``; ``position`` is its index among the new siblings."""
    if new_parent is not None and new_parent in tree.subtree(node):
        raise InvalidValueError(f"cannot move {node.path!r} into itself or its subcodes")
    new_parent_id = new_parent.id if new_parent else None
    _check_free(tree, new_parent_id, node.name, moving=node)
    old_siblings = tree.siblings(node.parent_id)
    old_siblings.remove(node)
    _renumber(s, old_siblings)
    siblings = tree.siblings(new_parent_id)
    pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(pos, node)
    node.parent_id = new_parent_id
    s.execute(update(Code).where(Code.id == node.id).values(parent_id=new_parent_id))
    node.sort_order = -1  # force the write below
    _renumber(s, siblings)


def set_fields(s: Session, node: Node, **values: object) -> None:
    if "color" in values:
        values["color"] = normalise_color(str(values["color"]))
    s.execute(update(Code).where(Code.id == node.id).values(**values))


def count_codings(s: Session, code_ids: list[int]) -> int:
    return s.scalar(select(func.count()).where(Coding.code_id.in_(code_ids))) or 0


def delete_code(
    s: Session,
    tree: CodeTree,
    node: Node,
    delete_codings: bool = False,
    reassign_to: Node | None = None,
) -> int:
    """Delete ``node`` and its subcodes; return how many codings were deleted or reassigned."""
    subtree = tree.subtree(node)
    ids = [n.id for n in subtree]
    n_codings = count_codings(s, ids)
    if reassign_to is not None:
        if reassign_to in subtree:
            raise InvalidValueError(
                f"cannot reassign codings of {node.path!r} to itself or a subcode"
            )
        s.execute(update(Coding).where(Coding.code_id.in_(ids)).values(code_id=reassign_to.id))
    elif n_codings and not delete_codings:
        raise CodeInUseError(
            f"code {node.path!r} has {n_codings} coding{'s' if n_codings != 1 else ''} "
            "(with its subcodes); delete them too or reassign them to another code"
        )
    else:
        s.execute(delete(Coding).where(Coding.code_id.in_(ids)))
    for n in reversed(subtree):  # children before parents
        s.execute(delete(Code).where(Code.id == n.id))
    siblings = tree.siblings(node.parent_id)
    siblings.remove(node)
    _renumber(s, siblings)
    return n_codings


@dataclass
class MergeStats:
    moved: int = 0
    duplicates: int = 0


def merge_codes(s: Session, tree: CodeTree, source: Node, target: Node) -> MergeStats:
    """Fold ``source`` into ``target``: its codings, then its subcodes (merged by name)."""
    if source is target or target in tree.subtree(source):
        raise InvalidValueError(f"cannot merge {source.path!r} into itself or its subcodes")
    stats = MergeStats()
    _merge_into(s, tree, source, target, stats)
    return stats


def _merge_into(s: Session, tree: CodeTree, source: Node, target: Node, stats: MergeStats) -> None:
    """Subcodes with a twin under ``target`` are merged into it in turn, the others moved.

    A work list, not recursion: codes may be nested thousands of levels deep. The merged
    codes are deleted at the end, subcodes before their parents.
    """
    pairs, merged = [(source, target)], []
    # The merged code leaves its siblings first, so that none of its subcodes takes it for
    # a twin ("A/B" into "A" when "A/B" has a subcode "B": that "B" moves up to "A").
    tree.siblings(source.parent_id).remove(source)
    while pairs:
        source, target = pairs.pop()
        _move_codings(s, source, target, stats)
        for child in list(source.children):
            twin = tree.find_child(target.id, child.name)
            if twin is None:
                move_code(s, tree, child, target, None)
            else:
                pairs.append((child, twin))
        merged.append(source)
    for source in reversed(merged):
        siblings = tree.siblings(source.parent_id)
        if source in siblings:
            siblings.remove(source)
        s.execute(delete(Code).where(Code.id == source.id))
        _renumber(s, siblings)


def _move_codings(s: Session, source: Node, target: Node, stats: MergeStats) -> None:
    """``source``'s codings and memos to ``target``; codings ``target`` has already go."""
    key = (Coding.document_id, Coding.coder_id, Coding.start, Coding.end)
    existing = {tuple(r) for r in s.execute(select(*key).where(Coding.code_id == target.id))}
    rows = s.execute(select(Coding.id, *key).where(Coding.code_id == source.id)).all()
    dup_ids = [r[0] for r in rows if tuple(r[1:]) in existing]
    if dup_ids:
        s.execute(delete(Coding).where(Coding.id.in_(dup_ids)))
    s.execute(update(Coding).where(Coding.code_id == source.id).values(code_id=target.id))
    s.execute(update(Memo).where(Memo.code_id == source.id).values(code_id=target.id))
    stats.moved += len(rows) - len(dup_ids)
    stats.duplicates += len(dup_ids)
