"""More like this, suggested codes and the consistency check, through the API, on a small
German and English project (``assist_project``), with the lexical engine (always there).
The semantic engine's own tests are in ``test_assist_semantic.py``."""

from __future__ import annotations

import pytest

from qda_app import Project
from qda_app.assist import (
    ConsistencyQuery,
    Passage,
    consistency_check,
    prepare,
    similar,
    suggest_codes,
)
from qda_app.assist.passages import unit_spans
from qda_app.errors import DocumentNotFound, InvalidValueError

from .assist_project import DE, EN, MISS_DE, MISS_EN, SLIP, place

LEXICAL = {"engine": "lexical"}


def test_passages_are_sentences_paragraphs_or_turns_without_speaker_labels(assist: Project):
    doc = assist.document(DE)
    sentences = [doc.text[a:b] for a, b in unit_spans(doc, "sentence")]
    turns = [doc.text[a:b] for a, b in unit_spans(doc, "turn")]
    assert sentences[:3] == ["Wie kommen Sie zur Arbeit?",
                             "Ohne Auto kommt man aus dem Dorf nicht weg, der Bus fährt selten.",
                             "Das ist das größte Problem."]
    assert turns[1] == ("Ohne Auto kommt man aus dem Dorf nicht weg, der Bus fährt selten. "
                        "Das ist das größte Problem.")
    assert not any(s.startswith(("I:", "B:")) for s in sentences + turns)


def test_a_typed_sentence_finds_the_passages_about_it_best_first(assist: Project):
    found = similar(assist, "Der Bus fährt selten, ohne Auto kommt man nicht zur Arbeit.",
                    limit=3, **LEXICAL)
    assert {m.text for m in found[:2]} == {
        "Ohne Auto kommt man aus dem Dorf nicht weg, der Bus fährt selten.", MISS_DE}
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    coded = next(m for m in found if m.text.startswith("Ohne Auto kommt man aus dem Dorf nicht"))
    assert coded.codes == ("Mobilität",) and coded.document == DE
    assert next(m for m in found if m.text == MISS_DE).codes == ()
    assert set(found[0].to_json()) == {"document", "start", "end", "score", "text", "codes"}


def test_from_a_coding_its_own_passage_is_no_answer_and_the_repetition_is(assist: Project):
    coding = next(c for c in assist.segments(code="Transport"))
    found = similar(assist, coding, **LEXICAL)
    assert found[0].text == MISS_EN
    assert all(not m.text.startswith("Without a car you cannot") for m in found)


def test_from_a_selection_and_only_in_the_documents_chosen(assist: Project):
    uuid, start, end = place(assist, DE, MISS_DE)
    everywhere = similar(assist, Passage(DE, start, end), **LEXICAL)
    assert everywhere[0].codes == ("Mobilität",)
    assert all((m.document_uuid, m.start) != (uuid, start) for m in everywhere)
    english = similar(assist, "the last bus leaves at six", documents=[EN], **LEXICAL)
    assert english and {m.document for m in english} == {EN}


def test_nothing_in_common_is_no_answer(assist: Project):
    assert similar(assist, "Quantenchromodynamik Gluonen", **LEXICAL) == []


def test_bad_questions_are_refused_in_one_line(assist: Project):
    with pytest.raises(InvalidValueError, match="empty"):
        similar(assist, "   ", **LEXICAL)
    with pytest.raises(InvalidValueError, match="not a passage"):
        similar(assist, Passage(DE, 10, 10_000), **LEXICAL)
    with pytest.raises(DocumentNotFound):
        similar(assist, "Bus", documents=["no such interview"], **LEXICAL)
    with pytest.raises(InvalidValueError, match="unit"):
        similar(assist, "Bus", unit="chapter", **LEXICAL)


def test_suggested_codes_for_an_uncoded_passage_come_with_their_nearest_codings(
        assist: Project):
    _, start, end = place(assist, DE, MISS_DE)
    result = suggest_codes(assist, Passage(DE, start, end), **LEXICAL)
    best = result.suggestions[0]
    assert best.code == "Mobilität"
    assert best.examples[0].text.startswith("Ohne Auto kommt man aus dem Dorf nicht weg")
    assert best.examples[0].score == best.score
    assert result.already == ()


def test_suggestions_say_which_codes_are_on_the_selection_already_and_code_nothing(
        assist: Project):
    before = len(assist.segments())
    _, start, end = place(assist, EN, "Without a car you cannot get to the factory")
    result = suggest_codes(assist, Passage(EN, start, end), **LEXICAL)
    assert result.already == ("Transport",)
    assert all(s.code != "Transport" or s.examples[0].text != MISS_EN
               for s in result.suggestions)
    assert len(assist.segments()) == before


def test_consistency_finds_the_uncoded_repetition_and_the_odd_coding(assist: Project):
    report = consistency_check(assist, ConsistencyQuery(engine="lexical"))
    misses = {(m.code, m.text) for m in report.misses}
    assert ("Mobilität", MISS_DE) in misses
    assert ("Transport", MISS_EN) in misses
    miss = next(m for m in report.misses if m.text == MISS_EN)
    assert miss.like.text.startswith("Without a car you cannot get")
    assert miss.score >= report.miss_threshold == 0.5
    slips = [(s.code, s.coding.text) for s in report.slips]
    assert slips == [("Mobilität", SLIP)]
    assert "Mobilität" in report.codes and "Exclusion" in report.codes


def test_consistency_of_one_code_and_a_stricter_threshold(assist: Project):
    report = consistency_check(assist, ConsistencyQuery(codes=("Transport",), engine="lexical"))
    assert report.codes == ("Transport",)
    assert {m.code for m in report.misses} == {"Transport"}
    strict = consistency_check(assist, ConsistencyQuery(codes=("Transport",), engine="lexical",
                                                        min_score=0.99))
    assert strict.misses == ()


def test_a_ready_index_answers_every_question_without_reading_it_again(assist: Project):
    ready = prepare(assist, "turn", "lexical")
    found = similar(assist, "Die Fachsprache ist schwer", index=ready)
    assert found[0].text.startswith("In der Berufsschule ist die Fachsprache sehr schwer.")
    assert found[0].text.endswith("brechen deshalb ab.")  # the whole turn
    assert set(found[0].codes) == {"Sprache", "Ausbildung"}
