"""What an agreement compares: coders, documents, codes and the segment overlap.

The defaults are the core's (the README states them): every coder who has
codings (one without any would only drag the coefficients down), the documents
they coded, the codes they used there. The order of the coders
matters: the segment, character and presence levels compare the first two,
so the list can be reordered by dragging.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ...project import Project
from ...records import Coding
from ..common.swatch import swatch_icon
from ..sets.activation import Activation

KEY = Qt.ItemDataRole.UserRole + 1
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@dataclass(frozen=True, slots=True)
class Choices:
    coders: tuple[str, ...]
    documents: tuple[str, ...]  # UUIDs, in project order
    codes: tuple[str, ...]  # UUIDs, in code-system order
    overlap: int


def _state(checked: bool) -> Qt.CheckState:
    return CHECKED if checked else UNCHECKED


class ChoicesPanel(QWidget):
    changed = Signal()
    computeRequested = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None,
                 activation: Activation | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementChoices")
        self.project = project
        self.activation = activation
        self._filling = False
        self._build()
        self.fill()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.coders = QListWidget(self)
        self.coders.setObjectName("coderChoices")
        self.coders.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.coders.setToolTip(self.tr("Drag to reorder: the segment, character and presence "
                                       "levels compare the first two checked coders"))
        self.documents = QListWidget(self)
        self.documents.setObjectName("documentChoices")
        self.documents.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.codes = QTreeWidget(self)
        self.codes.setObjectName("codeChoices")
        self.codes.setHeaderHidden(True)
        self.codes.setUniformRowHeights(True)
        self.overlap = QSpinBox(self)
        self.overlap.setObjectName("overlapSpin")
        self.overlap.setRange(1, 100)
        self.overlap.setValue(90)
        self.overlap.setSuffix(" %")
        self.overlap.setToolTip(self.tr("Segment level: two codings match when they overlap "
                                        "by at least this share of their union"))
        self.hint = QLabel(self)
        self.hint.setObjectName("choicesHint")
        self.hint.setWordWrap(True)
        self.compute = QPushButton(self.tr("Compute"), self)
        self.compute.setObjectName("computeButton")
        self.compute.setDefault(True)
        self.compute.clicked.connect(self.computeRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._group(self.tr("Coders"), self.coders, []), 1)
        layout.addWidget(self._group(self.tr("Documents"), self.documents, [
            (self.tr("All"), lambda: self.check_documents(None)),
            (self.tr("None"), lambda: self.check_documents(set())),
            (self.tr("Coded"), lambda: self.check_documents(self.coded_documents())),
            (self.tr("Set…"), self._set_menu)]), 1)
        layout.addWidget(self._group(self.tr("Codes"), self.codes, [
            (self.tr("All"), lambda: self.check_codes(None)),
            (self.tr("None"), lambda: self.check_codes(set())),
            (self.tr("Used"), lambda: self.check_codes(self.used_codes()))]), 6)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Segment overlap:"), self))
        row.addWidget(self.overlap)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.compute)
        self.coders.itemChanged.connect(self._on_item_changed)
        self.coders.model().rowsMoved.connect(lambda *_args: self._emit_changed())
        self.documents.itemChanged.connect(self._on_item_changed)
        self.codes.itemChanged.connect(self._on_item_changed)
        self.overlap.valueChanged.connect(lambda _v: self._emit_changed())

    def _group(self, title: str, view: QWidget,
               buttons: list[tuple[str, Callable[[], None]]]) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(3)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for label, slot in buttons:
                button = QToolButton(box)
                button.setText(label)
                button.setAutoRaise(True)
                button.clicked.connect(lambda _c=False, s=slot: s())
                row.addWidget(button)
            layout.addLayout(row)
        layout.addWidget(view)
        return box

    # -- filling -----------------------------------------------------------------------------

    def fill(self) -> None:
        """(Re)build the lists from the project; keep what the user checked, default the rest."""
        old_coders = self._states(self.coders)
        old_docs = self._states(self.documents)
        old_codes = self._code_states()
        codings = self.project.segments()  # once: the defaults all come from it
        self._filling = True
        try:
            order = [self.coders.item(i).data(KEY) for i in range(self.coders.count())]
            names = [c.name for c in self.project.coders()]
            names.sort(key=lambda n: order.index(n) if n in order else len(order))
            counts = Counter(c.coder for c in codings)
            self.coders.clear()
            for name in names:
                item = self._list_item(self.coders, self._coder_label(name, counts[name]), name,
                                       old_coders.get(name, counts[name] > 0))
                item.setToolTip(self.tr("{0}: {1} codings").format(name, counts[name]))
            coded = self.coded_documents(codings)
            self.documents.clear()
            for d in self.project.documents():
                item = self._list_item(self.documents, f"{d.name}  ({d.codings})", d.uuid,
                                       old_docs.get(d.uuid, d.uuid in coded))
                item.setToolTip(self.tr("{0}: {1} characters, {2} codings").format(
                    d.name, d.chars, d.codings))
            self._fill_codes(old_codes, self.used_codes(codings))
        finally:
            self._filling = False
        self._update_hint()

    def _coder_label(self, name: str, codings: int) -> str:
        return name if codings else self.tr("{0} (no codings)").format(name)

    def _list_item(self, view: QListWidget, text: str, key: str,
                   checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, view)
        item.setData(KEY, key)
        item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                      & ~Qt.ItemFlag.ItemIsDropEnabled)
        item.setCheckState(_state(checked))
        return item

    def _fill_codes(self, old: dict[str, bool], used: set[str]) -> None:
        self.codes.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for code in self.project.codes():  # tree order: parents first
            parent = items.get(code.parent_uuid or "")
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.codes)
            item.setText(0, code.name)
            item.setIcon(0, swatch_icon(code.color))
            item.setToolTip(0, self.tr("{0}: {1} codings").format(code.path, code.codings))
            item.setData(0, KEY, code.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, _state(old.get(code.uuid, code.uuid in used)))
            items[code.uuid] = item
        self.codes.expandAll()

    @staticmethod
    def _states(view: QListWidget) -> dict[str, bool]:
        return {view.item(i).data(KEY): view.item(i).checkState() == CHECKED
                for i in range(view.count())}

    def _code_items(self) -> Iterable[QTreeWidgetItem]:
        it = QTreeWidgetItemIterator(self.codes)
        while it.value():
            yield it.value()
            it += 1

    def _code_states(self) -> dict[str, bool]:
        return {i.data(0, KEY): i.checkState(0) == CHECKED for i in self._code_items()}

    # -- defaults ----------------------------------------------------------------------------

    def checked_coders(self) -> list[str]:
        return [self.coders.item(i).data(KEY) for i in range(self.coders.count())
                if self.coders.item(i).checkState() == CHECKED]

    def _codings(self, codings: list[Coding] | None = None) -> list[Coding]:
        """The checked coders' codings (``codings``: all of the project's, fetched already)."""
        if codings is None:
            codings = self.project.segments()
        names = set(self.checked_coders())
        return [c for c in codings if c.coder in names]

    def coded_documents(self, codings: list[Coding] | None = None) -> set[str]:
        """Documents the checked coders coded."""
        return {c.document_uuid for c in self._codings(codings)}

    def used_codes(self, codings: list[Coding] | None = None) -> set[str]:
        """Codes the checked coders used in the checked documents."""
        docs = {k for k, v in self._states(self.documents).items() if v}
        return {c.code_uuid for c in self._codings(codings) if c.document_uuid in docs}

    def set_menu(self) -> QMenu:
        """Tick the coded documents of a set, or of what the Sets panel activated."""
        menu = QMenu(self)
        menu.setObjectName("agreementSetMenu")
        if self.activation is not None and self.activation.active:
            menu.addAction(self.tr("Activated: {0}").format(self.activation.label),
                           lambda: self.check_scope(self.activation.documents()
                                                    if self.activation else None))
        for found in self.project.sets():
            menu.addAction(found.name, partial(self.check_scope, list(found.documents)))
        if menu.isEmpty():
            menu.addAction(self.tr("No sets yet")).setEnabled(False)
        return menu

    def _set_menu(self) -> None:
        self.set_menu().exec(QCursor.pos())

    def check_scope(self, documents: list[str] | None) -> None:
        """Tick the documents given that any chosen coder coded (the others would only
        add agreement by "nobody coded it")."""
        self.check_documents(set(documents or ()) & self.coded_documents())

    def check_documents(self, keys: set[str] | None) -> None:
        """Check exactly the documents with these UUIDs (``None``: all), as the All, None
        and Coded buttons do; one ``changed`` afterwards."""
        self._set_checks((self.documents.item(i) for i in range(self.documents.count())),
                         lambda item: keys is None or item.data(KEY) in keys,
                         lambda item, s: item.setCheckState(s))

    def check_codes(self, keys: set[str] | None) -> None:
        """Check exactly the codes with these UUIDs (``None``: all), as the All, None and
        Used buttons do; one ``changed`` afterwards."""
        self._set_checks(self._code_items(),
                         lambda item: keys is None or item.data(0, KEY) in keys,
                         lambda item, s: item.setCheckState(0, s))

    def _set_checks(self, items: Iterable, wanted: Callable, apply: Callable) -> None:
        self._filling = True
        try:
            for item in list(items):
                apply(item, _state(wanted(item)))
        finally:
            self._filling = False
        self._emit_changed()

    # -- state -------------------------------------------------------------------------------

    def choices(self) -> Choices:
        return Choices(
            coders=tuple(self.checked_coders()),
            documents=tuple(k for k, v in self._states(self.documents).items() if v),
            codes=tuple(k for k, v in self._code_states().items() if v),
            overlap=self.overlap.value())

    def _on_item_changed(self, *_args: object) -> None:
        if not self._filling:
            self._emit_changed()

    def _emit_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        coders = self.checked_coders()
        enough = len(coders) >= 2
        self.compute.setEnabled(enough)
        if not enough:
            total = self.coders.count()
            self.hint.setText(self.tr("Check at least two coders.") if total >= 2 else self.tr(
                "Agreement needs at least two coders; this project has {0}.").format(total))
        elif len(coders) > 2:
            self.hint.setText(self.tr("Segment, character and presence levels compare {0} "
                                      "and {1}; α takes all {2}.").format(
                coders[0], coders[1], len(coders)))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
