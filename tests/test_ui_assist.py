"""The Assist pane on the real window, over the small German and English project: the
index built in a thread (the window answers meanwhile), more like this from a typed
sentence, the selection and the context menu, "Code These…" as one undo step, suggested
codes coded only on a click, and the consistency check with its export."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from qda_app.assist.consistency import Miss, Slip
from qda_app.assist.lexical import LexicalEngine
from qda_app.assist.more_like_this import Match
from qda_app.ui.assist.assist_menu import extend
from qda_app.ui.assist.assist_pane import AssistPane
from qda_app.ui.assist.index_keeper import IndexKeeper
from qda_app.ui.assist.result_models import RECORD_ROLE
from qda_app.ui.codes.code_picker import CodePicker
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.settings import AppSettings

from .assist_project import DE, EN, MISS_DE, MISS_EN, SLIP
from .ui_support import open_window, select_words, state


@pytest.fixture
def window(qtbot, assist_path: Path, settings: AppSettings, monkeypatch) -> MainWindow:
    monkeypatch.setattr("qda_app.assist.semantic.available", lambda: False)  # as CI has it
    w = open_window(qtbot, assist_path, settings)
    yield w
    w.assist.keeper.shutdown()


def answered(qtbot, pane: AssistPane, model) -> None:
    """Wait until the pane's index is built and ``model`` shows an answer."""
    qtbot.waitUntil(lambda: not pane.keeper.busy and model.rowCount() > 0, timeout=20_000)


def rows(model) -> list:
    return [model.index(r, 0).data(RECORD_ROLE) for r in range(model.rowCount())]


def test_the_pane_says_where_it_computes_and_which_engine(window: MainWindow):
    pane = window.assist
    assert "Computed on this computer" in pane.private.text()
    assert "lexical" in pane.private.text()
    assert pane.note.isVisibleTo(pane)
    assert "pip install 'kodierwerk[assist]'" in pane.note.text()


def test_a_typed_sentence_lists_similar_passages_and_a_double_click_opens_one(
        qtbot, window: MainWindow, qtmodeltester):
    pane = window.assist
    action(window, "similarPassagesAction").trigger()
    assert window.assist_dock.isVisible() and pane.query.hasFocus()
    pane.query.setText("Ohne Auto kommt man nicht weg, der Bus fährt selten")  # umlauts:
    qtbot.keyClick(pane.query, Qt.Key.Key_Return)  # keyClicks types ASCII only
    answered(qtbot, pane, pane.matches)
    qtmodeltester.check(pane.matches)
    found = rows(pane.matches)
    assert all(isinstance(m, Match) for m in found)
    assert MISS_DE in {m.text for m in found[:2]}
    assert Path(str(window.project.path) + ".assist").is_file()  # saved beside the project
    first = pane.matches.index(0, 3)
    pane.open_row(first)
    start, end = window.view.selection_cp()
    assert (window.view.doc.name, start, end) == (DE, found[0].start, found[0].end)


def test_more_like_this_from_the_selection_and_code_these_is_one_undo_step(
        qtbot, window: MainWindow, monkeypatch):
    pane = window.assist
    window.transcript.show_document(window.project.document(EN).uuid)
    select_words(window, "Without a car you cannot get to the factory")
    menu = window.transcript.menu.build(window.view.viewport().rect().center())
    [like] = [a for a in menu.actions() if a.objectName() == "moreLikeThisAction"]
    like.trigger()
    answered(qtbot, pane, pane.matches)
    assert rows(pane.matches)[0].text == MISS_EN
    assert pane.matches.index(0, 2).data() == ""  # not coded yet
    before = state(window.project)
    pane.matches.setData(pane.matches.index(0, 0), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    code = window.project.code("Transport").uuid
    monkeypatch.setattr(CodePicker, "ask_code", classmethod(lambda cls, *a, **k: code))
    assert pane.code_these.isEnabled() and pane.code_ticked()
    coded = [c for c in window.project.segments(code="Transport") if c.text == MISS_EN]
    assert len(coded) == 1 and coded[0].coder == "Tester"
    window.bench.undo_stack.undo()
    assert state(window.project) == before
    window.bench.undo_stack.redo()
    assert [c.uuid for c in window.project.segments(code="Transport") if c.text == MISS_EN] \
        == [coded[0].uuid]


def test_more_like_a_coding_from_the_context_menu(qtbot, window: MainWindow):
    pane = window.assist
    window.transcript.show_document(window.project.document(EN).uuid)
    coding = window.project.segments(code="Transport")[0]
    cursor = window.view.textCursor()
    cursor.clearSelection()  # right-clicked on the coding, nothing selected
    window.view.setTextCursor(cursor)
    here = window.view.records(window.view.codings_at(coding.start + 3))
    menu = QMenu()
    extend(pane, menu, here)
    [like] = [a for a in menu.actions() if a.objectName() == "moreLikeCodingAction"]
    assert "Transport" in like.text()
    like.trigger()
    answered(qtbot, pane, pane.matches)
    assert rows(pane.matches)[0].text == MISS_EN


def test_suggested_codes_are_coded_only_on_a_click(qtbot, window: MainWindow,
                                                   qtmodeltester):
    pane = window.assist
    select_words(window, MISS_DE)
    before = state(window.project)
    action(window, "suggestCodesAction").trigger()
    answered(qtbot, pane, pane.suggestions)
    qtmodeltester.check(pane.suggestions)
    best = rows(pane.suggestions)[0]
    assert best.code == "Mobilität"
    assert "Ohne Auto kommt man aus dem Dorf nicht weg" in pane.suggestions.index(0, 2).data()
    assert state(window.project) == before  # asked, not coded
    assert pane.code_with_suggestion()
    assert MISS_DE in [c.text for c in window.project.segments(code="Mobilität")]
    window.bench.undo_stack.undo()
    assert state(window.project) == before


def test_the_consistency_check_lists_misses_and_slips_and_exports_them(
        qtbot, window: MainWindow, qtmodeltester):
    pane = window.assist
    exported = []
    pane.export_check = exported.append
    action(window, "consistencyCheckAction").trigger()
    answered(qtbot, pane, pane.findings)
    qtmodeltester.check(pane.findings)
    found = rows(pane.findings)
    assert ("Mobilität", MISS_DE) in {(f.code, f.text) for f in found if isinstance(f, Miss)}
    assert [f.coding.text for f in found if isinstance(f, Slip)] == [SLIP]
    pane.export_button.click()
    assert exported[0].engine == "lexical" and exported[0].codes == ()


def test_a_new_document_updates_the_index_in_the_background(qtbot, window: MainWindow):
    pane = window.assist
    pane.more_like_this("Bus Dorf")
    answered(qtbot, pane, pane.matches)
    window.project.add_document("nachtrag", "Am Sonntag fährt jetzt ein Rufbus ins Dorf.")
    pane.more_like_this("Rufbus am Sonntag")
    qtbot.waitUntil(lambda: not pane.keeper.busy and pane.matches.rowCount() > 0
                    and rows(pane.matches)[0].document == "nachtrag", timeout=20_000)


def test_screenshot_of_the_pane(qtbot, window: MainWindow, tmp_path: Path):
    pane = window.assist
    pane.more_like_this("Ohne Auto kommt man nicht weg, der Bus fährt selten")
    answered(qtbot, pane, pane.matches)
    pane.matches.tick_all()
    window.resize(1280, 900)
    qtbot.wait(50)
    shot = tmp_path / "assist.png"
    assert pane.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


class SlowEngine(LexicalEngine):
    """The lexical engine, a passage at a time and slowly: a build long enough to cancel."""

    def encode(self, texts, language, tick=None):  # type: ignore[no-untyped-def]
        for _ in texts:
            time.sleep(0.02)
            if tick is not None:
                tick(1)
        return super().encode(texts, language)


def test_the_index_builds_in_a_thread_while_coding_goes_on_and_cancel_stops_it(
        qtbot, window: MainWindow, monkeypatch):
    pane = window.assist
    monkeypatch.setattr(IndexKeeper, "_choose", staticmethod(lambda name: (SlowEngine(), None)))
    pane.keeper.use_engine("lexical")
    pane.more_like_this("Bus Dorf")
    assert pane.keeper.busy and pane.progress.isVisibleTo(pane)
    qtbot.waitUntil(lambda: pane.progress.value() > 0, timeout=5_000)  # the window answers
    doc = window.project.document(DE)
    start = doc.text.index("Eine Patin")
    window.project.add_coding(doc.uuid, "Sprache", start, start + 10)  # no lock held
    pane.cancel.click()
    qtbot.waitUntil(lambda: not pane.keeper.busy, timeout=5_000)
    assert pane.matches.rowCount() == 0
    assert not pane.progress.isVisibleTo(pane)
    assert not Path(str(window.project.path) + ".assist").exists()
