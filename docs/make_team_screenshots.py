"""Render the merge preview and the Agreement window into ``docs/screenshots/``.

Run: ``python docs/make_team_screenshots.py`` (offscreen; no display needed).
The merge shows the real workflow: a team file with the sample's code system
but no codings, and Anna's and Jonas's own files; Jonas added a code and gave
another code a colour of his own (a conflict the team file wins).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from sample_window import CODER, OUT, application, main_window

from qda_app import Project
from qda_app.sample import build_sample
from qda_app.ui.analysis.agreement_window import open_agreement
from qda_app.ui.team.merge_dialog import MergeFlow


def coder_files(folder: Path) -> tuple[Path, list[Path]]:
    sample = folder / "Beispielprojekt.qda"
    build_sample(sample).close()
    team, anna, jonas = folder / "Team.qda", folder / "anna.qda", folder / "jonas.qda"
    for path, keep in ((team, None), (anna, "Anna Keller"), (jonas, "Jonas Weber")):
        shutil.copy2(sample, path)
        with Project.open(path) as p:
            p.remove_codings([c.uuid for c in p.segments() if c.coder != keep])
    with Project.open(jonas) as p:
        p.coder = "Jonas Weber"
        code = p.add_code("Wohnen", color="#336699")
        doc = p.documents()[0]
        start = p.document(doc.uuid).text.index("Wohnraum")
        p.add_coding(doc.uuid, code.uuid, start, start + len("Wohnraum"))
        p.recolor_code("Mobilität", "#2e8b57")
    return team, [anna, jonas]


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))


def main() -> None:
    application()
    team, sources = coder_files(Path(tempfile.mkdtemp()))
    project = Project.open(team)
    project.coder = CODER
    window = main_window(project)
    window.show()
    settle()
    flow = window.findChild(MergeFlow, "mergeFlow")
    preview = flow.preview_files(sources)
    assert preview is not None
    preview.resize(780, 480)
    save(preview, "merge-preview.png")
    preview.merge_button.click()
    settle()
    agreement = open_agreement(window.bench)
    save(agreement, "agreement.png")
    window.close()


if __name__ == "__main__":
    main()
