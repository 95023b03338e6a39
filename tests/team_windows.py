"""Windows on team projects: one helper each, so each test file's fixture opens the window
the same way (the live tests: tests/test_ui_live_team.py, tests/test_ui_team_offline.py;
the roles: tests/test_ui_team_rights.py, tests/test_ui_team_rights_docs.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .conftest import write_sample
from .pg_server import PgServer
from .team_support import Team
from .ui_support import open_window

Opener = Callable[[str], MainWindow]
"""``open_as("anna")``: a shown window as the team member ``anna`` (``"lead"``: the lead)."""


@contextmanager
def team_window_on(qtbot, server: PgServer, settings: AppSettings,  # type: ignore[no-untyped-def]
                   password: str | None = None) -> Iterator[MainWindow]:
    """The window on a fresh copy of the sample project on ``server``, coder "Tester",
    shown; its two-second timer stopped, so that what arrives came through the live feed.
    A ``password`` goes into the URL (the tests' login needs none: the server ignores it)."""
    made: list[tuple[str, str]] = []
    url = server.copy(write_sample, made)
    if password is not None:
        url = url.replace("//kodierwerk@", f"//kodierwerk:{password}@", 1)
    w = open_window(qtbot, url, settings)
    w.bench.watch.timer.stop()
    try:
        yield w
    finally:
        w.close()
        server.release(made)


@contextmanager
def member_windows(qtbot, team: Team, settings: AppSettings  # type: ignore[no-untyped-def]
                   ) -> Iterator[Opener]:
    """Open windows on ``team`` as its members (timers stopped: the tests look for changes
    themselves); all closed at the end."""
    windows: list[MainWindow] = []

    def opened(first: str) -> MainWindow:
        login = team.lead if first == "lead" else team.name(first)
        w = MainWindow(team.open_as(login), settings)
        w.bench.watch.timer.stop()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    try:
        yield opened
    finally:
        for w in windows:
            w.close()
