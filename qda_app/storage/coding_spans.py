"""Codings as plain spans for the views, and full records for the few they show in detail.

A transcript with 100,000 codings paints from spans (uuid, document, code,
coder, start, end) read in one query, without cutting 100,000 texts, looking
up speakers or parsing 200,000 timestamps; the full record of a coding is
built when a coder hovers or selects it, a batch of rows when a table scrolls.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from .. import records
from ..ids import norm_uuid
from .code_tree import CodeTree
from .codings import fetch
from .models import Code, Coder, Coding, Document

_UUIDS_PER_QUERY = 500  # far below every database's limit on parameters


def select_spans(s: Session, *where: ColumnElement[bool]) -> list[records.CodingSpan]:
    """Codings matching ``where`` as spans, in the order of :func:`codings.fetch`."""
    rows = s.connection().execute(
        select(Coding.uuid, Document.uuid, Code.uuid, Coder.name, Coding.start, Coding.end)
        .join(Document, Document.id == Coding.document_id)
        .join(Code, Code.id == Coding.code_id)
        .join(Coder, Coder.id == Coding.coder_id)
        .where(*where)
        .order_by(Coding.document_id, Coding.start, Coding.end, Coding.id)
    )
    return list(map(records.CodingSpan._make, rows))  # measured: quicker than .all() first


def fetch_uuids(s: Session, tree: CodeTree, uuids: Sequence[str]) -> list[records.Coding]:
    """Full records of the codings ``uuids``, in that order; ones that are gone are left out."""
    wanted = [norm_uuid(u) for u in uuids]
    found: dict[str, records.Coding] = {}
    for i in range(0, len(wanted), _UUIDS_PER_QUERY):
        chunk = wanted[i:i + _UUIDS_PER_QUERY]
        found.update((c.uuid, c) for c in fetch(s, tree, Coding.uuid.in_(chunk)))
    return [found[u] for u in dict.fromkeys(wanted) if u in found]
