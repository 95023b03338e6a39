"""The coding workbench driven like a coder: real widgets, offscreen (pytest-qt).

The ``window`` and ``settings`` fixtures are in conftest.py, the helpers in ui_support.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qda_app import Project
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings
from qda_app.ui.transcript.transcript_view import SELECTION_MIME

from .ui_support import click_code, mine, select_words, tree_index


def test_window_shows_project_document_codes_and_coder(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Beispielprojekt")
    assert window.view.objectName() == "textView"
    assert window.view.doc is not None and window.view.doc.name.startswith("workshop")
    assert len(window.view.index) == 32
    doc_list = window.documents
    assert doc_list.objectName() == "documentList"
    assert "(32)" in doc_list.model().index(0, 0).data()
    assert window.coder_label.text().endswith("Tester")


def test_code_by_clicking_a_code_snaps_to_words(qtbot, window: MainWindow) -> None:
    start, end = select_words(window, "Sprache rückt in den Hintergrund")
    window.view.select_cp(start + 2, end - 3)  # a sloppy selection inside the words
    click_code(qtbot, window, "Arbeit und Ausbildung/Sprache")
    [coding] = mine(window)
    assert coding.text == "Sprache rückt in den Hintergrund"
    assert coding.code == "Arbeit und Ausbildung/Sprache"
    assert coding.uuid in window.view.index  # highlighted at once


def test_alt_keeps_the_exact_selection(qtbot, window: MainWindow) -> None:
    start, end = select_words(window, "Sprache rückt")
    window.view.select_cp(start + 2, end)
    window.view.exact_selection = True  # what releasing the mouse with Alt held records
    click_code(qtbot, window, "Arbeit und Ausbildung/Sprache")
    assert mine(window)[0].text == "rache rückt"


def test_quick_codes_and_last_code_by_keyboard(qtbot, window: MainWindow) -> None:
    window.coding.pin_quick_code(window.project.code("Mobilität").uuid, 3)
    select_words(window, "Fahrten zum Arzt")
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    select_words(window, "Distanzen in Flächenland")
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert [(c.code, c.text) for c in mine(window)] == [
        ("Mobilität", "Fahrten zum Arzt"), ("Mobilität", "Distanzen in Flächenland")]


def test_drag_a_selection_onto_a_code(window: MainWindow) -> None:
    select_words(window, "Kleine, familiäre Betriebe")
    mime = window.view.createMimeDataFromSelection()
    assert mime.hasFormat(SELECTION_MIME)
    index = tree_index(window, "Arbeit und Ausbildung/Betriebe")
    model = index.model()
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, index)
    assert [c.text for c in mine(window)] == ["Kleine, familiäre Betriebe"]


def test_code_with_dialog_from_the_context_menu(window: MainWindow, monkeypatch) -> None:
    target = window.project.code("Begegnungsorte").uuid
    monkeypatch.setattr(window.coding, "pick_code", lambda title, allow_new: target)
    select_words(window, "Es braucht Treffpunkte!")
    window.coding.code_with_dialog()
    assert [(c.code, c.text) for c in mine(window)] == [
        ("Begegnungsorte", "Es braucht Treffpunkte!")]


def test_in_vivo_creates_a_code_named_after_the_words(qtbot, window: MainWindow) -> None:
    select_words(window, "„Nimm den, der ist gut“")
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    code = window.project.code("Nimm den, der ist gut")
    assert [c.code for c in mine(window)] == [code.path]
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mine(window) == [] and "Nimm den, der ist gut" not in [
        c.path for c in window.project.codes()]
    qtbot.keyClick(window.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.project.code("Nimm den, der ist gut").uuid == code.uuid
    assert len(mine(window)) == 1


def test_code_whole_speaker_turn(window: MainWindow, monkeypatch) -> None:
    target = window.project.code("Governance/Kommunale Verantwortung").uuid
    monkeypatch.setattr(window.coding, "pick_code", lambda title, allow_new: target)
    text = window.view.doc.text
    inside = text.index("Mehr Struktur und Führung notwendig")
    assert window.coding.code_turn_with_dialog(inside)
    [coding] = mine(window)
    assert coding.speaker == "UK"
    assert coding.text.startswith("„Mir fehlt die kommunale Verantwortung")
    assert coding.text.endswith("unmittelbarer Zugang vor Ort)")


def test_undo_and_redo_codings_by_keyboard(qtbot, window: MainWindow) -> None:
    select_words(window, "Einsamkeit während Corona")
    click_code(qtbot, window, "Corona")
    [first] = mine(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mine(window) == [] and first.uuid not in window.view.index
    qtbot.keyClick(window.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert mine(window) == [first] and first.uuid in window.view.index


def test_click_a_stripe_then_remove_move_memo_and_bounds(qtbot, window: MainWindow,
                                                         monkeypatch) -> None:
    start, _ = select_words(window, "Mobilitätsprobleme sind häufig vorhanden")
    window.coding.code_selection(window.project.code("Arbeit und Ausbildung").uuid)
    [coding] = mine(window)
    window.view.select_cp(start, start + 1)  # scroll it into view
    qtbot.wait(20)
    margin = window.view.margin
    margin.repaint()
    rects = [r for r, uuid in margin.stripes() if uuid == coding.uuid]
    assert rects, "the coding has a stripe"
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rects[0].center().toPoint())
    assert window.view.selected_coding == coding.uuid
    monkeypatch.setattr("qda_app.ui.transcript.coding_actions.MemoDialog.ask",
                        classmethod(lambda cls, parent, title, text, settings, **_:
                                    "Infrastruktur!"))
    assert window.coding.memo_selected()
    monkeypatch.setattr(window.coding, "pick_code",
                        lambda title, allow_new: window.project.code("Mobilität").uuid)
    assert window.coding.move_selected()
    window.view.select_cp(start, start + len("Mobilitätsprobleme"))
    assert window.coding.set_bounds_of_selected()
    moved = window.project.coding(coding.uuid)
    assert (moved.code, moved.memo, moved.text) == ("Mobilität", "Infrastruktur!",
                                                    "Mobilitätsprobleme")
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert mine(window) == []
    for _ in range(4):
        window.bench.undo_stack.undo()
    assert window.project.coding(coding.uuid) == coding  # every step undone exactly


def test_emoji_before_a_coded_span(qtbot, tmp_path: Path, settings: AppSettings) -> None:
    path = tmp_path / "emoji.qda"
    with Project.create(path) as p:
        p.add_document("chat", "🙂🙂 Anna: 🎉 Die Sprache der Prüfung 🎓 ist schwer.\n")
        p.add_code("Sprache")
    project = Project.open(path)
    project.coder = "Tester"
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.show()
    start = w.view.doc.text.index("Sprache")
    # select in Qt's own units, as a mouse would: 4 emoji before the word = 4 extra units
    from PySide6.QtGui import QTextCursor

    cursor = w.view.textCursor()
    cursor.setPosition(start + 3)
    cursor.setPosition(start + 3 + len("Sprache"), QTextCursor.MoveMode.KeepAnchor)
    w.view.setTextCursor(cursor)
    assert w.view.textCursor().selectedText() == "Sprache"
    click_code(qtbot, w, "Sprache")
    [coding] = project.segments()
    assert (coding.start, coding.text) == (start, "Sprache")
    rects = w.view.span_rects(w.view.map.to_utf16(coding.start), w.view.map.to_utf16(coding.end))
    selected = w.view.cursorRect(cursor)
    assert rects and abs(rects[0].right() - selected.right()) < 3  # highlight sits on the word
    w.close()


def test_segment_table_lists_checked_codes_and_jumps(qtbot, window: MainWindow) -> None:
    index = tree_index(window, "Arbeit und Ausbildung")
    index.model().setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    table = window.segments.table
    assert table.objectName() == "segmentTable"
    assert table.model().rowCount() == 10  # the codings of all its subcodes
    window.segments.subcodes.setChecked(False)
    assert table.model().rowCount() == 0
    window.segments.subcodes.setChecked(True)
    row = 3
    wanted = window.segments.model.rows[row]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selection_cp() == (wanted.start, wanted.end)
    assert window.view.selected_coding == wanted.uuid


def test_find_highlights_every_hit(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "Nachteilsausgleich")
    assert len(window.view.search_hits) == window.view.doc.text.count("Nachteilsausgleich")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    start, end = window.view.selection_cp()
    assert window.view.doc.text[start:end] == "Nachteilsausgleich"
    assert "1 of" in bar.count.text()


def test_coder_filter_shows_one_coders_codings(window: MainWindow) -> None:
    combo = window.menus.coder_combo
    assert combo.objectName() == "coderFilter"
    combo.setCurrentIndex(combo.findData("Anna Keller"))
    assert {c.coder for c in window.view.visible_codings()} <= {"Anna Keller"}
    combo.setCurrentIndex(combo.findData(None))
    assert len(window.view.index) == 32


def test_import_with_errors_in_a_message_box(window: MainWindow, tmp_path: Path,
                                             monkeypatch) -> None:
    good = tmp_path / "interview.txt"
    good.write_text("IK\tWir fahren mit dem Bus.\n", encoding="utf-8")
    bad = tmp_path / "leer.txt"
    bad.write_text("")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window.importer.import_files([good, bad])
    assert [d.name for d in window.project.documents()][-1] == "interview"
    assert window.view.doc.name == "interview"
    assert shown and "leer.txt is empty" in shown[0]


def test_layout_coder_and_recent_projects_persist(qtbot, sample_path: Path,
                                                  settings: AppSettings) -> None:
    project = Project.open(sample_path)
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.bench.set_coder("Anna Keller")
    w.segments_dock.hide()
    w.close()
    assert settings.coder_name == "Anna Keller"
    w2 = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(w2)
    w2.show()
    assert not w2.segments_dock.isVisible()
    w2.close()


def test_coding_the_same_span_twice_adds_nothing(qtbot, window: MainWindow) -> None:
    """The first click of a double-click (rename) must not duplicate a coding."""
    select_words(window, "Einsamkeit während Corona")
    click_code(qtbot, window, "Corona")
    click_code(qtbot, window, "Corona")
    assert len(mine(window)) == 1
    assert "already coded" in window.statusBar().currentMessage()


def test_a_passage_someone_else_just_coded_the_same_way_is_refused_by_the_core(
        qtbot, window: MainWindow, warnings: list[str]) -> None:
    """The rule lives in the core: the window need not know the other program's coding."""
    start, end = select_words(window, "Einsamkeit während Corona")
    doc, code = window.view.doc, window.project.code("Corona")
    with Project.open(window.project.path) as other:  # e.g. a script on the same file
        other.add_coding(doc.uuid, code.uuid, start, end, coder=window.project.coder)
    click_code(qtbot, window, "Corona")
    assert "already coded" in window.statusBar().currentMessage()
    assert warnings == []  # a status line, not a box
    assert len([s for s in window.project.segments(code="Corona")
                if (s.start, s.end) == (start, end)]) == 1
    assert not window.bench.undo_stack.canUndo()  # nothing happened, so nothing to undo


def test_unpinning_a_quick_code(qtbot, window: MainWindow) -> None:
    uuid = window.project.code("Mobilität").uuid
    window.coding.pin_quick_code(uuid, 2)
    window.coding.pin_quick_code(uuid, 0)
    assert window.coding.quick_codes == {}
    select_words(window, "Fahrten zum Arzt")
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert mine(window) == []


def test_a_refused_in_vivo_coding_leaves_no_empty_code(qtbot, project) -> None:
    from PySide6.QtGui import QUndoStack

    from qda_app import CodingSpec
    from qda_app.ui.commands.coding_commands import InVivo

    project.add_document("d", "kurz\n")
    stack = QUndoStack()
    command = InVivo(project, "Neuer Code", CodingSpec("d", "", 0, 99))  # beyond the text
    stack.push(command)  # what run() does before it shows the refusal
    assert [c.path for c in project.codes()] == []
    assert stack.count() == 0
