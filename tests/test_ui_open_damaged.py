"""The window on a project that cannot be opened: it offers the check and shows what it finds.

Message boxes are replaced by a stand-in that records what the user would
read and presses the button a user would press.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from qda_app.ui.app import Launcher, open_project

from .test_crash_recovery import kill_inside_big_write, make_project


class Boxes:
    """Every message box shown: (text, informative text, button texts); presses ``press``."""

    def __init__(self, press: str | None) -> None:
        self.press = press
        self.shown: list[tuple[str, str, list[str]]] = []

    def exec(self, box: QMessageBox) -> int:
        buttons = [b.text() for b in box.buttons()]
        self.shown.append((box.text(), box.informativeText(), buttons))
        for button in box.buttons():
            if button.text() == self.press:
                button.click()
        return 0


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes("Check project…")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    return recorder


def damage(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE document SET text = CAST(text AS BLOB)")


def test_a_damaged_project_offers_the_check_and_shows_its_problems(
        qtbot, sample_path: Path, boxes: Boxes) -> None:
    damage(sample_path)
    assert open_project(None, sample_path) is None
    (refusal, _, buttons), (found, problems, _) = boxes.shown
    assert refusal == (f"{sample_path} is damaged: document row 1 holds a value of the wrong "
                       "kind; run `qda check` for details")
    assert "Check project…" in buttons
    assert found == "Problems found in sample.qda (1):"
    assert problems == "• document row 1: 'text' holds binary data (a blob), not text"


def test_closing_the_refusal_runs_no_check(
        qtbot, sample_path: Path, boxes: Boxes) -> None:
    damage(sample_path)
    boxes.press = None
    assert open_project(None, sample_path) is None
    assert len(boxes.shown) == 1


def test_a_project_in_another_format_is_refused_without_offering_a_check(
        qtbot, tmp_path: Path, warnings: list[str], boxes: Boxes) -> None:
    path = tmp_path / "notizen.qda"
    path.write_text("Nur Notizen\n" * 20)
    assert open_project(None, path) is None
    assert warnings == [f"{path} is not a Kodierwerk project (not an SQLite database)"]
    assert boxes.shown == []


def test_the_window_says_in_its_status_bar_that_a_crashed_change_was_rolled_back(
        qtbot, tmp_path: Path, settings) -> None:
    path = tmp_path / "absturz.qda"
    make_project(path)
    kill_inside_big_write(path)
    project = open_project(None, path)
    assert project is not None
    window = Launcher(settings).show(project)
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == (
        "absturz.qda: an unfinished change from a crashed program was rolled back")
    window.close()
