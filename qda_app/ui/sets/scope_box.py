"""The documents an analysis reads, chosen in one box: all, the activated ones, a set, or
(where a window had it) one document.

Every analysis window (retrieved segments, code matrix, co-occurrence, words,
crosstab, agreement) has one. It follows the Sets panel: when a set or a condition is
activated, a box showing "All documents" switches to "Activated", and back when the
activation ends; a box on a set or a document keeps it. It follows the project too: a
set or document that goes drops out (the box falls back to all documents and says
``changed``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...project import Project
from ...records import Changes, DocumentInfo
from ..common.project_events import ProjectEvents
from .activation import EVERYTHING, Activation, Scope

ACTIVE = "active"
SET = "set:"


class ScopeBox(QComboBox):
    changed = Signal()
    """The documents chosen are others now (chosen here, or the activation changed)."""

    def __init__(self, project: Project, events: ProjectEvents, activation: Activation | None,
                 parent: QWidget | None = None, with_documents: bool = False,
                 documents: list[DocumentInfo] | None = None) -> None:
        """``documents``: the project's, when the window has read them already."""
        super().__init__(parent)
        self.project, self.activation = project, activation
        self.with_documents = with_documents
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setToolTip(self.tr("The documents this reads: all, those activated in the Sets "
                                "panel, a set's, or one") if with_documents else
                        self.tr("The documents this reads: all, those activated in the Sets "
                                "panel, or a set's"))
        self.refill(documents=documents)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        events.changed.connect(self._on_change)
        if activation is not None:
            activation.changed.connect(self._activation_changed)
            if activation.active:
                self._select(ACTIVE)

    # -- what is chosen -----------------------------------------------------------------------

    def scope(self) -> Scope:
        key = self.currentData()
        if key is None:
            return EVERYTHING
        if key == ACTIVE:
            return self.activation.scope if self.activation is not None else EVERYTHING
        if isinstance(key, str) and key.startswith(SET):
            return Scope(set=key[len(SET):])
        return Scope(documents=(str(key),))

    def document(self) -> str | None:
        """The one document chosen, if a document (not a set or all) is."""
        return self.scope().documents[0] if self.scope().documents else None

    def choose_document(self, uuid: str | None) -> None:
        """Show one document (``None``: all), without saying ``changed`` (the caller reads
        again itself)."""
        self.blockSignals(True)
        self._select(uuid)
        self.blockSignals(False)

    def choose_set(self, uuid: str) -> None:
        self._select(SET + uuid)

    # -- filling ----------------------------------------------------------------------------

    def refill(self, quiet: bool = False, documents: list[DocumentInfo] | None = None) -> None:
        """The entries afresh (sets and documents may have changed); the choice is kept if
        it is still there, else all documents are chosen and (unless ``quiet``) that is
        said with ``changed``."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All documents"), None)
        if self.activation is not None and self.activation.active:
            self.addItem(self.tr("Activated: {0}").format(self.activation.label), ACTIVE)
        sets = self.project.sets()
        if sets:
            self.insertSeparator(self.count())
            for s in sets:
                self.addItem(self.tr("Set: {0} ({1})").format(s.name, len(s.documents)),
                             SET + s.uuid)
        if self.with_documents:
            if self.count() > 1:  # sets or the activation above: a line between
                self.insertSeparator(self.count())
            for doc in self.project.documents() if documents is None else documents:
                self.addItem(doc.name, doc.uuid)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if current is not None and index < 0 and not quiet:
            self.changed.emit()  # what was chosen is gone: all documents now

    def _select(self, key: str | None) -> None:
        self.setCurrentIndex(max(self.findData(key), 0))

    def _on_change(self, changes: Changes) -> None:
        if changes.sets or changes.documents:  # a deleted document leaves its sets too
            self.refill()

    def _activation_changed(self) -> None:
        assert self.activation is not None
        before = self.currentData()
        self.refill(quiet=True)
        self.blockSignals(True)
        if self.activation.active and before in (None, ACTIVE):
            self._select(ACTIVE)
        self.blockSignals(False)
        if before == ACTIVE or self.currentData() != before:
            self.changed.emit()
