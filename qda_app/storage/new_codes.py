"""The undo of "New code": the code goes, with what was created with it, or nothing does.

In a team project whose lead lets coders add codes, a coder may also remove a code
they added (``code.created_by``) while nothing of others depends on it: the database
decides (the policy ``coder_removes`` of :mod:`.team_roles`; codings and subcodes by
their foreign keys). A refused ``DELETE`` either touches no row (the policy leaves the
row out, as :mod:`.row_rights` describes for codings) or fails on a foreign key
(codings a blinded coder cannot even see): either way the whole action is refused in
one line saying why, and the transaction rolls back. The lead deletes any code.

The check of the code's version is a read followed by ``DELETE … WHERE version = :seen``:
a coder has no right to ``UPDATE`` a code, so the count-up of
:func:`.code_versions.claim` is not theirs to make.
"""

from __future__ import annotations

from sqlalchemy import delete, exc, func, select, text, update
from sqlalchemy.orm import Session

from ..errors import ChangedMeanwhileError, PermissionDeniedError
from . import code_versions, row_rights
from .code_tree import CodeTree, Node
from .models import Code, Coder, Memo, MemoLink, TeamSettings


def refuse_changed(s: Session, tree: CodeTree, node: Node, seen: code_versions.Seen) -> None:
    """Refuse when the code was changed after ``seen`` (without counting a change)."""
    wanted = code_versions.version_of(seen)
    if wanted is not None and s.scalar(select(Code.version).where(Code.id == node.id)) != wanted:
        raise code_versions.changed(s, tree, node, seen)


def remove(s: Session, tree: CodeTree, node: Node, seen: code_versions.Seen) -> None:
    """Delete ``node`` and its subcodes (children first), each row or none."""
    wanted = code_versions.version_of(seen)
    subtree = tree.subtree(node)
    try:
        for n in reversed(subtree):
            statement = delete(Code).where(Code.id == n.id)
            if n is node and wanted is not None:
                statement = statement.where(Code.version == wanted)
            if not row_rights.count(s.execute(statement)):
                raise refusal(s, tree, n, seen if n is node else None)
    except exc.IntegrityError as error:  # a foreign key: rows it may not even see
        table = getattr(getattr(error.orig, "diag", None), "table_name", None)
        what = "subcodes" if table == "code" else "codings"
        raise PermissionDeniedError(f"“{node.name}” has {what}: only the lead can remove it; "
                                    "nothing was changed") from None
    siblings = tree.remove(node)
    _renumber_if_allowed(s, siblings)


def _renumber_if_allowed(s: Session, siblings: list[Node]) -> None:
    """Close the gap the code leaves among its siblings when this login may (a coder may
    not change codes: the gap stays, which keeps the order, and a new code still goes
    last, see :func:`.codes.add_code`)."""
    moved = [(i, n) for i, n in enumerate(siblings) if n.sort_order != i]
    if not moved or not _may_change_codes(s):
        return
    for i, n in moved:
        s.execute(update(Code).where(Code.id == n.id).values(sort_order=i))
        n.sort_order = i


def _may_change_codes(s: Session) -> bool:
    if s.get_bind().dialect.name != "postgresql":
        return True
    return bool(s.scalar(text("SELECT has_table_privilege('code', 'UPDATE')")))


def refusal(s: Session, tree: CodeTree, node: Node, seen: code_versions.Seen
            ) -> PermissionDeniedError | ChangedMeanwhileError:
    """Why the row of ``node`` was left out of the delete, in one line."""
    row = s.execute(select(Code.version, Code.created_by).where(Code.id == node.id)
                    ).one_or_none()
    who = code_versions.who(s)
    if row is None:
        return ChangedMeanwhileError(f"“{node.name}” was deleted by {who} meanwhile; "
                                     "nothing was changed")
    wanted = code_versions.version_of(seen)
    if wanted is not None and row.version != wanted:
        return code_versions.changed(s, tree, node, seen)
    if s.get_bind().dialect.name != "postgresql":  # pragma: no cover - a file has no rights
        return code_versions.changed(s, tree, node, seen)
    me = s.scalar(select(Coder.id).where(Coder.login == func.current_user()))
    if row.created_by is None or row.created_by != me:
        creator = s.scalar(select(Coder.name).where(Coder.id == row.created_by)) \
            if row.created_by is not None else None
        by = f"was added by {creator}" if creator else "was not added by you"
        return _lead_only(f"“{node.name}” {by}")
    if not s.scalar(select(TeamSettings.coders_add_codes).where(TeamSettings.id == 1)):
        return _lead_only(f"coders may not add or remove codes now, so “{node.name}”")
    others_memo = s.scalar(select(func.count()).select_from(Memo).where(
        Memo.code_id == node.id, Memo.coder_id.is_distinct_from(me)))
    others_link = s.scalar(select(func.count()).select_from(MemoLink).join(
        Memo, Memo.id == MemoLink.memo_id).where(
        MemoLink.code_id == node.id, Memo.coder_id.is_distinct_from(me)))
    if others_memo or others_link:
        return _lead_only(f"“{node.name}” has a memo by another coder")
    return _lead_only(f"“{node.name}”")  # pragma: no cover - the policy has no other reason


def _lead_only(what: str) -> PermissionDeniedError:
    return PermissionDeniedError(f"{what}: only the lead can remove it; nothing was changed")
