"""Asking for a file to write or read, and saying what an import did.

Shared by File → Export, the REFI-QDA imports and the agreement window's exports (which
ask "replace it?" with :class:`~.dialogs.Confirm`).
Each sits behind a ``classmethod ask()`` so that tests answer it with
``monkeypatch`` instead of clicking through a modal dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FileFilter = tuple[str, str]
"""(label, suffix): ``("Word documents", ".docx")``."""


@dataclass(frozen=True, slots=True)
class SaveTarget:
    path: Path
    confirmed: bool
    """The user agreed to replace the existing file at ``path``."""
    filter_index: int = 0
    """Which of the offered file types the user chose (two may share a suffix: CSV with
    commas or with semicolons)."""


class SaveFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: Path,
            filters: Sequence[FileFilter], confirm_overwrite: bool = True) -> SaveTarget | None:
        """A file name to write; the suffix of the chosen filter is added when missing.

        Qt's dialog asks "replace?" for an existing name; a name whose suffix
        we add was not asked about, so ``confirmed`` is False for it.
        """
        texts = [f"{label} (*{suffix})" for label, suffix in filters]
        options = (QFileDialog.Option(0) if confirm_overwrite
                   else QFileDialog.Option.DontConfirmOverwrite)
        name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                   ";;".join(texts), texts[0], options)
        if not name:
            return None
        return save_target(name, chosen, filters, texts, confirm_overwrite)


def save_target(name: str, chosen: str, filters: Sequence[FileFilter], texts: Sequence[str],
                confirm_overwrite: bool = True) -> SaveTarget:
    path = Path(name)
    suffixes = [suffix for _, suffix in filters]
    index = texts.index(chosen) if chosen in texts else 0
    if path.suffix.lower() not in suffixes:
        path = path.with_name(path.name + suffixes[index])
    return SaveTarget(path, confirm_overwrite and path == Path(name) and path.exists(), index)


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, folder: Path,
            filters: Sequence[FileFilter]) -> Path | None:
        texts = [f"{label} (*{suffix})" for label, suffix in filters]
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), ";;".join(texts))
        return Path(name) if name else None


class ReportBox:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, lines: Sequence[str]) -> None:
        """Show what an import did: the summary line, then one line per kind skipped."""
        box = QMessageBox(QMessageBox.Icon.Information, title, lines[0] if lines else "",
                          QMessageBox.StandardButton.Ok, parent)
        if len(lines) > 1:
            box.setInformativeText("\n".join(lines[1:]))
        box.exec()
