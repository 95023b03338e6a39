"""Render the Document Variables window and the Crosstab window, in German, on a small
study of twelve interviews, to ``docs/screenshots/variable-table.png`` and
``docs/screenshots/crosstab.png``.

The study: twelve short interviews (interviewer and interviewee), six variables of every
type (region, age, gender, interview date, income, migration experience), a few codes
and codings, and a set made from a condition, activated (the crosstab reads it).

Run: ``python docs/make_variable_screenshots.py [FOLDER]`` (offscreen; no display needed).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

from sample_window import CODER, FULL_HD, OUT, application, main_window

os.environ.setdefault("QT_QPA_PLATFORM", FULL_HD)

from PySide6.QtCore import QLocale, Qt

from qda_app import Project, Turn
from qda_app.ui.analysis.crosstab_window import CrosstabWindow
from qda_app.ui.app import install_translations
from qda_app.ui.menus import action
from qda_app.ui.variables.variable_window import VariableWindow

PEOPLE = [  # region, age, gender, date, income, migration experience
    ("Thüringen", 34, "w", "12.03.2024", "2.150,00", "ja"),
    ("Sachsen", 45, "m", "14.03.2024", "3.400,50", "nein"),
    ("Thüringen", 61, "m", "20.03.2024", "1.980,00", "nein"),
    ("Bayern", 28, "w", "02.04.2024", "", "ja"),
    ("Sachsen-Anhalt", 39, "d", "05.04.2024", "2.760,00", "ja"),
    ("Thüringen", 52, "w", "09.04.2024", "2.430,75", "nein"),
    ("Brandenburg", 23, "m", "", "1.200,00", "ja"),
    ("Thüringen", 47, "m", "16.04.2024", "3.050,00", "ja"),
    ("Sachsen", 31, "w", "18.04.2024", "2.600,00", ""),
    ("Mecklenburg-Vorpommern", 58, "w", "23.04.2024", "2.200,00", "nein"),
    ("Thüringen", 36, "m", "25.04.2024", "2.900,00", "ja"),
    ("Sachsen", 44, "w", "30.04.2024", "3.150,00", "nein"),
]
CODES = ("Arbeit", "Arbeit/Anerkennung", "Sprache", "Mobilität", "Familie")
ANSWERS = ("Die Arbeit im Betrieb war am Anfang schwer, die Sprache auch.",
           "Ohne Auto kommt man hier nicht weg, der Bus fährt zweimal am Tag.",
           "Meine Familie hat mir sehr geholfen, auch bei der Anerkennung.")


def build(path: Path) -> Project:
    rng = random.Random(7)
    project = Project.create(path, title="Ländliche Räume 2024")
    project.coder = CODER
    project.add_codes([{"path": c} for c in CODES])
    names = ("Region", "Alter", "Geschlecht", "Interviewdatum", "Einkommen",
             "Migrationserfahrung")
    kinds = ("text", "integer", "text", "date", "decimal", "boolean")
    values = []
    for i, row in enumerate(PEOPLE, start=1):
        question = "I: Wie war Ihr Anfang hier?\n"
        answer = f"B: {ANSWERS[i % 3]} {ANSWERS[(i + 1) % 3]}\n"
        text = question + answer + f"(Interview {i:02d})\n"
        turns = [Turn(0, len(question), "I", body_start=3),
                 Turn(len(question), len(question) + len(answer), "B",
                      body_start=len(question) + 3)]
        doc = project.add_document(f"Interview {i:02d}", text, turns=turns)
        values += [(doc.uuid, n, v) for n, v in zip(names, row, strict=True) if v != ""]
        for code in rng.sample(CODES, 3):
            word = {"Arbeit": "Arbeit", "Arbeit/Anerkennung": "Anerkennung",
                    "Sprache": "Sprache", "Mobilität": "Auto", "Familie": "Familie"}[code]
            start = text.find(word)
            if start >= 0:
                project.add_coding(doc, code, start, start + len(word))
    project.set_variables(values, define=list(zip(names, kinds, strict=True)))
    project.add_set("Thüringen", where="Region = Thüringen")
    project.add_set("Unter 40", where="Alter < 40")
    return project


def main(out: Path = OUT) -> None:
    app = application()
    install_translations(app, QLocale(QLocale.Language.German))  # type: ignore[arg-type]
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    project = build(Path(tempfile.mkdtemp()) / "Studie.qda")
    window = main_window(project)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    action(window, "variableTableAction").trigger()
    table = window.findChild(VariableWindow)
    assert isinstance(table, VariableWindow)
    table.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by region
    table.table.setCurrentIndex(table.proxy.index(3, 2))
    table.resize(980, 460)
    app.processEvents()
    table.grab().save(str(out / "variable-table.png"))
    window.sets.toggle(project.document_set("Unter 40").uuid)
    action(window, "crosstabAction").trigger()
    crosstab = window.findChild(CrosstabWindow)
    assert isinstance(crosstab, CrosstabWindow)
    crosstab.columns.setCurrentIndex(crosstab.columns.findData(
        project.variable("Region").uuid))
    crosstab.resize(860, 330)
    app.processEvents()
    crosstab.grab().save(str(out / "crosstab.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
