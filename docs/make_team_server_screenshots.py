"""Render a team project's window on a PostgreSQL server into ``docs/screenshots/``.

Run: ``python docs/make_team_server_screenshots.py`` (offscreen; no display needed;
PostgreSQL's server programs installed, e.g. ``apt-get install postgresql``). It
starts a throw-away cluster of its own (``qda_app.cluster``, as ``qda server`` does:
as the ``postgres`` user when run as root, on a free port of 127.0.0.1) and removes it
afterwards, whatever happens. The sample project goes onto it as a team project led by
Anna Keller, with Jonas Weber and Lena Neu as coders. The pictures:

- ``team-window.png``: Jonas's window after a coding of Lena's arrived live (the
  transcript shows it), the status bar saying who is connected and how many are online;
- ``team-settings.png``: Team → Team Settings… over Anna's window (she leads);
- ``team-offline.png``: Jonas's window with the yellow banner after the server stopped.

The cluster lets logins from this machine in without a password (it lives for one run on
127.0.0.1), so no URL or picture carries one; the members' logins still get generated
passwords, as ``qda team add-coder`` demands.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTreeView, QWidget
from sample_window import OUT, application

from qda_app import Project
from qda_app.cluster import Cluster, free_port
from qda_app.sample import build_sample
from qda_app.ui.codes.code_tree_model import PathRole
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings
from qda_app.ui.team.team_settings_dialog import TeamSettingsDialog
from qda_app.ui.team.team_status import TeamStatus

LEAD, CODER, OTHER = "Anna Keller", "Jonas Weber", "Lena Neu"
"""The lead, the coder whose window is shown, and the coder whose coding arrives."""
ARRIVING = ("Arbeit und Ausbildung/Sprache", "Sprachkurse")
"""The code and the words Lena codes while Jonas looks."""


@contextmanager
def throwaway_server() -> Iterator[Cluster]:
    """A cluster in a new folder on a free port of 127.0.0.1; stopped and removed after."""
    folder = Path(tempfile.mkdtemp(prefix="kodierwerk-screenshots-"))
    cluster = Cluster(folder)  # handed to the server user by ``init``
    try:
        cluster.init(trust=True)
        cluster.start(port=free_port(), fast=True)
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def team_project(cluster: Cluster, work: Path) -> str:
    """The sample on the server as a team project with its members; the admin's URL."""
    url = cluster.url("beispielprojekt")
    with build_sample(work / "Beispielprojekt.qda") as sample:
        content = sample.dump_content()
    with Project.create_team(url, LEAD, title=content.title,
                             lead_password=secrets.token_urlsafe()) as team:
        for member in (CODER, OTHER):
            team.add_member(member, "coder", secrets.token_urlsafe())
        team.load_content(content)
    return url


def url_as(url: str, login: str) -> str:
    return url.replace("//kodierwerk@", f"//{quote(login)}@", 1)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_for(done: Callable[[], bool], what: str, timeout: float = 15) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"error: waited {timeout:.0f} s for {what} in vain")
        QApplication.processEvents()
        time.sleep(0.02)


def window_as(url: str, login: str, work: Path) -> MainWindow:
    """A shown window on the team project as ``login``, its settings in ``work``."""
    application()
    ini = work / f"{login}.ini"
    window = MainWindow(Project.open(url_as(url, login)),
                        AppSettings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1500, 940)
    window.show()
    tree = window.findChild(QTreeView, "codeTree")
    tree.expandAll()
    settle()
    return window


def save(widget: QWidget, name: str) -> None:
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))


def render_window(window: MainWindow, other: Project) -> None:
    """Lena codes; Jonas's window hears it and shows it in the transcript and among the
    retrieved segments of the code (activated); the status bar counts three programs."""
    doc = window.view.doc
    assert doc is not None
    code, words = ARRIVING
    start = doc.text.index(words)
    coding = other.add_coding(doc.uuid, code, start, start + len(words))
    wait_for(lambda: coding.uuid in window.view.index, "Lena's coding to arrive")
    activate(window, code)
    line = doc.text.rfind("\n", 0, start) + 1  # the caret at the turn, not in the words
    window.view.select_cp(line, line)
    window.view.centerCursor()
    window.findChild(TeamStatus, "teamStatus").refresh()  # not in ten seconds
    save(window, "team-window.png")


def activate(window: MainWindow, path: str) -> None:
    """Tick ``path`` in the code system, as a coder does to retrieve its segments."""
    tree = window.findChild(QTreeView, "codeTree")
    model = tree.model()
    found = model.match(model.index(0, 0), PathRole, path, 1,
                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert found, path
    model.setData(found[0], Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def render_settings(lead: MainWindow) -> None:
    """The lead's Team → Team Settings… over her window."""
    dialog = TeamSettingsDialog(lead.project, lead)
    dialog.resize(720, 380)  # the add-coder command on one line, no rows of empty table
    dialog.show()
    save(dialog, "team-settings.png")
    dialog.reject()


def render_offline(window: MainWindow, cluster: Cluster) -> None:
    """The server stops; the window notices and shows its banner."""
    cluster.stop()
    wait_for(lambda: not window.project.online, "the window to notice the server is gone")
    settle(1)
    save(window, "team-offline.png")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kodierwerk-screenshots-work-"))
    try:
        with throwaway_server() as cluster:
            url = team_project(cluster, work)
            with Project.open(url_as(url, OTHER)) as other:
                lead = window_as(url, LEAD, work)
                window = window_as(url, CODER, work)
                try:
                    render_window(window, other)
                    render_settings(lead)
                    lead.close()
                    render_offline(window, cluster)
                finally:
                    lead.close()
                    window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
