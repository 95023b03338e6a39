"""Where file dialogs start: the folder chosen last for that kind of file, else Documents.

The sample project lives in the app's hidden data folder, so dialogs that
started next to the project sent a new user's first exports where no file
manager shows them. A dialog now starts in the folder the user chose last for
the same kind of file (projects, exports, files to import), remembered across
sessions; before that, next to the open project if it is in a folder of the
user's, else in the Documents folder.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


class Kind(Enum):
    """What is chosen; the value is the settings key of its folder."""

    PROJECTS = "folders/projects"
    EXPORTS = "export/folder"  # the key of earlier versions, which remembered exports only
    IMPORTS = "folders/imports"


def start_folder(settings: QSettings, kind: Kind, project: Path | None = None) -> Path:
    """The folder a dialog for ``kind`` opens in."""
    value = settings.value(kind.value)
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    if project is not None and project.parent.is_dir() and not is_hidden(project.parent):
        return project.parent
    return documents_folder()


def remember_folder(settings: QSettings, kind: Kind, chosen: Path) -> None:
    """Start there next time: ``chosen`` is the file (or folder) the user picked."""
    folder = chosen if chosen.is_dir() else chosen.parent
    settings.setValue(kind.value, str(folder))


def documents_folder() -> Path:
    """The user's Documents folder (their home folder on a system without one)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def is_hidden(folder: Path) -> bool:
    """Inside the app's data folder, or a dot folder: a place users do not browse."""
    folder = folder.resolve()
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if data and (folder == Path(data).resolve() or Path(data).resolve() in folder.parents):
        return True
    return any(part.startswith(".") for part in folder.parts)
