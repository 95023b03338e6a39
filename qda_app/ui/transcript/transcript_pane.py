"""The workbench's centre: the search bar over the transcript, following the project by itself.

The pane subscribes to the change hub: a coding made or removed is patched
into the view, a code-level change (rename, merge, delete…) reloads the open
document's codings, a new colour or code order repaints, and the open
document being deleted empties the view (which says so). Nobody relays
changes to it. A change another program wrote arrives as a record that
flags every part of the project but lists no codings: the open document's
codings are reloaded, and the text keeps its scroll position and selection.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...records import Changes, Document, DocumentInfo
from ..workbench import Workbench
from .coding_actions import CodingActions
from .coding_entries import CodingEntries
from .search_bar import SearchBar
from .transcript_menu import TranscriptMenu
from .transcript_view import TranscriptView


class TranscriptPane(QWidget):
    documentShown = Signal(object)
    """A document was opened in the view (its :class:`~qda_app.Document`)."""

    def __init__(self, bench: Workbench, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPane")
        self.bench = bench
        self.project = bench.project
        self.view = TranscriptView(self)
        self.view.load_records = self.project.codings
        self.search_bar = SearchBar(self.view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.view)
        self.coding = CodingActions(bench, self.view)
        self.entries = CodingEntries(bench, self.coding, self.view)
        self.menu = TranscriptMenu(self.view, self.coding, self.entries)
        self.view.codingClicked.connect(self.coding.select_coding)
        bench.coderFilterChanged.connect(self.view.set_coder_filter)
        bench.events.changed.connect(self._on_change)
        self._gone: str | None = None
        """The document the view was emptied of because it was deleted."""
        self._refresh_code_appearance()

    # -- documents and places ----------------------------------------------------------------

    def current_document(self) -> str | None:
        return self.view.doc.uuid if self.view.doc is not None else None

    def selection(self) -> tuple[str, int, int] | None:
        """``(document UUID, start, end)`` of the selected text (code points), if any."""
        doc = self.view.doc
        if doc is None or not self.view.textCursor().hasSelection():
            return None
        start, end = self.view.selection_cp()
        return (doc.uuid, start, end) if end > start else None

    def show_document(self, uuid: str) -> None:
        """Open the document (raises :class:`~qda_app.errors.QdaError` when it is gone)."""
        if self.view.doc is not None and self.view.doc.uuid == uuid:
            return
        doc = self.project.document(uuid)
        self._gone = None
        self.view.setPlaceholderText("")
        self.view.show_document(doc, self.project.spans(document=uuid))
        self.bench.settings.set_last_document(self.bench.project_uuid, uuid)
        if self.search_bar.isVisible():
            self.search_bar.search(self.search_bar.field.text())
        self.documentShown.emit(doc)

    def show_last_document(self, documents: list[DocumentInfo] | None = None) -> None:
        """Open the document the user had open last time (else the first one).

        ``documents``: the project's documents, when the window has read them already.
        """
        docs = self.project.documents() if documents is None else documents
        if docs:
            wanted = self.bench.settings.last_document(self.bench.project_uuid)
            known = next((d.uuid for d in docs if d.uuid == wanted), None)
            self.show_document(known or docs[0].uuid)

    def show_place(self, document_uuid: str, start: int, end: int,
                   coding_uuid: str | None = None) -> None:
        """Open the document, select ``[start, end)`` (and the coding), focus the text."""
        self.show_document(document_uuid)
        self.view.select_coding(coding_uuid, center=False)
        self.view.select_cp(start, end)
        self.view.setFocus()

    # -- following the project ---------------------------------------------------------------

    def _on_change(self, changes: Changes) -> None:
        doc = self.view.doc
        if changes.codes:
            self._refresh_code_appearance()
        if doc is None:
            # an empty project shows its first document; a view emptied because its
            # document was deleted waits until the user chooses another one, or shows it
            # again when it comes back (the delete undone)
            if changes.documents:
                docs = self.project.documents()
                back = next((d.uuid for d in docs if d.uuid == self._gone), None)
                if back or (docs and not self.view.placeholderText()):
                    self.show_document(back or docs[0].uuid)
            return
        # a record from elsewhere (or a merge) names no documents: any may be gone
        named = not changes.document_uuids or doc.uuid in changes.document_uuids
        if changes.documents and named and not any(
                d.uuid == doc.uuid for d in self.project.documents()):
            self.view.show_document(None, [])
            self._gone = doc.uuid
            self.view.setPlaceholderText(self.tr(
                "The document “{0}” no longer exists in the project. Choose a document "
                "from the list.").format(doc.name))
            return
        self._patch(doc, changes)

    def _patch(self, doc: Document, changes: Changes) -> None:
        if changes.added or changes.removed:
            self.view.patch_codings(
                [c for c in changes.added if c.document_uuid == doc.uuid],
                [c for c in changes.removed if c.document_uuid == doc.uuid])
        elif changes.codings:  # a code-level change (rename, merge, delete…): reload
            self.view.set_codings(self.project.spans(document=doc.uuid))
            if self.view.selected_coding and self.view.selected_coding not in self.view.index:
                self.view.select_coding(None, center=False)  # removed, e.g. by another program

    def _refresh_code_appearance(self) -> None:
        codes = self.project.codes()
        self.view.set_code_appearance({c.uuid: c.color for c in codes},
                                      {c.uuid: i for i, c in enumerate(codes)})
