"""Typed variable values: what a user may type (German and English) and how it is stored."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qda_app.errors import InvalidValueError
from qda_app.variable_values import canonical, convert, guess_type, type_named, typed


@pytest.mark.parametrize(("kind", "typed_in", "stored"), [
    ("integer", "34", "34"), ("integer", " -3 ", "-3"), ("integer", "1.000", "1000"),
    ("integer", "1,000", "1000"), ("integer", "1 000", "1000"), ("integer", "34,0", "34"),
    ("decimal", "3,5", "3.5"), ("decimal", "3.5", "3.5"), ("decimal", "1.000,5", "1000.5"),
    ("decimal", "1,000.5", "1000.5"), ("decimal", "-0,25", "-0.25"), ("decimal", "2,50", "2.5"),
    ("decimal", "1.000.000", "1000000"), ("decimal", "7", "7"),
    ("date", "12.03.2024", "2024-03-12"), ("date", "1.3.2024", "2024-03-01"),
    ("date", "2024-03-12", "2024-03-12"), ("date", "2024-03-12 00:00:00", "2024-03-12"),
    ("boolean", "ja", "1"), ("boolean", "Nein", "0"), ("boolean", "yes", "1"),
    ("boolean", "no", "0"), ("boolean", "1", "1"), ("boolean", "0", "0"),
    ("boolean", "WAHR", "1"), ("text", "  Thüringen ", "Thüringen"),
])
def test_german_and_english_forms_are_stored_alike(kind: str, typed_in: str, stored: str
                                                   ) -> None:
    assert canonical(kind, typed_in) == stored


@pytest.mark.parametrize(("kind", "bad", "says"), [
    ("integer", "3,5", "'3,5' is not a whole number"),
    ("integer", "vierzig", "not a whole number"),
    ("decimal", "drei", "'drei' is not a number"),
    ("decimal", "1e5", "not a number"),
    ("date", "31.02.2024", "not a date of the calendar"),
    ("date", "03/12/2024", "write 12.03.2024 or 2024-03-12"),
    ("date", "12.03.24", "not a date"),
    ("boolean", "vielleicht", "'vielleicht' is not yes or no"),
])
def test_a_value_of_the_wrong_kind_is_refused_in_one_line(kind: str, bad: str, says: str
                                                          ) -> None:
    with pytest.raises(InvalidValueError) as caught:
        canonical(kind, bad)
    assert says in str(caught.value)
    assert "\n" not in str(caught.value)


def test_empty_input_is_no_value() -> None:
    for kind in ("text", "integer", "decimal", "date", "boolean"):
        assert canonical(kind, "") is None
        assert canonical(kind, "   ") is None
        assert canonical(kind, None) is None


def test_spreadsheet_cells_are_taken_as_what_they_are() -> None:
    assert canonical("integer", 34) == "34"
    assert canonical("integer", 34.0) == "34"
    assert canonical("decimal", 3.1) == "3.1"  # not 3.100000000000000088817841970012523
    assert canonical("date", datetime(2024, 3, 12)) == "2024-03-12"
    assert canonical("date", date(2024, 3, 12)) == "2024-03-12"
    assert canonical("boolean", True) == "1"
    assert canonical("decimal", float("nan")) is None
    with pytest.raises(InvalidValueError):
        canonical("integer", 3.5)
    with pytest.raises(InvalidValueError):
        canonical("date", datetime(2024, 3, 12, 14, 30))


def test_stored_values_come_back_as_python_values() -> None:
    assert typed("integer", "34") == 34
    assert typed("decimal", "3.5") == 3.5
    assert typed("date", "2024-03-12") == date(2024, 3, 12)
    assert typed("boolean", "1") is True
    assert typed("boolean", "0") is False
    assert typed("text", "Thüringen") == "Thüringen"


@pytest.mark.parametrize(("values", "kind"), [
    (["34", "45", ""], "integer"), (["3,5", "2"], "decimal"), (["1.000,5", "3"], "decimal"),
    (["12.03.2024", "2024-01-02"], "date"), (["ja", "nein", "Ja"], "boolean"),
    (["0", "1", "1"], "integer"), (["Thüringen", "34"], "text"), ([], "text"),
    (["", "  "], "text"), ([34, 35.5], "decimal"), ([True, False], "boolean"),
    ([datetime(2024, 1, 1)], "date"), (["34,0", "3"], "decimal"),
])
def test_the_type_is_guessed_from_a_column(values: list[object], kind: str) -> None:
    assert guess_type(values) == kind


def test_type_names_in_either_language() -> None:
    assert type_named("Zahl") == "decimal"
    assert type_named("int") == "integer"
    assert type_named("ja/nein") == "boolean"
    assert type_named("Datum") == "date"
    with pytest.raises(InvalidValueError, match="use one of text, integer"):
        type_named("colour")


def test_converting_between_types() -> None:
    assert convert("integer", "decimal", "34") == "34"
    assert convert("decimal", "text", "3.5") == "3.5"
    assert convert("boolean", "text", "1") == "yes"
    assert convert("text", "boolean", "nein") == "0"
    assert convert("text", "date", "12.03.2024") == "2024-03-12"
    with pytest.raises(InvalidValueError):
        convert("decimal", "integer", "3.5")


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_whole_numbers_survive_either_way_of_writing(n: int) -> None:
    assert canonical("integer", str(n)) == str(n)
    assert typed("integer", canonical("integer", f"{n:,}") or "") == n  # 1,000,000
    assert typed("integer", canonical("integer", f"{n:,}".replace(",", ".")) or "") == n


@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False))
def test_decimals_written_the_german_way_read_back_equal(d: Decimal) -> None:
    german = format(d, "f").replace(".", ",")
    stored = canonical("decimal", german)
    assert stored is not None
    assert Decimal(stored) == d
    assert canonical("decimal", stored) == stored  # the stored form reads as itself


@given(st.dates(min_value=date(1000, 1, 1)))
def test_dates_written_the_german_way_are_stored_in_iso_form(d: date) -> None:
    assert canonical("date", f"{d.day}.{d.month}.{d.year}") == d.isoformat()
    assert typed("date", d.isoformat()) == d
