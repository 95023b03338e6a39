"""Categories in the window: how the tree shows one, making one (undoable), coding with one
(asks first: a subcode, or the category itself), and the warnings before a REFI-QDA export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QPushButton

from qda_app import Project
from qda_app.exporters.options import ExportOptions
from qda_app.ui.codes.category_picker import CategoryPicker
from qda_app.ui.codes.code_tree_panel import CodeTreePanel
from qda_app.ui.exchange import export_warnings
from qda_app.ui.exchange.export_dialogs import ExportChoice, ExportOptionsDialog
from qda_app.ui.exchange.export_warnings import ExportWarningsDialog, warnings_box
from qda_app.ui.main_window import MainWindow

from .ui_support import (
    answer,
    click_code,
    mine,
    proxy_index,
    save_to,
    select_words,
    status,
    trigger,
    uuid,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
GOVERNANCE = "Governance"
KOMMUNAL = "Governance/Kommunale Verantwortung"


def test_a_category_looks_like_one_in_the_tree(panel: CodeTreePanel, sample: Project) -> None:
    sample.set_codable(GOVERNANCE, False)
    category, code = proxy_index(panel, uuid(sample, GOVERNANCE)), proxy_index(
        panel, uuid(sample, KOMMUNAL))
    assert category.data(Qt.ItemDataRole.FontRole).italic()
    assert code.data(Qt.ItemDataRole.FontRole) is None
    assert "Category" in category.data(Qt.ItemDataRole.ToolTipRole)
    assert "Category" not in code.data(Qt.ItemDataRole.ToolTipRole)
    icon, swatch = (i.data(Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage()
                    for i in (category, code))
    assert icon != swatch


def test_make_category_and_back_from_the_context_menu(panel: CodeTreePanel, sample: Project,
                                                      stack: QUndoStack) -> None:
    panel.select_code(uuid(sample, GOVERNANCE))
    menu = panel.context_menu()
    assert "Make category" in [a.text() for a in menu.actions()]
    panel.code_actions.category.trigger()
    assert not sample.code(GOVERNANCE).codable
    assert stack.undoText() == "Make “Governance” a category"
    assert "Make code" in [a.text() for a in panel.context_menu().actions()]
    stack.undo()
    assert sample.code(GOVERNANCE).codable
    stack.redo()
    assert not sample.code(GOVERNANCE).codable
    panel.code_actions.category.trigger()  # and a code again
    assert sample.code(GOVERNANCE).codable and stack.count() == 2


def test_coding_with_a_category_offers_its_subcodes(qtbot, window: MainWindow,
                                                    monkeypatch) -> None:
    project = window.project
    project.set_codable(GOVERNANCE, False)
    asked = answer(monkeypatch, CategoryPicker, uuid(project, KOMMUNAL))
    select_words(window, "Arbeitsmarktintegration")
    click_code(qtbot, window, GOVERNANCE)
    assert [a[2].path for a in asked] == [GOVERNANCE]
    assert [(s.code, s.text) for s in mine(window)] == [(KOMMUNAL, "Arbeitsmarktintegration")]


def test_coding_with_the_category_itself_or_nothing(qtbot, window: MainWindow,
                                                   monkeypatch) -> None:
    project = window.project
    project.set_codable(GOVERNANCE, False)
    answer(monkeypatch, CategoryPicker, None)
    select_words(window, "Arbeitsmarktintegration")
    click_code(qtbot, window, GOVERNANCE)
    assert mine(window) == [] and "is a category" in status(window)
    answer(monkeypatch, CategoryPicker, uuid(project, GOVERNANCE))
    select_words(window, "Arbeitsmarktintegration")
    click_code(qtbot, window, GOVERNANCE)
    assert [s.code for s in mine(window)] == [GOVERNANCE]


def test_a_plain_code_is_coded_without_asking(qtbot, window: MainWindow, monkeypatch) -> None:
    def never(*_: object) -> None:
        raise AssertionError("a code that is no category needs no question")
    monkeypatch.setattr(CategoryPicker, "ask", never)
    select_words(window, "Arbeitsmarktintegration")
    click_code(qtbot, window, KOMMUNAL)
    assert [s.code for s in mine(window)] == [KOMMUNAL]


def test_the_picker_lists_the_codes_under_the_category(qtbot, sample: Project) -> None:
    sample.add_code("Governance/Ebenen", codable=False)
    sample.add_code("Governance/Ebenen/Land")
    picker = CategoryPicker(None, sample, sample.code(GOVERNANCE))
    qtbot.addWidget(picker)
    items = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert items == ["Kommunale Verantwortung", "Netzwerke und Kooperation", "Ebenen/Land"]
    picker.list.setCurrentRow(2)
    picker.findChild(QPushButton, "codeWithSubcode").click()
    assert picker.picked == uuid(sample, "Governance/Ebenen/Land")
    itself = CategoryPicker(None, sample, sample.code(GOVERNANCE))
    qtbot.addWidget(itself)
    itself.findChild(QPushButton, "codeWithCategory").click()
    assert itself.picked == uuid(sample, GOVERNANCE)


def test_a_category_without_subcodes_only_asks_to_confirm(qtbot, sample: Project) -> None:
    category = sample.set_codable("Corona", False)
    picker = CategoryPicker(None, sample, category)
    qtbot.addWidget(picker)
    picker.show()
    assert not picker.list.isVisible()
    assert not picker.findChild(QPushButton, "codeWithSubcode").isVisible()
    assert picker.findChild(QPushButton, "codeWithCategory").isVisible()


# -- before a REFI-QDA export ---------------------------------------------------------------


@pytest.fixture
def clashing(window: MainWindow) -> MainWindow:
    window.project.add_code("Governance/Sprache")  # "Sprache" is under Arbeit und Ausbildung
    return window


def test_shared_names_are_warned_of_before_writing(clashing: MainWindow, monkeypatch,
                                                   tmp_path: Path) -> None:
    answer(monkeypatch, ExportOptionsDialog, ExportChoice(ExportOptions(), ".qdc"))
    save_to(monkeypatch, tmp_path / "cb.qdc")
    asked = answer(monkeypatch, ExportWarningsDialog, False)
    trigger(clashing, "exportQdcAction")
    (_, _, warnings), = asked
    assert [export_warnings.warning_text(w) for w in warnings] == [
        "2 codes are named “Sprache”: Arbeit und Ausbildung/Sprache, Governance/Sprache"]
    assert not (tmp_path / "cb.qdc").exists() and "Cancelled" in status(clashing)
    answer(monkeypatch, ExportWarningsDialog, True)
    trigger(clashing, "exportQdcAction")
    assert (tmp_path / "cb.qdc").exists()


def test_with_unique_names_ticked_nothing_is_asked(clashing: MainWindow, monkeypatch,
                                                   tmp_path: Path) -> None:
    from .test_ui_export_menu import options_dialog

    dialog = options_dialog(clashing, "qdpx")
    box = dialog.findChild(QCheckBox, "exportUniqueNames")
    assert not box.isChecked()
    box.setChecked(True)
    answer(monkeypatch, ExportOptionsDialog, dialog.choice())
    asked = answer(monkeypatch, ExportWarningsDialog, False)
    save_to(monkeypatch, tmp_path / "p.qdpx")
    trigger(clashing, "exportQdpxAction")
    assert asked == [] and (tmp_path / "p.qdpx").exists()
    assert "2 code names qualified" in status(clashing)


def test_the_warning_box_offers_cancel_and_export_anyway(qtbot, clashing: MainWindow) -> None:
    from qda_app.refi.names import qdpx_warnings

    clashing.project.set_codable("Corona", False)
    warnings = qdpx_warnings(clashing.project, ExportOptions())
    box, anyway = warnings_box(clashing, "Export", warnings)
    qtbot.addWidget(box)
    assert "unique code names" in box.text()
    assert box.informativeText().splitlines() == [
        "• 2 codes are named “Sprache”: Arbeit und Ausbildung/Sprache, Governance/Sprache",
        "• The category “Corona” has 2 codings of its own; QualCoder drops codings of a "
        "category."]
    assert anyway.text() == "Export anyway"
    assert box.defaultButton() is not anyway  # Enter cancels
