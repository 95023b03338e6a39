"""Team work on the :class:`~qda_app.Project` facade: merging coder files, intercoder agreement."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .project_base import ProjectBase
from .records import Changes

if TYPE_CHECKING:  # numpy loads only when agreement is asked for
    from .team.agreement import AgreementResult
    from .team.merge import MappingArg, Sources
    from .team.merge_report import MergeReport


class TeamMixin(ProjectBase):
    def merge_from(self, sources: Sources, mapping: MappingArg = None,
                   dry_run: bool = False) -> MergeReport:
        """Merge coder files into this project in one transaction; return the report.

        ``mapping`` renames coders' code paths (``{old: new}`` or a mapping
        file). With ``dry_run`` nothing is written: the report is the preview.
        The coder files are only read.
        """
        from .storage.merge import apply_writes, read_target
        from .team.mapping import as_mapping
        from .team.merge import load_sources
        from .team.merge_plan import plan_merge

        contents = load_sources(sources, Path(self.path))
        rules = as_mapping(mapping)
        if dry_run:
            with self._read() as s:
                plan = plan_merge(read_target(s), contents, rules)
            return plan.report(str(self.path), dry_run=True)
        with self._write() as s:
            plan = plan_merge(read_target(s), contents, rules)
            apply_writes(s, plan.writes, self.coder)
        report = plan.report(str(self.path), dry_run=False)
        if report.changes_anything:
            self._notify(Changes(documents=True, codes=True, codings=True, coders=True,
                                 memos=True))
        return report

    def agreement(
        self,
        coders: Sequence[str],
        documents: Sequence[object] | None = None,
        codes: Sequence[object] | None = None,
        overlap: float = 90,
    ) -> AgreementResult:
        """Intercoder agreement of ``coders`` (names) with the disagreement list.

        Without ``documents``: those any of the coders coded. Without ``codes``:
        those any of them used there. Each code is analysed on its own (a
        parent does not include its subcodes).
        """
        from .team.agreement_input import collect

        return collect(self, list(coders), documents, codes, overlap)
