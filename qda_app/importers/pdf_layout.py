"""From the positioned lines of PDF pages to paragraphs, one per line, as a Word file reads.

A PDF knows no paragraphs: it places lines. Read as they are, a two-column interview
becomes hundreds of short lines, ``I:`` opens only the first of them, and every page
starts with the running header. So lines are joined into paragraphs here, from where
they stand on the page (pypdf gives the lines in the order they were written, which is
the reading order of what Word, LibreOffice and LaTeX write):

* a new paragraph starts where the next line is further down than the usual line
  pitch, higher up than the last (the next column), in another font size (a heading),
  indented after a paragraph's second line (an indented first line), or at a bullet;
* a word hyphenated at the end of a line is joined again (``Verbindun-`` + ``gen``),
  unless the line goes on with ``und``/``oder``… (``Bus- und Bahnfahrer``) or the
  hyphen follows a capital (``E-`` + ``Mail`` keeps its hyphen);
* a running header or footer (the top or bottom line of at least half of the pages,
  the same text but for its numbers: ``Seite 3``) is dropped: it would cut a speaker's
  turn at every page;
* ligatures (``ﬁ``) become their letters, and the bullets of Word's Symbol font (a
  private-use character) become ``•``.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

PARAGRAPH_GAP = 1.3
"""A gap between two lines this many times the usual line pitch starts a paragraph."""

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_SHY = "\u00ad"
_PRIVATE_BULLET = re.compile(r"^[\ue000-\uf8ff](?=\s)")
_BULLET = re.compile(r"^[•◦▪▫●○■□‣⁃∙·–-]\s")
_HYPHENATED = re.compile(r"[a-zäöüß][-\u2010]$")
_GOES_ON = re.compile(r"^[a-zäöüß]")
_CONJUNCTIONS = frozenset({"und", "oder", "bzw", "bis", "sowie", "als", "statt", "wie",
                           "and", "or", "nor", "to"})
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page: its text, where its baseline starts, and its font size.

    ``x`` runs along the line and ``y`` up the page (PDF points), also on a rotated page.
    """

    text: str
    x: float
    y: float
    size: float


def page_texts(pages: Sequence[Sequence[Line]]) -> list[str]:
    """The text of each page: its paragraphs, one a line, without running headers."""
    paragraphs = [_paragraphs([_clean(line) for line in lines if line.text.strip()])
                  for lines in pages]
    _drop_running(paragraphs)
    return ["\n".join(p.text.replace(_SHY, "") for p in page) for page in paragraphs]


@dataclass(slots=True)
class _Paragraph:
    lines: list[Line]
    text: str

    @property
    def top(self) -> float:
        return self.lines[0].y

    @property
    def bottom(self) -> float:
        return self.lines[-1].y


def _clean(line: Line) -> Line:
    """Letters for ligatures, ``•`` for a symbol font's bullet, no soft hyphens but one
    at the end (where the line was broken: :func:`_join` joins the word there)."""
    text = line.text.translate(_LIGATURES).strip()
    text = text[:-1].replace(_SHY, "") + text[-1:] if text else text
    text = _PRIVATE_BULLET.sub("•", text)
    return Line(text, line.x, line.y, line.size)


def _paragraphs(lines: list[Line]) -> list[_Paragraph]:
    pitch = _usual_pitch(lines)
    out: list[_Paragraph] = []
    for line in lines:
        if line.text and out and not _starts_paragraph(out[-1].lines, line, pitch):
            out[-1].lines.append(line)
            out[-1].text = _join(out[-1].text, line.text)
        elif line.text:
            out.append(_Paragraph([line], line.text))
    return out


def _usual_pitch(lines: list[Line]) -> float:
    """The distance from one baseline to the next within a paragraph (line spacing).

    Between paragraphs there is often more, and a protocol of one-line statements has
    as many paragraph gaps as line gaps; the narrow end of the distances is the pitch.
    """
    drops = sorted(a.y - b.y for a, b in pairwise(lines)
                   if 0 < a.y - b.y < 3 * max(a.size, b.size, 1))
    if drops:
        return drops[len(drops) // 5]
    sizes = [line.size for line in lines if line.size > 0]
    return 1.2 * (statistics.median(sizes) if sizes else 12.0)


def _starts_paragraph(paragraph: list[Line], line: Line, pitch: float) -> bool:
    last = paragraph[-1]
    size = max(last.size, line.size, 1.0)
    drop = last.y - line.y
    if abs(last.size - line.size) > 0.15 * size or _BULLET.match(line.text):
        return True  # a heading, a footnote, a list item
    if "\t" in line.text or ("\t" in paragraph[0].text
                             and abs(line.x - paragraph[0].x) < 0.5 * size):
        return True  # a table row; its cells may go on over lines, further right
    if drop < -0.5 * size:  # higher up: the next column or box, where text may go on
        return not _GOES_ON.match(line.text) and not last.text.endswith("-")
    return (drop > PARAGRAPH_GAP * pitch  # more space than between lines
            # after a paragraph's second line, lines start where it does: one that
            # starts elsewhere is an indented first line or the next table row
            or (len(paragraph) > 1 and abs(line.x - last.x) > 0.8 * size))


def _join(text: str, more: str) -> str:
    """Two lines of one paragraph as one: a space, or a hyphenated word joined again."""
    if text.endswith(_SHY):
        return text[:-1] + more
    if text.endswith(("-", "\u2010")):
        first_word = re.split(r"[^\w]", more, maxsplit=1)[0].lower()
        if first_word in _CONJUNCTIONS:
            return f"{text} {more}"
        if _HYPHENATED.search(text) and _GOES_ON.match(more):
            return text[:-1] + more
        return text + more
    return f"{text} {more}"


def _drop_running(pages: list[list[_Paragraph]]) -> None:
    """Remove the running header and footer from every page that has it (in place)."""
    if len(pages) < 2:
        return
    for edge in (_top, _bottom):
        keys = Counter(_key(p) for page in pages if (p := edge(page)) is not None)
        running = {key for key, n in keys.items() if n >= 2 and 2 * n >= len(pages)}
        for page in pages:
            p = edge(page)
            if p is not None and _key(p) in running:
                page.remove(p)


def _top(page: list[_Paragraph]) -> _Paragraph | None:
    return max(page, key=lambda p: p.top, default=None)


def _bottom(page: list[_Paragraph]) -> _Paragraph | None:
    return min(page, key=lambda p: p.bottom, default=None)


def _key(paragraph: _Paragraph) -> str:
    return _NUMBER.sub("#", paragraph.text)
