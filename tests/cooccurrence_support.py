"""A small interview with hand-placed codings whose co-occurrences are counted by hand.

Two documents. "Interview 1" has five lines (paragraphs) and four speaker turns; the
second turn (B) runs over two lines:

    L0  I: Wie kam es dazu?                         turn 0 (I)
    L1  B: Erst die Sprache, dann die Arbeit.       turn 1 (B)
    L2  Danach kam der Kurs.                        turn 1 (B)
    L3  I: Und heute?                               turn 2 (I)
    L4  B: Heute arbeite ich.                       turn 3 (B)

Codings (coder Anna unless said), with s = where "Sprache" starts and e = where it ends:

    S   Sprache            [s, e)         "Sprache"
    S'  Sprache (Ben)      [s, e)         the same span, another coder
    E   Sprache/Erfahrung  [L1+3, e)      "Erst die Sprache": overlaps S and S'
    X   Sprache/Erfahrung  [e-1, e+1)     "e,": overlaps S and S' by one character
    Y   Arbeit             [e, e+6)       ", dann": touches S, S' and E, overlaps X by ","
    A   Arbeit             "Arbeit"       11 characters after S, 10 after X
    K   Kurs               "Kurs"         line 2, turn 1
    H   Zeit               "heute"        line 3, turn 2
    H'  Zeit (Ben)         "Heute"        line 4, turn 3

"Interview 2" holds one Kurs coding at [s, e), where S is in the first: other
documents never pair.
"""

from __future__ import annotations

from pathlib import Path

from qda_app import CodingSpec, Project, Turn

LINES = ["I: Wie kam es dazu?", "B: Erst die Sprache, dann die Arbeit.", "Danach kam der Kurs.",
         "I: Und heute?", "B: Heute arbeite ich."]
TEXT = "\n".join(LINES) + "\n"
CODES = ["Sprache", "Sprache/Erfahrung", "Arbeit", "Kurs", "Zeit"]

S = TEXT.index("Sprache")
E = S + len("Sprache")


def line_start(n: int) -> int:
    return sum(len(line) + 1 for line in LINES[:n])


def turns() -> list[Turn]:
    ends = [line_start(n + 1) - 1 for n in range(len(LINES))]
    return [Turn(0, ends[0], "I", body_start=3), Turn(line_start(1), ends[2], "B",
                                                      body_start=line_start(1) + 3),
            Turn(line_start(3), ends[3], "I", body_start=line_start(3) + 3),
            Turn(line_start(4), ends[4], "B", body_start=line_start(4) + 3)]


def word(text: str, found: str) -> tuple[int, int]:
    start = text.index(found)
    return start, start + len(found)


def write_interview(path: Path) -> None:
    with Project.create(path, title="Hand count") as p:
        p.add_document("Interview 1", TEXT, turns=turns())
        p.add_document("Interview 2", TEXT.replace("Wie kam", "Wie genau kam"))
        for code in CODES:
            p.add_code(code)
        d1 = "Interview 1"
        p.add_codings([
            CodingSpec(d1, "Sprache", S, E, "Anna"),
            CodingSpec(d1, "Sprache", S, E, "Ben"),
            CodingSpec(d1, "Sprache/Erfahrung", line_start(1) + 3, E, "Anna"),
            CodingSpec(d1, "Sprache/Erfahrung", E - 1, E + 1, "Anna"),
            CodingSpec(d1, "Arbeit", E, E + 6, "Anna"),
            CodingSpec(d1, "Arbeit", *word(TEXT, "Arbeit"), "Anna"),
            CodingSpec(d1, "Kurs", *word(TEXT, "Kurs"), "Anna"),
            CodingSpec(d1, "Zeit", *word(TEXT, "heute"), "Anna"),
            CodingSpec(d1, "Zeit", *word(TEXT, "Heute"), "Ben"),
            CodingSpec("Interview 2", "Kurs", S, E, "Anna"),
        ])


def by_path(matrix_json: dict) -> dict[tuple[str, str], int]:
    """``{(row path, column path): count}`` of a matrix's JSON."""
    codes = matrix_json["codes"]
    return {(a, b): matrix_json["matrix"][i][j]
            for i, a in enumerate(codes) for j, b in enumerate(codes)}


def expected(diagonal: dict[str, int], pairs: dict[tuple[str, str], int]
             ) -> dict[tuple[str, str], int]:
    """A full symmetric matrix from the diagonal and the pairs counted by hand (others 0)."""
    cells = {(a, b): 0 for a in CODES for b in CODES}
    cells.update({(c, c): n for c, n in diagonal.items()})
    for (a, b), n in pairs.items():
        cells[a, b] = cells[b, a] = n
    return cells


DIAGONAL = {"Sprache": 2, "Sprache/Erfahrung": 2, "Arbeit": 2, "Kurs": 2, "Zeit": 2}
