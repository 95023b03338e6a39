"""The code system as an in-memory tree in which every lookup is a dictionary access.

A tree lives for one unit of work. :meth:`CodeTree.load` reads every code in
one query, for what needs the whole system (listing it, merging projects).
:meth:`CodeTree.lazy` reads only what is asked for: a code by UUID with its
ancestors, the children of one code. One coding, one new code or one code's
record then costs a few small queries, not a read of 10,000 codes; a unit of
work that asks for many codes reads them all at once after
:attr:`CodeTree.LAZY_READS` small reads, so it never costs more than a load.

Indexes (by id, UUID, exact path, normalised path, and a code's children by
name ignoring case) are kept up to date by :meth:`create`, :meth:`detach`,
:meth:`move`, :meth:`rename` and :meth:`remove`, so a lookup after a change in
the same unit of work sees the change without reloading.

A lazy tree reads the table, so the table must say what the tree says at
every read. Creating codes keeps it so (the row is written as the node is
added); moving, renaming and removing change the tree before the table, so
they work on a complete tree, which never reads again: they read everything
first if the tree is lazy (callers that change the structure use :meth:`load`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from ..code_paths import SEPARATOR, normalise_key, split_path
from ..errors import CodeNotFound, DamagedProjectError
from ..ids import norm_uuid
from .models import Code

_UUID = re.compile(r"^\s*\{?[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}?\s*$")
_COLUMNS = (Code.id, Code.uuid, Code.parent_id, Code.name, Code.color, Code.description,
            Code.sort_order, Code.codable, Code.version)
_ROOT_CHILDREN = 0  # key of the top level in _loaded (row ids start at 1)


def looks_like_uuid(ref: str) -> bool:
    return bool(_UUID.match(ref))


def name_key(name: str) -> str:
    """How sibling names are compared: case and outer spaces ignored."""
    return name.strip().casefold()


@dataclass(eq=False, slots=True)
class Node:
    id: int
    uuid: str
    parent_id: int | None
    name: str
    color: str
    description: str
    sort_order: int
    codable: bool = True
    version: int = 1
    children: list[Node] = field(default_factory=list)
    path: str = ""
    depth: int = 0


def damaged_tree(problem: str) -> DamagedProjectError:
    """The code system cannot be a tree (a parent missing, a loop): the file is damaged."""
    return DamagedProjectError(f"the project is damaged: {problem}; run `qda check` for details")


def _sort(siblings: list[Node]) -> None:
    siblings.sort(key=lambda n: (n.sort_order, n.id))


class CodeTree:
    LAZY_READS = 64
    """Small reads a lazy tree makes before it reads every code at once."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self.by_id: dict[int, Node] = {}
        self.by_uuid: dict[str, Node] = {}
        self.roots: list[Node] = []
        self._complete = False
        self._loaded: set[int] = set()  # codes (or _ROOT_CHILDREN) whose children are all known
        self._names: dict[tuple[int | None, str], list[Node]] = {}
        # exact and normalised paths of a complete tree, built when a path is first looked up
        self._paths: dict[str, list[Node]] | None = None
        self._keys: dict[str, list[Node]] | None = None
        self._colors: Counter[str] | None = None
        self._reads = 0
        self._missing: set[str] = set()  # UUIDs a prefetch found no code for

    @classmethod
    def load(cls, s: Session) -> CodeTree:
        """Every code, read in one query."""
        tree = cls(s)
        tree._load_all()
        return tree

    @classmethod
    def lazy(cls, s: Session) -> CodeTree:
        """A tree that reads codes as they are asked for."""
        return cls(s)

    @property
    def complete(self) -> bool:
        return self._complete

    # -- reading ---------------------------------------------------------------------------

    def _rows(self, *where: ColumnElement[bool]) -> list[Node]:
        self._reads += 1
        result = self._s.connection().execute(select(*_COLUMNS).where(*where))
        return [Node(*row) for row in result]

    def _load_all(self) -> None:
        """Read every code; nodes already handed out stay the same objects."""
        by_id: dict[int, Node] = {}
        for row in self._rows():
            node = self.by_id.get(row.id)
            if node is None:
                node = row
            else:
                node.parent_id, node.name, node.sort_order = row.parent_id, row.name, row.sort_order
                node.color, node.description = row.color, row.description
                node.codable, node.version = row.codable, row.version
            node.children = []
            by_id[row.id] = node
        self.by_id = by_id
        self.by_uuid = {norm_uuid(n.uuid): n for n in by_id.values()}
        self.roots = []
        for node in by_id.values():
            if node.parent_id is None:
                self.roots.append(node)
            elif node.parent_id in by_id:
                by_id[node.parent_id].children.append(node)
            else:
                raise damaged_tree(f"code {node.name!r} has a parent that does not exist")
        for siblings in [self.roots, *(n.children for n in by_id.values())]:
            _sort(siblings)
        self._complete = True
        self._names, self._paths, self._keys = {}, None, None
        reached: set[int] = set()
        for node in self.walk():
            parent = by_id.get(node.parent_id) if node.parent_id is not None else None
            self._place(node, parent)
            self._index(node)
            reached.add(node.id)
        if len(reached) < len(by_id):  # only a loop in the parent links hides codes from roots
            lost = next(n for n in by_id.values() if n.id not in reached)
            raise damaged_tree(f"code {lost.name!r} is its own ancestor")
        self._colors = Counter(n.color.lower() for n in by_id.values())

    def _register(self, node: Node) -> Node:
        """Add a node read lazily; its parent is known already."""
        known = self.by_id.get(node.id)
        if known is not None:
            return known
        parent = self.by_id[node.parent_id] if node.parent_id is not None else None
        self._place(node, parent)
        self.by_id[node.id] = node
        self.by_uuid[norm_uuid(node.uuid)] = node
        return node

    def _place(self, node: Node, parent: Node | None) -> None:
        node.path = f"{parent.path}{SEPARATOR}{node.name}" if parent else node.name
        node.depth = parent.depth + 1 if parent else 0

    def _load_children(self, parent_id: int | None) -> None:
        if self._reads >= self.LAZY_READS:
            self._load_all()
            return
        where = Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
        children = [self._register(n) for n in self._rows(where)]
        _sort(children)
        if parent_id is None:
            self.roots = children
        else:
            self.by_id[parent_id].children = children
        self._loaded.add(_ROOT_CHILDREN if parent_id is None else parent_id)
        for node in children:
            entry = self._names.setdefault((parent_id, name_key(node.name)), [])
            if node not in entry:
                entry.append(node)

    def _load_chains(self, where: ColumnElement[bool]) -> None:
        """Read the codes matching ``where`` with all their ancestors, in one query."""
        if self._reads >= self.LAZY_READS:
            self._load_all()
            return
        up = select(Code.id, Code.parent_id).where(where).cte("up", recursive=True)
        up = up.union(select(Code.id, Code.parent_id).join(up, Code.id == up.c.parent_id))
        waiting: dict[int | None, list[Node]] = {}  # new nodes by parent, parents first below
        for node in self._rows(Code.id.in_(select(up.c.id))):
            if node.id not in self.by_id:
                waiting.setdefault(node.parent_id, []).append(node)
        ready = [p for p in waiting if p is None or p in self.by_id]
        while ready:
            for node in waiting.pop(ready.pop()):
                self._adopt(node)
                if node.id in waiting:
                    ready.append(node.id)
        if waiting:  # an ancestor loop or a missing parent: let the full read decide
            self._load_all()

    def _adopt(self, node: Node) -> None:
        """Register a node read alone; its parent's list of children stays partial."""
        if node.id in self.by_id:
            return
        self._register(node)
        if self._unread(node.parent_id):
            siblings = self.roots if node.parent_id is None else self.by_id[node.parent_id].children
            siblings.append(node)

    def _child_named(self, parent_id: int | None, name: str) -> Node | None:
        """The child called exactly ``name``, read alone (siblings not read yet)."""
        parent = Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
        rows = self._rows(parent, Code.name == name)
        if not rows:
            return None
        _sort(rows)
        self._adopt(rows[0])
        return self.by_id[rows[0].id]

    def _ensure_complete(self) -> None:
        if not self._complete:
            self._load_all()

    # -- lookups ---------------------------------------------------------------------------

    def get(self, uuid: str) -> Node | None:
        """The code with this UUID (any case, with or without braces), if there is one."""
        key = norm_uuid(uuid)
        node = self.by_uuid.get(key)
        if node is None and not self._complete and key not in self._missing:
            self._load_chains(Code.uuid == key)
            node = self.by_uuid.get(key)
        return node

    def node(self, code_id: int) -> Node:
        """The code with this row id (a coding's ``code_id``)."""
        node = self.by_id.get(code_id)
        if node is None and not self._complete:
            self._load_chains(Code.id == code_id)
            node = self.by_id.get(code_id)
        if node is None:  # the database gave the id: a coding or code points nowhere
            raise damaged_tree(f"a coding or code points to a code that does not exist "
                               f"(id {code_id})")
        return node

    def find(self, ref: str) -> Node:
        """A code by UUID or by path (exact, then ignoring case and spaces around names)."""
        node = self.get(ref) if looks_like_uuid(ref) else None
        if node is None and not self._complete:
            node = self._walk_path(ref)
        if node is None:
            self._ensure_complete()
            node = self._by_path(ref) or self.get(ref)
        if node is None:
            raise CodeNotFound(f"no code {ref!r} in this project")
        return node

    def _by_path(self, ref: str) -> Node | None:
        """A complete tree's path lookup: the exact path, else one unique normalised match."""
        if self._paths is None or self._keys is None:
            self._paths, self._keys = {}, {}
            for node in self.walk():
                self._index_path(node)
        found = self._paths.get(ref)
        if not found and SEPARATOR in ref:
            found = self._paths.get(SEPARATOR.join(split_path(ref)))
        if found:
            return found[0]
        found = self._keys.get(normalise_key(ref))
        return found[0] if found and len(found) == 1 else None

    def prefetch(self, uuids: Iterable[str]) -> None:
        """Read the codes with these UUIDs (and their ancestors) in a few queries.

        For a batch that names codes by UUID or record: one query per 500
        codes instead of one per code, so the cost follows the codes named,
        not the size of the code system; naming a third of all codes or more
        reads them all at once (cheaper per code).
        """
        if self._complete:
            return
        wanted = sorted({norm_uuid(u) for u in uuids} - self.by_uuid.keys())
        if len(wanted) <= 1:
            return  # one lookup costs one query anyway
        if 3 * len(wanted) >= (self._s.scalar(select(func.count()).select_from(Code)) or 0):
            self._load_all()
            return
        for i in range(0, len(wanted), 500):
            self._load_chains(Code.uuid.in_(wanted[i:i + 500]))
            if self._complete:
                return
        self._missing.update(u for u in wanted if u not in self.by_uuid)

    def ensure_complete(self) -> None:
        """Read every code now (before a change to the structure; see the module's notes)."""
        self._ensure_complete()

    def _walk_path(self, ref: str) -> Node | None:
        """A lazy tree's path lookup, level by level; ``None`` leaves it to a full read."""
        node: Node | None = None
        for part in ref.split(SEPARATOR):
            node = self._one_child(node.id if node else None, part)
            if node is None:
                return None
        return node

    def _one_child(self, parent_id: int | None, name: str) -> Node | None:
        """The child called ``name`` (exactly, else the one case-insensitive match)."""
        name = name.strip()
        if self._unread(parent_id) and self._reads < self.LAZY_READS:
            found = self._child_named(parent_id, name)  # exact: no need to read the siblings
            if found is not None:
                return found
        self.siblings(parent_id)
        matches = self._names.get((parent_id, name_key(name)), [])
        exact = [m for m in matches if m.name == name]
        return exact[0] if exact else matches[0] if len(matches) == 1 else None

    def find_child(self, parent_id: int | None, name: str) -> Node | None:
        """The child of ``parent_id`` (``None``: top level) named ``name``, ignoring case.

        An exact name wins; a lazy tree finds it without reading the siblings,
        which it reads only to be sure no sibling differs from ``name`` in case.
        """
        found = self._one_child(parent_id, name)
        if found is None:
            matches = self._names.get((parent_id, name_key(name)), [])
            found = matches[0] if matches else None
        return found

    def _unread(self, parent_id: int | None) -> bool:
        """Whether the children of ``parent_id`` may not all be known yet."""
        return not self._complete and (
            _ROOT_CHILDREN if parent_id is None else parent_id) not in self._loaded

    def siblings(self, parent_id: int | None) -> list[Node]:
        """The children of ``parent_id`` (``None``: the top-level codes) in their order."""
        if self._unread(parent_id):
            self._load_children(parent_id)
        return self.roots if parent_id is None else self.by_id[parent_id].children

    def walk(self, nodes: list[Node] | None = None) -> Iterator[Node]:
        """Depth-first in tree order (parents before children, siblings by sort order)."""
        if nodes is None:
            self._ensure_complete()
        stack = list(reversed(self.roots if nodes is None else nodes))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(self.siblings(node.id)))

    def subtree(self, node: Node) -> list[Node]:
        return list(self.walk([node]))

    def is_within(self, node: Node, top: Node) -> bool:
        """Whether ``node`` is ``top`` or one of its subcodes (walks up: costs the depth)."""
        seen: set[int] = set()
        current: Node | None = node
        while current is not None and current.id not in seen:
            if current is top:
                return True
            seen.add(current.id)
            current = self.node(current.parent_id) if current.parent_id is not None else None
        return False

    def colors(self) -> Counter[str]:
        """How many codes use each colour (lower case), counted once per unit of work."""
        if self._colors is None:
            self._reads += 1
            self._colors = Counter()
            for color, n in self._s.execute(select(Code.color, func.count()).group_by(Code.color)):
                self._colors[color.lower()] += n
        return self._colors

    # -- keeping the indexes right after a change --------------------------------------------

    def _index(self, node: Node) -> None:
        self._names.setdefault((node.parent_id, name_key(node.name)), []).append(node)
        if self._complete and self._paths is not None:
            self._index_path(node)

    def _index_path(self, node: Node) -> None:
        assert self._paths is not None and self._keys is not None
        self._paths.setdefault(node.path, []).append(node)
        self._keys.setdefault(normalise_key(node.path), []).append(node)

    def _unindex(self, node: Node) -> None:
        entries: list[tuple[dict[Any, list[Node]], Any]] = [
            (self._names, (node.parent_id, name_key(node.name)))]
        if self._complete and self._paths is not None and self._keys is not None:
            entries += [(self._paths, node.path), (self._keys, normalise_key(node.path))]
        for index, key in entries:
            found = index.get(key, [])
            if node in found:
                found.remove(node)
            if not found:
                index.pop(key, None)

    def create(self, uuid: str, parent_id: int | None, name: str, color: str,
               description: str, sort_order: int, position: int | None = None,
               codable: bool = True, created_by: int | None = None) -> Node:
        """Insert a code row and add it under ``parent_id`` at ``position`` (default: last);
        ``created_by`` is the id of the coder adding it, if known.

        The siblings are read before the row exists, so the new code is in
        them once; colour counts read later include it, ones read before are
        updated here.
        """
        siblings = self.siblings(parent_id)
        values = {"uuid": uuid, "parent_id": parent_id, "name": name, "color": color,
                  "description": description, "sort_order": sort_order, "codable": codable,
                  "created_by": created_by}
        key = self._s.connection().execute(insert(Code).values(**values)).inserted_primary_key
        assert key is not None  # one row inserted
        new_id = int(key[0])
        node = Node(new_id, uuid, parent_id, name, color, description, sort_order, codable)
        parent = self.by_id[parent_id] if parent_id is not None else None
        self._place(node, parent)
        self.by_id[node.id] = node
        self.by_uuid[norm_uuid(uuid)] = node
        self._loaded.add(node.id)  # a new code has no subcodes yet
        self._index(node)
        siblings.insert(len(siblings) if position is None else position, node)
        if self._colors is not None:
            self._colors[color.lower()] += 1
        return node

    def detach(self, node: Node) -> list[Node]:
        """Take ``node`` out of its siblings (to move it); returns the siblings left."""
        self._ensure_complete()
        siblings = self.siblings(node.parent_id)
        siblings.remove(node)
        for n in self.subtree(node):
            self._unindex(n)
        return siblings

    def move(self, node: Node, parent_id: int | None, position: int | None = None) -> list[Node]:
        """Put a detached ``node`` under ``parent_id``; returns its new siblings."""
        self._ensure_complete()
        siblings = self.siblings(parent_id)
        node.parent_id = parent_id
        siblings.insert(len(siblings) if position is None else position, node)
        self._repath(node)
        return siblings

    def rename(self, node: Node, name: str) -> None:
        self._ensure_complete()
        subtree = self.subtree(node)
        for n in subtree:
            self._unindex(n)
        node.name = name
        self._repath(node, subtree)

    def _repath(self, node: Node, subtree: list[Node] | None = None) -> None:
        for n in subtree if subtree is not None else self.subtree(node):
            parent = self.by_id[n.parent_id] if n.parent_id is not None else None
            self._place(n, parent)
            self._index(n)

    def remove(self, node: Node) -> list[Node]:
        """Forget ``node`` and its subcodes (deleted); returns the siblings left."""
        siblings = self.detach(node)
        self.forget(node)
        return siblings

    def forget(self, node: Node) -> None:
        """Forget a detached ``node`` and what is still below it (deleted)."""
        for n in self.subtree(node):
            del self.by_id[n.id]
            del self.by_uuid[norm_uuid(n.uuid)]
            if self._colors is not None:  # counted already: keep the count right
                self._colors[n.color.lower()] -= 1

    def recolor(self, node: Node, color: str) -> None:
        if self._colors is not None:
            self._colors[node.color.lower()] -= 1
            self._colors[color.lower()] += 1
        node.color = color
