"""Offsets of REFI-QDA selections: code points or UTF-16 units, CRLF and BOM, onto our text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qda_app.refi.offsets import NVIVO, STANDARD, Counting, SourceText, choose_counting

# Texts as other tools store them: umlauts, emoji (outside the BMP), CRLF and LF.
CHARS = st.sampled_from([*"aäöüß xyz.", "\r\n", "\n", "😀", "👍🏽", "教"])
TEXTS = st.lists(CHARS, min_size=1, max_size=60).map("".join)


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def crlf_as_one(text: str) -> int:
    return len(text.replace("\r\n", "\n"))


def cuts(raw: str) -> list[int]:
    """Positions a tool can select at: not between the CR and LF of one line break."""
    return [i for i in range(len(raw) + 1)
            if not (0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n")]


def assert_selects(raw: str, data: st.DataObject, counting: Counting) -> None:
    """A span a tool selected on ``raw``, written in ``counting``, selects the same text."""
    start = data.draw(st.sampled_from(cuts(raw)[:-1]))
    end = data.draw(st.sampled_from([i for i in cuts(raw) if i > start]))
    if counting.utf16:
        start_in_file, end_in_file = utf16_units(raw[:start]), utf16_units(raw[:end])
    else:
        start_in_file, end_in_file = start, end
    source = SourceText(raw)
    span, clamped = source.map_span(start_in_file, end_in_file, counting)
    assert not clamped and span is not None
    assert source.text[span[0]:span[1]] == raw[start:end].replace("\r\n", "\n")


@given(TEXTS, st.data())
def test_code_points_on_the_raw_text_select_the_same_characters(raw: str,
                                                                data: st.DataObject) -> None:
    assert_selects(raw, data, STANDARD)


@given(TEXTS, st.data())
def test_utf16_spans_select_what_nvivo_selected(raw: str, data: st.DataObject) -> None:
    """NVivo counts UTF-16 units on the raw text: convert and get the same characters."""
    assert_selects(raw, data, NVIVO)


@given(TEXTS, st.data())
def test_crlf_counted_once(raw: str, data: st.DataObject) -> None:
    lf = raw.replace("\r\n", "\n")
    start = data.draw(st.integers(0, len(lf) - 1))
    end = data.draw(st.integers(start + 1, len(lf)))
    source = SourceText(raw)
    span, _ = source.map_span(start, end, Counting(crlf_as_one=True))
    assert span == (start, end)


@given(TEXTS)
def test_spans_never_invert_or_leave_the_text(raw: str) -> None:
    source = SourceText(raw)
    for counting in [*source.candidates(), NVIVO]:
        length = source.length(counting)
        for start in range(-1, length + 2):
            for end in (start + 1, length + 3):
                span, clamped = source.map_span(start, end, counting)
                if span is not None:
                    assert 0 <= span[0] < span[1] <= len(source.text)
                if start < 0 or end > length:
                    assert clamped


def test_a_start_inside_an_emoji_takes_the_whole_emoji() -> None:
    source = SourceText("a😀b")
    assert source.map_span(2, 4, NVIVO) == ((1, 3), False)  # unit 2 is inside the pair


def test_out_of_range_is_clamped_or_dropped() -> None:
    source = SourceText("Hallo Welt")
    assert source.map_span(6, 99, STANDARD) == ((6, 10), True)
    assert source.map_span(20, 30, STANDARD) == (None, True)
    assert source.map_span(5, 5, STANDARD) == (None, False)


def test_guessing_prefers_the_reading_that_fits_words() -> None:
    raw = "😀😀😀 Wir sprechen über Arbeit.\r\nUnd über Sprache.\r\n"
    words = ["Arbeit", "Sprache", "sprechen"]
    cp = [(raw.index(w), raw.index(w) + len(w)) for w in words]
    units = [(utf16_units(raw[:s]), utf16_units(raw[:e])) for s, e in cp]
    source = SourceText(raw)
    assert choose_counting(source, cp, None) == STANDARD
    assert choose_counting(source, units, None) == Counting(utf16=True)
    assert choose_counting(source, units, STANDARD) == STANDARD  # a known tool is believed
    one = [(crlf_as_one(raw[:s]), crlf_as_one(raw[:e])) for s, e in cp]
    assert choose_counting(source, one, None).crlf_as_one


def test_plain_text_is_never_guessed() -> None:
    source = SourceText("Kein Emoji, keine CRLF.")
    assert choose_counting(source, [(3, 40)], None) == STANDARD
