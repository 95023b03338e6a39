"""A small hand-made project with variables, sets and codings, for counting by hand.

Five interviews; their variables::

    name         Region      Alter  Raucher  Interview am
    Interview 1  Thüringen   34     ja       12.03.2024
    Interview 2  Sachsen     45     nein     20.03.2024
    Interview 3  Thüringen   61     nein     (none)
    Interview 4  Bayern      (none) ja       02.04.2024
    Interview 5  (none)      28     (none)   (none)

Each text has two speaker turns (I:, B:); codings per interview (code: spans)::

    Interview 1  Arbeit: 2 (one in I's turn, one in B's), Sprache: 1 (B)
    Interview 2  Arbeit: 1 (B)
    Interview 3  Sprache: 2 (B), Arbeit/Lohn: 1 (B)
    Interview 4  (none)
    Interview 5  Arbeit: 1 (I)
"""

from __future__ import annotations

from pathlib import Path

from qda_app import Project, Turn

I_TEXT = "I: Wie war die Arbeit?\n"
B_TEXT = "B: Die Arbeit war gut, die Sprache schwer.\n"
TEXT = I_TEXT + B_TEXT
TURNS = [Turn(0, len(I_TEXT), "I", body_start=3),
         Turn(len(I_TEXT), len(TEXT), "B", body_start=len(I_TEXT) + 3)]
B = len(I_TEXT)
ROWS = {
    "Interview 1": ("Thüringen", "34", "ja", "12.03.2024"),
    "Interview 2": ("Sachsen", "45", "nein", "20.03.2024"),
    "Interview 3": ("Thüringen", "61", "nein", ""),
    "Interview 4": ("Bayern", "", "ja", "02.04.2024"),
    "Interview 5": ("", "28", "", ""),
}
CODINGS = [
    ("Interview 1", "Arbeit", 3, 10), ("Interview 1", "Arbeit", B + 3, B + 13),
    ("Interview 1", "Sprache", B + 26, B + 37),
    ("Interview 2", "Arbeit", B + 3, B + 13),
    ("Interview 3", "Sprache", B + 26, B + 37), ("Interview 3", "Sprache", B + 3, B + 8),
    ("Interview 3", "Arbeit/Lohn", B + 8, B + 14),
    ("Interview 5", "Arbeit", 3, 10),
]


def write_study(path: Path) -> None:
    with Project.create(path, title="Studie") as p:
        for i, name in enumerate(ROWS, start=1):
            # a marker per interview: each text must differ (the same text is refused)
            p.add_document(name, TEXT + f"[{i}]", turns=TURNS)
        p.add_variable("Region")
        p.add_variable("Alter", "integer")
        p.add_variable("Raucher", "boolean")
        p.add_variable("Interview am", "date")
        p.set_variables([(doc, var, value) for doc, values in ROWS.items()
                         for var, value in zip(("Region", "Alter", "Raucher", "Interview am"),
                                               values, strict=True) if value])
        p.add_codes([{"path": "Arbeit"}, {"path": "Arbeit/Lohn"}, {"path": "Sprache"}])
        p.add_codings([(doc, code, start, end, "Anna") for doc, code, start, end in CODINGS])


def write_study_with_sets(path: Path) -> None:
    """The study with two sets made from conditions: Thüringen (Interviews 1 and 3) and
    Raucher (Interviews 1 and 4)."""
    write_study(path)
    with Project.open(path) as p:
        p.add_set("Thüringen", where="Region = Thüringen")
        p.add_set("Raucher", where="Raucher = ja")
