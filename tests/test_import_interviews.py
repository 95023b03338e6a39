"""Interview transcripts as transcription software and typists write them: every speaker
convention finds its turns and times, the text stays as imported, and texts full of colons
get no speakers."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import docx
import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.importers import import_file
from qda_app.importers.speaker_labels import label_at
from qda_app.records import Document

from .conftest import SEED

INTERVIEWS = Path(__file__).parent / "data" / "interviews"


def imported(project: Project, name: str) -> Document:
    doc = import_file(project, INTERVIEWS / name)
    # nothing removed or added: labels and timestamps stay in the text, offsets as in the file
    assert doc.text == (INTERVIEWS / name).read_text(encoding="utf-8")
    return doc


def turn_with(doc: Document, words: str) -> tuple[str, str, str, float | None]:
    """(speaker, label as written, speech, seconds) of the turn holding ``words``."""
    turn = doc.turn_at(doc.text.index(words))
    assert turn is not None, words
    return (turn.speaker, doc.text[turn.start:turn.label_end], doc.text[turn.label_end:turn.end],
            turn.seconds)


def test_f4_interview_with_timestamps_at_turn_ends(project: Project) -> None:
    doc = imported(project, "f4-interview-ausbildung.txt")
    assert [t.speaker for t in doc.turns] == ["I", "B"] * 6 + ["I"]
    assert doc.turn_at(0) is None  # the heading before the first label is no one's
    speaker, label, speech, seconds = turn_with(doc, "Wie war das am Anfang")
    assert (speaker, label, seconds) == ("I", "I: ", 44.1)
    assert speech == "Wie war das am Anfang für Sie? #00:00:44-1#"
    # a turn of two paragraphs runs to the next label; its last timestamp is its time
    speaker, _, speech, seconds = turn_with(doc, "Über den Sportverein")
    assert speaker == "B" and seconds == 118.2
    assert speech.endswith("In der Zeit durfte ich nicht arbeiten, nur warten. #00:01:58-2#")
    assert doc.turns[0].seconds == 12.4 and doc.turns[-1].seconds == 217.2


def test_numbered_speakers_of_a_pair_interview(project: Project) -> None:
    doc = imported(project, "paarinterview-nummeriert.txt")
    assert doc.speakers() == ("I1", "B1", "B2")
    assert Counter(t.speaker for t in doc.turns) == {"I1": 4, "B1": 3, "B2": 4}
    assert turn_with(doc, "Die Nachbarin")[1:] == (
        "B1: ", doc.text[doc.text.index("Die Nachbarin"):doc.text.index("#00:00:27#") + 10],
        27.0)  # #hh:mm:ss# without tenths


def test_group_discussion_with_a_moderator_and_three_participants(project: Project) -> None:
    doc = imported(project, "gruppendiskussion-sprachcafe.txt")
    assert doc.speakers() == ("Moderatorin", "B1", "B2", "B3")
    assert Counter(t.speaker for t in doc.turns) == {"Moderatorin": 4, "B1": 3, "B2": 3,
                                                     "B3": 3}
    assert turn_with(doc, "Einen festen Ansprechpartner")[0::3] == ("B1", 116.0)  # (00:01:56)
    # "Moderation: Moderatorin; …" in the heading is once only: no speaker
    assert "Moderation" not in doc.speakers()


def test_english_q_and_a_with_timestamps_before_the_label(project: Project) -> None:
    doc = imported(project, "interview-english.txt")
    assert [t.speaker for t in doc.turns] == ["Q", "A"] * 4
    speaker, label, speech, seconds = turn_with(doc, "It was a shock")
    # the stamp belongs to the turn: a coding of the whole paragraph is the speaker's
    assert (speaker, label, seconds) == ("A", "[00:01:02] A: ", 62.0)
    assert speech.startswith("It was a shock, honestly.")


def test_role_words_with_a_tab_after_the_colon_and_minute_stamps(project: Project) -> None:
    doc = imported(project, "interview-tabulatoren.txt")
    assert doc.speakers() == ("Interviewerin", "Befragter")
    assert [t.seconds for t in doc.turns] == [7.0, 21.0, 25.0, 44.0, 49.0, 63.0]  # [mm:ss]
    assert turn_with(doc, "Nicht warten")[1] == "Befragter:\t"


def test_free_names_that_take_turns_are_speakers(project: Project) -> None:
    doc = imported(project, "interview-namen.txt")
    assert doc.speakers() == ("Jonas Weber", "Frau Haddad")
    assert [t.seconds for t in doc.turns] == [None] * 6
    # "Mein Rat: …" opens a paragraph once: it goes on with the speaker before it
    speaker, _, speech, _ = turn_with(doc, "Mein Rat")
    assert speaker == "Frau Haddad" and speech.startswith("Die Berufsschule.")


def test_word_interview_with_role_labels_and_a_line_break(project: Project,
                                                          tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Interview B02 – Pflegehelferin im Landkreis", level=1)
    d.add_paragraph("Interviewer:\tSeit wann arbeiten Sie im Pflegeheim? #00:00:05-2#")
    answer = d.add_paragraph("Befragte:\tSeit 2019. Erst als Praktikantin, ")
    answer.add_run().add_break()  # a line break inside the paragraph (Shift+Enter)
    answer.add_run("dann in der Ausbildung zur Pflegehelferin. #00:00:19-8#")
    d.add_paragraph("Interviewer:\tWas war am schwersten? #00:00:23-0#")
    d.add_paragraph("Befragte:\tDie Nachtschichten. Und die Dokumentation auf Deutsch. "
                    "#00:00:31-4#")
    path = tmp_path / "interview-pflege.docx"
    d.save(str(path))
    doc = import_file(project, path)
    assert [(t.speaker, t.seconds) for t in doc.turns] == [
        ("Interviewer", 5.2), ("Befragte", 19.8), ("Interviewer", 23.0), ("Befragte", 31.4)]
    second = doc.turns[1]
    assert doc.text[second.start:second.end] == (
        "Befragte:\tSeit 2019. Erst als Praktikantin,\n"
        "dann in der Ausbildung zur Pflegehelferin. #00:00:19-8#")
    assert doc.text[second.body_start:].startswith("Seit 2019.")


@pytest.mark.parametrize("name", ["protokoll-teamsitzung.txt", "rezept-linsensuppe.txt",
                                  "brief-bab-antrag.txt"])
def test_texts_full_of_colons_have_no_speakers(project: Project, name: str) -> None:
    """Minutes ("Beschluss:", "Verantwortlich:" in every item), recipes ("Zutaten:",
    "Zubereitung:", "Tipp:" twice each) and a letter ("Betreff:", "An:")."""
    assert imported(project, name).turns == ()


def test_the_seed_protocols_chat_field_is_no_speaker(project: Project) -> None:
    doc = import_file(project, SEED)
    # "An: Alle in dieser Teilgruppen-Sitzung" heads the chat box four times, answered by none
    assert "An" not in doc.speakers()
    assert all(t.seconds is None for t in doc.turns)


@pytest.mark.parametrize("line,expected", [
    ("I: Wie geht es Ihnen?", ("I", True, 3)),
    ("B:Also ich", ("B", True, 2)),  # no blank after the colon
    ("IP3:\tNa ja.", ("IP3", True, 5)),
    ("TN1: Genau.", ("TN1", True, 5)),
    ("Participant 2: Yes.", ("Participant 2", True, 15)),
    ("Interviewerin:", ("Interviewerin", True, 14)),  # the speech starts on the next line
    ("Interviewer:in: Und dann?", ("Interviewer:in", True, 16)),
    ("Teilnehmer*in 3: Ja.", ("Teilnehmer*in 3", True, 17)),
    ("Befragte:r: Genau.", ("Befragte:r", True, 12)),
    ("Interviewer: in der Schule?", ("Interviewer", True, 13)),
    ("Frau K.: Ja.", ("Frau K.", False, 9)),
    ("Frank Martin Brunn (BMEL): Danke.", ("Frank Martin Brunn (BMEL)", False, 27)),
])
def test_label_forms(line: str, expected: tuple[str, bool, int]) -> None:
    label = label_at(line)
    assert label is not None and (label.speaker, label.known, label.end) == expected


@pytest.mark.parametrize("line", [
    "Folgendes ist wichtig:", "Das Ergebnis war klar: Wir brauchen Busse.", "Anna:",
    "Mathias Schmitt:", "14:30 Uhr: Beginn", "TOP 2: Mobilität",
    "Anna:sagte", "• B: in einer Liste",
])
def test_what_is_no_label(line: str) -> None:
    assert label_at(line) is None


def test_contact_lines_of_two_signatures_are_no_speakers(project: Project,
                                                         tmp_path: Path) -> None:
    """``T:``, ``F:``, ``E:`` repeat and follow each other in letterheads and e-mail
    signatures; a single ``P:`` is no known form (a phone number), only ``P1:`` is."""
    signature = ("S. Brandt\nT: 03631 123-456\nF: 03631 123-499\nP: 0170 1234567\n"
                 "E: sb@example.org\n")
    path = tmp_path / "mails.txt"
    path.write_text("Hallo Frau Haddad,\nanbei das Formular.\n" + signature
                    + "\n> Sehr geehrte Frau Brandt,\n> danke.\n" + signature, encoding="utf-8")
    assert import_file(project, path).turns == ()


def test_a_timestamp_right_after_the_label_is_the_turns_time(project: Project,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text("Q: [00:00:05] So how did it start?\n\nA: (00:00:09) With a phone call. "
                    "#00:00:30-0#\n", encoding="utf-8")
    doc = import_file(project, path)
    assert [(t.speaker, t.seconds) for t in doc.turns] == [("Q", 5.0), ("A", 9.0)]


def test_qda_docs_json_lists_each_turn_with_its_time(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "p.qda"
    main(["init", str(p)])
    main(["import", str(p), str(INTERVIEWS / "f4-interview-ausbildung.txt")])
    capsys.readouterr()
    assert main(["docs", str(p), "--json"]) == 0
    [doc] = json.loads(capsys.readouterr().out)
    assert {"name", "uuid", "chars", "speakers", "codings"} <= set(doc)  # as before
    text = (INTERVIEWS / "f4-interview-ausbildung.txt").read_text(encoding="utf-8")
    first = doc["turns"][0]
    assert first == {"speaker": "I", "start": text.index("I: Vielen Dank"),
                     "end": text.index("#00:00:12-4#") + 12, "seconds": 12.4}
    assert [t["seconds"] for t in doc["turns"]][-2:] == [214.7, 217.2]
