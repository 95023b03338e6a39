"""Every level of agreement on a small case computed by hand (see the comments)."""

from __future__ import annotations

import json
import re

import krippendorff
import numpy as np
import pytest

from qda_app.errors import InvalidValueError
from qda_app.records import CodingSpan as Span  # what the project hands the agreement
from qda_app.team.agreement import CodeRef, DocumentRef, compute_agreement
from qda_app.team.agreement_report import to_dict, to_text

D1 = "".join(chr(65 + i % 26) for i in range(100))
D2 = "".join(chr(97 + i % 26) for i in range(50))
DOCS = [DocumentRef("d1", "Interview 1", 100), DocumentRef("d2", "Interview 2", 50)]
CODES = [CodeRef("k1", "K1"), CodeRef("k2", "K2"), CodeRef("k3", "K3")]
TEXTS = {"d1": D1, "d2": D2}


CODINGS = [
    Span("a1", "d1", "k1", "A", 0, 20), Span("b1", "d1", "k1", "B", 0, 18),   # 18/20: match
    Span("a2", "d1", "k1", "A", 50, 60), Span("b2", "d1", "k1", "B", 52, 62),  # 8/12: no
    Span("a3", "d2", "k1", "A", 10, 20),                                       # A only
    Span("a4", "d1", "k2", "A", 30, 40), Span("b4", "d1", "k2", "B", 30, 40),  # match
    Span("b5", "d2", "k2", "B", 0, 50),                                        # B only
]


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return compute_agreement(["A", "B"], DOCS, CODES, CODINGS, 90, TEXTS.__getitem__)


def test_segment_level(result) -> None:  # type: ignore[no-untyped-def]
    k1, k2, k3 = (result.segment.per_code[p] for p in ("K1", "K2", "K3"))
    # K1: A has 3 codings (1 matched), B 2 (1 matched): 2 agreements, 3 disagreements
    assert (k1.agreements, k1.disagreements, k1.codings, k1.matched) == (2, 3, (3, 2), (1, 1))
    assert k1.percent_agreement == pytest.approx(40.0)
    assert k1.kappa_bp == pytest.approx(0.1)  # (0.4 - 1/3) / (1 - 1/3), three codes
    assert (k2.agreements, k2.disagreements) == (2, 1)
    assert k2.kappa_bp == pytest.approx(0.5)  # (2/3 - 1/3) / (2/3)
    assert (k3.agreements, k3.percent_agreement, k3.kappa_bp) == (0, None, None)
    assert k3.note == "undefined: no codings to compare"
    overall = result.segment.overall
    assert (overall.agreements, overall.disagreements) == (4, 4)
    assert (overall.percent_agreement, overall.kappa_bp) == (50.0, pytest.approx(0.25))


def test_a_lower_overlap_threshold_matches_the_shifted_pair() -> None:
    lenient = compute_agreement(["A", "B"], DOCS, CODES, CODINGS, 66)
    assert lenient.segment.per_code["K1"].matched == (2, 2)  # 8/12 = 66.7 % >= 66 %


def test_character_level(result) -> None:  # type: ignore[no-untyped-def]
    k1 = result.character.per_code["K1"]
    # both [0,18) + [52,60); only A [18,20) [50,52) and 10 in Interview 2; only B [60,62)
    assert (k1.both, k1.only_first, k1.only_second, k1.neither) == (26, 14, 2, 108)
    assert k1.percent_agreement == pytest.approx(100 * 134 / 150)
    assert k1.kappa == pytest.approx(5560 / 7960)  # (134·150 - 14540) / (150² - 14540)
    k2 = result.character.per_code["K2"]
    assert (k2.both, k2.only_first, k2.only_second, k2.neither) == (10, 0, 50, 90)
    assert k2.kappa == pytest.approx(1800 / 9300)
    k3 = result.character.per_code["K3"]
    assert (k3.neither, k3.percent_agreement, k3.kappa) == (150, 100.0, None)
    assert k3.note == "undefined: neither coder coded any character, so chance agreement is 1"
    overall = result.character.overall  # the 3 × 150 (code, character) units pooled
    assert (overall.both, overall.only_first, overall.only_second, overall.neither) == (
        36, 14, 52, 348)
    assert overall.kappa == pytest.approx(23600 / 53300)


def test_code_presence(result) -> None:  # type: ignore[no-untyped-def]
    k1 = result.presence.per_code["K1"]
    assert (k1.both, k1.only_first, k1.only_second, k1.neither) == (1, 1, 0, 0)
    assert (k1.percent_agreement, k1.kappa) == (50.0, 0.0)
    assert result.presence.per_code["K3"].kappa is None
    overall = result.presence.overall
    assert (overall.both, overall.only_first, overall.only_second, overall.neither) == (
        2, 1, 1, 2)
    assert overall.kappa == pytest.approx(1 / 3)  # (4·6 - 18) / (36 - 18)


def _reliability(codings: list[Span], coders: list[str], codes: list[str]) -> np.ndarray:
    """Coders × (code, character) units, 1 = coded: what the krippendorff package wants."""
    offsets = {"d1": 0, "d2": 100}
    data = np.zeros((len(coders), len(codes) * 150))
    for c in codings:
        if c.code_uuid in codes:
            base = codes.index(c.code_uuid) * 150 + offsets[c.document_uuid]
            data[coders.index(c.coder), base + c.start:base + c.end] = 1
    return data


def test_alpha_by_hand_and_by_the_krippendorff_package(result) -> None:  # type: ignore[no-untyped-def]
    k1 = result.alpha.per_code["K1"]
    assert k1.coded_by == (108, 16, 26)
    assert k1.value == pytest.approx(1 - 299 * 16 / (232 * 68))
    for path, codes in (("K1", ["k1"]), ("K2", ["k2"])):
        expected = krippendorff.alpha(_reliability(CODINGS, ["A", "B"], codes),
                                      level_of_measurement="nominal")
        assert result.alpha.per_code[path].value == pytest.approx(expected, abs=1e-12)
    pooled = krippendorff.alpha(_reliability(CODINGS, ["A", "B"], ["k1", "k2", "k3"]),
                                level_of_measurement="nominal")
    assert result.alpha.overall.value == pytest.approx(pooled, abs=1e-12)
    assert round(result.alpha.overall.value, 6) == round(1 - 899 * 66 / (762 * 138), 6)
    assert result.alpha.per_code["K3"].value is None


def test_disagreement_list_shows_each_place_with_both_coders(result) -> None:  # type: ignore[no-untyped-def]
    places = [(d.document, d.code, d.start, d.end, d.kind) for d in result.disagreements]
    assert places == [
        ("Interview 1", "K1", 50, 62, "boundaries differ"),
        ("Interview 2", "K2", 0, 50, "not coded by A"),
        ("Interview 2", "K1", 10, 20, "not coded by B"),
    ]
    first = result.disagreements[0]
    assert first.text == D1[50:62]
    assert [(c.uuid, c.start, c.end, c.matched) for c in first.of("A")] == [
        ("a2", 50, 60, False)]
    assert [c.uuid for c in first.of("B")] == ["b2"]
    assert first.document_uuid == "d1" and first.code_uuid == "k1"
    unmatched = sum(not c.matched for d in result.disagreements for c in d.codings)
    assert unmatched == result.segment.overall.disagreements


def test_three_coders_alpha_takes_all_and_the_rest_the_first_two() -> None:
    third = [Span("c" + c.uuid, c.document_uuid, c.code_uuid, "C", c.start, c.end)
             for c in CODINGS if c.coder == "A"]
    r = compute_agreement(["A", "B", "C"], DOCS, CODES, CODINGS + third, 90)
    assert r.pair == ("A", "B") and "first two coders (A and B)" in r.notes[0]
    assert r.segment.overall.agreements == 4
    # a third coder changes nothing on the character level of the first two
    assert r.character == compute_agreement(["A", "B"], DOCS, CODES, CODINGS, 90).character
    expected = krippendorff.alpha(_reliability(CODINGS + third, ["A", "B", "C"], ["k1"]),
                                  level_of_measurement="nominal")
    assert r.alpha.per_code["K1"].value == pytest.approx(expected, abs=1e-12)
    assert r.alpha.per_code["K1"].coded_by[3] == 26
    only_b_missing = [d for d in r.disagreements if d.code == "K1" and d.start == 10]
    assert only_b_missing[0].kind == "not coded by B"
    assert [c.coder for c in only_b_missing[0].codings] == ["A", "C"]


def test_both_always_coding_gives_clear_values_or_undefined_never_nan() -> None:
    docs = [DocumentRef("d", "D", 40)]
    codes = [CodeRef("k", "K")]
    spans = [Span("a", "d", "k", "A", 0, 40), Span("b", "d", "k", "B", 0, 40)]
    r = compute_agreement(["A", "B"], docs, codes, spans, 90)
    assert (r.segment.overall.percent_agreement, r.segment.overall.kappa_bp) == (100.0, None)
    assert r.character.overall.percent_agreement == 100.0
    assert r.character.overall.kappa is None
    assert "both coders coded every character" in r.character.overall.note
    assert r.alpha.overall.value is None and r.alpha.overall.note
    data = to_dict(r)
    json.dumps(data, allow_nan=False)  # raises on NaN or infinity
    assert data["character"]["overall"]["kappa"] is None
    assert data["character"]["overall"]["note"].startswith("undefined")
    assert data["alpha"]["overall"] is None and data["alpha"]["notes"]["overall"]
    text = to_text(r)
    assert "undefined" in text and not re.search(r"\bnan\b", text, re.IGNORECASE)


def test_nothing_coded_at_all_is_undefined_everywhere_without_error() -> None:
    r = compute_agreement(["A", "B"], [DocumentRef("d", "D", 10)], [CodeRef("k", "K")], [])
    assert r.segment.overall.percent_agreement is None
    assert r.character.overall.kappa is None and r.alpha.overall.value is None
    assert r.disagreements == ()
    json.dumps(to_dict(r), allow_nan=False)
    empty = compute_agreement(["A", "B"], [], [], [])
    assert empty.character.overall.percent_agreement is None
    json.dumps(to_dict(empty), allow_nan=False)


def test_json_has_the_documented_shape(result) -> None:  # type: ignore[no-untyped-def]
    data = to_dict(result)
    assert data["coders"] == ["A", "B"] and data["overlap"] == 90
    assert set(data) >= {"segment", "character", "presence", "alpha", "disagreements"}
    seg = data["segment"]["per_code"]["K1"]
    assert {"agreements", "disagreements", "percent_agreement", "kappa_bp"} <= set(seg)
    char = data["character"]["overall"]
    assert {"agreements", "disagreements", "percent_agreement", "kappa"} <= set(char)
    assert char["agreements"] == 36 + 348
    assert set(data["alpha"]["per_code"]) == {"K1", "K2", "K3"}
    assert data["disagreements"][0]["codings"]["A"][0]["uuid"] == "a2"


def test_listed_places_show_their_text_on_one_cut_line() -> None:
    text = "Erste Zeile\n\n  zweite Zeile " + "lang " * 40
    doc = DocumentRef("d", "Protokoll", len(text))
    only_a = [Span("a", "d", "k1", "A", 0, len(text))]
    listed = to_text(compute_agreement(["A", "B"], [doc], CODES, only_a, 90, {"d": text}.get),
                     list_disagreements=True)
    line = next(x for x in listed.splitlines() if x.startswith("  text: "))
    assert line.startswith("  text: Erste Zeile zweite Zeile lang lang")
    assert len(line) == len("  text: ") + 100 and line.endswith("…")


@pytest.mark.parametrize("overlap", [0, -5, 100.5])
def test_overlap_must_be_a_percentage(overlap: float) -> None:
    with pytest.raises(InvalidValueError, match="overlap"):
        compute_agreement(["A", "B"], DOCS, CODES, CODINGS, overlap)


def test_two_different_coders_are_needed() -> None:
    with pytest.raises(InvalidValueError):
        compute_agreement(["A", "A"], DOCS, CODES, CODINGS)
