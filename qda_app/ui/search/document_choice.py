"""Which documents the Search pane searches: all of them, a set's, the activated ones, or
those ticked in a menu.

A button ("Documents: all ▾") with a menu of the project's documents to tick, and
"All documents" / "Only the open document", the activated documents and each set at the
top. The choice follows the project: a removed document drops out of it (when none is
left, all are searched again), and a new one is searched when all are chosen; a set
or the activation is resolved at each search, so its documents as they are then count.
While all documents are chosen, activating a set in the Sets panel searches the
activated documents (as every analysis's documents box does).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ...project import Project
from ..sets.activation import Activation, Scope


class DocumentChoice(QPushButton):
    changed = Signal()

    def __init__(self, project: Project, current: Callable[[], str | None],
                 parent: QWidget | None = None, activation: Activation | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDocuments")
        self.project = project
        self._current = current
        self.activation = activation
        self.chosen: frozenset[str] | None = None
        """UUIDs of the documents to search; ``None``: all."""
        self.scope: Scope | None = None
        """A set (or the activated documents) to search instead; ``None``: ``chosen``."""
        self.follows_activation = False
        """Whether ``scope`` is the activation's (and changes with it)."""
        if activation is not None:
            activation.changed.connect(self._activation_changed)
        self._names: dict[str, str] | None = None
        """UUID -> name of every document, in list order; read when first needed (the
        window reads the document list once as it opens, for the views that show it)."""
        self._scope_label = ""
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill_menu)
        self._show()
        if activation is not None and activation.active:
            self._activation_changed()

    def documents(self) -> list[str] | None:
        """What to pass to ``Project.search``: UUIDs in list order, or ``None`` for all."""
        if self.scope is not None:
            return self.project.documents_for(set=self.scope.set, where=self.scope.where)
        if self.chosen is None:
            return None
        return [u for u in self._known() if u in self.chosen]

    def _known(self) -> dict[str, str]:
        if self._names is None:
            self._names = {d.uuid: d.name for d in self.project.documents()}
        return self._names

    def reload(self) -> None:
        """Documents were added, renamed or removed: forget the names, drop the gone."""
        self._names = None
        if self.chosen is not None:  # all that were chosen are gone: all documents again
            names = self._known()
            kept = self.chosen & names.keys()
            self.chosen = None if not kept or kept == names.keys() else frozenset(kept)
        chosen_set = self.scope.set if self.scope is not None else None
        if chosen_set is not None and not self.follows_activation:
            found = {s.uuid: s.name for s in self.project.sets()}
            if chosen_set not in found:  # the set is gone: all documents again
                self.scope = None
            else:
                self._scope_label = found[chosen_set]
        self._show()

    def choose_scope(self, scope: Scope | None, label: str = "",
                     follows_activation: bool = False) -> None:
        """Search a set's documents, or the activated ones (``None``: all)."""
        self.scope, self._scope_label = scope, label
        self.follows_activation = follows_activation
        self.chosen = None
        self._show()
        self.changed.emit()

    def _activation_changed(self) -> None:
        assert self.activation is not None
        if self.activation.active and (self.follows_activation or (
                self.scope is None and self.chosen is None)):
            self.choose_scope(self.activation.scope, self.activation.label, True)
        elif self.follows_activation:
            self.choose_scope(None)

    def choose(self, uuids: set[str] | frozenset[str] | None) -> None:
        self.scope, self.follows_activation = None, False
        names = self._known()
        known = None if uuids is None else frozenset(uuids) & names.keys()
        self.chosen = None if known is not None and known == names.keys() else known
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if self.scope is not None:
            self.setText(self.tr("Activated: {0}").format(self._scope_label)
                         if self.follows_activation else
                         self.tr("Set: {0}").format(self._scope_label))
        elif self.chosen is None:
            self.setText(self.tr("Documents: all"))
        elif len(self.chosen) == 1:
            self.setText(self.tr("Document: {0}").format(self._known()[next(iter(self.chosen))]))
        else:
            self.setText(self.tr("Documents: {0} of {1}").format(len(self.chosen),
                                                                 len(self._known())))

    def _fill_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        self._names = None  # read afresh: a name may have changed elsewhere
        self._add(menu, self.tr("All documents"), self.chosen is None and self.scope is None,
                  lambda: self.choose(None))
        if self.activation is not None and self.activation.active:
            label = self.activation.label
            self._add(menu, self.tr("Activated: {0}").format(label), self.follows_activation,
                      lambda: self.choose_scope(self.activation.scope if self.activation
                                                else None, label, True))
        for found in self.project.sets():
            self._add(menu, self.tr("Set: {0}").format(found.name),
                      self.scope is not None and not self.follows_activation
                      and self.scope.set == found.uuid,
                      partial(self.choose_scope, Scope(set=found.uuid), found.name))
        current = self._current()
        if current in self._known():
            menu.addAction(self.tr("Only the Open Document")).triggered.connect(
                lambda _checked=False: self.choose({current}))
        menu.addSeparator()
        for uuid, name in self._known().items():
            ticked = self.scope is None and (self.chosen is None or uuid in self.chosen)
            self._add(menu, name, ticked, partial(self._toggle, uuid))

    def _add(self, menu: QMenu, text: str, checked: bool, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _toggle(self, uuid: str) -> None:
        chosen = set(self._known()) if self.chosen is None else set(self.chosen)
        chosen ^= {uuid}
        if chosen:  # the last ticked document stays: a search needs one
            self.choose(chosen)
