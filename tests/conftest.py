"""Shared fixtures. Qt runs offscreen; core tests never import Qt (UI fixtures import it lazily)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # for the annotations only: importing Qt here would load it for core tests
    from PySide6.QtGui import QUndoStack

    from qda_app import Project
    from qda_app.ui.codes.code_tree_panel import CodeTreePanel
    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.settings import AppSettings

    from .pg_server import PgServer

ROOT = Path(__file__).resolve().parent.parent
# one 1920x1080 screen, a usual desktop: Qt's offscreen default (800x800) is smaller than
# the window's first size, and a restored window is fitted to the screen it opens on
os.environ.setdefault("QT_QPA_PLATFORM",
                      f"offscreen:configfile={ROOT / 'tests' / 'data' / 'offscreen-screen.json'}")
SEED = ROOT / "resources" / "workshop-protocol-2021-05-20.txt"


Build = Callable[[Path], None]
"""Writes a project at the path it is given; a template is built once per session by one."""
ProjectCopy = Callable[[Build, Path], Path]


@pytest.fixture(scope="session")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> ProjectCopy:
    """``project_copy(build, path)``: a copy at ``path`` of the project ``build`` wrote.

    ``build`` runs once per session (keyed by the function), and each test gets its
    own copy: creating and filling a project costs more than copying its file. The
    copies share every UUID, the project's own too: a test that needs projects made
    independently (merging strangers' files) calls ``Project.create`` itself.
    Session-scoped, so Hypothesis tests may use it for each example.
    """
    templates: dict[Build, Path] = {}

    def copy(build: Build, path: Path) -> Path:
        if build not in templates:
            template = tmp_path_factory.mktemp("template") / path.name
            build(template)
            templates[build] = template
        shutil.copy2(templates[build], path)
        return path

    return copy


def write_empty(path: Path) -> None:
    """The empty project of the ``project`` fixture, titled "Test"."""
    from qda_app import Project

    Project.create(path, title="Test").close()


def write_sample(path: Path) -> None:
    """The bundled sample project (`qda_app.sample`)."""
    from qda_app.sample import build_sample

    build_sample(path).close()


# -- two backends --------------------------------------------------------------------------
# The fixtures that yield an open project (project, sample, rich, interviews, assist) run
# each test twice: on a .qda file and on a database of a throw-away PostgreSQL server
# (tests/pg_server.py). The *_path fixtures stay files. A test of the file itself
# (crash, journal, WAL, damaged bytes, .bak upgrades) is marked sqlite_only(reason);
# window tests (test_ui_*, and any test using qtbot) run on SQLite, except those that ask
# for a server project themselves.


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): a test of the .qda file itself; SQLite only")
    config.addinivalue_line(
        "markers", "server_only: a test of what only a team project on a server does")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    file_only = (metafunc.definition.get_closest_marker("sqlite_only") is not None
                 or metafunc.module.__name__.rsplit(".", 1)[-1].startswith("test_ui_")
                 or "qtbot" in metafunc.fixturenames)
    backends = ["sqlite"] if file_only else ["sqlite", "postgresql"]
    if metafunc.definition.get_closest_marker("server_only") is not None:
        backends = ["postgresql"]
    metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: where the test's projects live."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throw-away PostgreSQL server for the whole run (skips only without its programs)."""
    from .pg_server import running_server

    yield from running_server()


@pytest.fixture
def made(pg_server: PgServer) -> Iterator[list[tuple[str, str]]]:
    """The schemas (team projects) a test makes on the server, dropped after it."""
    schemas: list[tuple[str, str]] = []
    yield schemas
    pg_server.release(schemas)


Place = Callable[[Build, str], "str | Path"]


@pytest.fixture
def place(backend: str, project_copy: ProjectCopy, tmp_path: Path,
          request: pytest.FixtureRequest) -> Iterator[Place]:
    """``place(build, name)``: a fresh copy of the project ``build`` writes, on the test's
    backend: a file ``name`` in the test's folder, or a schema of its own on the server
    (copied from a template built once per session, ``tests/pg_server.py``)."""
    if backend == "sqlite":
        yield lambda build, name: project_copy(build, tmp_path / name)
        return
    server: PgServer = request.getfixturevalue("pg_server")
    made: list[tuple[str, str]] = []
    yield lambda build, name: server.copy(build, made)
    server.release(made)


@pytest.fixture
def new_place(backend: str, tmp_path: Path, request: pytest.FixtureRequest
              ) -> Iterator[str | Path]:
    """Where a test may create a project of its own: ``new.qda`` in its folder, or an
    empty schema on the server (a URL)."""
    if backend == "sqlite":
        yield tmp_path / "new.qda"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    made: list[tuple[str, str]] = []
    yield server.empty(made)
    server.release(made)


def files_in(folder: Path, project: Project) -> list[str]:
    """The names of the files in ``folder`` (sorted), the project's own file left out (a
    server project has none): what a test that wrote nothing expects to be empty."""
    own = project.path.name if project.path is not None else None
    return sorted(p.name for p in folder.iterdir() if p.name != own)


def _opened(where: str | Path, coder: str) -> Iterator[Project]:
    from qda_app import Project

    with Project.open(where) as p:
        p.coder = coder
        yield p


@pytest.fixture
def project(place: Place) -> Iterator[Project]:
    """An empty project (a file in a temporary folder, or a server database), coder "Tester"."""
    yield from _opened(place(write_empty, "test.qda"), "Tester")


@pytest.fixture
def sample_path(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    """A fresh copy of the bundled sample project (built once per test session)."""
    return project_copy(write_sample, tmp_path / "sample.qda")


@pytest.fixture
def sample(place: Place) -> Iterator[Project]:
    """The bundled sample project, on the test's backend."""
    yield from _opened(place(write_sample, "sample.qda"), "Tester")


@pytest.fixture
def rich_path(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    """A copy of the export tests' project with every awkward case (``test_export_support``)."""
    from .test_export_support import write_rich

    return project_copy(write_rich, tmp_path / "rich.qda")


@pytest.fixture
def rich(place: Place) -> Iterator[Project]:
    from .test_export_support import write_rich

    yield from _opened(place(write_rich, "rich.qda"), "Anna")  # as build_rich_project leaves it


@pytest.fixture
def interviews_path(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    """Two coded interviews, a group discussion and an f4 interview (``interview_project``)."""
    from .interview_project import write_interviews

    return project_copy(write_interviews, tmp_path / "interviews.qda")


@pytest.fixture
def interviews(place: Place) -> Iterator[Project]:
    from .interview_project import write_interviews

    yield from _opened(place(write_interviews, "interviews.qda"), "Tester")


# -- UI fixtures ---------------------------------------------------------------------------
# Qt is imported inside each fixture, so core tests that never ask for one never load it.


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """App settings in an ini file of the test's own, never the user's real ones."""
    from PySide6.QtCore import QSettings

    from qda_app.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, sample_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    """The workbench on a copy of the sample project, shown, coder "Tester"."""
    from .ui_support import open_window

    w = open_window(qtbot, sample_path, settings)
    yield w
    w.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes the user would have seen."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def stack() -> QUndoStack:
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def panel(qtbot, sample: Project, stack: QUndoStack) -> CodeTreePanel:
    """The code tree panel on the sample project, shown at a usual size."""
    from qda_app.ui.codes.code_tree_panel import CodeTreePanel
    from qda_app.ui.common.project_events import ProjectEvents

    widget = CodeTreePanel(sample, stack, ProjectEvents(sample))
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The core's refusals that would have been shown in a message box."""
    from qda_app.ui.commands import command_base

    shown: list[str] = []
    monkeypatch.setattr(command_base, "show_error", lambda parent, exc: shown.append(str(exc)))
    return shown


@pytest.fixture
def assist_path(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    """A German and an English interview for the assistance (``assist_project``)."""
    from .assist_project import write_assist_project

    return project_copy(write_assist_project, tmp_path / "assist.qda")


@pytest.fixture
def assist(place: Place) -> Iterator[Project]:
    from .assist_project import write_assist_project

    yield from _opened(place(write_assist_project, "assist.qda"), "Tester")
