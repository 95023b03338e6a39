"""The Memos menu: the memo manager, a new project or free memo, a memo on the passage,
the open document's memo; and what the manager offers to link a free memo to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ...errors import NotFoundError
from ...records import MemoLink
from ..transcript.transcript_view import TranscriptView
from ..workbench import Workbench
from .memo_editing import MemoEditing
from .text_memos import TextMemos

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def install(bench: Workbench, editing: MemoEditing, text_memos: TextMemos, dock: QDockWidget,
            before: QAction) -> QMenu:
    """Put the Memos menu into the window's menu bar before ``before``."""
    window = bench.window
    menu = QMenu(translate("MemoMenu", "&Memos"), window)
    menu.setObjectName("memoMenu")
    window.menuBar().insertMenu(before, menu)

    def add(text: str, slot: Callable[[], object], name: str, shortcut: str = "") -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def show_manager() -> None:
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    def document_memo() -> None:
        uuid = bench.current_document()
        if uuid is None:
            bench.status(translate("MemoMenu", "Open a document first."))
        else:
            editing.document_memo(uuid)

    add(translate("MemoMenu", "Memo &Manager"), show_manager, "memoManagerAction",
        "Ctrl+Shift+J")
    menu.addSeparator()
    add(translate("MemoMenu", "New &Project Memo…"), editing.new_project_memo,
        "newProjectMemoAction")
    add(translate("MemoMenu", "New &Free Memo…"), editing.new_free_memo, "newFreeMemoAction")
    add(translate("MemoMenu", "&Document Memo…"), document_memo, "documentMemoAction")
    menu.addAction(text_memos.add)
    return menu


def link_choices(bench: Workbench, view: TranscriptView, current_code: Callable[[], str | None]
                 ) -> Callable[[], list[tuple[str, MemoLink]]]:
    """What a free memo can be linked to at the moment: the document open in the
    transcript, the code current in the code system, the coding selected in the text."""

    def choices() -> list[tuple[str, MemoLink]]:
        out: list[tuple[str, MemoLink]] = []
        if view.doc is not None:
            out.append((translate("MemoMenu", "Open document “{0}”").format(view.doc.name),
                        MemoLink("document", view.doc.uuid)))
        code = current_code()
        if code is not None:
            try:
                path = bench.project.code(code).path
                out.append((translate("MemoMenu", "Current code “{0}”").format(path),
                            MemoLink("code", code)))
            except NotFoundError:
                pass
        coding = view.record(view.selected_coding)
        if coding is not None:
            out.append((translate("MemoMenu", "Selected coding “{0}” ({1})").format(
                coding.code, coding.coder), MemoLink("coding", coding.uuid)))
        return out

    return choices
