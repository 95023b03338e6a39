"""Code colours: validation and a palette of distinct defaults."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .errors import InvalidValueError

# Sasha Trubetskoy's 20 distinct colours, ordered so that neighbours differ most.
PALETTE: tuple[str, ...] = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
    "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075", "#ffe119",
    "#dcbeff", "#aaffc3", "#fabed4", "#ffd8b1", "#a9a9a9", "#fffac8",
)

_ORDER = {color: i for i, color in enumerate(PALETTE)}
_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def normalise_color(value: str) -> str:
    """``#ABC``, ``abc``, ``#AABBCC`` -> ``#aabbcc``; anything else is refused."""
    match = _HEX.match(value.strip())
    if not match:
        raise InvalidValueError(f"invalid colour {value!r}: use #RRGGBB")
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def next_color(counts: Mapping[str, int]) -> str:
    """The palette colour used least so far (first in palette order on a tie).

    Takes the counts (lower-case colour -> codes), not the colours: whoever
    creates many codes keeps one count up to date instead of recounting.
    """
    return min(PALETTE, key=lambda c: (counts.get(c, 0), _ORDER[c]))


def rgb(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` -> ``(r, g, b)``."""
    digits = color.lstrip("#")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def tint(color: tuple[float, float, float], amount: float) -> str:
    """``(r, g, b)`` laid over white at ``amount`` (0: white, 1: the colour) as ``#rrggbb``."""
    return "#" + "".join(f"{round(255 - amount * (255 - c)):02x}" for c in color)


HEAT_LIGHT = (0xDE, 0xEB, 0xF7)
HEAT_DARK = (0x08, 0x30, 0x6B)
"""The ends of the count shading, light to dark blue."""


def heat_shade(count: int, maximum: int) -> tuple[int, int, int] | None:
    """The red, green and blue of a cell counting ``count`` when the fullest counts
    ``maximum``: from light to dark blue; none for 0. The analysis windows and their
    workbooks shade alike with it."""
    if count <= 0 or maximum <= 0:
        return None
    t = count / maximum
    r, g, b = (round(a + (z - a) * t) for a, z in zip(HEAT_LIGHT, HEAT_DARK, strict=True))
    return r, g, b
