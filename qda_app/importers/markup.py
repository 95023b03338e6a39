"""Cleaning the markup that protocols pick up from web forms, LaTeX and Markdown.

Inline HTML (``<p>``, ``<ul>``, ``<li>``, ``<br>``, ``<i>``, ``<u>``, entities)
becomes plain text with line breaks and ``•`` bullets; LaTeX arrows become
arrows; ``**bold**`` markers are dropped. Anything that only looks like a tag
(``<https://…>``) is kept as written.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

ARROWS = {
    "leftrightarrow": "↔",
    "Leftrightarrow": "⇔",
    "rightarrow": "→",
    "Rightarrow": "⇒",
    "leftarrow": "←",
    "Leftarrow": "⇐",
}
_ARROW = re.compile(r"\\(" + "|".join(sorted(ARROWS, key=len, reverse=True)) + r")(?![A-Za-z])")
_TAG_HINT = re.compile(r"</?[A-Za-z][^>]*>|&#?\w+;")
_INLINE_BULLET = re.compile(r"(?<=\S)[ \t]+•[ \t]*")
_BLOCK = {"p", "div", "ul", "ol", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote"}
_INLINE = {"i", "u", "b", "em", "strong", "span", "a", "font", "sup", "sub", "s", "small",
           "mark", "code", "td", "th", "tbody", "thead"}


class _HtmlToText(HTMLParser):
    """Collects text parts; knows whether the current output line has text so far.

    The flag is kept as parts are added: joining all parts to look at the last
    line cost a copy of the whole fragment per tag (a web form's answer with
    thousands of ``<li>`` on one line took quadratic time).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._line_has_text = False

    def _add(self, text: str) -> None:
        self.parts.append(text)
        _head, newline, tail = text.rpartition("\n")
        if newline:
            self._line_has_text = bool(tail.strip())
        elif tail.strip():
            self._line_has_text = True

    def _newline(self) -> None:
        if self._line_has_text:
            self._add("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._newline()
            self._add("• ")
        elif tag in _BLOCK:
            self._newline()
        elif tag not in _INLINE:
            self._add(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add("\n")
        elif tag not in _INLINE and tag not in _BLOCK:
            self._add(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK or tag == "li":
            self._newline()
        elif tag not in _INLINE:
            self._add(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self._add(data)


def html_to_text(fragment: str) -> str:
    parser = _HtmlToText()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)


def clean(fragment: str) -> str:
    """Clean one line's worth of markup; the result may span several lines."""
    text = _ARROW.sub(lambda m: ARROWS[m.group(1)], fragment)
    text = text.replace("**", "")
    if _TAG_HINT.search(text):
        text = html_to_text(text)
    if "•" in text:
        text = _INLINE_BULLET.sub("\n• ", text)
    lines = [re.sub(r"(?<=\S)[ \u00a0]{2,}", " ", line).rstrip() for line in text.split("\n")]
    lines = [lines[0], *(line.strip() for line in lines[1:])]
    return "\n".join(line for i, line in enumerate(lines) if line.strip() or i == 0).strip("\n")
