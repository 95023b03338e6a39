"""Code all hits of a search as one undo step.

The first ``redo`` writes the plan with ``skip_duplicates`` (codings that exist are not
doubled) and remembers exactly the codings it added; ``undo`` removes those and nothing
else, and a later ``redo`` puts them back with their UUIDs and timestamps. A plan that
adds nothing is no step: the command makes itself obsolete and the stack drops it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...analysis.autocode import AutocodePlan
from ...project import Project
from ...records import Coding, CodingSpec
from .coding_commands import spec_of
from .command_base import ProjectCommand


class CodeAllHits(ProjectCommand):
    def __init__(self, project: Project, plan: AutocodePlan, query: str) -> None:
        super().__init__(project, QCoreApplication.translate(
            "SearchPane", "Code all hits of “{0}” with “{1}”").format(query, plan.code_path))
        self.plan = plan
        self.specs: list[CodingSpec] = list(plan.specs)
        self.added: list[Coding] = []
        self.existing: int | None = None
        """How many of the plan's codings were there already when it was first done."""

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
