"""What the window remembers between sessions (QSettings): coder, layout, recent files, pins."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..locations import is_server_url, public_url

MAX_RECENT = 8


def _recent_key(place: str | Path) -> str:
    if is_server_url(place):
        return public_url(str(place))
    return str(Path(place).resolve())


def still_there(place: str) -> bool:
    """Whether a recent project can be offered: a file that exists, or any server URL
    (whether the server answers is only known by trying)."""
    return is_server_url(place) or Path(place).exists()


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings()

    # coder ------------------------------------------------------------------------------
    @property
    def coder_name(self) -> str | None:
        value = self.qs.value("coder/name")
        return str(value) if value else None

    @coder_name.setter
    def coder_name(self, name: str) -> None:
        self.qs.setValue("coder/name", name)

    # recent projects ----------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        """Project files (paths) and team projects (URLs without passwords), newest first."""
        raw = self.qs.value("recent/projects") or []
        items = [raw] if isinstance(raw, str) else list(raw)
        return [str(p) for p in items if p]

    def add_recent(self, place: str | Path) -> None:
        """Remember a project; a URL is kept without its password, whatever it carried."""
        key = _recent_key(place)
        items = [key] + [p for p in self.recent_projects() if _recent_key(p) != key]
        self.qs.setValue("recent/projects", items[:MAX_RECENT])

    # layout -------------------------------------------------------------------------------
    def restore(self, key: str) -> QByteArray | None:
        value = self.qs.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def save(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(f"window/{key}", value)

    # per project --------------------------------------------------------------------------
    def quick_codes(self, project_uuid: str) -> dict[int, str]:
        raw = self.qs.value(f"project-{project_uuid}/quickCodes")
        try:
            return {int(k): str(v) for k, v in json.loads(str(raw)).items()} if raw else {}
        except (ValueError, AttributeError):
            return {}

    def set_quick_codes(self, project_uuid: str, pins: dict[int, str]) -> None:
        self.qs.setValue(f"project-{project_uuid}/quickCodes", json.dumps(pins))

    def last_code(self, project_uuid: str) -> str | None:
        value = self.qs.value(f"project-{project_uuid}/lastCode")
        return str(value) if value else None

    def set_last_code(self, project_uuid: str, uuid: str | None) -> None:
        """Remember ``uuid`` as the last code used; ``None`` forgets it (the code is gone)."""
        if uuid is None:
            self.qs.remove(f"project-{project_uuid}/lastCode")
        else:
            self.qs.setValue(f"project-{project_uuid}/lastCode", uuid)

    def last_document(self, project_uuid: str) -> str | None:
        value = self.qs.value(f"project-{project_uuid}/lastDocument")
        return str(value) if value else None

    def set_last_document(self, project_uuid: str, uuid: str) -> None:
        self.qs.setValue(f"project-{project_uuid}/lastDocument", uuid)
