"""Undoable coding actions. ``redo`` calls the facade and remembers what ``undo`` needs.

Codings come back on redo with their first UUID and timestamps, so an
undo/redo cycle leaves the project exactly as the first action did.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ...errors import QdaError
from ...project import Project
from ...records import Coding, CodingSpec, LinkRow
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
