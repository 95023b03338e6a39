"""Offsets across the Qt boundary, word snapping and the visible-coding index (no Qt)."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from qda_app.records import Coding
from qda_app.spans import in_vivo_name, snap_to_words, trim
from qda_app.text_units import Utf16Map
from qda_app.ui.transcript.coding_index import BUCKET, CodingIndex


def test_utf16_map_counts_emoji_as_two_units() -> None:
    text = "a😀b🎉c"
    m = Utf16Map(text)
    assert [m.to_utf16(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [m.to_cp(u) for u in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]
    assert m.to_cp(2) == 2  # inside the surrogate pair of 😀: snaps forward
    assert m.to_cp(2, backward=True) == 1  # a start there takes the whole 😀
    assert m.to_cp(5, backward=True) == 3 and m.to_cp(3, backward=True) == 2
    assert m.length_u16 == len(text.encode("utf-16-le")) // 2


@given(st.text(max_size=40))
def test_utf16_map_round_trips_every_position(text: str) -> None:
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_cp(u16) == cp


def test_snap_widens_to_words_and_trims_space() -> None:
    text = "Die Sprache der Prüfung verhindert das, sprachliche Barrieren"
    assert text[slice(*snap_to_words(text, 5, 9))] == "Sprache"
    assert text[slice(*snap_to_words(text, 21, 38))] == "Prüfung verhindert das"
    assert snap_to_words(text, 3, 4) == (4, 4)  # only a blank: nothing to code
    assert text[slice(*trim(text, 3, 9))] == "Sprac"  # Alt: exact, only trimmed


def test_in_vivo_names_are_one_clean_line() -> None:
    assert in_vivo_name(" „Nimm den, der ist gut“ ") == "Nimm den, der ist gut"
    assert in_vivo_name("Neustadt/Aisch\nAsylcafé") == "Neustadt Aisch Asylcafé"
    assert len(in_vivo_name("wort " * 40)) <= 61


def _coding(uuid: str, start: int, end: int) -> Coding:
    now = datetime.now(timezone.utc)
    return Coding(uuid, "d", "doc", "c", "Code", "#e6194b", "u", "Anna", start, end, "",
                  None, None, now, now)


def test_index_finds_overlaps_across_buckets() -> None:
    index = CodingIndex([_coding("a", 0, 10), _coding("b", BUCKET - 5, BUCKET + 5),
                         _coding("c", 3 * BUCKET, 5 * BUCKET)])
    assert [c.uuid for c in index.overlapping(BUCKET, BUCKET + 1)] == ["b"]
    assert [c.uuid for c in index.overlapping(4 * BUCKET, 4 * BUCKET + 10)] == ["c"]
    assert [c.uuid for c in index.overlapping(0, 3 * BUCKET + 1)] == ["a", "b", "c"]
    assert index.overlapping(10, 20) == []
    index.remove("b")
    assert index.overlapping(BUCKET, BUCKET + 1) == []
    assert [c.uuid for c in index.at(5)] == ["a"]
