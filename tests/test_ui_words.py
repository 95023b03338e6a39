"""The Word Frequencies window on the sample project: the core's numbers, the concordance
on a click and the jump on a double-click, filtering and sorting, the project's stop
list, a code's text, following the project, and the export from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from qda_app.analysis import stop_words
from qda_app.analysis.concordance import concordance
from qda_app.analysis.words import TextScope, WordQuery, word_frequencies
from qda_app.ui.analysis.counting_window import RECOUNT_DELAY_MS
from qda_app.ui.analysis.stop_list import StopListDialog
from qda_app.ui.analysis.word_window import WordFrequencyWindow
from qda_app.ui.exchange.export_dialogs import ExportChoice, ExportOptionsDialog
from qda_app.ui.main_window import MainWindow

from .ui_support import answer, open_window, opened, save_to

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def open_words(window: MainWindow) -> WordFrequencyWindow:
    return opened(window, "wordFrequencyAction", WordFrequencyWindow)


def listed(wf: WordFrequencyWindow) -> list[tuple[str, str, str, str]]:
    """The table as shown (sorted and filtered)."""
    proxy = wf.table.model()
    return [tuple(proxy.index(r, c).data() for c in range(4)) for r in range(proxy.rowCount())]


def row_of(wf: WordFrequencyWindow, word: str) -> int:
    return next(r for r, shown in enumerate(listed(wf)) if shown[0] == word)


def test_the_table_is_the_cores_count(window: MainWindow, qtmodeltester) -> None:
    wf = open_words(window)
    for model in (wf.model, wf.proxy, wf.kwic):
        qtmodeltester.check(model)
    core = word_frequencies(window.project)
    assert wf.query().stop_words == stop_words.default_stop_words()  # until edited
    assert listed(wf) == [(r.word, str(r.count), f"{r.percent:.2f}", str(r.documents))
                          for r in core.rows]
    assert listed(wf)[0][:2] == ("Teilgruppen-Sitzung", "34")
    assert str(core.total_words) in wf.hint.text()


def test_a_click_lists_the_places_and_a_double_click_opens_one(qtbot, window: MainWindow,
                                                               qtmodeltester) -> None:
    wf = open_words(window)
    qtbot.waitExposed(wf)
    row = row_of(wf, "Geflüchteten")
    index = wf.table.model().index(row, 0)
    wf.table.scrollTo(index)
    qtbot.mouseClick(wf.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=wf.table.visualRect(index).center())
    qtmodeltester.check(wf.kwic)
    word = wf.word_at(row)
    places = concordance(window.project, word.forms)
    assert [(p.start, p.word) for p in wf.kwic.places] == [(p.start, p.word) for p in places]
    assert len(places) == word.count == 12
    text = window.project.documents()[0]
    third = wf.kwic.index(2, 2)
    qtbot.mouseClick(wf.kwic_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=wf.kwic_table.visualRect(third).center())
    qtbot.mouseDClick(wf.kwic_table.viewport(), Qt.MouseButton.LeftButton,
                      pos=wf.kwic_table.visualRect(third).center())
    assert window.view.doc.uuid == text.uuid
    assert window.view.selection_cp() == (places[2].start, places[2].end)
    assert window.view.doc.text[places[2].start:places[2].end] == "Geflüchteten"


def test_filter_and_sort(window: MainWindow) -> None:
    wf = open_words(window)
    wf.filter.setText("flücht")
    assert {shown[0] for shown in listed(wf)} == {"Geflüchteten", "Geflüchtete"} | {
        r.word for r in wf.model.words if "flücht" in r.word.casefold()}
    wf.filter.clear()
    wf.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    words = [shown[0] for shown in listed(wf)]
    assert words == sorted(words, key=str.casefold)
    assert wf.word_at(0).word == words[0]


def test_the_stop_list_is_the_projects_and_editable(qtbot, window: MainWindow, monkeypatch,
                                                    settings, sample_path: Path) -> None:
    wf = open_words(window)
    word = wf.word_at(row_of(wf, "Teilgruppen-Sitzung"))
    wf.add_to_stop_list(word)
    assert "Teilgruppen-Sitzung" not in {shown[0] for shown in listed(wf)}
    assert "teilgruppen-sitzung" in wf.store.effective()
    assert wf.store.effective() >= stop_words.default_stop_words()
    asked = answer(monkeypatch, StopListDialog, frozenset({"problem"}))
    wf.findChild(QPushButton, "wordStopListButton").click()
    assert "teilgruppen-sitzung" in asked[0][1]  # the dialog starts from the list as it is
    shown = {s[0] for s in listed(wf)}
    assert "Problem" not in shown and "Teilgruppen-Sitzung" in shown and "und" in shown
    wf.stop.setChecked(False)
    assert {"in", "und", "die"} <= {s[0] for s in listed(wf)[:5]}  # none left out
    window.close()
    again = open_window(qtbot, sample_path, settings)  # the list is kept for the project
    assert open_words(again).store.words() == {"problem"}
    again.close()


def test_the_stop_list_dialog_edits_one_word_a_line(qtbot) -> None:
    dialog = StopListDialog(None, frozenset({"und", "die"}))
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText() == "die\nund\n"
    dialog.editor.setPlainText("# mine\nÄh\n\nHALT\n")
    assert dialog.words() == {"äh", "halt"} and dialog.count.text().startswith("2")
    dialog.findChild(QPushButton, "stopListShipped").click()
    assert dialog.words() == stop_words.default_stop_words()


def test_a_codes_text_and_lemmas(window: MainWindow) -> None:
    wf = open_words(window)
    wf.code.setCurrentIndex(wf.code.findData(window.project.code("Mobilität").uuid))
    core = word_frequencies(window.project, WordQuery(scope=TextScope(codes=(
        window.project.code("Mobilität").uuid,))))
    assert [(s[0], int(s[1])) for s in listed(wf)] == [(r.word, r.count) for r in core.rows]
    assert wf.counted.total_words < 400
    wf.lemma.setChecked(True)
    lemmas = word_frequencies(window.project, wf.query())
    assert wf.query().lemma and listed(wf)[0][0] == lemmas.rows[0].word
    assert len(listed(wf)) == len(lemmas.rows) < len(core.rows)


def test_the_window_follows_new_documents(qtbot, window: MainWindow) -> None:
    wf = open_words(window)
    before = int(listed(wf)[row_of(wf, "Nachteilsausgleich")][1])
    window.project.add_document("Neu", "Nachteilsausgleich Nachteilsausgleich und so.")
    qtbot.waitUntil(lambda: wf.counted.documents == 2, timeout=10 * RECOUNT_DELAY_MS)
    row = row_of(wf, "Nachteilsausgleich")
    assert listed(wf)[row][1] == str(before + 2) and listed(wf)[row][3] == "2"
    assert wf.document.findText("Neu") > 0


def test_export_from_the_window_keeps_what_it_shows(window: MainWindow, monkeypatch,
                                                    tmp_path: Path) -> None:
    import openpyxl

    wf = open_words(window)
    wf.min_count.setValue(9)
    asked = []

    def ask(parent, project, exporter, start):
        asked.append((exporter.kind, start.words))
        return ExportChoice(start, ".xlsx")

    monkeypatch.setattr(ExportOptionsDialog, "ask", ask)
    save_to(monkeypatch, tmp_path / "words.xlsx")
    wf.findChild(QPushButton, "wordExportButton").click()
    assert asked == [("words", wf.query())]
    rows = list(openpyxl.load_workbook(tmp_path / "words.xlsx").worksheets[0].iter_rows(
        values_only=True))
    assert [(r[0], r[1]) for r in rows[1:]] == [(s[0], int(s[1])) for s in listed(wf)]


def test_the_context_menu_puts_a_word_on_the_stop_list(window: MainWindow) -> None:
    wf = open_words(window)
    row = row_of(wf, "Problem")
    menu = wf.word_menu(row)
    [add] = menu.actions()
    assert add.text() == "Add “Problem” to the Stop List"
    add.trigger()
    assert "Problem" not in {shown[0] for shown in listed(wf)}
    assert "problem" in wf.store.effective()


def test_file_export_words_starts_from_the_projects_stop_list(window: MainWindow) -> None:
    from qda_app.exporters.registry import exporter_for
    from qda_app.ui.exchange.export_actions import ExportActions

    wf = open_words(window)
    wf.store.set_words(frozenset({"problem", "lösung"}))
    actions = window.findChild(ExportActions)
    exporter = exporter_for("words")
    start = actions.start_options(exporter)
    assert start.words.stop_words == {"problem", "lösung"}
    dialog = ExportOptionsDialog(window, window.project, exporter, start)
    rows = dialog.words
    assert rows is not None and rows.stop.isChecked()
    rows.lemma.setChecked(True)
    rows.min_count.setValue(4)
    chosen = dialog.choice().options.words
    assert (chosen.stop_words, chosen.lemma, chosen.min_count) == (
        {"problem", "lösung"}, True, 4)
    rows.stop.setChecked(False)
    assert dialog.choice().options.words.stop_words == frozenset()
    wf.store.set_words(None)  # back to the shipped lists: nothing kept
    assert actions.start_options(exporter).words.stop_words is None
