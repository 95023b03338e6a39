"""Which coded segments an export holds, and in which order.

The filters are those of :meth:`Project.segments`, which refuses an unknown
code, coder or document, so a misspelt name is an error rather than an empty
export.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidValueError
from ..project import Project
from ..records import Code, Coding, DocumentInfo

GROUPINGS = ("code", "document")


@dataclass(frozen=True, slots=True)
class SegmentQuery:
    """A retrieval as the user asked for it; empty tuples mean "all"."""

    codes: tuple[str, ...] = ()
    include_subcodes: bool = True
    coders: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    set: str | None = None
    """Only the codings in the documents of this set."""
    where: str | None = None
    """Only the codings in documents whose variables satisfy this condition."""
    speakers: tuple[str, ...] = ()
    """Only the codings that start in these speakers' turns (``records.NO_SPEAKER``: in
    none), as the Retrieved Segments' speaker filter shows them."""
    by: str = "code"
    """``"code"``: grouped by code, then document; ``"document"``: the other way round."""


@dataclass(frozen=True, slots=True)
class Selection:
    """The segments of a query in export order, with the codes and documents they belong to."""

    query: SegmentQuery
    segments: tuple[Coding, ...]
    codes: tuple[Code, ...]
    """All codes of the project in tree order (for grouping and labels)."""
    documents: tuple[DocumentInfo, ...]


def select_segments(project: Project, query: SegmentQuery) -> Selection:
    """The segments ``query`` asks for, ordered for export.

    Raises :class:`~qda_app.errors.NotFoundError` for an unknown code,
    document or coder, and :class:`InvalidValueError` for an unknown grouping.
    """
    if query.by not in GROUPINGS:
        raise InvalidValueError(f"cannot group by {query.by!r}: use code or document")
    segments = project.segments(
        code=list(query.codes) or None,
        include_subcodes=query.include_subcodes,
        coder=list(query.coders) or None,
        document=list(query.documents) or None,
        set=query.set,
        where=query.where,
        speaker=list(query.speakers) or None,
    )
    codes = tuple(project.codes())
    documents = tuple(project.documents())
    code_rank = {c.uuid: i for i, c in enumerate(codes)}
    doc_rank = {d.uuid: i for i, d in enumerate(documents)}

    def by_code(s: Coding) -> tuple[int, int, int, int]:
        return code_rank[s.code_uuid], doc_rank[s.document_uuid], s.start, s.end

    def by_document(s: Coding) -> tuple[int, int, int, int]:
        return doc_rank[s.document_uuid], code_rank[s.code_uuid], s.start, s.end

    ordered = sorted(segments, key=by_code if query.by == "code" else by_document)
    return Selection(query, tuple(ordered), codes, documents)
