"""Helpers that drive the workbench as a coder would, shared by the UI test modules.

Only UI tests import this module (it loads Qt); the fixtures that use it live in
conftest.py and import it lazily, so core tests stay free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QTreeView, QWidget

from qda_app import Project
from qda_app.exporters.registry import exporter_for
from qda_app.ui.codes.code_tree_model import COUNT, NAME, ColorRole, PathRole
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.common import file_dialogs
from qda_app.ui.exchange.export_actions import ExportActions
from qda_app.ui.exchange.export_dialogs import ExportOptionsDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.settings import AppSettings

# the two coders of the sample project, and a subcode whose name a sibling code has too
ANNA, JONAS = "Anna Keller", "Jonas Weber"
SPRACHE = "Arbeit und Ausbildung/Sprache"
W = TypeVar("W", bound=QWidget)


def open_window(qtbot, path: Path | str, settings: AppSettings) -> MainWindow:
    """The workbench on the project at ``path`` (or a team project's URL) as coder
    "Tester", shown and exposed."""
    project = Project.open(path)
    project.coder = "Tester"
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


# -- coding in the window ------------------------------------------------------------------


def tree_index(window: MainWindow, path: str) -> QModelIndex:
    tree = window.findChild(QTreeView, "codeTree")
    model = tree.model()
    uuid = window.project.code(path).uuid
    matches = model.match(model.index(0, 0), Qt.ItemDataRole.UserRole + 1, uuid, 1,
                          Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert matches, path
    return matches[0]


def select_words(window: MainWindow, words: str, occurrence: int = 1) -> tuple[int, int]:
    text = window.view.doc.text
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    window.view.select_cp(start, start + len(words))
    return start, start + len(words)


def mine(window: MainWindow) -> list:
    """The test coder's codings; none (not an error) before their first coding."""
    return [s for s in window.project.segments() if s.coder == "Tester"]


def click_code(qtbot, window: MainWindow, path: str) -> None:
    tree = window.findChild(QTreeView, "codeTree")
    index = tree_index(window, path)
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.center().x() + 10, rect.center().y()))


# -- menu entries and their dialogs ----------------------------------------------------------


def answer(monkeypatch, cls: type, value: object) -> list[tuple]:
    """Make ``cls.ask`` return ``value``; the list collects the arguments it was asked with."""
    calls: list[tuple] = []

    def ask(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return value

    monkeypatch.setattr(cls, "ask", ask)
    return calls


def save_to(monkeypatch, path: Path, confirmed: bool = False) -> None:
    answer(monkeypatch, file_dialogs.SaveFileDialog, file_dialogs.SaveTarget(path, confirmed))


def trigger(window: MainWindow, name: str) -> None:
    action(window, name).trigger()


def opened(window: MainWindow, name: str, kind: type[W]) -> W:
    """Choose the menu entry ``name``: the window of ``kind`` it shows."""
    trigger(window, name)
    found = window.findChild(kind)
    assert isinstance(found, kind) and found.isVisible()
    return found


def options_dialog(window: MainWindow, kind: str) -> ExportOptionsDialog:
    """The options dialog of ``kind`` as File → Export would open it now."""
    exporter = exporter_for(kind)
    actions = window.findChild(ExportActions)
    return ExportOptionsDialog(window, window.project, exporter, actions.start_options(exporter))


def when_shown(parent: QWidget, kind: type[W], name: str, act: Callable[[W], None],
               delay: int = 0) -> None:
    """Call ``act`` with ``parent``'s ``kind`` named ``name`` once it shows: a modal dialog
    or menu that the test is about to open (its ``exec()`` waits for the coder)."""
    def attempt() -> None:
        found = parent.findChild(kind, name)
        if not isinstance(found, kind) or not found.isVisible():
            QTimer.singleShot(10, attempt)
            return
        act(found)

    QTimer.singleShot(delay, attempt)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# -- another program on the same project file ----------------------------------------------


def elsewhere(window: MainWindow) -> Project:
    """A second program on the window's project file (as a second window or a script is)."""
    other = Project.open(window.project.path)
    other.coder = "Someone Else"
    return other


def in_tree(window: MainWindow, uuid: str) -> bool:
    """Whether the window's code system shows the code ``uuid``."""
    return window.code_tree.model.index_for_uuid(uuid).isValid()


# -- the code tree panel, read back for comparison with the project -------------------------


def uuid(project: Project, path: str) -> str:
    return project.code(path).uuid


def model_paths(panel: CodeTreePanel) -> list[str]:
    """The tree as the model shows it, in tree order (through the filter proxy)."""
    out: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(panel.proxy.rowCount(parent)):
            index = panel.proxy.index(row, NAME, parent)
            out.append(index.data(PathRole))
            visit(index)

    visit(QModelIndex())
    return out


def assert_mirrors(panel: CodeTreePanel, project: Project) -> None:
    """Model and project agree on structure, names, colours and counts."""
    codes = project.codes()
    assert model_paths(panel) == [c.path for c in codes]
    for code in codes:
        index = panel.model.index_for_uuid(code.uuid)
        assert index.data() == code.name and index.data(ColorRole) == code.color
        count = index.siblingAtColumn(COUNT).data()
        assert count.split()[-1].strip("()") == str(code.codings_total)


def state(project: Project) -> tuple:
    """Everything a code-tree action may change: codes (with counts), codings, memos."""
    codings = sorted((c.uuid, c.code_uuid, c.start, c.end, c.coder, c.memo)
                     for c in project.segments())
    memos = sorted((m.uuid, m.code_uuid, m.text) for m in project.memos())
    return project.codes(), codings, memos


def proxy_index(panel: CodeTreePanel, code_uuid: str, column: int = NAME) -> QModelIndex:
    return panel.proxy.mapFromSource(panel.model.index_for_uuid(code_uuid, column))
