"""What an export may be asked for, in one record every exporter takes.

Each exporter reads the fields that matter to it (its registry entry says
which, :mod:`.registry`) and ignores the others, so the command line and the
window fill one record the same way for every kind, and a script writes
``export_codebook(p, "cb.docx", ExportOptions(examples=2, lang="en"))``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..analysis.cooccurrence import OVERLAPPING, CooccurrenceQuery
from ..analysis.crosstab import BY_VARIABLE, CrosstabQuery
from ..analysis.words import EVERY_WORD, WordQuery
from ..assist.queries import EVERY_CODE, ConsistencyQuery
from ..files import Progress
from .selection import SegmentQuery

MATRIX_COLUMNS = ("document", "speaker")
"""What a code matrix has a column for: each document, or each speaker."""

EVERY_CODING = SegmentQuery()
"""All codings, grouped by code."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """The options of an export; every field has the default the command line has."""

    force: bool = False
    """Replace an existing file (otherwise it is refused before any work)."""
    progress: Progress | None = None
    """``progress(done, total)``; returning ``False`` cancels, and nothing is written."""
    lang: str = "de"
    """Language of the headings and labels in the file (``"de"`` or ``"en"``)."""
    delimiter: str = ","
    """CSV field separator: ``","``, ``";"``, tab, or their names (``"semicolon"``...)."""
    query: SegmentQuery = EVERY_CODING
    """Which codings (codes, subcodes, coders, documents) and how they are grouped."""
    examples: int = 0
    """Codebook: up to this many example excerpts per code."""
    by: str = "document"
    """Code matrix: a column per ``"document"``, or per ``"speaker"`` across the documents."""
    by_coder: bool = False
    """Code matrix: each column split into one per coder."""
    documents: tuple[str, ...] = ()
    """Code matrix: only these documents (names or UUIDs); empty: all."""
    set: str | None = None
    """Code matrix: only the documents of this set."""
    where: str | None = None
    """Code matrix: only the documents whose variables satisfy this condition."""
    document: str | None = None
    """Coded transcript: the document (name or UUID)."""
    cooccurrence: CooccurrenceQuery = OVERLAPPING
    """Code co-occurrence: the unit, and whose codings in which documents count."""
    words: WordQuery = EVERY_WORD
    """Word frequencies: which text, stop words, lemmas, the minimum count."""
    crosstab: CrosstabQuery = BY_VARIABLE
    """Crosstab: the columns (a variable's values, the sets, the speakers) and the codings."""
    consistency: ConsistencyQuery = EVERY_CODE
    """Consistency check: which codes, over which passages, with which engine."""
    unique_names: bool = False
    """REFI-QDA: codes that share a name get their parent's in the file
    (``Sonstiges (Schule)``), as QualCoder needs; the project keeps its names."""


DEFAULTS = ExportOptions()
OPTION_NAMES = frozenset(f.name for f in fields(ExportOptions))
COMMON = frozenset({"force", "progress"})
"""Options every exporter takes; a registry entry's ``applies`` lists the others."""
