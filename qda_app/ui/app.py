"""Starting the window: ``qda-app [P.qda]`` / ``python main.py [P.qda]``.

Without a project the last one opens; on the very first start the sample
project is built from ``resources/`` into the user's data folder, so a new
user sees a coded transcript, not an empty window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog

from ..bundled import resource
from ..errors import QdaError
from ..project import Project
from .common.dialogs import CoderNameDialog
from .common.error_box import show_error
from .main_window import MainWindow
from .settings import AppSettings

log = logging.getLogger(__name__)
SAMPLE_NAME = "Beispielprojekt.qda"


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


class Launcher:
    """Keeps the open windows alive and swaps projects when the user opens another."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings
        self.windows: list[MainWindow] = []

    def show(self, project: Project) -> MainWindow:
        window = MainWindow(project, self.settings)
        window.projectRequested.connect(lambda path, w=window: self.switch(w, path))
        self.settings.add_recent(project.path)
        self.windows.append(window)
        window.show()
        return window

    def switch(self, old: MainWindow, path: str) -> None:
        try:
            project = Project.open(path)
        except QdaError as exc:
            show_error(old, exc)
            return
        project.coder = old.project.coder
        self.show(project)
        old.close()
        self.windows.remove(old)


def first_project(argv: Sequence[str], settings: AppSettings) -> Project | None:
    if argv:
        return Project.open(argv[0])
    recent = [p for p in settings.recent_projects() if p.exists()]
    if recent:
        try:
            return Project.open(recent[0])
        except QdaError as exc:
            show_error(None, exc)
    return open_or_build_sample()


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
    try:
        project = first_project(paths, settings)
    except QdaError as exc:
        show_error(None, exc)
        name, _ = QFileDialog.getOpenFileName(None, QFileDialog.tr("Open project"), "",
                                              "Kodierwerk (*.qda)")
        if not name:
            return 1
        try:
            project = Project.open(name)
        except QdaError as exc2:
            show_error(None, exc2)
            return 1
    assert project is not None
    coder = settings.coder_name or CoderNameDialog.ask(None)
    project.coder = coder or project.coder
    launcher = Launcher(settings)  # holds the windows for as long as the app runs
    launcher.show(project)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
