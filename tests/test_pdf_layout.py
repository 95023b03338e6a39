"""From positioned PDF lines to paragraphs: the decisions that make a PDF read like a
Word file, each on lines placed as a PDF writer places them (points, y up the page)."""

from __future__ import annotations

from pathlib import Path

from qda_app.importers.base import from_pages
from qda_app.importers.pdf_layout import Line, page_texts


def column(*texts: str, x: float = 72, top: float = 700, pitch: float = 14,
           size: float = 11) -> list[Line]:
    """Lines one under the other, ``pitch`` apart; an empty text leaves a line's space."""
    return [Line(t, x, top - i * pitch, size) for i, t in enumerate(texts) if t]


def test_lines_of_a_paragraph_join_and_a_wider_gap_starts_the_next() -> None:
    lines = column("B: Also, wir wohnen ja", "ziemlich ab vom Schuss.", "",
                   "I: Und dann?")
    assert page_texts([lines]) == ["B: Also, wir wohnen ja ziemlich ab vom Schuss.\nI: Und dann?"]


def test_hyphenated_words_are_joined_unless_the_hyphen_belongs_there() -> None:
    lines = column("Die Verkehrsverbindun-", "gen sind schlecht, Bus-", "und Bahnfahrer",
                   "schreiben eine E-", "Mail an die Fahrplange\u00ad", "staltung.")
    assert page_texts([lines]) == [
        "Die Verkehrsverbindungen sind schlecht, Bus- und Bahnfahrer schreiben eine E-Mail "
        "an die Fahrplangestaltung."]


def test_the_next_column_goes_on_with_the_paragraph_if_it_starts_in_lower_case() -> None:
    left = column("Titel der Seite", "", "Ohne Auto geht hier", "gar nichts. Der Bus")
    right = column("fährt selten.", "", "Neuer Absatz oben.", x=320, top=700)
    right_start = column("Neuer Abschnitt", x=320, top=800)
    assert page_texts([left + right]) == [
        "Titel der Seite\nOhne Auto geht hier gar nichts. Der Bus fährt selten.\n"
        "Neuer Absatz oben."]
    assert page_texts([left[-1:] + right_start]) == ["gar nichts. Der Bus\nNeuer Abschnitt"]


def test_headings_bullets_and_indented_first_lines_start_paragraphs() -> None:
    lines = [Line("Interview 3", 72, 720, 16), *column(
        "\uf0b7 Rufbus einführen", "\uf0b7 Mitfahrbörse mit einem", "langen Namen")]
    assert page_texts([lines]) == [
        "Interview 3\n• Rufbus einführen\n• Mitfahrbörse mit einem langen Namen"]
    book = [Line("Erster Absatz, der", 90, 700, 11), Line("weitergeht und", 72, 686, 11),
            Line("endet.", 72, 672, 11), Line("Zweiter Absatz ohne", 90, 658, 11),
            Line("Abstand davor.", 72, 644, 11)]
    assert page_texts([book]) == [
        "Erster Absatz, der weitergeht und endet.\nZweiter Absatz ohne Abstand davor."]


def test_table_rows_stay_rows_and_a_cell_may_go_on_below() -> None:
    rows = [Line("UK\tBusse fahren nur", 72, 700, 11), Line("zweimal am Tag.", 300, 686, 11),
            Line("BT\tOhne Führerschein.", 72, 662, 11), Line("Bus\t12", 72, 648, 11)]
    assert page_texts([rows]) == [
        "UK\tBusse fahren nur zweimal am Tag.\nBT\tOhne Führerschein.\nBus\t12"]


def test_running_header_and_page_numbers_go_other_lines_stay() -> None:
    def page(n: int, body: str) -> list[Line]:
        return [Line("Projekt Mobilität – Interview 3", 72, 800, 9),
                *column(body, "Der Bus fährt."), Line(f"Seite {n} von 3", 72, 40, 9)]

    texts = page_texts([page(1, "Erste Seite."), page(2, "Zweite Seite."),
                        page(3, "Dritte Seite.")])
    assert texts == ["Erste Seite. Der Bus fährt.", "Zweite Seite. Der Bus fährt.",
                     "Dritte Seite. Der Bus fährt."]
    # a heading on one page only is text, not a running header
    once = page_texts([[Line("Einleitung", 72, 800, 14), *column("Text.")], column("Mehr.")])
    assert once == ["Einleitung\nText.", "Mehr."]


def test_ligatures_become_letters() -> None:
    assert page_texts([column("Die \ufb01nale \ufb02ache A\ufb00äre")]) == [
        "Die finale flache Affäre"]


def test_pages_keep_their_starts_and_turns_run_on_over_page_breaks() -> None:
    doc = from_pages(Path("bericht.pdf"), ["Mathias Schmitt:", "", "• Rufbus am Wochenende"])
    assert doc.text == "Mathias Schmitt:\n\n\n\n• Rufbus am Wochenende\n"
    assert doc.pages == (0, 18, 20)  # the empty page 2 is a blank line of its own
    # a name line opens a turn when bullets follow: here they follow on page 3
    [turn] = doc.turns
    assert (turn.speaker, doc.text[turn.body_start:turn.end]) == (
        "Mathias Schmitt", "• Rufbus am Wochenende")


def test_markup_that_cleans_twice_keeps_each_pages_own_turns() -> None:
    """``&amp;lt;`` is ``&lt;`` after one cleaning and ``<`` after two: the text is then the
    once-cleaned pages, and each page's turns are its own, moved to where it starts."""
    doc = from_pages(Path("bericht.pdf"), ["A &amp;lt; B", "UK\tZweite Seite", ""])
    assert doc.text == "A &lt; B\n\nUK\tZweite Seite\n" and doc.pages == (0, 10)
    assert [(t.speaker, doc.text[t.start:t.end]) for t in doc.turns] == [
        ("UK", "UK\tZweite Seite")]
