"""A small hand-made project for the assistance: a German and an English interview.

Each interview says one thing twice in nearly the same words: once coded, once not (the
consistency check's possible miss). "Mobilität" has two codings about the bus and the
car, and one slip: a sentence about a language course that has nothing to do with them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from qda_app import Project
from qda_app.importers import import_file

GERMAN = """I: Wie kommen Sie zur Arbeit?
B: Ohne Auto kommt man aus dem Dorf nicht weg, der Bus fährt selten. Das ist das größte Problem.
I: Und die Ausbildung?
B: In der Berufsschule ist die Fachsprache sehr schwer. Viele Azubis brechen deshalb ab.
I: Gibt es Unterstützung?
B: Eine Patin hilft mir bei den Hausaufgaben. Der Betrieb ist klein und familiär.
I: Und der Weg zur Berufsschule?
B: Der Bus fährt nur zweimal am Tag, ohne Auto geht gar nichts.
I: Wie lernen Sie Deutsch?
B: Am Wochenende besuche ich einen Sprachkurs in der Stadt.
I: Ist der Weg noch schwierig?
B: Ohne Auto kommt man aus dem Dorf kaum weg, weil der Bus so selten fährt.
"""

ENGLISH = """I: How do you get to work?
B: Without a car you cannot get to the factory, the last bus leaves at six.
I: What about the language course?
B: The language classes were full, I waited eight months for a place.
I: And your colleagues?
B: My colleagues laugh at my accent, so I stopped speaking in meetings.
I: Is the commute still a problem?
B: Without a car I cannot reach the factory, because the last bus leaves at six.
"""

DE, EN = "interview-dorf", "interview-factory"
CODINGS = [  # (document, code, words, coder)
    (DE, "Mobilität", "Ohne Auto kommt man aus dem Dorf nicht weg, der Bus fährt selten.",
     "Anna"),
    (DE, "Mobilität", "Der Bus fährt nur zweimal am Tag, ohne Auto geht gar nichts.", "Anna"),
    (DE, "Mobilität", "Am Wochenende besuche ich einen Sprachkurs in der Stadt.", "Ben"),
    (DE, "Sprache", "In der Berufsschule ist die Fachsprache sehr schwer.", "Anna"),
    (DE, "Ausbildung", "Viele Azubis brechen deshalb ab.", "Anna"),
    (EN, "Transport", "Without a car you cannot get to the factory, the last bus leaves at six.",
     "Anna"),
    (EN, "Exclusion", "My colleagues laugh at my accent", "Anna"),
]
MISS_DE = "Ohne Auto kommt man aus dem Dorf kaum weg, weil der Bus so selten fährt."
MISS_EN = "Without a car I cannot reach the factory, because the last bus leaves at six."
SLIP = "Am Wochenende besuche ich einen Sprachkurs in der Stadt."


def write_assist_project(path: Path | str) -> None:
    """The template of the ``assist_path`` fixture (a file, or a server URL)."""
    with Project.create(path, title="Assist") as p, tempfile.TemporaryDirectory() as texts:
        folder = Path(texts)
        docs = {}
        for name, text in ((DE, GERMAN), (EN, ENGLISH)):
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            docs[name] = import_file(p, folder / f"{name}.txt")
        for code in ("Mobilität", "Sprache", "Ausbildung", "Transport", "Exclusion"):
            p.add_code(code)
        for document, code, words, coder in CODINGS:
            start = docs[document].text.index(words)
            p.add_coding(docs[document].uuid, code, start, start + len(words), coder=coder)


def place(project: Project, document: str, words: str) -> tuple[str, int, int]:
    """(document UUID, start, end) of ``words`` in ``document``."""
    doc = project.document(document)
    start = doc.text.index(words)
    return doc.uuid, start, start + len(words)
