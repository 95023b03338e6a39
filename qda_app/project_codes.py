"""The code system part of the :class:`~qda_app.Project` facade."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import records
from .errors import InvalidValueError
from .project_base import ProjectBase
from .records import Changes
from .storage import codes as code_store
from .storage.code_tree import CodeTree, Node
from .storage.models import Coding


def _code_ref(ref: object) -> str:
    if isinstance(ref, records.Code):
        return ref.uuid
    if isinstance(ref, str):
        return ref
    raise TypeError(f"not a code reference: {ref!r}")


def _as_code_spec(item: object) -> records.CodeSpec:
    if isinstance(item, records.CodeSpec):
        return item
    if isinstance(item, dict):
        return records.CodeSpec(**item)
    raise InvalidValueError(f"not a code: {item!r}")


def _to_records(s: Session, tree: CodeTree, nodes: list[Node]) -> list[records.Code]:
    counts = dict(s.execute(select(Coding.code_id, func.count()).group_by(Coding.code_id)).all())
    totals: dict[int, int] = {}
    for node in reversed(list(tree.walk())):  # children before parents
        totals[node.id] = counts.get(node.id, 0) + sum(totals[c.id] for c in node.children)
    return [
        records.Code(
            uuid=n.uuid, name=n.name, path=n.path,
            parent_uuid=tree.by_id[n.parent_id].uuid if n.parent_id else None,
            color=n.color, description=n.description, sort_order=n.sort_order, depth=n.depth,
            codings=counts.get(n.id, 0), codings_total=totals[n.id],
        )
        for n in nodes
    ]


class CodesMixin(ProjectBase):
    def codes(self) -> list[records.Code]:
        """All codes in tree order (depth first), with their coding counts."""
        with self._read() as s:
            tree = CodeTree.load(s)
            return _to_records(s, tree, list(tree.walk()))

    def code(self, ref: object) -> records.Code:
        """A code by path (``"Arbeit/Sprache"``), UUID or record."""
        with self._read() as s:
            tree = CodeTree.load(s)
            return _to_records(s, tree, [tree.find(_code_ref(ref))])[0]

    def _code_write(self, ref: object, action: str, **kwargs: object) -> records.Code:
        with self._write() as s:
            tree = CodeTree.load(s)
            node = tree.find(_code_ref(ref))
            if action == "rename":
                code_store.rename_code(s, tree, node, str(kwargs["name"]))
            elif action == "move":
                parent = kwargs["parent"]
                parent_node = None if parent is None else tree.find(_code_ref(parent))
                code_store.move_code(s, tree, node, parent_node, kwargs["position"])  # type: ignore[arg-type]
            else:
                code_store.set_fields(s, node, **kwargs)
            tree = CodeTree.load(s)
            code = _to_records(s, tree, [tree.by_uuid[node.uuid.lower()]])[0]
        self._notify(Changes(codes=True, codings=action != "describe",
                             code_uuids=frozenset({code.uuid})))
        return code

    def add_code(
        self,
        path: str,
        color: str | None = None,
        description: str = "",
        uuid: str | None = None,
        position: int | None = None,
    ) -> records.Code:
        """Create ``path`` (e.g. ``"Arbeit/Sprache"``), adding missing parents.

        Without a colour the least used palette colour is taken. ``position``
        places the code among its siblings (default: last).
        """
        with self._write() as s:
            tree = CodeTree.load(s)
            new = code_store.add_code(s, tree, path, color, description, uuid, position)
            tree = CodeTree.load(s)
            code = _to_records(s, tree, [tree.by_uuid[new.lower()]])[0]
        self._notify(Changes(codes=True, code_uuids=frozenset({code.uuid})))
        return code

    def add_codes(self, specs: Iterable[records.CodeSpec | dict[str, Any]]
                  ) -> list[records.Code]:
        """Create many codes in one transaction: all of them, or none if one is invalid.

        Each spec is what :meth:`add_code` takes (missing parents are created,
        in order). Listeners hear of it once: importing a 40-code codebook
        refreshes the views once, not 40 times, and a bad code halfway leaves
        no half codebook behind.
        """
        items = [_as_code_spec(spec) for spec in specs]
        if not items:
            return []
        with self._write() as s:
            tree = CodeTree.load(s)
            new = [code_store.add_code(s, tree, i.path, i.color, i.description, i.uuid)
                   for i in items]
            tree = CodeTree.load(s)
            codes = _to_records(s, tree, [tree.by_uuid[u.lower()] for u in new])
        self._notify(Changes(codes=True, code_uuids=frozenset(c.uuid for c in codes)))
        return codes

    def rename_code(self, code: object, new_name: str) -> records.Code:
        return self._code_write(code, "rename", name=new_name)

    def move_code(
        self, code: object, parent: object | None, position: int | None = None
    ) -> records.Code:
        """Move ``code`` under ``parent`` (``None``: top level) at ``position`` among siblings."""
        return self._code_write(code, "move", parent=parent, position=position)

    def recolor_code(self, code: object, color: str) -> records.Code:
        return self._code_write(code, "recolor", color=color)

    def describe_code(self, code: object, description: str) -> records.Code:
        return self._code_write(code, "describe", description=description)

    def delete_code(
        self, code: object, delete_codings: bool = False, reassign_to: object | None = None
    ) -> int:
        """Delete a code and its subcodes; return the number of codings deleted or reassigned.

        Refuses (:class:`~qda_app.errors.CodeInUseError`) when codings exist,
        unless ``delete_codings`` or a code to ``reassign_to`` is given.
        """
        with self._write() as s:
            tree = CodeTree.load(s)
            node = tree.find(_code_ref(code))
            target = None if reassign_to is None else tree.find(_code_ref(reassign_to))
            n = code_store.delete_code(s, tree, node, delete_codings, target)
        self._notify(Changes(codes=True, codings=bool(n), memos=True,
                             code_uuids=frozenset({node.uuid})))
        return n

    def merge_codes(self, source: object, target: object) -> records.MergeResult:
        """Move the codings and subcodes of ``source`` into ``target`` and delete ``source``.

        A coding that ``target`` already has (same document, coder and span) is
        not duplicated; subcodes with the same name are merged too.
        """
        with self._write() as s:
            tree = CodeTree.load(s)
            src = tree.find(_code_ref(source))
            dst = tree.find(_code_ref(target))
            stats = code_store.merge_codes(s, tree, src, dst)
        self._notify(Changes(codes=True, codings=True, memos=True,
                             code_uuids=frozenset({src.uuid, dst.uuid})))
        return records.MergeResult(stats.moved, stats.duplicates)

    def code_count_in_subtree(self, code: object) -> int:
        """Codings of ``code`` and its subcodes (what a delete would take with it)."""
        return self.code(code).codings_total

    def snapshot_code(self, code: object) -> records.CodeSnapshot:
        """Everything :meth:`restore_code` needs to put a subtree back exactly."""
        from .storage.snapshots import take_snapshot

        with self._read() as s:
            tree = CodeTree.load(s)
            return take_snapshot(s, tree, tree.find(_code_ref(code)))

    def restore_code(self, snapshot: records.CodeSnapshot) -> None:
        """Put a snapshot back: codes, positions, codings and memos, by UUID.

        Codes and codings that still exist are moved back; missing ones are
        re-created with their UUIDs and timestamps.
        """
        from .storage.snapshots import restore_snapshot

        with self._write() as s:
            restore_snapshot(s, snapshot, self.coder)
        self._notify(Changes(codes=True, codings=True, memos=True,
                             code_uuids=frozenset(r.uuid for r in snapshot.codes)))

