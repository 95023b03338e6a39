"""Code co-occurrence: the counts of a hand-made interview, counted by hand for every unit,
and the sweep against a count of all pairs on random codings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from itertools import combinations, pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qda_app import Project, Turn
from qda_app.analysis.cooccurrence import (
    CooccurrenceQuery,
    code_cooccurrence,
    cooccurring_pairs,
)
from qda_app.analysis.sweep import meeting_pairs, pair_counts
from qda_app.analysis.units import intervals
from qda_app.errors import CodeNotFound, CoderNotFound, InvalidValueError
from qda_app.records import CodingSpan, Document

from .conftest import Place
from .cooccurrence_support import (
    DIAGONAL,
    E,
    S,
    by_path,
    expected,
    line_start,
    write_interview,
)

ERFAHRUNG = "Sprache/Erfahrung"


@pytest.fixture
def interview(place: Place) -> Iterator[Project]:
    with Project.open(place(write_interview, "interview.qda")) as p:
        yield p


def counts(project: Project, **query: object) -> dict[tuple[str, str], int]:
    return by_path(code_cooccurrence(project, CooccurrenceQuery(**query)).to_json())


def test_overlap_counts_pairs_sharing_a_character_not_touching_ones(interview: Project) -> None:
    # S and S' each overlap E and X (X by its first character): 4 pairs; Y touches S, S'
    # and E without overlapping; Y overlaps X by one character
    assert counts(interview) == expected(DIAGONAL, {("Sprache", ERFAHRUNG): 4,
                                                    (ERFAHRUNG, "Arbeit"): 1})


def test_the_same_paragraph(interview: Project) -> None:
    # line 1 holds S, S', E, X, Y and A: every pair of two different codes
    assert counts(interview, unit="paragraph") == expected(DIAGONAL, {
        ("Sprache", ERFAHRUNG): 4, ("Sprache", "Arbeit"): 4, (ERFAHRUNG, "Arbeit"): 4})


def test_the_same_speaker_turn(interview: Project) -> None:
    # turn 1 also holds line 2's Kurs; "heute" and "Heute" are in two turns (and one code)
    assert counts(interview, unit="turn") == expected(DIAGONAL, {
        ("Sprache", ERFAHRUNG): 4, ("Sprache", "Arbeit"): 4, (ERFAHRUNG, "Arbeit"): 4,
        ("Kurs", "Sprache"): 2, ("Kurs", ERFAHRUNG): 2, ("Kurs", "Arbeit"): 2})


@pytest.mark.parametrize(("distance", "sprache_arbeit", "erfahrung_arbeit", "kurs_zeit"), [
    (0, 2, 2, 0),    # touching counts: (S, Y), (S', Y); (X, Y) overlap, (E, Y) touch
    (8, 2, 2, 0),
    (9, 2, 2, 1),    # "Kurs" ends 9 characters before "heute" (".", a line break, "I: Und ")
    (10, 2, 3, 1),   # X ends 10 characters before A
    (11, 4, 4, 1),   # S, S' and E end 11 characters before A
])
def test_within_n_characters(interview: Project, distance: int, sprache_arbeit: int,
                             erfahrung_arbeit: int, kurs_zeit: int) -> None:
    assert counts(interview, unit="near", distance=distance) == expected(DIAGONAL, {
        ("Sprache", ERFAHRUNG): 4, ("Sprache", "Arbeit"): sprache_arbeit,
        (ERFAHRUNG, "Arbeit"): erfahrung_arbeit, ("Kurs", "Zeit"): kurs_zeit})


def test_one_coders_codings(interview: Project) -> None:
    anna = counts(interview, coders=("Anna",))
    assert anna == expected({**DIAGONAL, "Sprache": 1, "Zeit": 1},
                            {("Sprache", ERFAHRUNG): 2, (ERFAHRUNG, "Arbeit"): 1})


def test_documents_never_pair_across(interview: Project) -> None:
    # Interview 2's Kurs coding sits where Sprache does in Interview 1
    second = counts(interview, documents=("Interview 2",), unit="paragraph")
    assert second == expected({c: 0 for c in DIAGONAL} | {"Kurs": 1}, {})


def test_chosen_codes_with_or_without_subcodes(interview: Project) -> None:
    matrix = code_cooccurrence(interview, CooccurrenceQuery(codes=("Sprache", "Arbeit")))
    assert [c.path for c in matrix.codes] == ["Sprache", ERFAHRUNG, "Arbeit"]
    assert matrix.counts == ((2, 4, 0), (4, 2, 1), (0, 1, 2))
    alone = code_cooccurrence(interview, CooccurrenceQuery(codes=("Sprache", "Arbeit"),
                                                           include_subcodes=False))
    assert [c.path for c in alone.codes] == ["Sprache", "Arbeit"]
    assert alone.counts == ((2, 0), (0, 2))


def test_the_pairs_behind_a_cell_are_its_count(interview: Project) -> None:
    pairs = cooccurring_pairs(interview, "Sprache", ERFAHRUNG)
    assert len(pairs) == 4
    sprache, erfahrung = interview.code("Sprache").uuid, interview.code(ERFAHRUNG).uuid
    assert all(p.first.code_uuid == sprache and p.second.code_uuid == erfahrung
               for p in pairs)
    erst_die_sprache, e_comma = (line_start(1) + 3, E), (E - 1, E + 1)
    assert sorted((p.first.coder, p.first.start, p.second.start, p.second.end)
                  for p in pairs) == [
        (coder, S, *span) for coder in ("Anna", "Ben") for span in (erst_die_sprache, e_comma)]
    near = CooccurrenceQuery(unit="near", distance=10)
    assert len(cooccurring_pairs(interview, ERFAHRUNG, "Arbeit", near)) == 3
    assert cooccurring_pairs(interview, "Sprache", "Sprache") == []


def test_bad_choices_are_one_line_and_refused(interview: Project) -> None:
    with pytest.raises(InvalidValueError, match="unknown unit 'sentence'"):
        code_cooccurrence(interview, CooccurrenceQuery(unit="sentence"))
    with pytest.raises(InvalidValueError, match="cannot be negative"):
        code_cooccurrence(interview, CooccurrenceQuery(unit="near", distance=-1))
    with pytest.raises(CodeNotFound):
        code_cooccurrence(interview, CooccurrenceQuery(codes=("Nope",)))
    with pytest.raises(CoderNotFound):
        code_cooccurrence(interview, CooccurrenceQuery(coders=("Nobody",)))


def test_an_empty_project_has_an_empty_matrix(project: Project) -> None:
    matrix = code_cooccurrence(project)
    assert (matrix.codes, matrix.counts, matrix.maximum()) == ((), (), 0)
    assert matrix.to_json() == {"codes": [], "matrix": [], "unit": "overlap", "distance": 0}


# -- the sweep against every pair, on random codings ---------------------------------------


def shares(a: CodingSpan, b: CodingSpan, unit: str, distance: int, doc: Document) -> bool:
    """Whether two codings co-occur, straight from the definition (no sweep, no intervals)."""
    if unit == "overlap":
        return max(a.start, b.start) < min(a.end, b.end)
    if unit == "near":
        return max(a.start, b.start) - min(a.end, b.end) <= distance
    if unit == "paragraph":
        def lines(s: CodingSpan) -> set[int]:
            return {doc.text.count("\n", 0, i) for i in range(s.start, s.end)}
        return bool(lines(a) & lines(b))
    def turns(s: CodingSpan) -> set[int]:
        return {n for n, t in enumerate(doc.turns) if t.start < s.end and s.start < t.end}
    return bool(turns(a) & turns(b))


@st.composite
def documents_with_codings(draw: st.DrawFn) -> tuple[Document, list[CodingSpan]]:
    text = draw(st.text(alphabet="ab \n", min_size=2, max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=6)) | {0, len(text)})
    turns = tuple(Turn(a, b, "X") for a, b in pairwise(cuts) if a < b
                  and draw(st.booleans()))
    n = draw(st.integers(0, 14))
    spans = []
    for i in range(n):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.append(CodingSpan(f"c{i}", "d", draw(st.sampled_from("ABC")), "x", start, end))
    return Document("d", "d", text, "", None, datetime.now(), turns), spans


@settings(max_examples=300, deadline=None)
@given(documents_with_codings(), st.sampled_from(["overlap", "paragraph", "turn", "near"]),
       st.integers(0, 8))
def test_the_sweep_counts_what_every_pair_says(drawn: tuple[Document, list[CodingSpan]],
                                                unit: str, distance: int) -> None:
    doc, spans = drawn
    brute: Counter[tuple[str, str]] = Counter()
    for a, b in combinations(spans, 2):
        if a.code_uuid != b.code_uuid and shares(a, b, unit, distance, doc):
            brute[a.code_uuid, b.code_uuid] += 1
            brute[b.code_uuid, a.code_uuid] += 1
    ivs = intervals(spans, unit, distance, doc)
    swept = pair_counts((lo, hi, s.code_uuid) for lo, hi, s in ivs)
    assert +swept == +brute
    listed = list(meeting_pairs([iv for iv in ivs if iv[2].code_uuid == "A"],
                                [iv for iv in ivs if iv[2].code_uuid == "B"]))
    assert len(listed) == brute["A", "B"]
    assert all(shares(a, b, unit, distance, doc) for a, b in listed)
    assert len(set(listed)) == len(listed)
