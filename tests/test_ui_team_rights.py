"""The window on a team project fits the login's role: a coder changes no codes (and adds
them only when the lead allows it) and codes under their own name, a reader codes nothing,
the lead has Team → Team Settings…. The database enforces all of it
(``test_team_roles.py``); here the window spares the member its refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QTableWidget

from qda_app import Project
from qda_app.ui.codes.code_dialogs import CodeNameDialog
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.settings import AppSettings
from qda_app.ui.team.team_settings_dialog import TeamSettingsDialog

from .pg_server import PgServer
from .team_support import Team, make_team
from .team_windows import Opener, member_windows
from .ui_support import click_code, select_words, status, tree_index, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "Ich arbeite gern im Garten und fahre am Wochenende Rad."


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[Team]:
    made: list[tuple[str, str]] = []
    team = make_team(pg_server, made, ("anna", "coder"), ("rita", "reader"))
    with team.open_as(team.lead) as lead:
        lead.add_document("Interview", TEXT)
        lead.add_code("Arbeit")
    yield team
    pg_server.release(made)


@pytest.fixture
def open_as(qtbot, team: Team, settings: AppSettings) -> Iterator[Opener]:
    with member_windows(qtbot, team, settings) as opener:
        yield opener


def editable(w: MainWindow, path: str) -> bool:
    return bool(tree_index(w, path).flags() & Qt.ItemFlag.ItemIsEditable)


def test_a_coder_codes_under_their_name_and_leaves_the_code_system_alone(
        qtbot, open_as: Opener, team: Team) -> None:
    w = open_as("anna")
    w.code_tree.select_code(w.project.code("Arbeit").uuid)
    assert not any(action(w, n).isEnabled() for n in (
        "actionNewCode", "actionNewSubcode", "actionRenameCode", "actionDeleteCode",
        "actionMergeCode", "actionCodeColour", "changeCoderAction", "teamSettingsAction"))
    assert not editable(w, "Arbeit") and w.code_memo.editor.isReadOnly()
    select_words(w, "arbeite gern")
    click_code(qtbot, w, "Arbeit")
    assert [(s.coder, s.text) for s in w.project.segments()] == [
        (team.name("anna"), "arbeite gern")]


def test_a_coder_adds_codes_once_the_lead_allows_it(qtbot, open_as: Opener,
                                                    team: Team) -> None:
    w = open_as("anna")
    assert not action(w, "actionNewCode").isEnabled()
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(coders_add_codes=True)
    w.bench.events.catch_up()
    qtbot.waitUntil(lambda: action(w, "actionNewCode").isEnabled())
    w.code_tree.select_code(w.project.code("Arbeit").uuid)
    assert action(w, "actionNewSubcode").isEnabled()
    assert not action(w, "actionRenameCode").isEnabled() and not editable(w, "Arbeit")


def test_a_coder_undoes_their_new_code_with_ctrl_z(
        qtbot, open_as: Opener, team: Team, monkeypatch: pytest.MonkeyPatch,
        warnings: list[str], errors: list[str]) -> None:
    """A typo in a new code's name: Ctrl+Z takes the code away again, as on a file (and
    Ctrl+Shift+Z brings it back as theirs); the tree's Delete stays the lead's (deleting
    codes with codings is theirs)."""
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(coders_add_codes=True)
    w = open_as("anna")
    monkeypatch.setattr(CodeNameDialog, "ask", classmethod(lambda cls, *a, **k: "Freizet"))
    action(w, "actionNewCode").trigger()
    assert [c.name for c in w.project.codes()] == ["Arbeit", "Freizet"]
    w.code_tree.select_code(w.project.code("Freizet").uuid)
    assert not action(w, "actionDeleteCode").isEnabled()
    w.activateWindow()  # the window the researcher types into
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: [c.name for c in w.project.codes()] == ["Arbeit"])
    assert (warnings, errors) == ([], [])
    assert [w.code_tree.model.code(c.uuid).name for c in w.project.codes()] == ["Arbeit"]
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    qtbot.waitUntil(lambda: "Freizet" in [c.name for c in w.project.codes()])
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)  # and undone again: still theirs
    qtbot.waitUntil(lambda: [c.name for c in w.project.codes()] == ["Arbeit"])
    assert (warnings, errors) == ([], [])
    with Project.open(team.url) as admin:
        assert [c.name for c in admin.codes()] == ["Arbeit"]


def test_a_reader_codes_nothing(qtbot, open_as: Opener) -> None:
    w = open_as("rita")
    assert not action(w, "codeWithAction").isVisible()
    assert not action(w, "quickCode1Action").isVisible()
    select_words(w, "arbeite gern")
    click_code(qtbot, w, "Arbeit")
    assert w.project.segments() == []
    assert w.code_memo.editor.isReadOnly()


def test_the_lead_changes_the_team_settings(qtbot, open_as: Opener, team: Team,
                                            tmp_path: Path) -> None:
    w = open_as("lead")
    w.code_tree.select_code(w.project.code("Arbeit").uuid)
    assert action(w, "actionRenameCode").isEnabled() and editable(w, "Arbeit")
    assert not w.code_memo.editor.isReadOnly()
    settings = action(w, "teamSettingsAction")
    assert settings.isEnabled()
    shots: list[Path] = []

    def choose(dialog: TeamSettingsDialog) -> None:
        table = dialog.findChild(QTableWidget, "membersTable")
        rows = {(table.item(r, 0).text(), table.item(r, 2).text())
                for r in range(table.rowCount())}
        assert rows == {(team.lead, "lead"), (team.name("anna"), "coder"),
                        (team.name("rita"), "reader")}
        dialog.findChild(QCheckBox, "blindedCheck").setChecked(True)
        shots.append(tmp_path / "team-settings.png")
        dialog.grab().save(str(shots[0]))
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click()

    when_shown(w, TeamSettingsDialog, "teamSettingsDialog", choose)
    settings.trigger()
    assert w.project.team_settings().blinded
    with Project.open(team.url) as admin:
        assert admin.team_settings().blinded
    assert shots and shots[0].stat().st_size > 0


def test_a_file_shows_no_team_menu(window: MainWindow) -> None:
    assert window.findChild(QAction, "teamSettingsAction") is None
    assert editable(window, "Corona") and action(window, "changeCoderAction").isEnabled()


def test_a_member_starts_under_their_login_name_not_this_computers(
        qtbot, team: Team, settings: AppSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's coder name (asked on a first start, "root" on a shared machine) does not
    replace a team login's own name, and nobody is asked for one."""
    from qda_app.ui import app
    from qda_app.ui.common.dialogs import CoderNameDialog

    asked: list[bool] = []
    monkeypatch.setattr(CoderNameDialog, "ask", lambda *a: asked.append(True) or "root")
    settings.coder_name = "root"
    with team.open_as(team.name("anna")) as anna:
        app.take_coder_name(anna, settings)
        assert anna.coder == team.name("anna") and not asked
        w = MainWindow(anna, settings)
        qtbot.addWidget(w)
        assert team.name("anna") in w.coder_label.text()


def test_blinded_mode_shows_in_the_coders_window_as_the_lead_turns_it_on(
        qtbot, open_as: Opener, team: Team) -> None:
    with team.open_as(team.lead) as lead:
        lead.add_coding("Interview", "Arbeit", 0, 3)
    w = open_as("anna")
    status = w.findChild(QLabel, "teamStatus")
    assert isinstance(status, QLabel) and "blinded" not in status.text()
    assert len(w.project.segments()) == 1
    with team.open_as(team.lead) as lead:
        lead.set_team_settings(blinded=True)
    w.bench.events.catch_up()
    qtbot.waitUntil(lambda: status.text().endswith("· blinded"))
    assert w.project.segments() == []  # the lead's coding is out of sight


def test_a_coder_changes_only_their_own_codings_in_the_transcript(
        qtbot, open_as: Opener, team: Team) -> None:
    """Del, Ctrl+M and the context menu on the lead's coding say whose it is instead of
    trying what the database refuses; the coder's own coding is removed as usual."""
    with team.open_as(team.lead) as lead:
        leads = lead.add_coding("Interview", "Arbeit", 4, 16)  # "arbeite gern"
    w = open_as("anna")
    own = w.project.add_coding("Interview", "Arbeit", 20, 26)  # "Garten"
    w.bench.events.catch_up()
    qtbot.waitUntil(lambda: w.view.record(own.uuid) is not None)
    w.view.select_coding(leads.uuid)
    assert not w.coding.remove_selected() and not w.coding.move_selected()
    assert status(w) == f"Coded by {team.lead}: only {team.lead} or the team's lead can " \
                        "change this coding."
    cursor = w.view.textCursor()
    cursor.setPosition(8)
    with w.transcript.menu.applicable():
        menu = w.transcript.menu.build(w.view.cursorRect(cursor).center())
        [sub] = [a.menu() for a in menu.actions() if a.menu() is not None]
        sub.aboutToShow.emit()
        entries = w.transcript.entries
        assert not entries.remove.isEnabled() and not entries.move.isEnabled()
        assert entries.remove.toolTip().startswith(f"Coded by {team.lead}")
    assert entries.remove.isEnabled()  # the shortcut works again for the next coding
    w.view.select_coding(own.uuid)
    assert w.coding.remove_selected()
    assert [c.uuid for c in w.project.segments()] == [leads.uuid]
