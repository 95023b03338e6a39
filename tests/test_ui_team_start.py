"""Starting with a team project whose server cannot be reached: one line, then the
recent projects to choose from (the window), or one line and exit 1 (the command line);
the password in the URL is never shown.

The dialog's ``exec`` is replaced by a stand-in that records what the user would read
and presses what a user would press.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qda_app.cli.main import main as cli
from qda_app.cluster import free_port
from qda_app.ui.app import starting_project
from qda_app.ui.common.recent_chooser import RecentChooser
from qda_app.ui.settings import AppSettings

SECRET = "Geheim-99x"


class Chooser:
    """Every chooser shown: (the problem line, the places listed); then ``act`` on it."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, list[str]]] = []
        self.act: Callable[[RecentChooser], None] = lambda dialog: dialog.reject()

    def exec(self, dialog: RecentChooser) -> int:
        places = [dialog.places.item(i).text() for i in range(dialog.places.count())]
        self.shown.append((dialog.problem.text(), places))
        self.act(dialog)
        return int(dialog.result())


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    recorder = Chooser()
    monkeypatch.setattr(RecentChooser, "exec", lambda dialog: recorder.exec(dialog))
    return recorder


@pytest.fixture
def closed_url() -> tuple[str, int]:
    """A team project URL with a password, on a port of this machine nobody listens on."""
    port = free_port()
    return f"postgresql://anna:{SECRET}@127.0.0.1:{port}/studie", port


def test_an_unreachable_server_at_start_says_one_line_and_offers_the_recent_projects(
        qtbot, settings: AppSettings, sample_path: Path, chooser: Chooser,
        closed_url: tuple[str, int]) -> None:
    url, port = closed_url
    settings.add_recent(sample_path)
    settings.add_recent(url)  # kept without its password
    assert starting_project([url], settings) is None  # the user cancelled
    [(problem, places)] = chooser.shown
    assert problem == f"cannot reach the team project at 127.0.0.1:{port}: connection refused"
    assert places == [f"postgresql://anna@127.0.0.1:{port}/studie", str(sample_path)]
    assert SECRET not in repr(chooser.shown) + repr(settings.qs.allKeys())


def test_a_recent_project_chosen_instead_opens(
        qtbot, settings: AppSettings, sample_path: Path, chooser: Chooser,
        closed_url: tuple[str, int]) -> None:
    settings.add_recent(sample_path)

    def pick_the_file(dialog: RecentChooser) -> None:
        assert dialog.open_button.isEnabled()
        dialog.places.setCurrentRow(0)
        dialog.open_button.click()

    chooser.act = pick_the_file
    project = starting_project([closed_url[0]], settings)
    assert project is not None and project.path == sample_path
    assert len(chooser.shown) == 1 and chooser.shown[0][0].startswith("cannot reach")
    project.close()


def test_without_recent_projects_the_chooser_offers_a_file(
        qtbot, settings: AppSettings, chooser: Chooser, closed_url: tuple[str, int]) -> None:
    seen: list[bool] = []

    def look(dialog: RecentChooser) -> None:
        seen.append(dialog.open_button.isEnabled())
        seen.append(dialog.file_button.isEnabled())
        dialog.reject()

    chooser.act = look
    assert starting_project([closed_url[0]], settings) is None
    assert seen == [False, True] and chooser.shown[0][1] == []


def test_the_command_line_says_one_line_and_exits_1(
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
        closed_url: tuple[str, int]) -> None:
    url, port = closed_url
    assert cli(["docs", url]) == 1
    out, err = capsys.readouterr()
    assert err == (f"error: cannot reach the team project at 127.0.0.1:{port}: "
                   "connection refused\n")
    assert out == "" and SECRET not in caplog.text


def test_the_last_project_unreachable_at_start_offers_the_others(
        qtbot, settings: AppSettings, sample_path: Path, chooser: Chooser,
        closed_url: tuple[str, int]) -> None:
    settings.add_recent(sample_path)
    settings.add_recent(closed_url[0])  # the last one opened: the app tries it first

    def pick_the_file(dialog: RecentChooser) -> None:
        dialog.places.setCurrentRow(1)
        dialog.places.itemActivated.emit(dialog.places.currentItem())  # a double click

    chooser.act = pick_the_file
    project = starting_project([], settings)
    assert project is not None and project.path == sample_path
    assert chooser.shown[0][0].startswith("cannot reach the team project at 127.0.0.1:")
    project.close()
