"""What only the lead may change is greyed for a coder and a reader, with the reason, instead
of refused by the database after the click: documents, variables, sets; another coder's
memo opens read-only; a reader writes no memos, autocodes and merges nothing. For the
lead and on a ``.qda`` file everything stays offered. (The database's own refusals are
tested with raw SQL in ``test_team_roles.py``.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolButton

from qda_app.ui.common.dialogs import MemoDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.settings import AppSettings
from qda_app.ui.variables.variable_window import VariableWindow

from .pg_server import PgServer
from .team_support import Team, make_team
from .team_windows import Opener, member_windows
from .ui_support import opened, when_shown

pytestmark = pytest.mark.qt_log_ignore(  # the offscreen platform, for tool windows and menus
    "This plugin does not support (raise|propagateSizeHints|grabbing)")
TEXT = "Ich arbeite gern im Garten und fahre am Wochenende Rad."
LEAD_ONLY = "Only the team's lead changes documents."


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[Team]:
    """Two documents, a code, a variable with a value, a set and a memo, all by the lead;
    anna (coder) has written a memo of her own."""
    made: list[tuple[str, str]] = []
    team = make_team(pg_server, made, ("anna", "coder"), ("rita", "reader"))
    with team.open_as(team.lead) as lead:
        lead.add_document("Interview", TEXT)
        lead.add_document("Zweites", "Noch ein Gespräch über Arbeit.")
        lead.add_code("Arbeit")
        lead.add_coding("Interview", "Arbeit", 4, 11, memo="Lohnarbeit, nicht Hobby")
        lead.set_variable("Interview", "Alter", 34, define=True)
        lead.add_set("Ost", ["Interview"])
        lead.add_memo("Journal", "Erste Eindrücke", kind="project")
    with team.open_as(team.name("anna")) as anna:
        anna.add_memo("Annas Memo", "Meine Idee", kind="free")
    yield team
    pg_server.release(made)


@pytest.fixture
def open_as(qtbot, team: Team, settings: AppSettings) -> Iterator[Opener]:
    with member_windows(qtbot, team, settings) as opener:
        yield opener


def document_menu(w: MainWindow) -> QMenu:
    """The document list's context menu on its first document."""
    rect = w.documents.visualRect(w.documents.model_.index(0))
    return w.document_actions.build(rect.center())


def entries(menu: QMenu) -> dict[str, QAction]:
    return {a.text().replace("&", ""): a for a in menu.actions() if a.text()}


def set_menu(w: MainWindow) -> dict[str, QAction]:
    return entries(w.sets.menu_for(w.project.sets()[0].uuid))


def variables(w: MainWindow) -> VariableWindow:
    return opened(w, "variableTableAction", VariableWindow)


def may_change_documents_and_variables(w: MainWindow) -> dict[str, bool]:
    """What the window offers of the lead's changes, each entry by name."""
    menu = entries(document_menu(w))
    model = w.documents.model_
    flags = model.flags(model.index(0))
    sets = set_menu(w)
    table = variables(w)
    cell = table.model.flags(table.model.index(0, 1))
    header = {text.split(" “")[0]: a for text, a in entries(table.header_menu(1)).items()}
    return {
        "import": action(w, "importAction").isEnabled(),
        "rename document": menu["Rename"].isEnabled(),
        "delete document": menu["Delete…"].isEnabled(),
        "edit in place": bool(flags & Qt.ItemFlag.ItemIsEditable),
        "drag": bool(flags & Qt.ItemFlag.ItemIsDragEnabled),
        "new set": w.sets.findChild(QToolButton, "newSetButton").isEnabled(),
        "rename set": sets["Rename…"].isEnabled(),
        "delete set": sets["Delete…"].isEnabled(),
        "set members": sets["Documents…"].isEnabled(),
        "edit value": bool(cell & Qt.ItemFlag.ItemIsEditable),
        "new variable": table.findChild(QPushButton, "variableAddButton").isEnabled(),
        "import variables": table.findChild(QPushButton, "variableImportButton").isEnabled(),
        "rename variable": header["Rename"].isEnabled(),
        "retype variable": header["Type"].isEnabled(),
        "delete variable": header["Delete"].isEnabled(),
        "clear value": table.clear_action.isEnabled(),
    }


@pytest.mark.parametrize("member", ["anna", "rita"])
def test_a_coder_and_a_reader_find_the_leads_changes_greyed_with_the_reason(
        qtbot, open_as: Opener, member: str) -> None:
    w = open_as(member)
    offered = may_change_documents_and_variables(w)
    assert not any(offered.values()), offered
    assert action(w, "importAction").toolTip() == LEAD_ONLY
    assert entries(document_menu(w))["Rename"].toolTip() == LEAD_ONLY
    assert set_menu(w)["Rename…"].toolTip() == "Only the team's lead changes sets."
    assert not action(w, "importQdcAction").isEnabled()  # coders may not add codes here
    # what is reading stays: sorting the list, activating a set, exporting variables
    assert all(a.isEnabled() for a in w.document_actions.orders.actions())
    assert set_menu(w)["Activate"].isEnabled()
    w.sets.toggle(w.project.sets()[0].uuid)
    assert w.bench.activation.active
    table = variables(w)
    assert table.findChild(QPushButton, "variableExportButton").isEnabled()
    assert "Only the team's lead changes document variables." in table.hint.text()
    # a value typed anyway (a script, a stray key) changes nothing
    assert not table.model.setData(table.model.index(0, 1), 50)
    assert list(w.project.variable_values("Alter").values()) == [34]


def test_files_dropped_by_a_coder_are_not_imported(qtbot, open_as: Opener,
                                                   tmp_path: Path) -> None:
    w = open_as("anna")
    dropped = tmp_path / "neu.txt"
    dropped.write_text("Ein neues Interview.", encoding="utf-8")
    w.importer.import_files([dropped])
    assert [d.name for d in w.project.documents()] == ["Interview", "Zweites"]
    assert w.statusBar().currentMessage() == LEAD_ONLY


def test_the_lead_is_offered_every_change(qtbot, open_as: Opener) -> None:
    w = open_as("lead")
    offered = may_change_documents_and_variables(w)
    assert all(offered.values()), offered
    assert action(w, "importQdcAction").isEnabled() and action(w, "mergeAction").isEnabled()


def test_on_a_file_everything_is_offered(window: MainWindow) -> None:
    first = window.project.documents()[0].uuid
    window.project.add_set("Ost", [first])
    window.project.set_variable(first, "Alter", 34, define=True)
    offered = may_change_documents_and_variables(window)
    assert all(offered.values()), offered
    assert all(action(window, n).isEnabled() for n in (
        "importQdcAction", "mergeAction", "newProjectMemoAction", "newFreeMemoAction"))
    assert window.memo_manager.findChild(QPushButton, "deleteMemo").isEnabled()


def test_the_codebook_import_follows_the_leads_setting(qtbot, open_as: Opener,
                                                       team: Team) -> None:
    w = open_as("anna")
    assert not action(w, "importQdcAction").isEnabled()
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(coders_add_codes=True)
    w.bench.events.catch_up()
    qtbot.waitUntil(lambda: action(w, "importQdcAction").isEnabled())


def hits_found(qtbot, w: MainWindow) -> QPushButton:
    """Search for "Arbeit"; the Search pane's Code All Hits… button."""
    w.search.field.setText("Arbeit")
    w.search.search()
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0)
    return w.search.findChild(QPushButton, "autocodeButton")


def similar_found(qtbot, w: MainWindow, monkeypatch: pytest.MonkeyPatch) -> QPushButton:
    """Passages like "Arbeit im Garten" in the Assist pane; its Code These… button."""
    monkeypatch.setattr("qda_app.assist.semantic.available", lambda: False)  # as CI has it
    pane = w.assist
    pane.more_like_this("Arbeit im Garten")
    qtbot.waitUntil(lambda: not pane.keeper.busy and pane.matches.rowCount() > 0,
                    timeout=20_000)
    return pane.code_these


def test_a_reader_writes_no_memos_autocodes_and_merges_nothing(
        qtbot, open_as: Opener, monkeypatch: pytest.MonkeyPatch) -> None:
    w = open_as("rita")
    assert not hits_found(qtbot, w).isEnabled()
    assert not similar_found(qtbot, w, monkeypatch).isEnabled()
    assert not action(w, "mergeAction").isEnabled()
    assert not any(action(w, n).isEnabled() for n in ("newProjectMemoAction",
                                                      "newFreeMemoAction"))
    assert not action(w, "addTextMemoAction").isVisible()
    manager = w.memo_manager
    assert not any(manager.findChild(QPushButton, n).isEnabled()
                   for n in ("newProjectMemo", "newFreeMemo", "deleteMemo"))
    assert w.memo_editing.new_free_memo() is None  # the entry reached anyway: nothing asked
    assert "reader" in w.statusBar().currentMessage()


def test_a_coder_autocodes_merges_and_writes_memos_under_their_name(
        qtbot, open_as: Opener, monkeypatch: pytest.MonkeyPatch) -> None:
    w = open_as("anna")
    assert hits_found(qtbot, w).isEnabled()
    assert similar_found(qtbot, w, monkeypatch).isEnabled()
    assert all(action(w, n).isEnabled() for n in ("mergeAction", "newProjectMemoAction",
                                                  "newFreeMemoAction"))


def memo_row(w: MainWindow, title: str) -> str:
    """Make the memo called ``title`` current in the memo manager; its UUID."""
    w.memos_dock.show()
    uuid = next(m.uuid for m in w.project.memos() if m.title == title)
    w.memo_manager.select(uuid)
    return uuid


def shown_memo(qtbot, w: MainWindow, uuid: str, typed: str = "") -> MemoDialog:
    """Open the memo ``uuid`` as a double-click does; type ``typed`` (if it can be typed)
    and press OK, or Close when it is read-only. The dialog as it was shown."""
    seen: list[MemoDialog] = []

    def act(dialog: MemoDialog) -> None:
        seen.append(dialog)
        if dialog.editor.isReadOnly():
            dialog.reject()
            return
        dialog.editor.insertPlainText(typed)
        dialog.accept()

    when_shown(w, MemoDialog, "memoDialog", act)
    w.memo_editing.open_memo(uuid)
    assert seen
    return seen[0]


def test_a_coder_changes_their_own_memo_and_reads_the_leads(qtbot, open_as: Opener,
                                                            team: Team, tmp_path: Path
                                                            ) -> None:
    w = open_as("anna")
    delete = w.memo_manager.findChild(QPushButton, "deleteMemo")
    own = memo_row(w, "Meine Idee")
    assert delete.isEnabled()
    dialog = shown_memo(qtbot, w, own, " Ergänzt.")
    assert not dialog.findChild(QLabel, "memoReadOnly")
    assert w.project.memo(own).text == "Annas Memo Ergänzt."

    leads = memo_row(w, "Erste Eindrücke")
    assert not delete.isEnabled()
    assert delete.toolTip() == (f"Written by {team.lead}: you can read it; only {team.lead} "
                                "or the team's lead can change it.")
    rect = w.memo_manager.table.visualRect(w.memo_manager.table.currentIndex())
    menu = entries(w.memo_manager.build_menu(rect.center()))
    assert menu["Open"].isEnabled() and not menu["Delete…"].isEnabled()
    dialog = shown_memo(qtbot, w, leads, " Geändert?")
    assert dialog.editor.isReadOnly() and dialog.title_field.isReadOnly()
    assert dialog.findChild(QLabel, "memoReadOnly").text() == delete.toolTip()
    assert w.project.memo(leads).text == "Journal"
    assert not w.memo_manager.delete_current()  # the Del key on it: refused, nothing asked
    assert w.project.memo(leads).text == "Journal"
    assert w.memos_dock.grab().save(str(tmp_path / "coder-memos.png"))


def test_a_coder_reads_the_memo_of_the_leads_coding(qtbot, open_as: Opener) -> None:
    w = open_as("anna")
    coding = w.project.segments()[0]
    seen: list[MemoDialog] = []

    def act(dialog: MemoDialog) -> None:
        seen.append(dialog)
        dialog.reject()

    when_shown(w, MemoDialog, "memoDialog", act)
    w.memo_editing.coding_memo(coding.uuid)
    assert seen and seen[0].editor.isReadOnly()


def test_the_lead_changes_a_coders_memo(qtbot, open_as: Opener) -> None:
    w = open_as("lead")
    annas = memo_row(w, "Meine Idee")
    assert w.memo_manager.findChild(QPushButton, "deleteMemo").isEnabled()
    shown_memo(qtbot, w, annas, " Gelesen.")
    assert w.project.memo(annas).text == "Annas Memo Gelesen."


def test_a_coders_window_shows_the_greyed_entries(qtbot, open_as: Opener,
                                                  tmp_path: Path) -> None:
    """Pictures to look at: the document list's menu and the Variables window as anna."""
    w = open_as("anna")
    menu = document_menu(w)
    menu.popup(w.documents.viewport().mapToGlobal(QPoint(20, 10)))
    qtbot.waitExposed(menu)
    table = variables(w)
    for name, widget in (("coder-document-menu.png", menu), ("coder-variables.png", table),
                         ("coder-sets.png", w.sets)):
        assert widget.grab().save(str(tmp_path / name))
    menu.close()
