"""Undoable coding actions. ``redo`` calls the facade and remembers what ``undo`` needs.

Codings come back on redo with their first UUID and timestamps, so an
undo/redo cycle leaves the project exactly as the first action did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ...errors import QdaError
from ...project import Project
from ...records import Coding, CodingSpec
from ...snapshot_records import LinkRow
from .command_base import ProjectCommand


def spec_of(coding: Coding) -> CodingSpec:
    """What re-creates ``coding`` exactly (same UUID, coder, memo, timestamps)."""
    return CodingSpec(coding.document_uuid, coding.code_uuid, coding.start, coding.end,
                      coder=coding.coder, memo=coding.memo, uuid=coding.uuid,
                      created=coding.created, modified=coding.modified)


class AddCodings(ProjectCommand):
    def __init__(self, project: Project, specs: list[CodingSpec], text: str) -> None:
        super().__init__(project, text)
        self.specs = specs
        self.added: list[Coding] = []

    def do(self) -> None:
        self.added = self.project.add_codings(self.specs)
        self.specs = [spec_of(c) for c in self.added]

    def undo_(self) -> None:
        self.project.remove_codings([c.uuid for c in self.added])


class AddNewCodings(ProjectCommand):
    """Add those of ``specs`` that are not coded so already (Code All Hits, the Assist
    pane's Code These), as one undo step.

    The first ``redo`` writes with ``skip_duplicates`` (a passage coded so already is not
    doubled) and remembers exactly the codings it added; ``undo`` removes those and nothing
    else; a later ``redo`` puts them back with their UUIDs and timestamps. Adding nothing
    is no step: the command makes itself obsolete and the stack drops it.
    """

    def __init__(self, project: Project, specs: Sequence[CodingSpec], text: str) -> None:
        super().__init__(project, text)
        self.specs: list[CodingSpec] = list(specs)
        self.added: list[Coding] = []
        self.existing: int | None = None
        """How many were coded so already when it was first done."""

    def do(self) -> None:
        result = self.project.add_codings(self.specs, skip_duplicates=True)
        if self.existing is None:
            self.existing = len(result.skipped)
            if not result:
                self.setObsolete(True)  # nothing to undo
        self.added = list(result)
        self.specs = [spec_of(c) for c in result]  # a redo brings back exactly these

    def undo_(self) -> None:
        self.project.remove_codings([c.uuid for c in self.added])


class RemoveCodings(ProjectCommand):
    """Remove codings; undo adds them back with the links free memos had to them."""

    def __init__(self, project: Project, uuids: list[str], text: str) -> None:
        super().__init__(project, text)
        self.uuids = uuids
        self.removed: list[Coding] = []
        self.links: tuple[LinkRow, ...] = ()

    def do(self) -> None:
        self.links = self.project.memo_links_to(self.uuids)
        self.removed = self.project.remove_codings(self.uuids)

    def undo_(self) -> None:
        self.project.add_codings([spec_of(c) for c in self.removed])
        self.project.restore_memo_links(self.links)


class UpdateCoding(ProjectCommand):
    """Change bounds, memo or code of one coding; undo restores all three."""

    def __init__(self, project: Project, uuid: str, text: str, **changes: object) -> None:
        super().__init__(project, text)
        self.uuid = uuid
        self.changes = changes
        self.before: Coding | None = None

    def do(self) -> None:
        if self.before is None:
            self.before = self.project.coding(self.uuid)
        self.project.update_coding(self.uuid, **self.changes)  # type: ignore[arg-type]

    def undo_(self) -> None:
        b = self.before
        assert b is not None
        self.project.update_coding(self.uuid, start=b.start, end=b.end, memo=b.memo,
                                   code=b.code_uuid, modified=b.modified)


class InVivo(ProjectCommand):
    """A new top-level code named after the selected words, coding them."""

    def __init__(self, project: Project, name: str, spec: CodingSpec) -> None:
        super().__init__(project, QCoreApplication.translate(
            "CodingActions", "In-vivo code “{0}”").format(name))
        self.name = name
        self.spec = spec
        self.code_uuid: str | None = None

    def do(self) -> None:
        code = self.project.add_code(self.name, uuid=self.code_uuid)
        self.code_uuid = code.uuid
        try:
            [coding] = self.project.add_codings([replace(self.spec, code=code.uuid)])
        except QdaError:  # all or nothing: no empty code left behind by a refused coding
            self.project.delete_code(code.uuid)
            raise
        self.spec = replace(spec_of(coding), code=code.uuid)

    def undo_(self) -> None:
        assert self.code_uuid is not None
        self.project.delete_code(self.code_uuid, delete_codings=True)
