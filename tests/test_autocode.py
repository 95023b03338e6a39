"""Autocoding search hits: units (sentence, paragraph, turn) on hand-written German text,
merging, what exists already, and ``qda search`` / ``qda autocode``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qda_app import Project, Turn
from qda_app.analysis.autocode import (
    apply_autocode,
    autocode,
    merge_overlapping,
    plan_autocode,
)
from qda_app.analysis.unit_spans import UnitFinder, split_sentences
from qda_app.cli.main import main
from qda_app.errors import CodeNotFound, InvalidValueError

LINE_I = "I: Wie war das mit dem Nachteilsausgleich? Haben Sie z.B. Dr. Müller gefragt?"
LINE_B = ("B: Ja, ca. 3 Wochen lang. Im 1. Lehrjahr gab es keinen Nachteilsausgleich, z. B. "
          "für die Prüfung. Danach schon.")
LINE_N = "Notiz ohne Sprecher. Der Nachteilsausgleich kam am 3. Oktober. Ende."
TEXT = f"{LINE_I}\n{LINE_B}\n\n{LINE_N}\n"
B_AT = len(LINE_I) + 1
TURNS = [Turn(0, len(LINE_I), "I", body_start=3),
         Turn(B_AT, B_AT + len(LINE_B), "B", body_start=B_AT + 3)]
CODE = "Recht/Nachteilsausgleich"


def span_of(part: str) -> tuple[int, int]:
    """Where ``part`` (which occurs once) is in the text: the expected unit, by hand."""
    assert TEXT.count(part) == 1, part
    start = TEXT.index(part)
    return start, start + len(part)


@pytest.fixture
def interview(project: Project) -> Project:
    project.add_document("Interview 7", TEXT, turns=TURNS)
    project.add_code(CODE)
    return project


def units(project: Project, query: str, unit: str, regex: bool = False) -> list[tuple[int, int]]:
    plan = plan_autocode(project, project.search(query, regex=regex), CODE, unit)
    return [(s.start, s.end) for s in plan.specs]


def test_sentences_respect_german_abbreviations_and_ordinals() -> None:
    sentences = [TEXT[a:b] for a, b in split_sentences(TEXT, B_AT + 3, B_AT + len(LINE_B))]
    assert [s.strip() for s in sentences] == [
        "Ja, ca. 3 Wochen lang.",
        "Im 1. Lehrjahr gab es keinen Nachteilsausgleich, z. B. für die Prüfung.",
        "Danach schon."]
    text = "Wir waren 3. Die anderen kamen am 3. Oktober. Das war bzw. ist so."
    assert [text[a:b].strip() for a, b in split_sentences(text, 0, len(text))] == [
        "Wir waren 3.", "Die anderen kamen am 3. Oktober.", "Das war bzw. ist so."]


def test_each_unit_around_the_three_hits(interview: Project) -> None:
    assert units(interview, "Nachteilsausgleich", "hit") == [
        (h.start, h.end) for h in interview.search("Nachteilsausgleich")]
    assert units(interview, "Nachteilsausgleich", "sentence") == [
        span_of("Wie war das mit dem Nachteilsausgleich?"),
        span_of("Im 1. Lehrjahr gab es keinen Nachteilsausgleich, z. B. für die Prüfung."),
        span_of("Der Nachteilsausgleich kam am 3. Oktober.")]
    assert units(interview, "Nachteilsausgleich", "paragraph") == [
        span_of(LINE_I[3:]), span_of(LINE_B[3:]), span_of(LINE_N)]  # without "I: ", "B: "
    plan = plan_autocode(interview, interview.search("Nachteilsausgleich"), CODE, "turn")
    assert [(s.start, s.end) for s in plan.specs] == [span_of(LINE_I[3:]), span_of(LINE_B[3:])]
    assert plan.without_unit == 1  # the note has no speaker


def test_units_that_overlap_become_one_coding(interview: Project) -> None:
    # two hits in one sentence: the sentence once
    assert units(interview, "Haben|Müller", "sentence", regex=True) == [
        span_of("Haben Sie z.B. Dr. Müller gefragt?")]
    # hits in two sentences of one line: two sentences, but one paragraph
    assert len(units(interview, "das mit|Müller", "sentence", regex=True)) == 2
    assert units(interview, "das mit|Müller", "paragraph", regex=True) == [span_of(LINE_I[3:])]
    # a hit across two sentences and a hit in the second: one span over both
    assert units(interview, r"Lehrjahr.*?Danach|schon", "sentence", regex=True) == [
        span_of("Im 1. Lehrjahr gab es keinen Nachteilsausgleich, z. B. für die Prüfung. "
                "Danach schon.")]
    # spans that share a character join; spans that only touch stay two codings
    assert merge_overlapping([(8, 10), (3, 8), (0, 5), (12, 14), (13, 13)]) == [
        (0, 8), (8, 10), (12, 14)]


def test_a_hit_in_the_speaker_label_extends_to_the_whole_line(interview: Project) -> None:
    finder = UnitFinder(interview.document("Interview 7"))
    assert finder.extend(0, 1, "paragraph") == span_of(LINE_I)
    assert finder.extend(0, 1, "turn") == span_of(LINE_I[3:])


def test_autocode_writes_once_and_then_finds_them_there(interview: Project) -> None:
    first = autocode(interview, "Nachteilsausgleich", CODE, "sentence", coder="Anna")
    assert (len(first.added), first.existing) == (3, 0)
    stored = interview.segments(code=CODE)
    assert sorted((s.start, s.end, s.coder) for s in stored) == sorted(
        (s.start, s.end, "Anna") for s in first.plan.specs)
    assert [s.text for s in stored if s.start == span_of(LINE_N)[0] + 21] == [
        "Der Nachteilsausgleich kam am 3. Oktober."]
    again = plan_autocode(interview, interview.search("Nachteilsausgleich"), CODE,
                          "sentence", coder="Anna")
    assert (again.new, again.existing) == (0, 3)
    second = apply_autocode(interview, again)
    assert (len(second.added), second.existing) == (0, 3)
    assert len(interview.segments(code=CODE)) == 3
    # another coder's codings are theirs: nothing of Ben's is there yet
    assert plan_autocode(interview, interview.search("Nachteilsausgleich"), CODE,
                         "sentence", coder="Ben").existing == 0


def test_preview_counts_a_coding_made_by_hand(interview: Project) -> None:
    start, end = span_of("Der Nachteilsausgleich kam am 3. Oktober.")
    interview.add_coding("Interview 7", CODE, start, end, coder="Tester")
    interview.add_coding("Interview 7", CODE, start, end - 1, coder="Tester")  # not the same
    plan = plan_autocode(interview, interview.search("Nachteilsausgleich"), CODE, "sentence")
    assert (len(plan.specs), plan.existing, plan.new) == (3, 1, 2)
    result = apply_autocode(interview, plan)
    assert (len(result.added), result.existing) == (2, 1)
    assert len(interview.segments(code=CODE)) == 4


def test_removing_what_autocode_added_restores_the_project(interview: Project) -> None:
    interview.add_coding("Interview 7", CODE, *span_of("Danach schon."))
    before = sorted((s.uuid, s.start, s.end) for s in interview.segments())
    result = autocode(interview, "schon|Nachteil", CODE, "paragraph", regex=True)
    assert len(result.added) == 3
    interview.remove_codings(result.added)
    assert sorted((s.uuid, s.start, s.end) for s in interview.segments()) == before


def test_unknown_unit_or_code_is_refused_before_anything_is_written(interview: Project
                                                                    ) -> None:
    hits = interview.search("Nachteilsausgleich")
    with pytest.raises(InvalidValueError, match="unknown unit 'word'"):
        plan_autocode(interview, hits, CODE, "word")
    with pytest.raises(CodeNotFound):
        plan_autocode(interview, hits, "Recht/Nix", "hit")
    assert interview.segments() == []


# -- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def path(interview: Project) -> str:
    return interview.location


def test_qda_search_json(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", path, "nachteilsausgleich", "--json")
    hits = json.loads(out)
    assert code == 0 and len(hits) == TEXT.lower().count("nachteilsausgleich") == 3
    assert all(set(h) == {"document", "document_uuid", "start", "end", "text", "context"}
               for h in hits)
    assert all(TEXT[h["start"]:h["end"]] == h["text"] == "Nachteilsausgleich" for h in hits)
    assert hits[0]["context"] == ("I: Wie war das mit dem Nachteilsausgleich? Haben Sie z.B. "
                                  "Dr. Müller gefragt? B:…")


def test_qda_search_table_and_options(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", path, "DER", "--case-sensitive")
    assert code == 0 and out.strip().endswith("0 hits in 0 documents")
    code, out, _ = run(capsys, "search", path, "der", "--whole-words", "--doc", "Interview 7")
    assert code == 0 and out.strip().splitlines()[-1] == "1 hit in 1 document"
    code, out, err = run(capsys, "search", path, "(", "--regex")
    assert code == 1 and out == ""
    assert err.startswith("error: not a valid regular expression") and err.count("\n") == 1


def test_qda_autocode_dry_run_then_twice(path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    args = ("autocode", path, "Nachteilsausgleich", "--code", CODE, "--unit", "turn",
            "--coder", "Anna")
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0 and out.startswith(f"would add 2 codings (turns) with {CODE} (Anna); "
                                        "0 already there; from 3 hits; 1 hit in no turn")
    with Project.open(path) as p:
        assert p.segments() == []
    code, out, _ = run(capsys, *args)
    assert code == 0 and out.startswith("added 2 codings (turns)")
    code, out, _ = run(capsys, *args)
    assert code == 0 and "added 0 codings (turns)" in out and "2 already there" in out
    with Project.open(path) as p:
        assert [s.coder for s in p.segments()] == ["Anna", "Anna"]


def test_qda_autocode_refusals(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "autocode", path, "x", "--code", "Nix")
    assert code == 1 and err == "error: no code 'Nix' in this project\n"
    with pytest.raises(SystemExit) as info:
        run(capsys, "autocode", path, "x", "--code", CODE, "--unit", "word")
    assert info.value.code == 2
