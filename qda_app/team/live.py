"""Other coders' changes as the records the window's views patch themselves from.

A team project hears each commit of another coder as the UUIDs of what changed
(:meth:`~qda_app.Project.changes_elsewhere`). The views patch themselves from a
:class:`~qda_app.records.Changes` whose ``added`` and ``removed`` hold coding records
(the transcript, the code tree's counts, the segment table, the document list), as
they do after their own coder's action. :class:`LiveChanges` builds that record: for
each batch of announcements it reads the present state of the codings they name
with one :meth:`~qda_app.Project.codings` call, and takes their old places from the
announcements.

**Every coding is counted in once and out once.** Announcements arrive a moment after
their commits, so the state read may already be newer than the announcement that
asked for it (coder A adds a coding and moves it at once: the first announcement's
read finds it moved). :class:`LiveChanges` remembers what it last gave the views for
each such coding, and takes *that* out when the next announcement about it arrives,
not the old place the announcement names; the views then show the database, not a
ghost. What this program changes itself clears the memory of those codings (its own
record told the views). A batch with a change that names no codings (a code merged,
a document deleted, too many codings for one announcement) lets the views reload
the codings instead.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from ..project import Project
from ..records import Changes, Coding

REMEMBERED = 5000
"""Codings whose last given state is kept (the most recent ones): far more than can be
in flight between a commit and its announcement."""


class LiveChanges:
    """Turns a team project's announcements into patchable change records."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._shown: OrderedDict[str, Coding | None] = OrderedDict()
        """Coding UUID -> the state last given to the views (``None``: not there)."""
        project.subscribe(self._own_change)

    def take(self, patch: bool = True) -> list[Changes] | None:
        """What others changed since the last call, as one record per batch (``[]``: nothing
        new; ``None``: reload everything, e.g. when the connection is back). With
        ``patch=False`` the record asks the views to reload the codings instead (what
        they just read may hold some of them already)."""
        batch = self.project.changes_elsewhere()
        if batch is None:
            self._shown.clear()
            return None
        if not batch:
            return []
        if not patch:
            self._shown.clear()
            return [_without_codings(_merged(batch))]
        return [self.resolve(batch)]

    def resolve(self, batch: Sequence[Changes]) -> Changes:
        """One record for the announcements of ``batch``, with full coding records."""
        merged = _merged(batch)
        if any(c.codings and not c.coding_uuids for c in batch):
            self._shown.clear()  # the views reload every coding they show
            return _without_codings(merged)
        if not merged.coding_uuids:
            return merged
        before: dict[str, Coding | None] = {}
        for changes in batch:
            old = {c.uuid: c for c in changes.removed}
            for uuid in sorted(changes.coding_uuids - before.keys()):
                before[uuid] = self._shown[uuid] if uuid in self._shown else old.get(uuid)
        now = {c.uuid: c for c in self.project.codings(list(before))}
        for uuid in before:
            self._remember(uuid, now.get(uuid))
        added = tuple(now[u] for u in before if u in now)
        removed = tuple(c for c in before.values() if c is not None)
        # a coding added and removed again before this look: nothing to patch, or reload
        return replace(merged, codings=bool(added or removed), added=added, removed=removed)

    def _remember(self, uuid: str, state: Coding | None) -> None:
        self._shown[uuid] = state
        self._shown.move_to_end(uuid)
        while len(self._shown) > REMEMBERED:
            self._shown.popitem(last=False)

    def _own_change(self, changes: Changes) -> None:
        for uuid in changes.coding_uuids:
            self._shown.pop(uuid, None)
        if changes.codings and not changes.coding_uuids:
            self._shown.clear()  # the views reloaded them

    def close(self) -> None:
        self.project.unsubscribe(self._own_change)


def _merged(batch: Sequence[Changes]) -> Changes:
    merged = batch[0]
    for changes in batch[1:]:
        merged = merged | changes
    return merged


def _without_codings(changes: Changes) -> Changes:
    """``changes`` asking the views to reload codings (if it names any) rather than patch."""
    return replace(changes, coding_uuids=frozenset(), added=(), removed=())
