"""The window patches what a change record names and reads no more than it shows.

Issue 9, section 3: one coding must not reload every code's count, opening a
transcript must not build a full record per coding, the window reads the
document list once when it opens, and the Retrieved Segments fetch their rows
as the table scrolls. Each test spies on the core calls a reload would make
and checks what the coder sees; ``benchmarks/bench_scale_window.py`` measures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from qda_app import Project
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings

from .ui_support import status

# The offscreen platform cannot pass size hints to its fake windows nor raise a tooltip.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

NACHTEIL = "Arbeit und Ausbildung/Prüfung/Nachteilsausgleich"


def spy(monkeypatch: pytest.MonkeyPatch, obj: object, name: str) -> list[tuple[Any, ...]]:
    """Record the calls of ``obj.name`` (which still does its work)."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(obj, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, recorded)
    return calls


def open_window(qtbot, project: Project, settings: AppSettings) -> MainWindow:
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- opening: spans to paint, full records for what is hovered or selected ------------------


def hover(view: Any, position: int) -> str:
    """Rest the mouse on the character at ``position``; the tooltip shown."""
    cursor = view.textCursor()
    cursor.setPosition(view.map.to_utf16(position))
    point = view.cursorRect(cursor).center() + QPoint(view.viewportMargins().left(), 0)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point,
                                            view.mapToGlobal(point)))
    return QToolTip.text()


def test_opening_a_document_paints_from_spans_and_loads_records_on_demand(
        qtbot, sample_path: Path, settings: AppSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.open(sample_path)
    project.coder = "Tester"
    first = project.segments()[0]
    project.update_coding(first, memo="Hier nachfragen")
    segments = spy(monkeypatch, project, "segments")
    window = open_window(qtbot, project, settings)
    view = window.view
    assert segments == []
    assert len(view.index) == 32 and first.uuid in view.index
    assert first.uuid in {c.uuid for c in view.visible_codings()}  # highlighted and striped
    tip = hover(view, first.start + 1)
    assert first.code in tip and "Hier nachfragen" in tip and first.coder in tip
    window.coding.select_coding(first.uuid)
    assert view.selected_coding == first.uuid and first.code in status(window)
    project.rename_code(first.code_uuid, "Umbenannt")  # the codings reload: spans again
    assert "Umbenannt" in hover(view, first.start + 1)
    assert segments == []
    window.close()
