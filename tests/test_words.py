"""Word frequencies: counts against a naive count of the same words, the cutting into words,
stop words, lemmas, the coded text, and the concordance."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from qda_app import CodingSpec, Project
from qda_app.analysis import stop_words
from qda_app.analysis.concordance import concordance
from qda_app.analysis.word_text import TOKEN, TextScope
from qda_app.analysis.words import WordQuery, word_frequencies
from qda_app.errors import DocumentNotFound, InvalidValueError, QdaError

from .conftest import Place

ONE = ("Die Arbeit war schwer. Die Sprache war schwerer, die Arbeit blieb.\n"
       "Sprache Sprache und Kurs.")
TWO = "Der Kurs half. Arbeit fand sie nicht, aber die Sprache lernte sie."
NONE = frozenset[str]()


def write_texts(path: Path) -> None:
    with Project.create(path) as p:
        p.add_document("Eins", ONE)
        p.add_document("Zwei", TWO)
        p.add_code("Sprache")
        sprache = TWO.index("die Sprache lernte sie")
        p.add_codings([
            CodingSpec("Eins", "Sprache", 0, len("Die Arbeit war schwer."), "Anna"),
            CodingSpec("Eins", "Sprache", 0, len("Die Arbeit war schwer."), "Ben"),
            CodingSpec("Eins", "Sprache", 4, len("Die Arbeit war schwer. Die"), "Ben"),
            CodingSpec("Zwei", "Sprache", sprache, len(TWO), "Anna")])


@pytest.fixture
def texts(place: Place) -> Iterator[Project]:
    with Project.open(place(write_texts, "texts.qda")) as p:
        yield p


def naive(*texts: str) -> tuple[Counter[str], Counter[str]]:
    """(count, documents) per lower-cased word, for texts of plain words and punctuation."""
    words = [[w.lower() for w in re.split(r"[\s.,]+", t) if w] for t in texts]
    return Counter(w for ws in words for w in ws), Counter(w for ws in words for w in set(ws))


def table(result) -> dict[str, tuple[int, float, int]]:
    return {r.word.lower(): (r.count, r.percent, r.documents) for r in result.rows}


def test_counts_shares_and_documents_are_a_naive_counts(texts: Project) -> None:
    count, documents = naive(ONE, TWO)
    result = word_frequencies(texts, WordQuery(stop_words=NONE))
    total = sum(count.values())
    assert (result.total_words, result.documents) == (total, 2) == (15 + 12, 2)
    assert table(result) == {w: (n, 100 * n / total, documents[w]) for w, n in count.items()}
    # 4, 4 and 3 times; "Die" twice and "die" twice: the spelling met first is shown
    assert [r.word for r in result.rows[:3]] == ["Die", "Sprache", "Arbeit"]


def test_stop_words_leave_the_table_not_the_total(texts: Project) -> None:
    count, _ = naive(ONE, TWO)
    result = word_frequencies(texts)  # the shipped German and English lists
    german = stop_words.shipped("de")
    assert {"die", "und", "der", "war", "sie", "nicht", "aber"} <= german
    assert set(table(result)) == {w for w in count if w not in german}
    assert result.total_words == sum(count.values())
    own = word_frequencies(texts, WordQuery(stop_words=frozenset({"arbeit", "kurs"})))
    assert "arbeit" not in table(own) and "die" in table(own)


def test_a_word_is_shown_as_it_is_most_often_spelt(project: Project) -> None:
    project.add_document("Text", "Die Sprache, die die SPRACHE spricht. Die die sprache")
    rows = word_frequencies(project, WordQuery(stop_words=NONE)).rows
    assert [(r.word, r.count, r.forms) for r in rows] == [
        ("die", 5, {"Die", "die"}), ("Sprache", 3, {"Sprache", "SPRACHE", "sprache"}),
        ("spricht", 1, {"spricht"})]


def test_min_count(texts: Project) -> None:
    result = word_frequencies(texts, WordQuery(stop_words=NONE, min_count=3))
    assert [(r.word, r.count) for r in result.rows] == [("Die", 4), ("Sprache", 4),
                                                         ("Arbeit", 3)]
    with pytest.raises(InvalidValueError, match="at least 1"):
        word_frequencies(texts, WordQuery(min_count=0))


def test_the_coded_text_is_read_once_however_often_it_is_coded(texts: Project) -> None:
    # Eins: "Die Arbeit war schwer." by Anna and Ben, and by Ben on to the next "Die":
    # one stretch; Zwei: "die Sprache lernte sie."
    coded = word_frequencies(texts, WordQuery(scope=TextScope(codes=("Sprache",)),
                                              stop_words=NONE))
    count, documents = naive("Die Arbeit war schwer. Die", "die Sprache lernte sie.")
    assert table(coded) == {w: (n, 100 * n / coded.total_words, documents[w])
                            for w, n in count.items()}
    anna = word_frequencies(texts, WordQuery(scope=TextScope(coders=("Anna",),
                                                             documents=("Zwei",)),
                                             stop_words=NONE))
    assert {r.word for r in anna.rows} == {"die", "Sprache", "lernte", "sie"}
    with pytest.raises(DocumentNotFound):
        word_frequencies(texts, WordQuery(scope=TextScope(documents=("Drei",))))


def test_words_stay_whole_and_numbers_count_only_when_asked(project: Project) -> None:
    text = ("Der Nachteilsausgleich für Lehrer*innen und Teilnehmer:innen, z.B. per E-Mail; "
            "geht's 2021 um 13:30 oder 3,5 Stunden? COVID-19 ist kein Kolleg_innen-Thema.")
    assert TOKEN.findall(text) == [
        "Der", "Nachteilsausgleich", "für", "Lehrer*innen", "und", "Teilnehmer:innen", "z.B.",
        "per", "E-Mail", "geht's", "2021", "um", "13:30", "oder", "3,5", "Stunden",
        "COVID-19", "ist", "kein", "Kolleg_innen-Thema"]
    project.add_document("Text", text)
    words = table(word_frequencies(project, WordQuery(stop_words=NONE)))
    assert "2021" not in words and "covid-19" in words and len(words) == 17
    numbers = word_frequencies(project, WordQuery(stop_words=NONE, numbers=True))
    assert {"2021", "13:30", "3,5"} <= set(table(numbers)) and numbers.total_words == 20


def test_case_folding_merges_spellings(project: Project) -> None:
    project.add_document("Text", "Straße STRASSE strasse Strasse")
    [row] = word_frequencies(project, WordQuery(stop_words=NONE)).rows
    assert row.count == 4 and row.word in {"Straße", "STRASSE", "strasse", "Strasse"}


def test_lemmas_count_the_forms_of_a_word_together(project: Project) -> None:
    project.add_document("Text", "Die Kinder spielen. Ein Kind spielt mit den Kindern. "
                                 "Ich bin froh, wir sind froh.")
    result = word_frequencies(project, WordQuery(lemma=True))
    rows = {r.word: r for r in result.rows}
    assert rows["Kind"].count == 3 and rows["Kind"].forms == {"Kinder", "Kind", "Kindern"}
    assert rows["spielen"].count == 2  # spielen, spielt
    assert "sein" not in rows and "bin" not in rows  # "bin", "sind": sein, a stop word
    assert result.total_words == 15
    with pytest.raises(InvalidValueError, match="cannot lemmatise 'fr'"):
        word_frequencies(project, WordQuery(lemma=True, language="fr"))


def test_the_concordance_finds_what_a_row_counts(texts: Project) -> None:
    result = word_frequencies(texts, WordQuery(stop_words=NONE))
    for row in result.rows:
        places = concordance(texts, row.forms)
        assert len(places) == row.count
        assert len({p.document for p in places}) == row.documents
    [die] = [r for r in result.rows if r.word == "Die"]
    first = concordance(texts, die.forms, width=10)[0]
    assert (first.document, first.start, first.end, first.word) == ("Eins", 0, 3, "Die")
    assert (first.before, first.after) == ("", " Arbeit wa")
    line_break = next(p for p in concordance(texts, {"Sprache"}, width=12) if p.start > 60)
    assert "\n" not in line_break.before and line_break.before.endswith("blieb. ")


def test_stop_lists_read_one_word_a_line(tmp_path: Path) -> None:
    own = tmp_path / "stop.txt"
    own.write_text("# mine\nÄh\n\n  halt \nSTRASSE\n", encoding="utf-8")
    assert stop_words.read_list(own) == {"äh", "halt", "strasse"}
    assert stop_words.load(["en", str(own)]) >= {"the", "äh"}
    assert stop_words.parse(stop_words.as_text({"b", "a"})) == {"a", "b"}
    own.write_bytes("Mädchen\n".encode("latin-1"))
    with pytest.raises(QdaError, match="must be UTF-8"):
        stop_words.read_list(own)
    with pytest.raises(QdaError, match="cannot read the stop list"):
        stop_words.read_list(tmp_path / "missing.txt")
    with pytest.raises(InvalidValueError, match="no stop list for 'fr'"):
        stop_words.shipped("fr")
    for language in stop_words.LANGUAGES:
        assert len(stop_words.shipped(language)) > 150
