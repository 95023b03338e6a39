"""The real protocol from our users: markup cleaned, every kind of speaker turn found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.importers import import_file
from qda_app.records import Document

from .conftest import SEED


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Document:
    with Project.create(tmp_path_factory.mktemp("seed") / "s.qda") as p:
        return import_file(p, SEED)


def test_markup_is_gone_and_arrows_are_arrows(seed: Document) -> None:
    assert not re.search(r"</?(p|ul|li|i|u|br)\b", seed.text)
    assert "\\rightarrow" not in seed.text and "\\leftrightarrow" not in seed.text
    assert "**" not in seed.text
    assert "gute Erfahrungen (positiv) ↔ Betriebe" in seed.text
    assert "Homeschooling besitzt → Notwendigkeit" in seed.text
    assert "Problem:\n• Aktuell: Entzug der Arbeits- und Beschäftigungserlaubnisse" in seed.text
    assert "<https://www.menti.com/3wv5jdfuji>" in seed.text  # looks like a tag, is a link


def _speakers(seed: Document, start: str, end: str) -> list[str]:
    a, b = seed.text.index(start), seed.text.index(end)
    return [t.speaker for t in seed.turns if a <= t.start < b]


def test_initials_column_of_the_first_protocol(seed: Document) -> None:
    speakers = _speakers(seed, "Abschluss-Workshop", "Protokoll Abschlussveranstaltung")
    assert set(speakers) == {"UK", "BS", "SK", "SS", "AGF", "BT", "JT"}
    first = seed.turns[0]
    assert seed.text[first.start:first.body_start] == "UK\t"
    assert seed.text[first.body_start:first.end].endswith("→ Arbeitsvermittlung schwierig")
    # a continuation line (empty initials cell) stays with its speaker
    ss = next(t for t in seed.turns if "Bericht über Selbstversuch" in seed.text[t.start:t.end])
    assert "Sprache, B2 nicht ausreichend" in seed.text[ss.start:ss.end]


def test_named_speakers_of_the_second_protocol(seed: Document) -> None:
    speakers = _speakers(seed, "Protokoll Abschlussveranstaltung", "Meeting-Informationen")
    assert list(dict.fromkeys(speakers)) == [
        "Mathias Schmitt", "Anja Wosch", "Jürgen Römer", "Birgit Glorius", "Peter Schreiber",
        "Frank Martin Brunn (BMEL)", "Peter Schneider"]
    anja = next(t for t in seed.turns if t.speaker == "Anja Wosch")
    assert seed.text[anja.body_start:anja.end].startswith("- Der Name Asylcafé")


def test_chat_messages_have_speaker_and_time(seed: Document) -> None:
    chat = [t for t in seed.turns if t.time]
    by_text = {seed.text[t.body_start:t.end]: (t.speaker, t.time) for t in chat}
    assert by_text["Es braucht Treffpunkte!"] == ("Kerstin Brückner", "13:46")
    assert by_text["Vielen Dank :-)"] == ("Anja Wosch", "14:15")
    assert ("Caroline Manah", "13:45") in by_text.values()
    genau = next(k for k in by_text if k.startswith("Genau! ALLE einbinden"))
    assert genau.endswith("Durchschnittsbevölkerung statt Helfer ;)")  # two-line message


def test_anonymised_speakers_of_the_governance_protocol(seed: Document) -> None:
    speakers = _speakers(seed, "Ergebnissicherung Breakoutroom", "Es wird ein BFD-Platz")
    assert list(dict.fromkeys(speakers)) == ["WH", "AK", "HK", "JZ", "JH", "EM"]
    hk = next(t for t in seed.turns if t.speaker == "HK")
    assert seed.text[hk.start:hk.body_start].strip() == "HK (anonymisiert)"  # no colon
    jz = next(t for t in seed.turns if t.speaker == "JZ")
    assert "Demigrantisierung" not in seed.text[jz.start:jz.end]


def test_turns_index_the_stored_text(seed: Document) -> None:
    for turn in seed.turns:
        assert 0 <= turn.start <= (turn.body_start or turn.start) < turn.end <= len(seed.text)
        assert seed.text[turn.end - 1].strip()  # no turn ends in whitespace


def test_import_is_deterministic(tmp_path: Path, seed: Document) -> None:
    with Project.create(tmp_path / "again.qda") as p:
        again = import_file(p, SEED)
    assert again.text == seed.text and again.turns == seed.turns
