"""Kodierwerk: qualitative data analysis for research teams.

``from qda_app import Project`` is the whole API; see the README for a tour.
This package never imports Qt: the window lives in ``qda_app.ui``.
"""

from .errors import QdaError
from .project import Project
from .records import (
    Changes,
    Code,
    Coder,
    CodeSpec,
    Coding,
    CodingSpan,
    CodingSpec,
    Document,
    DocumentInfo,
    Memo,
    MemoLink,
    Turn,
)
from .text_search import SearchHit
from .variable_records import DocumentSet, Variable, VariableWrite

__all__ = [
    "Changes",
    "Code",
    "CodeSpec",
    "Coder",
    "Coding",
    "CodingSpan",
    "CodingSpec",
    "Document",
    "DocumentInfo",
    "DocumentSet",
    "Memo",
    "MemoLink",
    "Project",
    "QdaError",
    "SearchHit",
    "Turn",
    "Variable",
    "VariableWrite",
]
__version__ = "0.1.0"
