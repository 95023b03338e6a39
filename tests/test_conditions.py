"""The condition language on variables: what it reads, how it evaluates, how it refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qda_app.conditions import ConditionError, bind
from qda_app.variable_values import Value

TYPES = {"Region": "text", "Alter": "integer", "Einkommen": "decimal", "Datum": "date",
         "Raucher": "boolean", "Höchster Abschluss": "text"}
PEOPLE: dict[str, dict[str, Value]] = {
    "Anna": {"Region": "Thüringen", "Alter": 34, "Raucher": True, "Datum": date(2024, 3, 12),
             "Höchster Abschluss": "Fachabitur"},
    "Ben": {"Region": "Sachsen", "Alter": 45, "Einkommen": 2500.5, "Raucher": False},
    "Cem": {"Region": "thüringen", "Alter": 61, "Einkommen": 1800.0},
    "Dora": {},
}


def matching(condition: str) -> list[str]:
    test = bind(condition, TYPES)
    return [name for name, values in PEOPLE.items() if test.matches(values)]


@pytest.mark.parametrize(("condition", "who"), [
    ("Region = Thüringen", ["Anna", "Cem"]),  # texts compare ignoring case
    ("Region = Thüringen and Alter < 40", ["Anna"]),
    ("Region = Thüringen und Alter < 40", ["Anna"]),
    ("region=thüringen AND alter<40", ["Anna"]),
    ("Alter >= 45", ["Ben", "Cem"]),
    ("Alter > 45 or Raucher = ja", ["Anna", "Cem"]),
    ("Alter > 45 oder Raucher = yes", ["Anna", "Cem"]),
    ("not Region = Sachsen", ["Anna", "Cem", "Dora"]),  # Dora has no region: not Sachsen
    ("nicht (Region = Sachsen)", ["Anna", "Cem", "Dora"]),
    ("Region != Sachsen", ["Anna", "Cem"]),  # a missing value fails every comparison
    ("(Region = Sachsen or Region = Thüringen) and Alter <= 45", ["Anna", "Ben"]),
    ("Region = Sachsen or Region = Thüringen and Alter > 60", ["Ben", "Cem"]),  # and first
    ("Einkommen < 2000,5", ["Cem"]),
    ("Einkommen > 2.000", ["Ben", "Cem"]),  # one separator is the decimal point: 2
    ("Datum < 01.04.2024", ["Anna"]),
    ("Datum >= 2024-03-12", ["Anna"]),
    ("Höchster Abschluss contains abitur", ["Anna"]),
    ("Höchster Abschluss enthält Fach", ["Anna"]),
    ('Einkommen = ""', ["Anna", "Dora"]),
    ('Einkommen != ""', ["Ben", "Cem"]),
    ('"Region" = "Thüringen"', ["Anna", "Cem"]),
    ("Raucher = nein", ["Ben"]),
])
def test_conditions_choose_the_documents_counted_by_hand(condition: str, who: list[str]
                                                        ) -> None:
    assert matching(condition) == who


@pytest.mark.parametrize(("condition", "message"), [
    ("Region = Thüringen and Alter < vierzig",
     "at character 32: 'vierzig' is not a whole number (Alter is a whole number)"),
    ("Alder < 40", "at character 1: no variable 'Alder' (variables: Alter, Datum"),
    ("Region = ", "at character 10: expected a value after '=', found the end"),
    ("Region Thüringen", "expected an operator"),
    ("(Region = Sachsen", "at character 18: the parenthesis at character 1 is not closed"),
    ("Region = Sachsen)", "at character 17: unexpected ')'"),
    ("Alter contains 4", "contains applies to text variables; Alter is a whole number"),
    ("Raucher < ja", "Raucher is yes or no: compare it with = or !="),
    ('Region = "Thür', "at character 10: a quotation mark is not closed"),
    ("Datum < 31.02.2024", "not a date of the calendar"),
    ("Region = Sachsen Alter = 3", "at character 24: expected and/or before '=' (is 'and'"),
    ("Region = Sachsen and", "expected a variable name, found the end"),
    ("   ", "the condition is empty"),
])
def test_bad_conditions_are_refused_in_one_line_at_the_place(condition: str, message: str
                                                             ) -> None:
    with pytest.raises(ConditionError) as caught:
        bind(condition, TYPES)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_names_of_several_words_and_values_of_several_words() -> None:
    test = bind("Höchster Abschluss = Mittlere Reife and Region = Nordrhein Westfalen", TYPES)
    assert test.matches({"Höchster Abschluss": "mittlere reife",
                         "Region": "Nordrhein Westfalen"})
    assert test.variables == {"Höchster Abschluss", "Region"}


def test_a_name_that_differs_only_in_case_from_two_variables_is_ambiguous() -> None:
    with pytest.raises(ConditionError, match="no variable 'alter'"):
        bind("alter = 3", {"Alter": "integer", "ALTER": "integer"})


# -- any condition, read and evaluated, agrees with Python evaluating the same tree ---------

NUMBERS = {"Alter": "integer", "Kinder": "integer"}
OPS = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
       "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


@st.composite
def trees(draw: st.DrawFn, depth: int = 3) -> tuple[str, Callable[[dict[str, int]], bool]]:
    """A condition's text and, independently, what it means as a Python function."""
    if depth == 0 or draw(st.booleans()):
        name = draw(st.sampled_from(sorted(NUMBERS)))
        op = draw(st.sampled_from(sorted(OPS)))
        number = draw(st.integers(-5, 5))
        return (f"{name} {op} {number}",
                lambda v, n=name, o=op, x=number: n in v and OPS[o](v[n], x))
    kind = draw(st.sampled_from(["and", "or", "not"]))
    left_text, left = draw(trees(depth - 1))
    if kind == "not":
        return f"not ({left_text})", lambda v, f=left: not f(v)
    right_text, right = draw(trees(depth - 1))
    word = {"and": draw(st.sampled_from(["and", "und", "AND"])),
            "or": draw(st.sampled_from(["or", "oder", "OR"]))}[kind]
    text = f"({left_text}) {word} ({right_text})"
    if kind == "and":
        return text, lambda v, a=left, b=right: a(v) and b(v)
    return text, lambda v, a=left, b=right: a(v) or b(v)


@given(trees(), st.dictionaries(st.sampled_from(sorted(NUMBERS)), st.integers(-6, 6)))
def test_any_condition_means_what_python_says_it_means(
        tree: tuple[str, Callable[[dict[str, int]], bool]], values: dict[str, int]) -> None:
    text, meaning = tree
    assert bind(text, NUMBERS).matches(values) == meaning(values)
