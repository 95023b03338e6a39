"""The window on a team project on a PostgreSQL server: it opens, codes, and hears another
coder. (The window tests at large run on files; part C of issue 12 adds the server's own:
live updates, connection loss.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qda_app import Project
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .conftest import write_sample
from .pg_server import PgServer
from .ui_support import mine, select_words


@pytest.fixture
def team_window(qtbot, pg_server: PgServer, settings: AppSettings) -> Iterator[MainWindow]:
    made: list[tuple[str, str]] = []
    project = Project.open(pg_server.copy(write_sample, made))
    project.coder = "Tester"
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.bench.watch.timer.stop()  # the test asks itself, as the timer would
    yield w
    w.close()
    pg_server.release(made)


def test_the_window_opens_a_team_project_and_codes_on_the_server(
        qtbot, team_window: MainWindow) -> None:
    w = team_window
    assert w.windowTitle().startswith(f"team project {w.project.title}")
    assert w.windowFilePath() == ""
    shown = w.project.segments()
    assert w.view.doc is not None and len(shown) == 32
    assert all(c.uuid in w.view.index for c in shown)  # the transcript paints every coding
    start, end = select_words(w, "Fahrten zum Arzt")
    w.coding.code_selection(w.project.code("Mobilität").uuid)
    with Project.open(w.project.location) as other:  # another coder's program
        [coding] = [s for s in other.segments() if s.coder == "Tester"]
        assert (coding.start, coding.end, coding.code) == (start, end, "Mobilität")
        assert not w.bench.watch.check()  # the window's own coding is no news to it
        other.coder = "Lena Neu"
        theirs = other.add_coding(w.view.doc.uuid, "Corona", start, end)
    qtbot.waitUntil(w.bench.watch.check, timeout=1000)  # another coder's is, and shows
    assert theirs.uuid in w.view.index and len(mine(w)) == 1


def test_recent_projects_keep_a_team_project_without_its_password(
        settings: AppSettings) -> None:
    settings.add_recent("postgresql://anna:geheim@db.example.org:5432/studie")
    settings.add_recent("postgresql://anna@db.example.org:5432/studie?sslmode=require")
    assert settings.recent_projects() == [
        "postgresql://anna@db.example.org:5432/studie?sslmode=require",
        "postgresql://anna@db.example.org:5432/studie"]
    assert "geheim" not in repr(settings.qs.allKeys()) + repr(settings.recent_projects())
