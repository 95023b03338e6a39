"""Plain spans for the views and full records on demand: what ``spans`` and ``codings`` give.

The window paints a transcript and lists segments from :meth:`Project.spans`
and asks :meth:`Project.codings` for the few full records it shows in detail,
so both must agree with :meth:`Project.segments` exactly.
"""

from __future__ import annotations

from qda_app import CodingSpan, Project


def _as_span(c: object) -> CodingSpan:
    return CodingSpan(c.uuid, c.document_uuid, c.code_uuid, c.coder, c.start, c.end)


def test_spans_are_the_segments_without_texts_in_the_same_order(sample: Project) -> None:
    assert sample.spans() == [_as_span(c) for c in sample.segments()]
    [doc] = sample.documents()
    arbeit, pruefung = "Arbeit und Ausbildung", "Arbeit und Ausbildung/Prüfung"
    for filters in ({"document": doc.uuid}, {"code": arbeit},
                    {"code": pruefung, "include_subcodes": False},
                    {"code": [arbeit, "Corona"], "coder": "Anna Keller"}):
        spans = sample.spans(**filters)
        assert spans == [_as_span(c) for c in sample.segments(**filters)], filters
        assert spans, filters  # each filter selects something: the comparison means something


def test_codings_are_the_full_records_in_the_order_asked(sample: Project) -> None:
    segments = sample.segments()
    wanted = [segments[5], segments[0], segments[17]]
    by_uuid = sample.codings([c.uuid for c in wanted])
    assert by_uuid == wanted
    assert sample.codings([_as_span(c) for c in wanted]) == wanted  # spans do as well
    assert sample.codings([wanted[0].uuid.upper()]) == [wanted[0]]
    assert sample.codings([]) == []


def test_codings_leave_out_what_was_removed_meanwhile(sample: Project) -> None:
    first, second = sample.segments()[:2]
    sample.remove_coding(first)
    assert sample.codings([first.uuid, second.uuid]) == [second]


def test_codings_fetch_more_than_one_query_holds(project: Project) -> None:
    doc = project.add_document("lang", "wort " * 2_000)
    code = project.add_code("Wort")
    added = project.add_codings([(doc.uuid, code.uuid, i * 5, i * 5 + 4) for i in range(1_200)])
    assert project.codings(reversed([c.uuid for c in added])) == added[::-1]
