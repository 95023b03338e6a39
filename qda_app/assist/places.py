"""Where a question starts and what its answers point at: passages of documents.

A question starts from a typed text, a :class:`Passage` (a document and a span: a
selection) or a :class:`~qda_app.records.Coding`. The answers are places in documents,
shown with their text and the codes already on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..errors import DocumentNotFound, InvalidValueError
from ..project import Project
from ..records import CodingSpan, Document
from ..text_format import one_line

Place = tuple[str, int, int]
"""``(document UUID, start, end)``."""


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of a document to start from: ``document`` is a name, UUID or record."""

    document: object
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    """A question's starting point, resolved."""

    text: str
    place: Place | None = None
    """Where it is in the project (``None`` for a typed text): its own passages are no
    answer to it."""


def resolve(project: Project, source: object) -> Source:
    """A typed text, a :class:`Passage` or a coding (a :class:`~qda_app.records.Coding` or
    :class:`~qda_app.records.CodingSpan`) as text and place; refuses an empty text or a
    span outside its document."""
    if isinstance(source, str):
        text, place = source, None
    elif isinstance(source, Passage):
        doc = project.document(source.document)
        if not 0 <= source.start < source.end <= len(doc.text):
            raise InvalidValueError(f"{source.start}-{source.end} is not a passage of "
                                    f"{doc.name} (0-{len(doc.text)})")
        text, place = doc.text[source.start:source.end], (doc.uuid, source.start, source.end)
    elif hasattr(source, "document_uuid") and hasattr(source, "uuid"):
        coding = project.coding(str(source.uuid))
        text = coding.text
        place = (coding.document_uuid, coding.start, coding.end)
    else:
        raise InvalidValueError(f"cannot compare {source!r}: give a text, a passage or a coding")
    if not text.strip():
        raise InvalidValueError("nothing to compare: the text is empty")
    return Source(text, place)


def document_uuids(project: Project, refs: object | Sequence[object] | None
                   ) -> frozenset[str] | None:
    """The UUIDs of the documents named (names or UUIDs); ``None`` for all."""
    if refs is None:
        return None
    wanted = [refs] if isinstance(refs, str) or not isinstance(refs, Iterable) else list(refs)
    if not wanted:
        return None
    known = project.documents()
    by_name = {d.name: d.uuid for d in known}
    uuids = {d.uuid for d in known}
    found = set()
    for ref in wanted:
        key = getattr(ref, "uuid", ref)
        if key in uuids:
            found.add(str(key))
        elif key in by_name:
            found.add(by_name[str(key)])
        else:
            raise DocumentNotFound(f"no document {ref!r} in the project")
    return frozenset(found)


def overlaps(a: Place, b: Place) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


class Texts:
    """Documents read once for a question (their texts never change)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._docs: dict[str, Document] = {}

    def document(self, uuid: str) -> Document:
        doc = self._docs.get(uuid)
        if doc is None:
            doc = self._docs[uuid] = self.project.document(uuid)
        return doc

    def text(self, place: Place, width: int = 0) -> str:
        """The passage on one line; longer than ``width`` (if given) shortened with "…"."""
        doc = self.document(place[0])
        return one_line(doc.text[place[1]:place[2]], width) if width else \
            " ".join(doc.text[place[1]:place[2]].split())


def codes_on(project: Project, places: Sequence[Place]) -> list[tuple[str, ...]]:
    """For each place, the paths of the codes whose codings share a character with it
    (each once, in the code system's order)."""
    if not places:
        return []
    documents = sorted({p[0] for p in places})
    spans: dict[str, list[CodingSpan]] = {}
    for s in project.spans(document=documents):
        spans.setdefault(s.document_uuid, []).append(s)
    order = {c.uuid: (i, c.path) for i, c in enumerate(project.codes())}
    found = []
    for place in places:
        here = {s.code_uuid for s in spans.get(place[0], ())
                if s.start < place[2] and place[1] < s.end and s.code_uuid in order}
        found.append(tuple(order[u][1] for u in sorted(here, key=lambda u: order[u][0])))
    return found
