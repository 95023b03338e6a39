"""Render memos in the window into ``docs/screenshots/memos.png``.

Run: ``python docs/make_memo_screenshots.py`` (offscreen; no display needed). The
sample project gets two short interviews, memos in the text, a free memo and a
journal entry; the picture shows the document list marking documents with a memo,
the transcript's memo signs beside the passages, and the memo manager.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from sample_window import application, main_window, sample_project

from qda_app import Project

OUT = Path(__file__).resolve().parent / "screenshots" / "memos.png"


def fill(project: Project) -> str:
    """Memos of every kind; returns the UUID of the passage to show."""
    doc = project.documents()[0]
    text = project.document(doc.uuid).text
    project.add_document("Interview 02", "I: Wie kommen Sie zur Arbeit?\nB: Mit dem Bus, "
                         "eine Stunde jeden Morgen.\n")
    project.add_document("Interview 10", "I: Was hat Ihnen geholfen?\nB: Der Sprachkurs "
                         "am Abend.\n")
    project.add_memo("Kurzes Gespräch, aber die Wege zur Arbeit sind sehr anschaulich.",
                     "Eindruck", document="Interview 02", author="Jonas Weber")
    passage = "Mobilitätsprobleme sind häufig vorhanden"
    start = text.index(passage)
    project.add_memo("In fast jedem Workshop genannt; mit den Interviews vergleichen.",
                     "Mobilität als Querschnittsthema", document=doc.uuid, start=start,
                     end=start + len(passage), author="Anna Keller")
    other = text.index("Ausbildung wird schnell wieder abgebrochen")
    project.add_memo("Abbrüche: sprachliche Gründe oder Geld?", "Warum Abbrüche?",
                     document=doc.uuid, start=other, end=other + 41, author="Jonas Weber")
    sprache = project.code("Arbeit und Ausbildung/Sprache")
    project.add_memo("Sprache und Mobilität treten in den Protokollen oft zusammen auf.",
                     "Sprache und Mobilität", links=[sprache, ("code", "Mobilität"),
                                                     ("document", "Interview 02")],
                     author="Anna Keller")
    project.add_memo("Codebuch nach dem zweiten Durchgang überarbeitet.", "Tag 2",
                     author="Anna Keller")
    return doc.uuid


def main(out: Path = OUT) -> None:
    app = application()
    project = sample_project()
    fill(project)
    window = main_window(project)
    window.resize(1500, 940)
    window.show()
    window.memos_dock.show()
    window.memos_dock.raise_()
    for _ in range(3):
        app.processEvents()
    window.resizeDocks([window.memos_dock], [260], Qt.Orientation.Vertical)
    text = window.view.doc.text if window.view.doc else ""
    anchor = text.find("Aktuell: Entzug")
    window.view.select_cp(anchor, anchor)
    window.view.centerCursor()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
