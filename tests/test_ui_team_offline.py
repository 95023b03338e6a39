"""A team project's window when its server goes away and comes back.

The server is really stopped (``pg_ctl stop -m fast``: every session cut off, as when an
institute's server goes down) and started again on the same port. It is a cluster of
this module's own, so the other tests' server is never disturbed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar

from qda_app import Project
from qda_app.errors import CodeNotFound, ProjectOfflineError, ServerUnreachableError
from qda_app.ui.app import install_error_hook
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .pg_server import PgServer, running_server
from .team_windows import team_window_on
from .ui_support import select_words, status

NOTICED_MS = 2000
"""How long the window may take to see that the server went (its socket closes)."""
BACK_MS = 8000
"""How long the window may take to notice the server is back (it tries every 0.25 to
3 s, and the server needs a moment to start)."""


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    yield from running_server()


@pytest.fixture
def team_window(qtbot, own_server: PgServer, settings: AppSettings) -> Iterator[MainWindow]:
    with team_window_on(qtbot, own_server, settings) as w:
        yield w


def banner(w: MainWindow) -> QToolBar:
    found = w.findChild(QToolBar, "offlineBanner")
    assert isinstance(found, QToolBar)
    return found


def team_status(w: MainWindow) -> str:
    found = w.findChild(QLabel, "teamStatus")
    assert isinstance(found, QLabel)
    return found.text()


def test_coding_while_the_server_is_gone_is_refused_and_the_window_recovers(
        qtbot, team_window: MainWindow, own_server: PgServer, errors: list[str]) -> None:
    w = team_window
    mobil = w.project.code("Mobilität").uuid
    shown = len(w.view.index)
    assert not banner(w).isVisible() and "1 coder online" in team_status(w)
    with own_server.stopped():
        span = select_words(w, "Fahrten zum Arzt")
        assert not w.coding.code_selection(mobil)  # the window did not know yet: it fails
        assert len(w.view.index) == shown  # no span painted for a coding never saved
        assert status(w).startswith("lost the connection to the team project at 127.0.0.1")
        qtbot.waitUntil(banner(w).isVisible, timeout=NOTICED_MS)
        assert "offline, reconnecting" in team_status(w)

        assert not w.coding.code_selection(mobil)  # offline: refused at once, never queued
        assert len(w.view.index) == shown and "is offline" in status(w)
        with pytest.raises(ProjectOfflineError):
            w.project.add_code("Nachher")
    # the server is back; meanwhile another coder codes, unheard by this window
    with Project.open(w.project.location) as other:
        other.coder = "Lena Neu"
        theirs = other.add_coding(w.view.doc.uuid, mobil, *span)
    qtbot.waitUntil(lambda: not banner(w).isVisible(), timeout=BACK_MS)
    assert theirs.uuid in w.view.index  # the views reloaded
    assert status(w).startswith("Back online") and "connected as kodierwerk" in team_status(w)
    with pytest.raises(CodeNotFound):
        w.project.code("Nachher")  # refused, not queued: it does not turn up later
    assert w.coding.code_selection(w.project.code("Corona").uuid)  # works again
    assert len(w.view.index) == shown + 2 and errors == []


def test_the_banner_shows_when_the_server_goes_while_nobody_acts(
        qtbot, team_window: MainWindow, own_server: PgServer) -> None:
    w = team_window
    with own_server.stopped():
        qtbot.waitUntil(banner(w).isVisible, timeout=NOTICED_MS)
        assert not w.project.online
    qtbot.waitUntil(lambda: not banner(w).isVisible(), timeout=BACK_MS)
    assert w.project.online


def test_a_lost_server_escaping_a_view_is_a_status_line_not_a_traceback(
        qtbot, team_window: MainWindow, own_server: PgServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = team_window
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    hook = install_error_hook()
    with own_server.stopped():
        try:
            w.project.segments()
        except ServerUnreachableError as exc:
            hook(type(exc), exc, None)  # as Qt hands what escaped a slot to sys.excepthook
        assert status(w).startswith("lost the connection to the team project")
        assert banner(w).isVisible()
    qtbot.waitUntil(lambda: not banner(w).isVisible(), timeout=BACK_MS)


def test_the_password_in_the_url_is_shown_nowhere(
        qtbot, own_server: PgServer, settings: AppSettings, errors: list[str],
        caplog: pytest.LogCaptureFixture) -> None:
    secret = "Geheim-Passwort-77"
    caplog.set_level(logging.DEBUG)  # the reconnecting thread's lines too
    with team_window_on(qtbot, own_server, settings, password=secret) as w:
        settings.add_recent(w.project.location)
        said = [w.project.location, w.project.name, w.windowTitle(), team_status(w),
                repr(settings.recent_projects()), banner(w).toolTip()]
        corona = w.project.code("Corona").uuid
        with own_server.stopped():
            select_words(w, "Fahrten zum Arzt")
            w.coding.code_selection(corona)  # fails on the way: the status line says so
            lost = status(w)
            qtbot.waitUntil(banner(w).isVisible, timeout=NOTICED_MS)
            w.coding.code_selection(corona)  # refused at once
            refused = status(w)
            said += [team_status(w), *errors]
        qtbot.waitUntil(lambda: not banner(w).isVisible(), timeout=BACK_MS)
    assert lost.startswith("lost the connection") and "is offline" in refused
    said += [lost, refused, caplog.text]
    assert all(secret not in text for text in said), said


def test_undo_waits_while_offline_and_works_when_the_server_is_back(
        qtbot, team_window: MainWindow, own_server: PgServer) -> None:
    w = team_window
    undo = w.findChild(QAction, "undoAction")
    select_words(w, "Fahrten zum Arzt")
    shown = len(w.view.index)
    assert w.coding.code_selection(w.project.code("Corona").uuid) and undo.isEnabled()
    with own_server.stopped():
        qtbot.waitUntil(banner(w).isVisible, timeout=NOTICED_MS)
        assert not undo.isEnabled()  # the step stays in the history, not dropped
    qtbot.waitUntil(lambda: not banner(w).isVisible(), timeout=BACK_MS)
    assert undo.isEnabled() and len(w.view.index) == shown + 1
    undo.trigger()
    assert len(w.view.index) == shown


def test_an_undo_that_finds_the_server_gone_says_nothing_was_changed(
        qtbot, team_window: MainWindow, own_server: PgServer, errors: list[str]) -> None:
    w = team_window
    select_words(w, "Fahrten zum Arzt")
    assert w.coding.code_selection(w.project.code("Corona").uuid)
    with own_server.stopped():
        w.findChild(QAction, "undoAction").trigger()  # before the window heard of it
        qtbot.waitUntil(lambda: bool(errors), timeout=NOTICED_MS)
        assert errors[0].startswith("Could not undo “Code with “Corona””: lost the connection")
        assert errors[0].endswith("Nothing was changed; the step was dropped.")
    qtbot.waitUntil(lambda: not banner(w).isVisible(), timeout=BACK_MS)
    assert [s.code for s in w.project.segments() if s.coder == "Tester"] == ["Corona"]
