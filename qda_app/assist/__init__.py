"""Assistance, computed on this computer: more like this, suggested codes, consistency.

Everything here runs in this process on this computer, from what the installation
brings: no network call exists in these modules (a test opens none while indexing and
asking), no model is downloaded. Functions over a project, beside the facade like
:mod:`qda_app.analysis` (the facade imports no feature, so there is no
``Project.similar``):

* :func:`similar`: the passages most like a text, a selection or a coding;
* :func:`suggest_codes`: the codes whose codings are nearest to a selection;
* :func:`consistency_check`: possible misses and slips of each code;
* :func:`prepare`: the index they use, kept beside the project (``P.qda.assist``).

Names are loaded on first use, so that importing the package (the exporter registry
does) costs no NumPy or SciPy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .consistency import ConsistencyReport, Miss, Slip, consistency_check
    from .engine import Engine, choose
    from .more_like_this import Match, similar
    from .passages import UNITS
    from .places import Passage
    from .queries import ConsistencyQuery
    from .ready import ReadyIndex, prepare
    from .suggest import Suggestion, Suggestions, suggest_codes

__all__ = [
    "UNITS", "ConsistencyQuery", "ConsistencyReport", "Engine", "Match", "Miss", "Passage",
    "ReadyIndex", "Slip", "Suggestion", "Suggestions", "choose", "consistency_check",
    "prepare", "similar", "suggest_codes",
]
_WHERE = {
    "ConsistencyReport": "consistency", "Miss": "consistency", "Slip": "consistency",
    "consistency_check": "consistency", "Engine": "engine", "choose": "engine",
    "Passage": "places", "ConsistencyQuery": "queries", "ReadyIndex": "ready",
    "prepare": "ready", "Match": "more_like_this", "similar": "more_like_this",
    "Suggestion": "suggest", "Suggestions": "suggest", "suggest_codes": "suggest",
    "UNITS": "passages",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
