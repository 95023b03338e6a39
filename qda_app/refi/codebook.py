"""Code systems in REFI-QDA: ``<Codes>`` read from a file, written from a project,
and merged into a project (by GUID, then by path; nothing is duplicated).

Shared by the codebook exchange (``.qdc``) and the project exchange (``.qdpx``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from lxml import etree

from .. import records
from ..code_paths import SEPARATOR, normalise_key
from .model import CodeEntry, Remark, walk_codes
from .report import ImportReport
from .values import derived_guid, is_guid, norm_guid, parse_bool, parse_color, xml_safe
from .xmlio import description_text

SLASH_STANDIN = "\u2215"  # DIVISION SLASH: looks like "/", which is our path separator


def read_codes(codes_el: etree._Element | None) -> list[CodeEntry]:
    """The ``<Code>`` tree under ``<Codes>``, with names and GUIDs made fit for a project.

    What was changed on the way (a name, a GUID, a colour dropped) is kept on
    each entry (``remarks``) and told by :func:`report_codes` for the codes
    actually added: importing a codebook a second time adds nothing and so
    repeats none of it. Walked with a stack, not recursion: a file may nest
    codes thousands of levels deep.
    """
    if codes_el is None:
        return []
    seen: set[str] = set()
    roots: list[CodeEntry] = []
    stack = _pending(codes_el, roots)
    while stack:  # in file order: a code, then its subcodes, then its next sibling
        el, into, taken = stack.pop()
        entry = _read_code(el, seen, taken)
        into.append(entry)
        stack += _pending(el, entry.children)
    return roots


def report_codes(entries: Iterable[CodeEntry], report: ImportReport) -> None:
    """Tell ``report`` what reading ``entries`` changed about them (their remarks)."""
    for entry in entries:
        for verb, noun, rest, example in entry.remarks:
            report.tally(verb, noun, rest, example=example)


_Pending = list[tuple[etree._Element, list[CodeEntry], set[str]]]


def _pending(parent: etree._Element, into: list[CodeEntry]) -> _Pending:
    """``parent``'s ``<Code>`` children to read into ``into``, last first (for a stack);
    siblings share one set of the names taken so far."""
    taken: set[str] = set()
    return [(el, into, taken) for el in reversed(parent.findall("Code"))]


def _read_code(el: etree._Element, seen: set[str], taken: set[str]) -> CodeEntry:
    """One ``<Code>`` without its children; ``taken`` holds its siblings' names so far."""
    remarks: list[Remark] = []
    guid = _code_guid(el, remarks, seen)
    name = _fit_name(el.get("name") or "", guid, taken, remarks)
    raw_color = el.get("color")
    color = parse_color(raw_color)
    if raw_color and color is None:
        remarks.append(("ignored", "invalid colour", "", repr(raw_color)))
    return CodeEntry(guid, name, color, description_text(el),
                     codable=parse_bool(el.get("isCodable")), remarks=remarks)


def _code_guid(el: etree._Element, remarks: list[Remark], seen: set[str]) -> str:
    raw = (el.get("guid") or "").strip()
    guid = norm_guid(raw) if raw else derived_guid(f"{el.get('name')}:{len(seen)}", "code")
    if raw and not is_guid(raw):
        remarks.append(("replaced", "invalid code GUID", "", repr(raw)))
    if guid in seen:
        remarks.append(("gave", "code", " a new GUID (the file used one twice)",
                        el.get("name") or ""))
        guid = derived_guid(f"{guid}:{len(seen)}", "duplicate-code")
    seen.add(guid)
    return guid


def _fit_name(name: str, guid: str, taken: set[str], remarks: list[Remark]) -> str:
    """Our rules: no ``/`` in a name, and no two siblings alike (ignoring case)."""
    name = " ".join(name.split())
    if not name:
        name = f"Code {guid[:8]}"
        remarks.append(("named", "code", " that had no name", name))
    if SEPARATOR in name:
        name = name.replace(SEPARATOR, SLASH_STANDIN)
        remarks.append(("renamed", "code", f" whose name contained {SEPARATOR!r} "
                        f"(now {SLASH_STANDIN!r})", name))
    unique, n = name, 2
    while unique.casefold() in taken:
        unique = f"{name} ({n})"
        n += 1
    if unique != name:
        remarks.append(("renamed", "code", " named like a sibling", unique))
    taken.add(unique.casefold())
    return unique


def write_codes(parent: etree._Element, namespace: str, codes: Sequence[records.Code],
                note_refs: Mapping[str, Sequence[str]] | None = None,
                names: Mapping[str, str] | None = None) -> int:
    """Nest ``codes`` (tree order, as :meth:`Project.codes` gives them) under ``parent``.

    A category is written ``isCodable="false"``, every other code ``"true"``.
    ``note_refs`` maps a code UUID to the GUIDs of its notes (project files
    only; a codebook has no notes); ``names`` the UUIDs of codes to write under
    another name (:func:`~.names.unique_names`). Returns the number of codes written.
    """
    children: dict[str | None, list[records.Code]] = defaultdict(list)
    for code in codes:
        children[code.parent_uuid].append(code)
    tag = etree.QName(namespace, "Code").text
    description = etree.QName(namespace, "Description").text
    note_ref = etree.QName(namespace, "NoteRef").text
    names = names or {}

    # a stack, not recursion: a project may nest codes thousands of levels deep
    stack = [(parent, code) for code in reversed(children[None])]
    while stack:
        into, code = stack.pop()
        el = etree.SubElement(into, tag, guid=code.uuid,
                              name=xml_safe(names.get(code.uuid, code.name)),
                              isCodable="true" if code.codable else "false", color=code.color)
        if code.description:
            etree.SubElement(el, description).text = xml_safe(code.description)
        for target in (note_refs or {}).get(code.uuid, ()):
            etree.SubElement(el, note_ref, targetGUID=target)
        stack.extend((el, child) for child in reversed(children[code.uuid]))
    return len(codes)


def merge_codes(
    existing: Sequence[records.Code],
    entries: list[CodeEntry],
    add_codes: Callable[[list[records.CodeSpec]], list[records.Code]],
    report: ImportReport,
) -> dict[str, str]:
    """Put the file's codes into a project; return file GUID -> the project code's path.

    A code whose GUID the project has is that code (wherever it now is); else
    a code at the same path (ignoring case) is; else it is new, a category if
    the file says so. Children follow their parent's match. The new codes go
    to ``add_codes`` in one call (:meth:`Project.add_codes`: one transaction,
    one refresh), so a code the project refuses leaves no half codebook
    behind. Only the new codes' remarks go into ``report`` (a matched code was
    not changed now).
    """
    by_uuid = {c.uuid: c.path for c in existing}
    by_key = {normalise_key(c.path): c.path for c in existing}
    paths: dict[str, str] = {}
    new: list[tuple[CodeEntry, records.CodeSpec]] = []
    for entry, parent in walk_codes(entries):
        path = entry.name if parent is None else f"{paths[parent.guid]}{SEPARATOR}{entry.name}"
        found = by_uuid.get(entry.guid) or by_key.get(normalise_key(path))
        if found is not None:
            report.matched_codes += 1
            paths[entry.guid] = found
            continue
        new.append((entry, records.CodeSpec(path, entry.color, entry.description,
                                            uuid=entry.guid, codable=entry.codable)))
        paths[entry.guid] = by_uuid[entry.guid] = by_key[normalise_key(path)] = path
    if new:
        for (entry, _), code in zip(new, add_codes([spec for _, spec in new]), strict=True):
            paths[entry.guid] = code.path
        report.codes += len(new)
        report.categories += sum(not entry.codable for entry, _ in new)
        report_codes((entry for entry, _ in new), report)
    return paths
