"""From a transcript's raw lines to clean text with speaker turns.

The structure of a protocol is plain in its raw lines (an initials column
``UK<TAB>…``, a name line ``Mathias Schmitt:`` over bullets, ``WH
(anonymisiert):``, chat headers ``von X an alle …: 1:45 PM``), and so is that of
an interview (``I:``/``B1:``/``Anna:`` at a paragraph's start, see
:mod:`.speaker_labels`, the turn running to the next label), but each line may
carry markup that turns into several lines. So we read raw lines, clean each
with :func:`markup.clean`, and record turns in the offsets of the text we emit:
the returned turns index the returned text exactly. A timestamp at the start or
end of a turn (:mod:`.recording_times`) becomes its time in the recording; the
text keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Turn
from .markup import clean
from .recording_times import leading, trailing
from .speaker_labels import Label, label_at, speakers_among

_INITIALS = re.compile(r"^([A-ZÄÖÜ]{1,4}[0-9]?)\t")
_CONTINUATION = re.compile(r"^\t+(?=\S)")
_NAME_WORD = r"[A-ZÄÖÜ][\w'’.-]*"
_NAME_LINE = re.compile(rf"^({_NAME_WORD}(?: {_NAME_WORD}){{1,3}}(?: \([^()]{{1,30}}\))?):$")
_ANONYMISED = re.compile(r"^\s*(?:[-•]\s*)?([A-ZÄÖÜ]{1,4}) \(anonymisiert\):?\s*$")
_BULLET = re.compile(r"^\s*[-•–]\s")
_INDENTED = re.compile(r"^\s+\S")
_CHAT = re.compile(
    r"von (?P<who>\S.*?) an (?:alle|[^:\n]+?)(?: in dieser [^:\n]*?)?:"
    r" (?P<time>\d{1,2}:\d{2})\s*(?P<ampm>[AaPp][Mm])?\s*$"
)


@dataclass
class _Open:
    kind: str  # "initials" | "named" | "chat" | "labelled"
    speaker: str
    start: int
    body_start: int
    time: str | None = None
    end: int = 0
    has_body: bool = False
    opening: float | None = None
    """A timestamp at the turn's start (before or after its label, or its first words)."""
    closing: float | None = None
    """The last timestamp that ended one of its lines."""
    noted: bool = False
    """Its first words have been looked at for a timestamp."""


def _time24(hhmm: str, ampm: str | None) -> str:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    if ampm:
        hours = hours % 12 + (12 if ampm.lower() == "pm" else 0)
    return f"{hours:02d}:{minutes:02d}"


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.turns: list[Turn] = []
        self.current: _Open | None = None

    def emit(self, text: str) -> tuple[int, int]:
        """Append ``text`` as one or more lines; return its (start, end)."""
        if not self.parts and not text.strip():
            return (0, 0)  # no blank lines at the top of a document
        start = self.pos
        self.parts.append(text + "\n")
        self.pos += len(text) + 1
        return (start, start + len(text))

    def open(self, turn: _Open) -> None:
        self.close()
        self.current = turn

    def close(self) -> None:
        t = self.current
        if t is not None and t.end > t.start:
            seconds = t.opening if t.opening is not None else t.closing
            self.turns.append(Turn(t.start, t.end, t.speaker, t.time, t.body_start, seconds))
        self.current = None

    def note(self, text: str) -> None:
        """``text`` is speech of the current turn: a timestamp at its start or end is the
        turn's time in the recording (a chat message has its clock time instead)."""
        t = self.current
        if t is None or t.kind == "chat" or not text.strip():
            return
        if not t.noted and t.opening is None and (found := leading(text)):
            t.opening = found[0]
        t.noted = True
        if (closing := trailing(text)) is not None:
            t.closing = closing

    def extend(self, start: int, end: int) -> None:
        """The current turn goes on with the line at ``start``–``end``."""
        t = self.current
        if t is not None and end > start:
            if not t.has_body and t.kind != "initials":
                t.body_start = start  # speech starts at its first line, not at a blank one
            t.end = max(t.end, end)
            t.has_body = True

    def text(self) -> str:
        return "".join(self.parts).rstrip() + "\n"


def parse(raw: str) -> tuple[str, tuple[Turn, ...]]:
    """Clean ``raw`` (newlines already ``\\n``) and find its speaker turns."""
    lines = raw.split("\n")
    follows = bullets_follow(lines)
    # each line cleaned once; an initials line (and its continuation) is cleaned in parts
    cleaned = [None if _INITIALS.match(line) or _CONTINUATION.match(line) else clean(line)
               for line in lines]
    labels = [label_at(c) if c else None for c in cleaned]
    speakers = speakers_among(labels, [not (line if c is None else c).strip()
                                       for line, c in zip(lines, cleaned, strict=True)])
    b = _Builder()
    for i, line in enumerate(lines):
        if not line.strip():
            b.emit("")
            if b.current and b.current.kind == "chat" and b.current.has_body:
                b.close()
        elif not _initials_line(b, line):
            text = cleaned[i]
            if text is None:
                text = clean(line)
            label = labels[i]
            if not _protocol_line(b, text, follows[i]):
                if label is not None and label.speaker in speakers:
                    _labelled_line(b, text, label)
                else:
                    _other_line(b, text)
    b.close()
    text = b.text()
    return text, tuple(_clip(t, len(text)) for t in b.turns)


def _initials_line(b: _Builder, line: str) -> bool:
    """``UK<TAB>…`` opens a turn, a tab-indented line goes on with it; ``False``: neither."""
    if m := _INITIALS.match(line):
        label = m.group(0)
        body = clean(line[m.end():]).lstrip()
        start, end = b.emit(label + body)
        b.open(_Open("initials", m.group(1), start, start + len(label), end=end))
        b.note(body)
        return True
    if b.current and b.current.kind == "initials" and _CONTINUATION.match(line):
        body = clean(line.lstrip("\t"))
        b.extend(*b.emit(body))
        b.note(body)
        return True
    return False


def _protocol_line(b: _Builder, cleaned: str, bullets_follow: bool) -> bool:
    """A name line over bullets, an anonymised speaker or a chat header opens a turn."""
    if (m := _ANONYMISED.match(cleaned)) or (
        (m := _NAME_LINE.match(cleaned.strip())) and bullets_follow
    ):
        start, end = b.emit(cleaned)
        label_start = start + len(cleaned) - len(cleaned.lstrip(" -•"))
        b.open(_Open("named", m.group(1), label_start, end + 1, end=end))
        return True
    if m := _CHAT.search(cleaned):
        start, end = b.emit(cleaned)
        before = cleaned[: m.start()]
        header_start = start + len(before)
        if before.strip():  # a message's tail, then the next header on the same line
            b.extend(start + len(before) - len(before.lstrip()), start + len(before.rstrip()))
        b.open(_Open("chat", m.group("who").strip(), header_start, end + 1,
                     _time24(m.group("time"), m.group("ampm")), end=end))
        return True
    return False


def _labelled_line(b: _Builder, cleaned: str, label: Label) -> None:
    """``I: …``, ``B2:``, ``Anna: …``: a turn that runs to the next label."""
    start, end = b.emit(cleaned)
    b.open(_Open("labelled", label.speaker, start, start + label.end, end=end,
                 has_body=label.rest, opening=label.seconds))
    b.note(cleaned[label.end:])


def _other_line(b: _Builder, cleaned: str) -> None:
    """Bullets under a name line, a chat message or an interview turn's next paragraph go on
    with the turn; any other line ends it."""
    t = b.current
    if t and (
        (t.kind == "named" and (_BULLET.match(cleaned) or _INDENTED.match(cleaned)))
        or t.kind in ("chat", "labelled")
    ):
        end = b.emit(cleaned)[1]
        b.extend(end - len(cleaned.lstrip()), end)
        b.note(cleaned)
        return
    b.close()
    b.emit(cleaned)


def _clip(turn: Turn, length: int) -> Turn:
    return Turn(turn.start, min(turn.end, length), turn.speaker, turn.time,
                min(turn.body_start or turn.start, length), turn.seconds)


def bullets_follow(lines: list[str]) -> list[bool]:
    """For each line, whether the next non-blank line after it is a bullet point.

    A name line opens a turn only when bullet points follow it. One backward
    pass answers this for every line, so a protocol with many name lines costs
    its length, not its length times its name lines.
    """
    follows = [False] * len(lines)
    next_is_bullet = False
    for i in range(len(lines) - 1, -1, -1):
        follows[i] = next_is_bullet
        if lines[i].strip():
            next_is_bullet = bool(_BULLET.match(lines[i]))
    return follows
