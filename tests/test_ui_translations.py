"""The German interface: complete, compiled, and used when the system speaks German."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT

TS = ROOT / "resources" / "i18n" / "kodierwerk_de.ts"
QM = ROOT / "resources" / "i18n" / "kodierwerk_de.qm"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            tr = message.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete")
            out[ctx.findtext("name") or "", message.findtext("source") or ""] = (
                tr.text if finished and tr is not None else None)
    return out


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} not found")
    return found


def test_every_ui_string_has_a_german_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "qda_app" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "qda_app" / "exporters" / "registry.py"))  # File → Export's texts
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = set(_messages(fresh))
    have = _messages(TS)
    missing = sorted(k for k in wanted if not have.get(k))
    assert not missing, f"untranslated (run lupdate, translate, lrelease): {missing[:10]}"


def test_compiled_translations_match_the_source(tmp_path: Path) -> None:
    compiled = tmp_path / "de.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(compiled)], check=True,
                   capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run lrelease on kodierwerk_de.ts"


def test_window_speaks_german_on_a_german_system(sample_path: Path, tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QLocale, QSettings
        from PySide6.QtWidgets import QApplication
        from qda_app import Project
        from qda_app.ui.app import install_translations
        from qda_app.ui.main_window import MainWindow
        from qda_app.ui.settings import AppSettings
        app = QApplication([])
        assert install_translations(app, QLocale(QLocale.Language.German))
        settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
        w = MainWindow(Project.open(sys.argv[1]), settings)
        print("|".join(a.text() for a in w.menuBar().actions()))
        print(w.segments_dock.windowTitle(), "|", w.bench.undo_stack.createUndoAction(w).text())
        w.close()
        """
    )
    result = subprocess.run([sys.executable, "-c", code, str(sample_path),
                             str(tmp_path / "s.ini")], capture_output=True, text=True,
                            timeout=120, env={**__import__("os").environ,
                                              "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-1500:]
    menus, docks = result.stdout.splitlines()[:2]
    assert menus == "&Datei|&Bearbeiten|&Codieren|&Memos|&Analyse|An&sicht|&Hilfe"
    assert docks.startswith("Liste der codierten Segmente")
    assert "Rückgängig" in docks  # Qt's own strings are German too
