"""Timestamps in transcripts: every form reads as the seconds it says, anywhere a turn may
carry it, and generated interviews keep their text, speakers and times."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from qda_app.importers.recording_times import leading, seconds_of, trailing
from qda_app.importers.transcript import parse

hours = st.integers(0, 99)
sixty = st.integers(0, 59)
tenths = st.integers(0, 9)
SPEECH = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß ,.?!:;()-", min_size=1, max_size=80)


def stamps(h: int, m: int, s: int, t: int) -> dict[str, tuple[str, float]]:
    """The forms of one moment: (stamp, seconds it stands for)."""
    whole = h * 3600 + m * 60 + s
    forms = {
        "f4": (f"#{h:02d}:{m:02d}:{s:02d}-{t}#", whole + t / 10),
        "f4 whole": (f"#{h:02d}:{m:02d}:{s:02d}#", whole),
        "brackets": (f"[{h:02d}:{m:02d}:{s:02d}]", whole),
        "parentheses": (f"({h:02d}:{m:02d}:{s:02d})", whole),
        "minutes": (f"[{h * 60 + m:02d}:{s:02d}]", whole),
    }
    if h * 60 + m > 999:  # minutes:seconds has up to three digits of minutes
        del forms["minutes"]
    return forms


@given(hours, sixty, sixty, tenths, SPEECH)
def test_a_stamp_at_the_end_or_start_of_a_line_reads_as_its_seconds(
        h: int, m: int, s: int, t: int, speech: str) -> None:
    for stamp, seconds in stamps(h, m, s, t).values():
        assert seconds_of(stamp) == pytest.approx(seconds)
        assert trailing(f"{speech} {stamp}") == pytest.approx(seconds)
        assert trailing(f"{speech}{stamp}  ") == pytest.approx(seconds)
        found = leading(f"{stamp} {speech}")
        assert found is not None and found[0] == pytest.approx(seconds)
        assert f"{stamp} {speech}"[found[1]:] == speech.lstrip(" ")


@given(st.text(max_size=60))
def test_any_text_reads_without_error_and_never_a_negative_time(text: str) -> None:
    for found in (trailing(text), (leading(text) or (None, 0))[0]):
        assert found is None or 0 <= found < 100 * 3600


@given(hours, st.integers(60, 99), sixty)
def test_minutes_and_seconds_beyond_59_are_text(h: int, bad: int, ok: int) -> None:
    for stamp in (f"#{h:02d}:{bad}:{ok:02d}-5#", f"[{h:02d}:{ok:02d}:{bad}]",
                  f"[{ok:02d}:{bad}]"):
        assert trailing(f"Ende {stamp}") is None and leading(f"{stamp} Anfang") is None


def test_two_parts_in_parentheses_are_a_clock_time_not_a_position() -> None:
    assert trailing("Wir treffen uns morgen (14:30)") is None
    assert trailing("Genau. [01:02]") == 62.0


labels = st.sampled_from(["I", "B", "B1", "B2", "IP3", "TN1", "Q", "A", "Interviewerin",
                          "Befragter", "Moderatorin", "Participant 2"])
turns = st.lists(st.tuples(labels, SPEECH, st.sampled_from(["", " ", "\t"]),
                           st.one_of(st.none(), st.tuples(hours, sixty, sixty, tenths)),
                           st.sampled_from(["f4", "brackets", "parentheses", "minutes"]),
                           st.booleans()),
                 min_size=1, max_size=12)


@given(turns)
def test_a_generated_interview_keeps_its_text_speakers_and_times(
        spec: list[tuple[str, str, str, tuple[int, int, int, int] | None, str, bool]]) -> None:
    paragraphs, expected = [], []
    for label, speech, blank, moment, form, at_start in spec:
        words = speech.strip()
        assume(words and "  " not in words and not words[0].isupper())
        stamp, seconds = stamps(*moment).get(form, ("", None)) if moment else ("", None)
        if at_start and stamp:
            paragraphs.append(f"{stamp} {label}:{blank}{words}")
        else:
            paragraphs.append(f"{label}:{blank}{words}{' ' + stamp if stamp else ''}")
        expected.append((label, seconds))
    raw = "\n\n".join(paragraphs) + "\n"
    text, found = parse(raw)
    assert text == raw
    assert [t.speaker for t in found] == [label for label, _ in expected]
    assert [t.seconds for t in found] == pytest.approx([seconds for _, seconds in expected])
    for turn, paragraph in zip(found, paragraphs, strict=True):
        assert text[turn.start:turn.end] == paragraph
