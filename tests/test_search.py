"""Searching all documents (``Project.search``): hits counted against independent counts,
German case folding with correct offsets, whole words, regular expressions, context."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qda_app import Project
from qda_app.errors import DocumentNotFound, InvalidValueError
from qda_app.text_search import Matcher

INTERVIEW = (
    "I: Wie war das mit dem Nachteilsausgleich in der Berufsschule?\n"
    "B: Den Nachteilsausgleich haben wir z.B. für die Prüfung beantragt. "
    "Der NACHTEILSAUSGLEICH kam spät; Nachteilsausgleiche gab es viele.\n"
)
STREET = "İstanbul liegt nicht an der STRAẞE. Die Straße heißt Strasse, die STRASSE maß 5 m."


def _fold(text: str) -> str:
    return text.replace("İ", "I").casefold()


def _brute_force(text: str, query: str, whole_words: bool = False) -> list[tuple[int, int]]:
    """Leftmost non-overlapping spans of whole characters whose folding is the query's,
    found by trying every span (slow, and written without the module's tricks)."""
    key, found, i = _fold(query), [], 0
    while i < len(text):
        end = next((j for j in range(i + 1, len(text) + 1) if _fold(text[i:j]) == key), None)
        inner = end is not None and whole_words and (
            (i > 0 and re.match(r"\w", text[i - 1]) and re.match(r"\w", text[i]))
            or (end < len(text) and re.match(r"\w", text[end - 1])
                and re.match(r"\w", text[end])))
        if end is None or inner:
            i += 1
        else:
            found.append((i, end))
            i = end
    return found


@pytest.fixture
def two_documents(project: Project) -> Project:
    project.add_document("Interview 1", INTERVIEW)
    project.add_document("Notizen", STREET)
    return project


def test_default_search_finds_every_occurrence_ignoring_case(two_documents: Project) -> None:
    hits = two_documents.search("nachteilsausgleich")
    expected = INTERVIEW.lower().count("nachteilsausgleich")  # ASCII + umlauts: lower() is enough
    assert len(hits) == expected == 4
    assert {h.document for h in hits} == {"Interview 1"}
    assert [h.text for h in hits] == ["Nachteilsausgleich", "Nachteilsausgleich",
                                      "NACHTEILSAUSGLEICH", "Nachteilsausgleich"]
    assert all(INTERVIEW[h.start:h.end] == h.text for h in hits)
    assert all(h.document_uuid == two_documents.document("Interview 1").uuid for h in hits)


def test_case_sensitive_counts_as_str_count(two_documents: Project) -> None:
    hits = two_documents.search("Nachteilsausgleich", case_sensitive=True)
    assert len(hits) == INTERVIEW.count("Nachteilsausgleich") == 3


def test_whole_words_drop_the_plural(two_documents: Project) -> None:
    hits = two_documents.search("Nachteilsausgleich", whole_words=True)
    assert len(hits) == len(re.findall(r"\bnachteilsausgleich\b", INTERVIEW, re.I)) == 3
    assert "Nachteilsausgleiche" not in [INTERVIEW[h.start:h.end + 1] for h in hits]


def test_german_sharp_s_and_turkish_i_fold_with_exact_offsets(two_documents: Project) -> None:
    """"STRASSE" finds ß and ẞ; the İ at the start (two characters when folded) and ß
    before a hit must not shift its offsets."""
    doc = two_documents.document("Notizen")
    for query in ("strasse", "STRASSE", "Straße", "STRAẞE"):
        hits = two_documents.search(query, documents="Notizen")
        assert [h.text for h in hits] == ["STRAẞE", "Straße", "Strasse", "STRASSE"], query
        assert all(doc.text[h.start:h.end] == h.text for h in hits)
    [maß] = two_documents.search("MASS", documents="Notizen")
    assert (maß.text, maß.start) == ("maß", STREET.index("maß"))
    [istanbul] = two_documents.search("istanbul")
    assert (istanbul.start, istanbul.end, istanbul.text) == (0, 8, "İstanbul")
    assert two_documents.search("s", documents="Notizen", whole_words=True) == []
    # "s" never finds half of a ß: every hit is whole characters of the text
    assert all(h.text.casefold() == "s" for h in two_documents.search("s"))


def test_case_sensitive_keeps_sharp_s_apart(two_documents: Project) -> None:
    assert [h.text for h in two_documents.search("Straße", case_sensitive=True)] == ["Straße"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aAsSßẞİiﬁf äÄ_-", max_size=30),
       query=st.text(alphabet="aAsSßẞİiﬁf äÄ", min_size=1, max_size=4),
       whole_words=st.booleans())
def test_folded_search_agrees_with_brute_force(text: str, query: str, whole_words: bool
                                               ) -> None:
    assume(_fold(query).strip() == _fold(query))  # leading blanks make whole words moot
    spans = Matcher(query, whole_words=whole_words).spans(text)
    assert spans == _brute_force(text, query, whole_words)
    assert all(_fold(text[a:b]) == _fold(query) for a, b in spans)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab \n", max_size=40), query=st.text(alphabet="ab", min_size=1,
                                                                 max_size=3))
def test_hits_do_not_overlap_and_count_as_str_count(text: str, query: str) -> None:
    spans = Matcher(query, case_sensitive=True).spans(text)
    assert len(spans) == text.count(query)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_regex_mode(two_documents: Project) -> None:
    hits = two_documents.search(r"nachteilsausgleich\w*", regex=True)
    assert [h.text for h in hits] == re.findall(r"nachteilsausgleich\w*", INTERVIEW, re.I)
    # ^ matches at every line: the speaker labels
    assert [h.text for h in two_documents.search(r"^\w+:", regex=True)] == ["I:", "B:"]
    assert [h.text for h in two_documents.search("stra(ss|ß)e", regex=True,
                                                 whole_words=True)] == [
        "STRAẞE", "Straße", "Strasse", "STRASSE"]
    assert two_documents.search("x*", regex=True) == []  # empty matches are no hits


def test_whole_words_in_a_regex_respect_umlauts(project: Project) -> None:
    project.add_document("d", "Mängel, Mängelliste, das Mängel-Problem und Übermängel")
    hits = project.search("mängel", regex=True, whole_words=True)
    text = project.document("d").text
    assert [(h.start, text[h.end]) for h in hits] == [(0, ","), (25, "-")]


def test_a_regex_with_inline_flags_takes_whole_words_too(project: Project) -> None:
    project.add_document("d", "Die\nWahl, die\nwahl und Diewahl")
    hits = project.search("(?s)die.wahl", regex=True, whole_words=True)
    assert [h.text for h in hits] == ["Die\nWahl", "die\nwahl"]


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "*x"])
def test_a_broken_regex_is_one_line_and_reads_nothing(two_documents: Project,
                                                      pattern: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        two_documents.search(pattern, regex=True)
    message = str(info.value)
    assert message.startswith("not a valid regular expression: ") and "\n" not in message
    assert repr(pattern) in message


def test_empty_query_and_unknown_document_are_refused(two_documents: Project) -> None:
    with pytest.raises(InvalidValueError, match="empty"):
        two_documents.search("")
    with pytest.raises(DocumentNotFound, match="Interview 9"):
        two_documents.search("a", documents=["Interview 1", "Interview 9"])


def test_documents_in_list_order_hits_in_text_order(two_documents: Project) -> None:
    hits = two_documents.search("der")
    assert [h.document for h in hits] == (["Interview 1"] * INTERVIEW.lower().count("der")
                                          + ["Notizen"] * STREET.lower().count("der"))
    assert [h.start for h in hits[:2]] == sorted(h.start for h in hits[:2])
    only = two_documents.search("die", documents=[two_documents.document("Notizen").uuid])
    assert [h.document for h in only] == ["Notizen", "Notizen"]


def test_a_decomposed_query_finds_the_composed_text(project: Project) -> None:
    project.add_document("d", "Das ist für dich.")
    assert [h.text for h in project.search("fu\u0308r")] == ["für"]


def test_context_is_one_line_of_whole_words_around_the_hit(project: Project) -> None:
    words = " ".join(f"wort{i}" for i in range(40))
    text = f"{words}\nDer\tNachteilsausgleich\nkam. {words}"
    project.add_document("d", text)
    [hit] = project.search("nachteilsausgleich")
    assert "\n" not in hit.context and "\t" not in hit.context
    assert hit.context == f"{hit.before}Nachteilsausgleich{hit.after}"
    assert hit.before.startswith("…") and hit.after.endswith("…")
    assert hit.before.endswith("wort39 Der ") and hit.after.startswith(" kam. wort0")
    for word in (hit.before[1:] + hit.after[:-1]).split():  # no word cut in half
        assert word in text.split()
    assert len(hit.before) <= 42 and len(hit.after) <= 42


def test_context_at_the_edges_of_the_text(project: Project) -> None:
    project.add_document("d", "Sprache ist alles")
    [hit] = project.search("sprache")
    assert (hit.before, hit.after, hit.context) == ("", " ist alles", "Sprache ist alles")
    assert hit.as_json() == {"document": "d", "document_uuid": project.document("d").uuid,
                             "start": 0, "end": 7, "text": "Sprache",
                             "context": "Sprache ist alles"}


def test_hits_name_documents_as_they_are_now(two_documents: Project) -> None:
    """Texts are read once and kept; names and deletions are read again each search."""
    assert {h.document for h in two_documents.search("straße")} == {"Notizen"}
    two_documents.rename_document("Notizen", "Notizen (Straße)")
    assert {h.document for h in two_documents.search("straße")} == {"Notizen (Straße)"}
    two_documents.delete_document("Notizen (Straße)")
    assert two_documents.search("straße") == []
    assert len(two_documents.search("nachteilsausgleich")) == 4


def test_a_hit_carries_its_document_with_turns(project: Project) -> None:
    from qda_app import Turn

    text = "I: Wo?\nB: In der Straße."
    project.add_document("d", text, turns=[Turn(0, 6, "I", body_start=3),
                                           Turn(7, len(text), "B", body_start=10)])
    [hit] = project.search("STRASSE")
    assert hit.doc.turn_at(hit.start) == Turn(7, len(text), "B", body_start=10)
    assert hit.doc.text[hit.start:hit.end] == "Straße"
