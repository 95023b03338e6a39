"""Importing costs the length of the text: the same turns, found in one pass.

A name line (``Mathias Schmitt:``) opens a turn only when bullet points
follow it. That used to be answered by copying the rest of the document per
name line; now one backward pass answers it for every line. These tests pin
the answers, not the time (``benchmarks/bench_scale.py`` measures that).
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from qda_app.importers.markup import clean
from qda_app.importers.transcript import bullets_follow, parse

LINES = ["Mathias Schmitt:", "Anna Berg (Moderation):", "• ein Punkt", "- noch einer",
         "  – eingerückt", "", "   ", "Fließtext ohne Sprecher.", "\tTab am Anfang"]


def one_by_one(lines: list[str], i: int) -> bool:
    """The rule as first written: look at the lines after ``i`` until one is not blank."""
    for line in lines[i + 1:]:
        if line.strip():
            return line.lstrip().startswith(("-", "•", "–")) and line.lstrip()[1:2].isspace()
    return False


@given(st.lists(st.sampled_from(LINES), max_size=40))
def test_one_pass_answers_like_looking_ahead_from_each_line(lines: list[str]) -> None:
    assert bullets_follow(lines) == [one_by_one(lines, i) for i in range(len(lines))]


def test_a_protocol_with_many_name_lines_keeps_every_turn() -> None:
    block = ("Mathias Schmitt:\n\n• Sprache ist die Hürde\n• Kammern helfen\n"
             "Anna Berg:\nnur ein Satz ohne Punkte\n\n")
    text, turns = parse(block * 500)
    assert len(turns) == 500  # Anna's name lines have no bullets after them: no turn
    assert {t.speaker for t in turns} == {"Mathias Schmitt"}
    first = turns[0]
    assert text[first.start:first.end] == ("Mathias Schmitt:\n\n• Sprache ist die Hürde\n"
                                           "• Kammern helfen")
    assert text[first.body_start:first.end].startswith("• Sprache")
    step = turns[1].start - turns[0].start
    assert all(b.start - a.start == step for a, b in pairwise(turns))


def test_a_web_form_answer_with_thousands_of_items_on_one_line() -> None:
    line = "<ul>" + "".join(f"<li>Punkt {i}</li>" for i in range(3000)) + "</ul>"
    assert clean(line).split("\n") == [f"• Punkt {i}" for i in range(3000)]
