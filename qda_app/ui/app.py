"""Starting the window: ``qda-app [P.qda | URL]`` / ``python main.py [P.qda | URL]``.

Without a project the last one opens; on the very first start the sample
project is built from ``resources/`` into the user's data folder, so a new
user sees a coded transcript, not an empty window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from ..bundled import resource
from ..errors import DamagedProjectError, PasswordRequiredError, QdaError, ServerUnreachableError
from ..locations import is_server_url, public_url
from ..project import Project
from .common.dialogs import CoderNameDialog
from .common.error_box import show_error
from .common.file_dialogs import OpenFileDialog
from .common.folders import Kind, remember_folder, start_folder
from .common.recent_chooser import OPEN_FILE, RecentChooser
from .main_window import MainWindow
from .settings import AppSettings, still_there

log = logging.getLogger(__name__)
SAMPLE_NAME = "Beispielprojekt.qda"
NOTICE_MS = 30_000
SHOWN_PROBLEMS = 15
PROBLEMS_WIDTH = 560


def install_translations(app: QApplication, locale: QLocale | None = None) -> bool:
    """German interface when the system speaks German (our own strings and Qt's)."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.German:
        return False
    ours = QTranslator(app)
    if ours.load(str(resource("i18n/kodierwerk_de.qm"))):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return True


def sample_project_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / SAMPLE_NAME


def open_or_build_sample() -> Project:
    path = sample_project_path()
    if path.exists():
        return Project.open(path)
    from ..sample import build_sample

    return build_sample(path)


def open_project(parent: QWidget | None, place: str | Path,
                 report: Callable[[QdaError], None] | None = None) -> Project | None:
    """The project at ``place`` (a file or a server URL), or None after telling the user
    why it cannot be opened (in a message box, or through ``report``). A server that
    wants a password the URL and ``~/.pgpass`` do not give gets it from a dialog; it is
    used for this connection and never kept."""
    where: str | Path = place if is_server_url(place) else Path(place)
    try:
        try:
            return Project.open(where)
        except PasswordRequiredError as exc:
            password = ask_password(parent, str(place), str(exc))
            if password is None:
                return None
            return Project.open(where, password=password)
    except DamagedProjectError as exc:
        offer_check(parent, where, exc)
    except QdaError as exc:
        if report is None:
            show_error(parent, exc)
        else:
            report(exc)
    return None


def ask_password(parent: QWidget | None, url: str, why: str) -> str | None:
    """The password for a team project, typed into a dialog that does not show it."""
    title = QCoreApplication.translate("QWidget", "Team project")
    text, ok = QInputDialog.getText(parent, title, f"{why}\n{public_url(url)}",
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def offer_check(parent: QWidget | None, path: str | Path, exc: DamagedProjectError) -> None:
    """Say why a damaged project does not open, with a button that runs ``qda check`` on it."""
    title = QCoreApplication.translate("QWidget", "Kodierwerk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(exc),
                      QMessageBox.StandardButton.Close, parent)
    label = QCoreApplication.translate("QWidget", "Check project…")
    check = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is check:
        show_check(parent, path)


def show_check(parent: QWidget | None, path: str | Path) -> None:
    """What ``qda check`` finds in ``path``: the first problems, and all under "Details"."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        problems = Project.check_file(path)
    except QdaError as exc:
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return
    QApplication.restoreOverrideCursor()
    name = public_url(path) if isinstance(path, str) else path.name
    title = QCoreApplication.translate("QWidget", "Check project")
    if not problems:
        text = QCoreApplication.translate("QWidget", "No problems found in {0}.")
        QMessageBox.information(parent, title, text.format(name))
        return
    text = QCoreApplication.translate("QWidget", "Problems found in {0} ({1}):")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text.format(name, len(problems)),
                      QMessageBox.StandardButton.Close, parent)
    shown = [f"• {problem}" for problem in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append("…")
    box.setInformativeText("\n".join(shown))
    box.setDetailedText("\n".join(problems))
    layout = box.layout()  # QMessageBox is narrow: widen it so each problem fits a line or two
    if isinstance(layout, QGridLayout):
        layout.addItem(QSpacerItem(PROBLEMS_WIDTH, 0, QSizePolicy.Policy.Minimum),
                       layout.rowCount(), 0, 1, layout.columnCount())
    box.exec()


class Launcher:
    """Keeps the open windows alive and swaps projects when the user opens another."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings
        self.windows: list[MainWindow] = []

    def show(self, project: Project) -> MainWindow:
        window = MainWindow(project, self.settings)
        window.projectRequested.connect(lambda path, w=window: self.switch(w, path))
        self.settings.add_recent(project.location)
        self.windows.append(window)
        window.show()
        if project.notices:  # e.g. a crashed program's unfinished change was rolled back
            window.statusBar().showMessage("  ".join(project.notices), NOTICE_MS)
        return window

    def switch(self, old: MainWindow, path: str) -> None:
        project = open_project(old, path)
        if project is None:
            return
        if project.member is None:  # a team member codes under their login's name
            project.coder = old.project.coder
        self.show(project)
        old.close()
        self.windows.remove(old)


def starting_project(paths: Sequence[str], settings: AppSettings) -> Project | None:
    """The project the app starts with: the one named on the command line, else the last
    one, else the sample (built on the very first start). When it cannot be opened (a
    team project's server is down, a file moved), the user reads why in one line and
    picks a recent project or a file instead; ``None`` when they give up."""
    problems: list[str] = []
    recent = [p for p in settings.recent_projects() if still_there(p)]
    try:
        if paths or recent:
            project = open_project(None, paths[0] if paths else recent[0],
                                   lambda exc: problems.append(str(exc)))
        else:
            project = open_or_build_sample()
    except QdaError as exc:  # the sample project could not be built
        problems.append(str(exc))
        project = None
    while project is None:
        recent = [p for p in settings.recent_projects() if still_there(p)]
        chosen: str | Path | None = RecentChooser.ask(
            None, problems[-1] if problems else None, recent)
        if chosen == OPEN_FILE:
            title = QCoreApplication.translate("QWidget", "Open project")
            chosen = OpenFileDialog.ask(None, title, start_folder(settings.qs, Kind.PROJECTS),
                                        [("Kodierwerk", ".qda")])
            if chosen is None:
                continue
        if chosen is None:
            return None
        problems.clear()
        project = open_project(None, chosen, lambda exc: problems.append(str(exc)))
        if project is not None and project.path is not None and isinstance(chosen, Path):
            remember_folder(settings.qs, Kind.PROJECTS, project.path)  # from the file dialog
    return project


def take_coder_name(project: Project, settings: AppSettings) -> None:
    """The name new codings get: the user's coder name (asked on the very first start),
    except in a team project, where a member codes under their login's name: no asking,
    and no name from this computer's settings that the database would refuse."""
    if project.member is None:
        coder = settings.coder_name or CoderNameDialog.ask(None)
        project.coder = coder or project.coder


def install_error_hook() -> Callable[..., None]:
    """A team project's server can go away under any look the window takes at it. The
    core then refuses in one line (:class:`~qda_app.errors.ServerUnreachableError`);
    commands show it, and what escapes another slot is said here, in each team window's
    status bar, which goes offline (its banner shows): never a traceback. Other
    exceptions go where they went before. The hook, for tests."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if not isinstance(exc, ServerUnreachableError):
            previous(kind, exc, tb)  # type: ignore[arg-type]
            return
        log.warning("%s", exc)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.project.is_server:
                widget.bench.events.unreachable(exc)

    sys.excepthook = hook
    return hook


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args
                                                                 if a.startswith("-")]])
    app.setOrganizationName("Kodierwerk")
    app.setApplicationName("Kodierwerk")
    install_translations(app)  # type: ignore[arg-type]
    settings = AppSettings()
    paths = [a for a in args if not a.startswith("-")]
    install_error_hook()
    project = starting_project(paths, settings)
    if project is None:
        return 1
    take_coder_name(project, settings)
    launcher = Launcher(settings)  # holds the windows for as long as the app runs
    launcher.show(project)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
