"""Document variables' types and values: what a user may type, how it is stored.

A variable has one of five types (:data:`TYPES`). Values are stored as text in one
canonical form per type, so that they sort, compare and export the same on every
machine whatever language its user types in:

==========  =====================================  ==============================
type        accepted input (German and English)    stored as
==========  =====================================  ==============================
text        anything (spaces around trimmed)       the text
integer     ``34``, ``-3``, ``1.000``/``1,000``    ``34``, ``-3``, ``1000``
            (groups of three), ``34,0``
decimal     ``3,5``, ``3.5``, ``1.000,5``,         ``3.5``, ``1000.5``
            ``1,000.5``, ``-0,25``
date        ``12.03.2024``, ``12.3.2024``,         ``2024-03-12``
            ``2024-03-12`` (also with a time of
            midnight, as spreadsheets write it)
boolean     ja/nein, yes/no, wahr/falsch,          ``1`` / ``0``
            true/false, j/n, y/n, 1/0
==========  =====================================  ==============================

A decimal written with one separator takes it as the decimal point, whichever it is
(``3,5`` and ``3.5`` are both three and a half; ``1.000`` is one, write ``1000``); with
both, the last one is (``1.000,5`` and ``1,000.5``). An empty input is no value.
Values from spreadsheets come as Python objects too (``int``, ``float``, ``bool``,
``datetime``), and are taken as they are.

To Python a stored value is a ``str``, ``int``, ``float``, ``datetime.date`` or
``bool`` (:func:`typed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from .errors import InvalidValueError

TYPES = ("text", "integer", "decimal", "date", "boolean")
"""The types, as stored and as the command line and JSON name them."""

Value = str | int | float | date | bool
"""A value as Python sees it (:func:`typed`)."""

DESCRIBED = {"text": "a text", "integer": "a whole number", "decimal": "a number",
             "date": "a date", "boolean": "yes or no"}
"""What a type asks for, in an error message ("'vierzig' is not a whole number")."""

KINDS = {"text": "a text variable", "integer": "a whole-number variable",
         "decimal": "a decimal variable", "date": "a date variable",
         "boolean": "a yes/no variable"}
"""A variable of each type, in a message ("cannot make Region a date variable")."""

_ALIASES = {
    "text": "text", "string": "text", "str": "text",
    "integer": "integer", "int": "integer", "ganzzahl": "integer", "whole": "integer",
    "decimal": "decimal", "number": "decimal", "float": "decimal", "zahl": "decimal",
    "dezimalzahl": "decimal",
    "date": "date", "datum": "date",
    "boolean": "boolean", "bool": "boolean", "yes/no": "boolean", "ja/nein": "boolean",
}
_TRUE = frozenset({"1", "ja", "j", "yes", "y", "true", "wahr"})
_FALSE = frozenset({"0", "nein", "n", "no", "false", "falsch"})
_SPACES = re.compile(r"[\u00a0\u202f ’']")
"""Thousands separators that are never a decimal point: spaces, apostrophes (Swiss)."""
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_INTEGER = re.compile(r"[+-]?\d+")
_ZERO_FRACTION = re.compile(r"([+-]?\d+)[.,]0+")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def type_named(name: str) -> str:
    """The type a user means by ``name`` (``int``, ``Zahl``, ``yes/no``...); one line if none."""
    found = _ALIASES.get(name.strip().casefold())
    if found is None:
        raise InvalidValueError(f"no variable type {name!r}: use one of {', '.join(TYPES)}")
    return found


def check_type(kind: str) -> str:
    if kind not in TYPES:
        raise InvalidValueError(f"no variable type {kind!r}: use one of {', '.join(TYPES)}")
    return kind


def canonical(kind: str, raw: object) -> str | None:
    """``raw`` as stored for a variable of type ``kind``; ``None`` for no value.

    Raises :class:`~qda_app.errors.InvalidValueError` with one line when ``raw`` is not
    of the type ("'3,5' is not a whole number").
    """
    if raw is None:
        return None
    if isinstance(raw, str):
        text = raw.strip()
        if not text:
            return None
        return _PARSERS[check_type(kind)](text)
    return _from_object(check_type(kind), raw)


def _refuse(raw: object, kind: str) -> InvalidValueError:
    shown = raw if isinstance(raw, str) else str(raw)
    return InvalidValueError(f"{shown!r} is not {DESCRIBED[kind]}")


def _text(text: str) -> str:
    return text


def _integer(text: str) -> str:
    compact = _SPACES.sub("", text)
    if _INTEGER.fullmatch(compact):
        return str(int(compact))
    if _GROUPED.fullmatch(compact):  # 1.000 and 1,000: a whole number has no decimals
        return str(int(re.sub(r"[.,]", "", compact)))
    zero = _ZERO_FRACTION.fullmatch(compact)
    if zero:
        return str(int(zero.group(1)))
    raise _refuse(text, "integer")


def _decimal(text: str) -> str:
    number = _number(text)
    if number is None:
        raise _refuse(text, "decimal")
    return decimal_text(number)


def _number(text: str) -> Decimal | None:
    """A number written the German or the English way, or ``None``."""
    compact = _SPACES.sub("", text)
    if "," in compact and "." in compact:  # the last one is the decimal point
        point = "," if compact.rfind(",") > compact.rfind(".") else "."
        compact = compact.replace("." if point == "," else ",", "").replace(point, ".")
    elif compact.count(",") > 1 or compact.count(".") > 1:  # 1.000.000: groups only
        if not _GROUPED.fullmatch(compact):
            return None
        compact = re.sub(r"[.,]", "", compact)
    else:
        compact = compact.replace(",", ".")
    if not _PLAIN_NUMBER.fullmatch(compact):
        return None
    number = Decimal(compact)
    return number if number.is_finite() else None


def decimal_text(number: Decimal | float | int) -> str:
    """The stored form of a number: no exponent, no trailing zeros (``3.5``, ``1000``)."""
    value = number if isinstance(number, Decimal) else Decimal(repr(number)) \
        if isinstance(number, float) else Decimal(number)
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "+0") else text


def _date(text: str) -> str:
    iso = _ISO_DATE.fullmatch(text)
    german = _GERMAN_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif german:
        day, month, year = (int(g) for g in german.groups())
    else:
        raise InvalidValueError(f"{text!r} is not a date: write 12.03.2024 or 2024-03-12")
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InvalidValueError(f"{text!r} is not a date of the calendar") from None


def _boolean(text: str) -> str:
    folded = text.casefold()
    if folded in _TRUE:
        return "1"
    if folded in _FALSE:
        return "0"
    raise InvalidValueError(f"{text!r} is not yes or no: write ja/nein, yes/no or 1/0")


_PARSERS = {"text": _text, "integer": _integer, "decimal": _decimal, "date": _date,
            "boolean": _boolean}


def _from_object(kind: str, raw: object) -> str | None:
    """A value a spreadsheet or a script gave as a Python object."""
    if isinstance(raw, bool):
        if kind in ("boolean", "integer"):
            return "1" if raw else "0"
        if kind == "text":
            return "yes" if raw else "no"
        raise _refuse(raw, kind)
    if isinstance(raw, datetime):
        if kind == "date" and raw.time() == datetime.min.time():
            return raw.date().isoformat()
        if kind == "text":
            return raw.isoformat(sep=" ")
        raise _refuse(raw.isoformat(sep=" "), kind)
    if isinstance(raw, date):
        if kind in ("date", "text"):
            return raw.isoformat()
        raise _refuse(raw.isoformat(), kind)
    if isinstance(raw, (int, float, Decimal)):
        return _number_object(kind, raw)
    return canonical(kind, str(raw))


def _number_object(kind: str, raw: int | float | Decimal) -> str | None:
    if isinstance(raw, float) and raw != raw:  # NaN: an empty cell in some tools
        return None
    number = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    if not number.is_finite():
        raise _refuse(raw, kind)
    if kind == "integer":
        if number != number.to_integral_value():
            raise _refuse(decimal_text(number), kind)
        return str(int(number))
    if kind in ("decimal", "text"):
        return decimal_text(number)
    if kind == "boolean" and number in (0, 1):
        return "1" if number else "0"
    raise _refuse(decimal_text(number), kind)


def typed(kind: str, stored: str) -> Value:
    """A stored value as Python sees it: ``str``, ``int``, ``float``, ``date`` or ``bool``."""
    if kind == "integer":
        return int(stored)
    if kind == "decimal":
        return float(stored)
    if kind == "date":
        return date.fromisoformat(stored)
    if kind == "boolean":
        return stored == "1"
    return stored


def read_stored(kind: str, stored: str) -> Value | None:
    """:func:`typed`, or ``None`` for a stored text another program damaged ("vierzig" in a
    whole-number variable): the views show no value rather than fail, and ``qda check``
    reports it."""
    try:
        return typed(kind, stored)
    except ValueError:
        return None


def is_stored_form(kind: str, stored: str) -> bool:
    """Whether ``stored`` is what this project stores for a value of type ``kind``."""
    try:
        return canonical(kind, stored) == stored
    except InvalidValueError:
        return False


def neutral_text(kind: str, stored: str) -> str:
    """A stored value written so that every type's parser reads it (a retype converts
    through it): yes/no as ``yes``/``no``, the rest as stored."""
    if kind == "boolean":
        return "yes" if stored == "1" else "no"
    return stored


def convert(old: str, new: str, stored: str) -> str:
    """A value of type ``old`` as a value of type ``new``; refused (one line) if it does not
    fit: 3.5 is no whole number, "Thüringen" no date."""
    result = canonical(new, neutral_text(old, stored))
    if result is None:  # a text of spaces only cannot be stored; nothing else is empty
        raise _refuse(stored, new)
    return result


def guess_type(values: Iterable[object]) -> str:
    """The narrowest type every non-empty value fits (``text`` if none or nothing else).

    A column of only ``0`` and ``1`` is taken for whole numbers, not yes/no: yes/no is
    guessed from words (ja/nein, yes/no, wahr/falsch...). Spreadsheet cells that are
    numbers, dates or booleans count as what they are.
    """
    seen = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    if not seen:
        return "text"
    worded = any(isinstance(v, bool) or (isinstance(v, str) and v.strip().casefold()
                                          not in ("0", "1")) for v in seen)
    for kind in ("boolean", "integer", "decimal", "date"):
        if kind == "boolean" and not worded:
            continue
        if all(_fits(kind, v) for v in seen):
            return kind
    return "text"


def _fits(kind: str, value: object) -> bool:
    if isinstance(value, bool) and kind != "boolean":
        return False
    if isinstance(value, str) and kind == "integer" and not (
            _INTEGER.fullmatch(value.strip()) or _GROUPED.fullmatch(value.strip())):
        return False  # "34,0" fits an integer variable, but a column of them is decimal
    try:
        canonical(kind, value)
    except InvalidValueError:
        return False
    return True
