"""The Search pane on the real window: hits as the core finds them, sorting, jumping to a
hit, one-line errors, following the project, and Code All Hits as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qda_app.analysis.autocode import plan_autocode
from qda_app.ui.main_window import MainWindow
from qda_app.ui.menus import action
from qda_app.ui.search.autocode_dialog import AutocodeDialog
from qda_app.ui.search.search_model import CONTEXT, DOCUMENT, POSITION, HitRole

from .ui_support import SPRACHE, state, status

QUERY = "sprach"
NOTE = "Notiz zum Spracherwerb. Sprachkurse fehlen, sagt sie.\nSPRACHE ist der Schlüssel."


def search(qtbot, window: MainWindow, query: str) -> None:
    """Ctrl+Shift+F, type, Enter: as a coder does it."""
    action(window, "findAllAction").trigger()
    pane = window.search
    assert window.search_dock.isVisible() and pane.field.hasFocus()
    pane.field.clear()
    qtbot.keyClicks(pane.field, query)
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)


def shown_hits(window: MainWindow) -> list[tuple[str, int, int]]:
    table = window.search.table
    model = table.model()
    return [(h.document_uuid, h.start, h.end)
            for h in (model.index(r, 0).data(HitRole) for r in range(model.rowCount()))]


def test_the_pane_lists_what_the_core_finds(qtbot, window: MainWindow, qtmodeltester) -> None:
    search(qtbot, window, QUERY)
    pane = window.search
    assert pane.objectName() == "searchResults"
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)
    [doc] = window.project.documents()
    text = window.project.document(doc.uuid).text
    assert len(shown_hits(window)) == text.casefold().count(QUERY) == 20
    assert all(text[s:e].casefold() == QUERY for _, s, e in shown_hits(window))
    first = pane.proxy.index(0, CONTEXT)
    assert first.data() == first.data(HitRole).context and "\n" not in first.data()
    assert pane.proxy.index(0, DOCUMENT).data() == doc.name
    line = text.count("\n", 0, first.data(HitRole).start) + 1
    assert pane.proxy.index(0, POSITION).data() == f"¶ {line}"
    assert pane.summary.text() == f"Hits of “{QUERY}”: 20 · documents: 1"
    pane.whole_words.setChecked(True)  # the options search again at once
    assert len(shown_hits(window)) == 0 and pane.summary.text().endswith(": 0 · documents: 0")
    assert not pane.code_all.isEnabled()


def test_sorting_by_context_and_back(qtbot, window: MainWindow) -> None:
    search(qtbot, window, QUERY)
    before = shown_hits(window)
    window.search.table.sortByColumn(CONTEXT, Qt.SortOrder.AscendingOrder)
    model = window.search.table.model()
    keys = [model.index(r, CONTEXT).data(HitRole) for r in range(model.rowCount())]
    assert [h.text.casefold() + "\t" + h.after.casefold() for h in keys] == sorted(
        h.text.casefold() + "\t" + h.after.casefold() for h in keys)
    assert sorted(shown_hits(window)) == sorted(before)
    window.search.table.sortByColumn(POSITION, Qt.SortOrder.AscendingOrder)
    assert shown_hits(window) == before


def test_double_click_selects_the_hit_in_the_transcript(qtbot, window: MainWindow) -> None:
    search(qtbot, window, QUERY)
    table = window.search.table
    table.sortByColumn(CONTEXT, Qt.SortOrder.DescendingOrder)  # row 0 is some later hit
    index = table.model().index(0, CONTEXT)
    hit = index.data(HitRole)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # click's 2
    assert window.view.selection_cp() == (hit.start, hit.end)
    assert window.view.textCursor().selectedText().casefold() == QUERY


def test_a_broken_pattern_is_said_under_the_table(qtbot, window: MainWindow,
                                                  warnings: list[str]) -> None:
    window.search.regex.setChecked(True)
    search(qtbot, window, "sprach(")
    assert shown_hits(window) == [] and warnings == []
    assert window.search.summary.text().startswith("not a valid regular expression")


def test_hits_follow_documents_added_and_removed(qtbot, window: MainWindow) -> None:
    search(qtbot, window, QUERY)
    assert len(shown_hits(window)) == 20
    note = window.project.add_document("Notiz", NOTE)
    qtbot.waitUntil(lambda: len(shown_hits(window)) == 20 + NOTE.casefold().count(QUERY))
    assert {d for d, _, _ in shown_hits(window)} >= {note.uuid}
    # searching only the note: its hits alone
    window.search.documents.choose({note.uuid})
    assert [s for _, s, _ in shown_hits(window)] == [
        i for i in range(len(NOTE)) if NOTE.casefold().startswith(QUERY, i)]
    assert window.search.documents.text() == "Document: Notiz"
    window.project.delete_document(note.uuid)
    qtbot.waitUntil(lambda: len(shown_hits(window)) == 20)  # back to all documents
    assert window.search.documents.text() == "Documents: all"


def _accept_with(unit: str, code: str = SPRACHE):
    """An ``AutocodeDialog.ask`` that fills in the real dialog and clicks OK."""
    shown: list[str] = []

    def ask(cls, parent, project, hits, query, code_uuid=None, unit_=None):
        dialog = cls(parent, project, hits, query, code_uuid, unit_ or "hit")
        dialog.code.setCurrentIndex(dialog.code.findText(code))
        dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
        shown.append(dialog.preview.text())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.plan

    return classmethod(ask), shown


def test_code_all_hits_is_one_undo_step(qtbot, window: MainWindow, monkeypatch) -> None:
    project = window.project
    search(qtbot, window, QUERY)
    expected = plan_autocode(project, project.search(QUERY), SPRACHE, "sentence")
    ask, previews = _accept_with("sentence")
    monkeypatch.setattr(AutocodeDialog, "ask", ask)
    stack = window.bench.undo_stack
    before, steps = state(project), stack.count()
    assert window.search.code_all_hits()
    assert stack.count() == steps + 1
    assert previews == [f"New codings: {expected.new}. Already there (not added again): 0.\n"
                        f"Overlapping units are merged: 20 hits make {len(expected.specs)} "
                        "codings."]
    after = state(project)
    added = {(s.document_uuid, s.start, s.end) for s in project.segments(code=SPRACHE)
             if s.coder == "Tester"}
    assert added == {(s.document, s.start, s.end) for s in expected.specs}
    assert f"new codings: {expected.new}, already there: 0" in status(window)
    stack.undo()
    assert state(project) == before
    stack.redo()
    assert state(project) == after  # the same codings, UUIDs and times
    stack.undo()
    assert state(project) == before


def test_the_preview_counts_what_is_there_and_ok_needs_something_new(
        qtbot, window: MainWindow, monkeypatch) -> None:
    project = window.project
    search(qtbot, window, QUERY)
    monkeypatch.setattr(AutocodeDialog, "ask", _accept_with("paragraph")[0])
    assert window.search.code_all_hits()
    dialog = AutocodeDialog(window, project, window.search.hits(), QUERY,
                            project.code(SPRACHE).uuid, "paragraph")
    qtbot.addWidget(dialog)
    plan = dialog.plan
    assert plan is not None and plan.new == 0 and plan.existing == len(plan.specs) > 0
    assert dialog.preview.text().startswith(
        f"New codings: 0. Already there (not added again): {plan.existing}.")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.unit.setCurrentIndex(dialog.unit.findData("turn"))
    assert dialog.plan is not None and dialog.plan.new > 0
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "no speaker turn" in dialog.preview.text()  # the sample's word cloud has none
    dialog.code.setEditText("Nichts dergleichen")
    assert dialog.plan is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _yellow(color) -> bool:
    return color.red() > 200 and color.green() > 170 and color.blue() < 190


@pytest.mark.parametrize("sort_column", [DOCUMENT, CONTEXT])
def test_each_hit_is_highlighted_at_the_keyword_column(qtbot, window: MainWindow,
                                                       sort_column: int) -> None:
    """Keyword in context: every row's hit is painted on the Find colour at 40 % of the
    column, so the hits line up; the words around it are not."""
    from qda_app.ui.search.kwic_delegate import KEYWORD_AT

    search(qtbot, window, QUERY)
    table = window.search.table
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.clearSelection()
    image = table.viewport().grab().toImage()
    rows = [r for r in range(table.model().rowCount())
            if table.visualRect(table.model().index(r, CONTEXT)).bottom() < image.height()]
    assert len(rows) >= 3
    for row in rows:
        rect = table.visualRect(table.model().index(row, CONTEXT))
        x = rect.left() + 3 + int((rect.width() - 6) * KEYWORD_AT)
        ys = range(rect.top() + 3, rect.bottom() - 2)
        assert any(_yellow(image.pixelColor(x + dx, y)) for dx in range(1, 6) for y in ys)
        assert not any(_yellow(image.pixelColor(x - 30, y)) for y in ys)


def test_the_documents_menu_ticks_what_is_searched(qtbot, window: MainWindow) -> None:
    note = window.project.add_document("Notiz", NOTE)
    search(qtbot, window, QUERY)
    choice = window.search.documents
    menu = choice.menu()

    def tick(text: str) -> None:
        menu.aboutToShow.emit()  # the menu is filled as it opens
        [entry] = [a for a in menu.actions() if a.text() == text]
        entry.trigger()

    [sample] = [d for d in window.project.documents() if d.uuid != note.uuid]
    tick(sample.name)  # untick the sample: only the note is searched
    assert {d for d, _, _ in shown_hits(window)} == {note.uuid}
    tick("Notiz")  # the last ticked document stays ticked
    assert choice.chosen == {note.uuid}
    tick("All documents")
    assert len(shown_hits(window)) == 20 + NOTE.casefold().count(QUERY)


def test_coding_hits_that_are_all_there_is_no_undo_step(qtbot, window: MainWindow) -> None:
    from qda_app.analysis.autocode import apply_autocode
    from qda_app.ui.commands.coding_commands import AddNewCodings
    from qda_app.ui.commands.command_base import run

    project = window.project
    plan = plan_autocode(project, project.search(QUERY), SPRACHE, "paragraph")
    apply_autocode(project, plan)  # e.g. another program coded them meanwhile
    stack, before = window.bench.undo_stack, state(project)
    steps = stack.count()
    command = AddNewCodings(project, plan.specs, "Code all hits")
    assert run(stack, command, window)
    assert (command.added, command.existing) == ([], len(plan.specs))
    assert stack.count() == steps and state(project) == before
