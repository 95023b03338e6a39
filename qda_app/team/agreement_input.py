"""Choosing what an agreement compares, from a project, through the facade only.

Defaults (stated in the README): the documents that any chosen coder coded,
and the codes any of them used in those documents. A document or code that
nobody of them touched would only add agreement by "neither coded it".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import InvalidValueError
from .agreement import AgreementResult, CodeRef, DocumentRef, check_overlap, compute_agreement

if TYPE_CHECKING:
    from ..project import Project


def _coders(names: Sequence[str]) -> list[str]:
    """At least two different names; whether they exist, :meth:`Project.segments` checks."""
    wanted = [n.strip() for n in names if n.strip()]
    if len(wanted) < 2 or len(set(wanted)) != len(wanted):
        raise InvalidValueError("agreement needs at least two different coders, "
                                "e.g. --coders Anna,Ben")
    return wanted


def _documents(project: Project, refs: Sequence[object] | None,
               coded: set[str]) -> list[DocumentRef]:
    """The chosen documents (names, UUIDs or records; default: ``coded``) in project order."""
    chosen = coded if refs is None else {project.document(ref).uuid for ref in refs}
    return [DocumentRef(d.uuid, d.name, d.chars) for d in project.documents()
            if d.uuid in chosen]


def _codes(project: Project, refs: Sequence[object] | None, used: set[str]) -> list[CodeRef]:
    tree = project.codes()
    wanted = used if refs is None else {project.code(ref).uuid for ref in refs}
    return [CodeRef(c.uuid, c.path) for c in tree if c.uuid in wanted]


def measure_agreement(project: Project, coders: Sequence[str],
                      documents: Sequence[object] | None = None,
                      codes: Sequence[object] | None = None,
                      overlap: float = 90, set: str | None = None,
                      where: str | None = None) -> AgreementResult:
    """Intercoder agreement of ``coders`` (names) with the disagreement list.

    Without ``documents``: those any of the coders coded. Without ``codes``:
    those any of them used there. Each code is analysed on its own (a
    parent does not include its subcodes). A ``set`` or a condition on the
    variables (``where``) narrows the documents (named or coded) to theirs.
    """
    overlap = check_overlap(overlap)
    names = _coders(coders)
    codings = project.segments(coder=names)
    coded = {c.document_uuid for c in codings}
    if set is not None or where is not None:
        scope = project.documents_for(documents, set, where)
        documents, coded = (scope if documents is not None else None), coded & {*scope}
    docs = _documents(project, documents, coded)
    doc_uuids = {d.uuid for d in docs}
    code_refs = _codes(project, codes,
                       {c.code_uuid for c in codings if c.document_uuid in doc_uuids})
    texts: dict[str, str] = {}

    def text_of(uuid: str) -> str:
        if uuid not in texts:
            texts[uuid] = project.document(uuid).text
        return texts[uuid]

    result = compute_agreement(names, docs, code_refs, codings, overlap, text_of)
    if sum(result.alpha.overall.coded_by[1:]) == 0:
        note = (f"{', '.join(names)} have no codings of the chosen codes in the chosen "
                "documents; there is nothing to compare")
        result = replace(result, notes=(note, *result.notes))
    return result
