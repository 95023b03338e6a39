"""The Retrieved Segments dock as the rest of the window sees it.

The codes ticked in the code system are what the panel lists; other features
ask what is listed (the export dialogs start from it) or have given segments
listed (the code matrix's double-click on a cell), through the workbench.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from ..codes.code_tree_panel import CodeTreePanel
from ..workbench import WindowFilters
from .segment_table import SegmentPanel


class SegmentRetrieval:
    def __init__(self, panel: SegmentPanel, tree: CodeTreePanel, dock: QDockWidget) -> None:
        self.panel, self.tree, self.dock = panel, tree, dock
        tree.checkedCodesChanged.connect(panel.set_codes)

    def shown(self) -> WindowFilters:
        """The activated codes and the panel's filters."""
        scope = self.panel.document_filter.scope()
        return WindowFilters(tuple(self.tree.checked_codes()), self.panel.subcodes.isChecked(),
                             self.panel.document_filter.document(),
                             self.panel.coder_filter.currentData(), scope.set, scope.where,
                             self.panel.speaker_filter.currentData())

    def show_segments(self, codes: list[str], document: str | None, coder: str | None,
                      speaker: str | None = None) -> None:
        """Activate exactly ``codes``, list their codings as filtered, and bring the dock up."""
        self.tree.check_only(codes)  # the ticks show what is listed; the panel is told once
        self.panel.show_segments(codes, document, coder, include_subcodes=False,
                                 speaker=speaker)
        if len(codes) == 1:
            self.tree.select_code(codes[0])
        self.dock.show()
        self.dock.raise_()
