"""Code versions: a change of a code made with an old picture of it is refused.

Two coders of a team project see the code system in their windows. When one
renames "Arbeit" while the other recolours it, the second change would silently
be made to a code its author no longer sees as it is. So a code row counts its
changes (``code.version``), every change counts one up, and a change that names
the version it was based on (``seen``) is made only while the row still has that
version: ``UPDATE … WHERE version = :seen`` inside the change's own transaction,
which on PostgreSQL waits for a concurrent change of the row and then sees its
new version, so exactly one of two racing changes goes through.

A change without a version (the command line, scripts naming a code by its path)
goes through as before: the path itself was looked up in the same transaction.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import records, snapshot_records
from ..errors import ChangedMeanwhileError
from .code_tree import CodeTree, Node
from .codes import count_codings
from .models import Code

Seen = records.Code | int | None
"""What the caller knew of a code: its record (the message can then say what changed),
its version number, or nothing (no check)."""


def version_of(seen: Seen) -> int | None:
    return seen.version if isinstance(seen, records.Code) else seen


def claim(s: Session, tree: CodeTree, node: Node, seen: Seen = None) -> None:
    """Count a change of ``node``; refuse it when ``seen`` is older than the row."""
    wanted = version_of(seen)
    statement = update(Code).where(Code.id == node.id)
    if wanted is not None:
        statement = statement.where(Code.version == wanted)
    done = s.execute(statement.values(version=Code.version + 1)).rowcount  # type: ignore[attr-defined]
    version = s.scalar(select(Code.version).where(Code.id == node.id))
    if not done:
        raise changed(s, tree, node, seen)
    node.version = int(version or 0)


def who(s: Session) -> str:
    """Who else changes a project: another coder on a server, another program on a file."""
    return "another coder" if s.get_bind().dialect.name == "postgresql" else "another program"


def changed(s: Session, tree: CodeTree, node: Node, seen: Seen) -> ChangedMeanwhileError:
    """The refusal of a change based on ``seen``, saying what became of the code (as the
    row is now: the tree may have been read before the other change was committed)."""
    row = s.execute(select(Code.name, Code.parent_id, Code.color, Code.description,
                           Code.codable).where(Code.id == node.id)).one_or_none()
    if row is None:
        if isinstance(seen, records.Code):
            return deleted(s, seen)
    else:
        node.name, node.parent_id, node.color, node.description, node.codable = row
    name = seen.name if isinstance(seen, records.Code) else node.name
    what = differences(tree, node, seen) if isinstance(seen, records.Code) else []
    how = f" ({', '.join(what)})" if what else ""
    return ChangedMeanwhileError(f"“{name}” was changed by {who(s)} meanwhile{how}; "
                                 "nothing was changed")


def deleted(s: Session, seen: records.Code) -> ChangedMeanwhileError:
    return ChangedMeanwhileError(f"“{seen.name}” was deleted by {who(s)} meanwhile; "
                                 "nothing was changed")


def differences(tree: CodeTree, node: Node, seen: records.Code) -> list[str]:
    """What differs between the code as the caller saw it and as it is, in words."""
    out = []
    if node.name != seen.name:
        out.append(f"renamed to “{node.name}”")
    parent = tree.by_id.get(node.parent_id) if node.parent_id is not None else None
    if node.parent_id is None and seen.parent_uuid is not None:
        out.append("moved to the top level")
    elif node.parent_id is not None and (parent is None or parent.uuid != seen.parent_uuid):
        out.append(f"moved to “{parent.path}”" if parent else "moved")
    if node.color.lower() != seen.color.lower():
        out.append(f"recoloured {node.color}")
    if node.description != seen.description:
        out.append("its description changed")
    if node.codable != seen.codable:
        out.append("made a code" if node.codable else "made a category")
    return out


def find_seen(s: Session, tree: CodeTree, ref: str, seen: Seen) -> Node:
    """The code a change is about: by the UUID of ``seen`` when it is a record (the path
    it had may have changed), refusing a code deleted meanwhile with that line."""
    if isinstance(seen, records.Code):
        node = tree.get(seen.uuid)
        if node is None:
            raise deleted(s, seen)
        return node
    return tree.find(ref)


def refuse_grown(s: Session, tree: CodeTree, node: Node, created: Collection[str]) -> None:
    """Undoing the creation of ``node`` (with the subcodes ``created`` with it) would take
    what others built on it since: refuse when it has other subcodes or any codings."""
    wanted = {u.lower() for u in created}
    subtree = tree.subtree(node)
    extra = [n for n in subtree if n.uuid.lower() not in wanted]
    if extra:
        raise ChangedMeanwhileError(f"“{node.name}” got the subcode “{extra[0].name}” from "
                                    f"{who(s)} meanwhile; nothing was changed")
    used = count_codings(s, [n.id for n in subtree])
    if used:
        raise ChangedMeanwhileError(
            f"“{node.name}” has been used for {used} coding{'s' if used != 1 else ''} since; "
            "nothing was changed")


def refuse_lost_parents(s: Session, tree: CodeTree,
                        rows: Collection[snapshot_records.CodeRow]) -> None:
    """A snapshot put back under a parent code that was deleted meanwhile would land
    somewhere else: refuse it instead (the snapshot's own codes are no such parent)."""
    inside = {r.uuid.lower() for r in rows}
    for row in rows:
        parent = row.parent_uuid
        if parent is not None and parent.lower() not in inside and tree.get(parent) is None:
            raise ChangedMeanwhileError(
                f"the code that “{row.name}” belongs under was deleted by {who(s)} "
                "meanwhile; nothing was changed")
