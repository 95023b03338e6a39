"""A ``.qdpx`` read the way QualCoder's import (``refi.py``, ``RefiImport``) reads one.

Written for our tests from what QualCoder's current source does (not copied from
it): what it relies on, and where our files lost data in it.

- Every ``<Note>`` needs ``creationDateTime`` or ``modifiedDateTime``: QualCoder
  calls ``.replace`` on the value and its import stops with an exception.
- A coding's comment is the ``Description`` of its ``PlainTextSelection``.
- ``isCodable="false"`` makes a category (table ``code_cat``); every other
  ``Code`` is a code (table ``code_name``). Both tables have unique names: a
  second code of the same name is refused, its GUID is never mapped, and every
  coding that points at it is stored without a code.
- A coding's ``CodeRef`` must name a code (a category's GUID maps to nothing).
- ``creatingUser`` is looked up among ``<User>``s by GUID; unknown means "default".
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree


@dataclass
class QualCoderCoding:
    code: str | None
    """The code's name, or ``None``: QualCoder stores the coding without a code."""
    memo: str
    user: str
    text: str


@dataclass
class QualCoderProject:
    codes: dict[str, str] = field(default_factory=dict)
    """Code name -> its GUID (the first code of a name wins)."""
    categories: set[str] = field(default_factory=set)
    users: dict[str, str] = field(default_factory=dict)
    codings: list[QualCoderCoding] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    """Where QualCoder's import would stop with an exception."""


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and _local(c) == name]


def read_like_qualcoder(path: Path) -> QualCoderProject:
    with zipfile.ZipFile(path) as zf:
        qde = next(n for n in zf.namelist() if n.endswith(".qde"))
        root = etree.fromstring(zf.read(qde))
        texts = {n.rsplit("/", 1)[-1]: zf.read(n).decode("utf-8-sig")
                 for n in zf.namelist() if n.endswith(".txt")}
    project = QualCoderProject()
    for user in root.iter("{*}User"):
        project.users[user.get("guid")] = user.get("name")
    codes_el = next(root.iter("{*}Codes"), None)
    by_guid: dict[str, str] = {}
    stack = [] if codes_el is None else list(reversed(_children(codes_el, "Code")))
    while stack:
        code = stack.pop()
        name = code.get("name")
        if code.get("isCodable") == "false":
            project.categories.add(name)
        elif name not in project.codes:  # unique(name): a second one is refused
            project.codes[name] = code.get("guid")
            by_guid[code.get("guid")] = name
        stack.extend(reversed(_children(code, "Code")))
    for source in root.iter("{*}TextSource"):
        text = texts[source.get("plainTextPath").split("internal://")[1]]
        for sel in _children(source, "PlainTextSelection"):
            description = _children(sel, "Description")
            memo = (description[0].text or "") if description else ""
            user = project.users.get(sel.get("creatingUser"), "default")
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            for coding in _children(sel, "Coding"):
                target = _children(coding, "CodeRef")[0].get("targetGUID")
                project.codings.append(QualCoderCoding(by_guid.get(target), memo, user,
                                                       text[start:end]))
    for note in root.iter("{*}Note"):
        if note.get("creationDateTime") is None and note.get("modifiedDateTime") is None:
            project.crashes.append(f"Note {note.get('guid')} has no date")
    return project
