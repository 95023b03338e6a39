"""Code the passages the Assist pane found, as one undo step.

"Code these…" (similar passages ticked) and "Code with this" (a suggested code for the
selection) both end here: the first ``redo`` writes with ``skip_duplicates`` (a passage
coded so already is not doubled) and remembers exactly the codings it added; ``undo``
removes those and nothing else; a later ``redo`` puts them back with their UUIDs and
timestamps. Adding nothing is no step: the command makes itself obsolete.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...project import Project
from ...records import Coding, CodingSpec
from .coding_commands import spec_of
from .command_base import ProjectCommand


class CodePassages(ProjectCommand):
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
