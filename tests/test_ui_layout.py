"""The window's layout: what the coder arranged stays, and a saved window fits the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMainWindow

from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .ui_support import open_window


def side_widths(window: MainWindow) -> tuple[int, int]:
    return window.documents_dock.width(), window.codes_dock.width()


def settle(qtbot, window: MainWindow) -> None:
    """Let the first layout pass (docks are sized once the window is shown) run."""
    qtbot.wait(50)


def test_ticking_codes_leaves_the_side_panes_alone(qtbot, window: MainWindow) -> None:
    settle(qtbot, window)
    before = side_widths(window)
    window.code_tree.code_actions.check_all.trigger()  # every code listed: the longest summary line
    settle(qtbot, window)
    assert window.segments.model.rowCount() == 32
    assert side_widths(window) == before


def test_a_layout_reopens_as_it_was_left(qtbot, sample_path: Path,
                                         settings: AppSettings) -> None:
    w = open_window(qtbot, sample_path, settings)
    settle(qtbot, w)
    before = side_widths(w)
    w.code_tree.code_actions.check_all.trigger()
    settle(qtbot, w)
    w.close()
    again = open_window(qtbot, sample_path, settings)
    settle(qtbot, again)
    assert side_widths(again) == before
    again.close()


def test_a_layout_saved_by_an_older_version_is_not_taken_up(qtbot, sample_path: Path,
                                                             settings: AppSettings) -> None:
    """Older versions saved layouts squeezed by the segment list: start from the default."""
    w = open_window(qtbot, sample_path, settings)
    settle(qtbot, w)
    default = side_widths(w)
    w.resizeDocks([w.documents_dock, w.codes_dock], [120, 150], Qt.Orientation.Horizontal)
    settle(qtbot, w)
    squeezed = QMainWindow.saveState(w)  # version 0, as before
    w.close()
    settings.save("state", squeezed)
    again = open_window(qtbot, sample_path, settings)
    settle(qtbot, again)
    assert side_widths(again) == default
    again.close()


def test_a_geometry_from_a_bigger_screen_is_fitted_to_this_one(
        qtbot, sample_path: Path, settings: AppSettings) -> None:
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(QRect(2500, 1400, 2400, 1500))  # right of and below this screen, too big
    settings.save("geometry", big.saveGeometry())
    w = open_window(qtbot, sample_path, settings)
    available = w.screen().availableGeometry()
    assert available.contains(w.frameGeometry())
    assert w.width() > available.width() - 40 and w.height() > available.height() - 80
    w.close()
