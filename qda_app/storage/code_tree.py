"""The code system as an in-memory tree, loaded in one query.

Projects have hundreds of codes at most, so every operation that needs paths,
tree order or subtrees loads them all at once (a millisecond) instead of
walking parent links row by row in SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..code_paths import SEPARATOR, normalise_key, split_path
from ..errors import CodeNotFound, DamagedProjectError
from ..ids import norm_uuid
from .models import Code


@dataclass
class Node:
    id: int
    uuid: str
    parent_id: int | None
    name: str
    color: str
    description: str
    sort_order: int
    children: list[Node] = field(default_factory=list)
    path: str = ""
    depth: int = 0


def damaged_tree(problem: str) -> DamagedProjectError:
    """The code system cannot be a tree (a parent missing, a loop): the file is damaged."""
    return DamagedProjectError(f"the project is damaged: {problem}; run `qda check` for details")


class CodeTree:
    def __init__(self, rows: list[Node]) -> None:
        self.by_id = {n.id: n for n in rows}
        self.by_uuid = {n.uuid.lower(): n for n in rows}
        self.roots: list[Node] = []
        for node in rows:
            if node.parent_id is None:
                self.roots.append(node)
            elif node.parent_id in self.by_id:
                self.by_id[node.parent_id].children.append(node)
            else:
                raise damaged_tree(f"code {node.name!r} has a parent that does not exist")
        for siblings in [self.roots, *(n.children for n in rows)]:
            siblings.sort(key=lambda n: (n.sort_order, n.id))
        self.by_path: dict[str, Node] = {}
        reached: set[int] = set()
        for node in self.walk():
            parent = self.by_id.get(node.parent_id) if node.parent_id else None
            node.path = f"{parent.path}{SEPARATOR}{node.name}" if parent else node.name
            node.depth = parent.depth + 1 if parent else 0
            self.by_path[node.path] = node
            reached.add(node.id)
        if len(reached) < len(rows):  # only a loop in the parent links hides codes from the roots
            lost = next(n for n in rows if n.id not in reached)
            raise damaged_tree(f"code {lost.name!r} is its own ancestor")

    @classmethod
    def load(cls, s: Session) -> CodeTree:
        rows = s.execute(
            select(
                Code.id, Code.uuid, Code.parent_id, Code.name, Code.color,
                Code.description, Code.sort_order,
            )
        ).all()
        return cls([Node(*row) for row in rows])

    def walk(self, nodes: list[Node] | None = None) -> Iterator[Node]:
        """Depth-first in tree order (parents before children, siblings by sort order)."""
        stack = list(reversed(self.roots if nodes is None else nodes))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def subtree(self, node: Node) -> list[Node]:
        return list(self.walk([node]))

    def siblings(self, parent_id: int | None) -> list[Node]:
        return self.roots if parent_id is None else self.by_id[parent_id].children

    def find(self, ref: str) -> Node:
        """A code by path (exact, then ignoring case and spaces) or by UUID."""
        node = self.by_path.get(ref)
        if node is None and SEPARATOR in ref:
            node = self.by_path.get(SEPARATOR.join(split_path(ref)))
        if node is None:
            key = normalise_key(ref)
            matches = [n for n in self.by_path.values() if normalise_key(n.path) == key]
            if len(matches) == 1:
                node = matches[0]
        if node is None:
            node = self.by_uuid.get(norm_uuid(ref))
        if node is None:
            raise CodeNotFound(f"no code {ref!r} in this project")
        return node

    def find_child(self, parent_id: int | None, name: str) -> Node | None:
        key = name.strip().casefold()
        for node in self.siblings(parent_id):
            if node.name.casefold() == key:
                return node
        return None
