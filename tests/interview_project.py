"""A project of two interviews from ``tests/data/interviews``, coded at known places.

The group discussion (Moderatorin, B1-B3) and the f4 interview (I, B), with codings by
two coders in several speakers' turns and one in the heading above the discussion (in
no turn). The per-speaker counts the tests expect are written down here once.
"""

from __future__ import annotations

from pathlib import Path

from qda_app import Project
from qda_app.importers import import_file

INTERVIEWS = Path(__file__).parent / "data" / "interviews"
GROUP, F4 = "gruppendiskussion-sprachcafe", "f4-interview-ausbildung"

CODINGS = [  # (document, code, words, coder, speaker)
    (GROUP, "Mobilität", "ohne Auto kommt man aus den Ortsteilen gar nicht her", "Anna", "B3"),
    (GROUP, "Mobilität", "Geld für den Fahrdienst", "Ben", "B3"),
    (GROUP, "Ehrenamt", "Die Kirchengemeinde hat den Raum gegeben", "Anna", "B1"),
    (GROUP, "Ehrenamt", "Das hängt aber an drei Leuten", "Anna", "B3"),
    (GROUP, "Ehrenamt", "Wie ist das Sprachcafé entstanden?", "Ben", "Moderatorin"),
    (GROUP, "Ehrenamt", "Ehrenamtliche eines Sprachcafés", "Anna", None),
    (F4, "Mobilität", "Der Bus fährt nur zweimal am Tag", "Anna", "B"),
    (F4, "Mobilität", "Ohne Auto geht hier nichts.", "Ben", "B"),
    (F4, "Ausbildung/Berufsschule", "Die Fachsprache.", "Anna", "B"),
    (F4, "Ausbildung", "Und wie sind Sie dann zur Ausbildung gekommen?", "Anna", "I"),
]
SPEAKERS = ["Moderatorin", "B1", "B2", "B3", "I", "B"]
"""The speakers in the order of the documents and of their first turns."""


def write_interviews(path: Path) -> None:
    """The template of the ``interviews`` fixtures (``tests/conftest.py``)."""
    with Project.create(path, title="Interviews") as p:
        docs = {name: import_file(p, INTERVIEWS / f"{name}.txt") for name in (GROUP, F4)}
        for code in ("Mobilität", "Ehrenamt", "Ausbildung/Berufsschule"):
            p.add_code(code)
        for document, code, words, coder, _ in CODINGS:
            start = docs[document].text.index(words)
            p.add_coding(docs[document].uuid, code, start, start + len(words), coder=coder)
