"""Speaker labels at the start of a paragraph: ``I:``, ``B2:``, ``Interviewerin:``, ``Anna:``.

Interview transcripts (the German rules of Dresing & Pehl, f4transkript, easytranscript,
Word) start every turn with its speaker and a colon. Two kinds of label are told apart:

* **Known forms** are speakers wherever they stand: the abbreviations ``I``, ``B``,
  ``IP``, ``IV``, ``TN``, ``Q``, ``A``, ``R`` (also numbered: ``B1``, ``IP3``, ``TN12``),
  ``P1``, ``P2``… (only numbered: ``P:`` heads a phone number in a letterhead) and the
  role words ``Interviewer(in)``, ``Befragte(r)``, ``Moderator(in)``, ``Teilnehmer(in)``
  (also gendered: ``Interviewer:in``, ``Teilnehmer*in``, ``Befragte:r``),
  ``Respondent``, ``Participant``, ``Interviewee``, ``Facilitator`` (also numbered:
  ``Participant 2``). Text may follow the colon with or without a blank, or start on the
  next line.
* **Free labels** (``Mathias Schmitt:``, ``Frau K.:``, ``Anna:``), one to four
  capitalised words, followed by a blank and text. An ordinary line can look like that
  (``Betreff: Antrag``, ``Beschluss: …``), so a free label is a speaker only when the
  document uses it for at least two paragraphs *and* at least once another speaker's
  paragraph follows it directly (people take turns; the fields of minutes and letters
  repeat but do not answer each other), and it is not one of the words that head
  lines in minutes, letters, forms and recipes (:data:`NOT_SPEAKERS`).

A timestamp may stand before the label (``[00:01:02] Q: …``); it belongs to the turn.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .recording_times import STAMP, seconds_of

_ABBREVIATION = r"(?:(?:IP|IV|TN|[IBQAR])\d{0,2}|P\d{1,2})"
_FEMININE = r"(?:[:*_]?in|In)?"  # Interviewerin, Interviewer:in, Interviewer*in, InterviewerIn
_ROLE = (rf"(?:(?:Interviewer|Moderator|Teilnehmer){_FEMININE}|(?:Interviewte|Befragte)"
         rf"(?:[rn]|[:*_]r)?|Respondent|Participant|Interviewee|Facilitator)(?: ?\d{{1,2}})?")
_KNOWN = re.compile(rf"{_ABBREVIATION}|{_ROLE}")
_WORD = r"[A-ZÄÖÜ][\w'’.-]*"
_PARTICLE = r"(?:von|van|vom|zu|de|der|den|del|di|da|le|la|ten|ter)"
_FREE = rf"{_WORD}(?: (?:{_PARTICLE} )*{_WORD}){{0,3}}(?: \([^()]{{1,30}}\))?"
_LABEL = re.compile(
    rf"(?P<stamp>(?:{STAMP})[ \t]*)?(?P<label>{_ABBREVIATION}|{_ROLE}|{_FREE}):(?P<blank>[ \t]*)")

_FIELD_WORDS = """
    an von cc bcc betreff betr datum ort zeit uhrzeit beginn ende dauer anwesend anwesende
    abwesend entschuldigt gäste teilnehmende protokoll protokollant protokollantin
    tagesordnung top beschluss beschlüsse ergebnis ergebnisse anmerkung anmerkungen hinweis
    hinweise notiz notizen fazit zusammenfassung aufgabe aufgaben verantwortlich zuständig
    termin termine frist fristen zutaten zubereitung zubereitungszeit portionen tipp tipps
    problem probleme lösung lösungen beispiel beispiele vorteile nachteile ziel ziele thema
    themen anlage anlagen quelle quellen stand status telefon tel fax e-mail email mail
    adresse kontakt achtung wichtig nb ps to from subject re date time place location venue
    attendees present apologies absent agenda item minutes action actions decision decisions
    result results outcome note notes summary ingredients method directions instructions
    step tip tips serves yield solution example pros cons goal goals topic owner due
    deadline phone address contact attachment enclosure regarding warning important update
    beobachtung interpretation reflexion kontext situation t f e w fon mobil handy web www
"""
NOT_SPEAKERS = frozenset(_FIELD_WORDS.split())
"""Words that head lines in minutes, letters, forms, recipes, field notes and the contact
lines of a letterhead (``T:``, ``F:``, ``E:``): never a free speaker label."""


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker label found at the start of a line."""

    speaker: str
    known: bool
    """One of the known forms (a speaker wherever it stands)."""
    end: int
    """Where the speech begins in the line: after the colon and the blanks after it."""
    rest: bool
    """Text follows the label on its line."""
    seconds: float | None
    """A timestamp before the label (``[00:01:02] Q: …``)."""


def label_at(line: str) -> Label | None:
    """The speaker label at the start of ``line``, if it has the form of one.

    A known form counts with or without text after it; a free label only with a
    blank and text (``Folgendes ist wichtig:`` at a line's end is no label). Whether a
    free label is a speaker depends on the whole document: :func:`speakers_among`.
    """
    m = _LABEL.match(line)
    if m is None:
        return None
    speaker, rest = m.group("label"), bool(line[m.end():].strip())
    known = _KNOWN.fullmatch(speaker) is not None
    if not known and not (m.group("blank") and rest):
        return None
    stamp = m.group("stamp")
    return Label(speaker, known, m.end(), rest,
                 seconds_of(stamp.strip(" \t")) if stamp else None)


def speakers_among(labels: Sequence[Label | None], blank: Sequence[bool]) -> frozenset[str]:
    """The labels of a document that are speakers: every known form, and the free labels
    that repeat and take turns with another speaker (see the module's docstring).

    ``labels[i]`` is the label at the start of line ``i`` (``None``: no label),
    ``blank[i]`` whether that line is blank. One pass, so a long document costs its
    length.
    """
    counts: Counter[str] = Counter()
    followers: defaultdict[str, set[str]] = defaultdict(set)
    known: set[str] = set()
    previous: Label | None = None
    for label, is_blank in zip(labels, blank, strict=True):
        if is_blank:
            continue
        if label is not None:
            counts[label.speaker] += 1
            if label.known:
                known.add(label.speaker)
            if previous is not None and previous.speaker != label.speaker:
                followers[previous.speaker].add(label.speaker)
        previous = label

    def candidate(name: str) -> bool:
        return name in known or (counts[name] >= 2 and name.lower() not in NOT_SPEAKERS)

    free = {name for name, others in followers.items()
            if name not in known and candidate(name) and any(map(candidate, others))}
    return frozenset(known | free)
