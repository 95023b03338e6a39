"""What a member of a team project may merge into it: the rule, before the database's guard.

The database refuses a coder's writes outside their rights (row-level security,
:mod:`qda_app.storage.team_roles`), but a merge is one transaction: one refused row
would refuse all of it with a server's message. So the merge asks first:

- the **lead** (and a file's owner, and the server's administrator) merges everything;
- a **coder** merging their offline copy brings in *their own* codings and memos; what
  other coders did in that copy is left out (it is theirs to merge). New documents
  are refused (the lead's), and so are new codes unless the lead lets coders add
  codes, in one line that names them;
- a **reader** merges nothing.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import PermissionDeniedError
from ..merge_records import MergeWrites, ProjectContent
from ..team_records import TeamRights


def refuse_unless_merging(rights: TeamRights, target: str) -> None:
    """A reader (or a login without a role) may not merge at all."""
    if not rights.can_code:
        who = rights.role or "a login without a role"
        raise PermissionDeniedError(f"{rights.coder or 'this login'} is {_a(who)} of {target} "
                                    "and may not merge into it; ask the lead to merge the "
                                    "file; nothing was changed")


def own_work(content: ProjectContent, rights: TeamRights) -> ProjectContent:
    """``content`` narrowed to what this login may bring in: everything for a lead, the own
    codings and memos (by the coder's name) for a coder."""
    if rights.leads:
        return content
    mine = {c.uuid.lower() for c in content.coders if c.name == rights.coder}
    return replace(
        content,
        coders=tuple(c for c in content.coders if c.uuid.lower() in mine),
        codings=tuple(c for c in content.codings if c.coder_uuid.lower() in mine),
        memos=tuple(m for m in content.memos
                    if m.author_uuid is not None and m.author_uuid.lower() in mine))


def check_writes(writes: MergeWrites, rights: TeamRights, target: str) -> None:
    """Refuse, in one line, a coder's merge that would add documents, or codes they may
    not add; the database would refuse the whole transaction anyway."""
    if rights.leads:
        return
    if writes.documents:
        names = ", ".join(d.name for d in writes.documents[:3])
        raise PermissionDeniedError(
            f"the file has documents that {target} lacks ({names}); only the lead adds "
            "documents: ask the lead to merge it; nothing was changed")
    if writes.codes and not rights.can_add_codes:
        paths = ", ".join(c.path for c in writes.codes[:3])
        raise PermissionDeniedError(
            f"the file has codes that {target} lacks ({paths}); only the lead adds codes "
            "(or coders, when the lead allows it): ask the lead to merge it; nothing was "
            "changed")


def _a(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"
