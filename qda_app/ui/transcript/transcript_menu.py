"""The transcript's context menu: code the selection, or act on a coding under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from ...errors import QdaError
from ...project import Project
from .coding_actions import CodingActions
from .transcript_view import TranscriptView


class TranscriptMenu(QObject):
    def __init__(self, project: Project, view: TranscriptView, coding: CodingActions) -> None:
        super().__init__(view)
        self.project = project
        self.view = view
        self.coding = coding
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.popup)

    def popup(self, pos: QPoint) -> None:
        view, c = self.view, self.coding
        menu = QMenu(view)
        position = view.cp_at(pos)
        has_selection = view.textCursor().hasSelection()
        a = menu.addAction(self.tr("Code with…"), c.code_with_dialog)
        a.setEnabled(has_selection)
        if c.last_code:
            try:
                name = self.project.code(c.last_code).name
            except QdaError:
                name = None
            if name:
                menu.addAction(self.tr("Code with “{0}”").format(name),
                               c.code_with_last).setEnabled(has_selection)
        menu.addAction(self.tr("In-vivo code"), c.in_vivo).setEnabled(has_selection)
        turn = view.doc.turn_at(position) if view.doc else None
        if turn is not None:
            menu.addAction(self.tr("Code whole speaker turn of {0}…").format(turn.speaker),
                           lambda: c.code_turn_with_dialog(position))
        here = view.records(view.codings_at(position))
        if here:
            menu.addSeparator()
        for coding in here:
            sub = menu.addMenu(f"{coding.code} — {coding.coder}")
            sub.addAction(self.tr("Select"), lambda u=coding.uuid: c.select_coding(u))
            for label, method in ((self.tr("Remove coding"), c.remove_selected),
                                  (self.tr("Move to another code…"), c.move_selected),
                                  (self.tr("Memo…"), c.memo_selected)):
                sub.addAction(label, lambda u=coding.uuid, m=method: (
                    view.select_coding(u, center=False), m()))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), view.copy).setEnabled(has_selection)
        menu.exec(view.mapToGlobal(pos))
