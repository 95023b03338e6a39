"""A team project's window follows the other coders live, within a second, without reloading.

The other coder is real: a second :class:`Project` on the same server (what another
coder's program is), committing while the window runs its event loop. Nothing here
calls ``watch.check()``: the window hears the announcement on its own (its two-second
timer is stopped, so what arrives within the second came through the live feed). The
second is the feature's promise, measured from the other coder's commit with
``qtbot.waitUntil(..., timeout=1000)``; it takes a few milliseconds here.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from qda_app import Project
from qda_app.ui.main_window import MainWindow
from qda_app.ui.settings import AppSettings
from qda_app.ui.team.team_status import TITLE_CHARS

from .pg_server import PgServer
from .team_windows import team_window_on
from .ui_support import select_words, tree_index

SECOND_MS = 1000


@pytest.fixture
def team_window(qtbot, pg_server: PgServer, settings: AppSettings) -> Iterator[MainWindow]:
    with team_window_on(qtbot, pg_server, settings) as w:
        yield w


@pytest.fixture
def other(team_window: MainWindow) -> Iterator[Project]:
    """Another coder's program on the same team project."""
    with Project.open(team_window.project.location) as p:
        p.coder = "Lena Neu"
        yield p


def within_a_second(qtbot, shown) -> float:  # type: ignore[no-untyped-def]
    """Wait until ``shown()`` holds, at most a second; how long it took."""
    began = time.monotonic()
    qtbot.waitUntil(shown, timeout=SECOND_MS)
    return time.monotonic() - began


def tree_count(w: MainWindow, path: str) -> int:
    return int(tree_index(w, path).siblingAtColumn(1).data().split()[-1])


def document_row(w: MainWindow) -> str:
    return w.documents.model().index(0, 0).data()


def test_another_coders_coding_is_painted_counted_and_listed_within_a_second(
        qtbot, team_window: MainWindow, other: Project) -> None:
    w = team_window
    mobil = w.project.code("Mobilität")
    w.code_tree.model.set_checked([mobil.uuid], True)
    listed = w.segments.model.rowCount()
    before = tree_count(w, "Mobilität")
    start, end = select_words(w, "Fahrten zum Arzt")
    assert "(32)" in document_row(w)

    theirs = other.add_coding(w.view.doc.uuid, mobil.uuid, start, end)
    within_a_second(qtbot, lambda: theirs.uuid in w.view.index)
    assert tree_count(w, "Mobilität") == before + 1
    assert w.segments.model.rowCount() == listed + 1
    assert "(33)" in document_row(w)
    assert w.menus.coder_combo.findData("Lena Neu") >= 0  # a new coder, in the coder filter
    assert w.view.selection_cp() == (start, end)  # the reader's selection stays

    moved = other.update_coding(theirs.uuid, end=end + 4)  # moved: out at the old place
    within_a_second(qtbot, lambda: w.view.index.get(theirs.uuid) is not None
                    and w.view.index.get(theirs.uuid).end == moved.end)
    assert tree_count(w, "Mobilität") == before + 1 and w.segments.model.rowCount() == listed + 1

    other.remove_coding(theirs.uuid)
    within_a_second(qtbot, lambda: theirs.uuid not in w.view.index)
    assert tree_count(w, "Mobilität") == before
    assert w.segments.model.rowCount() == listed and "(32)" in document_row(w)


def test_code_system_changes_and_new_documents_arrive_within_a_second(
        qtbot, team_window: MainWindow, other: Project) -> None:
    w = team_window
    new = other.add_code("Von Lena", color="#911eb4")
    within_a_second(qtbot, lambda: w.code_tree.model.index_for_uuid(new.uuid).isValid())
    other.rename_code(new.uuid, "Lenas Code")
    within_a_second(qtbot, lambda: w.code_tree.model.index_for_uuid(new.uuid).data()
                    == "Lenas Code")
    doc = other.add_document("Interview Lena", "LN\tWir fahren jetzt mit dem Rad.\n")
    within_a_second(qtbot, lambda: w.documents.model_.row_of(doc.uuid) >= 0)
    other.delete_code(new.uuid)
    within_a_second(qtbot, lambda: not w.code_tree.model.index_for_uuid(new.uuid).isValid())
    assert w.view.doc is not None and w.view.doc.uuid != doc.uuid  # the reader stays put


def test_a_change_too_big_to_announce_in_full_reloads_what_it_touched(
        qtbot, team_window: MainWindow, other: Project) -> None:
    w = team_window
    doc, corona = w.view.doc, w.project.code("Corona")
    before = tree_count(w, "Corona")
    specs = [(doc.uuid, corona.uuid, i, i + 2) for i in range(0, 900, 3)]
    many = other.add_codings(specs)  # 300 UUIDs: more than one NOTIFY may carry
    within_a_second(qtbot, lambda: all(c.uuid in w.view.index for c in many))
    assert tree_count(w, "Corona") == before + 300


def test_the_window_s_own_changes_are_not_heard_twice(
        qtbot, team_window: MainWindow, other: Project) -> None:
    w = team_window
    mobil = w.project.code("Mobilität").uuid
    before = tree_count(w, "Mobilität")
    select_words(w, "Fahrten zum Arzt")
    w.coding.code_selection(mobil)
    theirs = other.add_document("Zum Hören", "Ein kurzer Text.")  # something to wait for
    within_a_second(qtbot, lambda: w.documents.model_.row_of(theirs.uuid) >= 0)
    assert tree_count(w, "Mobilität") == before + 1


def test_a_memo_and_a_set_of_another_coder_arrive(
        qtbot, team_window: MainWindow, other: Project) -> None:
    w = team_window
    doc = w.view.doc
    memo = other.add_memo("Lena: zentrale Stelle", document=doc.uuid)
    within_a_second(qtbot, lambda: doc.uuid in w.documents.model_.with_memo)
    other.add_set("Lenas Auswahl", documents=[doc.uuid])
    within_a_second(qtbot, lambda: "Lenas Auswahl" in [s.name for s in w.sets.model.sets])
    assert memo.uuid


def test_a_code_moved_by_another_coder_moves_with_its_counts(
        qtbot, team_window: MainWindow, other: Project) -> None:
    w = team_window
    model = w.code_tree.model
    mobil, governance = w.project.code("Mobilität"), w.project.code("Governance")
    assert tree_index(w, "Governance").siblingAtColumn(1).data() == "0 (4)"
    other.move_code(mobil.uuid, governance.uuid)
    within_a_second(qtbot, lambda: model.index_for_uuid(mobil.uuid).parent()
                    == model.index_for_uuid(governance.uuid))
    assert model.index_for_uuid(governance.uuid, 1).data() == "0 (8)"  # its 4 codings along


def test_the_status_bar_says_which_project_as_whom_and_how_many_coders_are_in(
        qtbot, team_window: MainWindow) -> None:
    w = team_window
    status = w.findChild(QLabel, "teamStatus")
    title = w.project.title[:TITLE_CHARS - 1].rstrip() + "…"  # the sample's title is long
    assert status.text() == f"team project {title} · connected as kodierwerk · 1 coder online"
    assert status.toolTip() == f"team project {w.project.title}"
    timer = w.findChild(QTimer, "teamStatusTimer")
    assert timer.isActive() and timer.interval() >= 5000  # not a query a second per coder
    timer.setInterval(50)  # the test does not wait ten seconds for the next look
    with Project.open(w.project.location), Project.open(w.project.location):
        qtbot.waitUntil(lambda: status.text().endswith("· 3 coders online"), timeout=2000)
    qtbot.waitUntil(lambda: status.text().endswith("· 1 coder online"), timeout=2000)


WRITER = """
import sys
from qda_app import Project
with Project.open(sys.argv[1]) as p:
    p.coder = "Prozess Zwei"
    print(p.add_coding(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])).uuid)
"""


def test_a_coding_written_by_another_process_is_painted_within_a_second(
        qtbot, team_window: MainWindow) -> None:
    w = team_window
    start, end = select_words(w, "Fahrten zum Arzt")
    corona = w.project.code("Corona")
    before = tree_count(w, "Corona")
    done = subprocess.run(
        [sys.executable, "-c", WRITER, w.project.location, w.view.doc.uuid, corona.uuid,
         str(start), str(end)], capture_output=True, text=True, timeout=60, check=True)
    uuid = done.stdout.strip()  # committed (and announced) when the process has ended
    within_a_second(qtbot, lambda: uuid in w.view.index)
    assert tree_count(w, "Corona") == before + 1
    assert w.menus.coder_combo.findData("Prozess Zwei") >= 0
