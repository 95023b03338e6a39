"""Document variables and sets in REFI-QDA files: ``<Variables>``, ``<Cases>``, ``<Sets>``.

**Writing.** Each variable is a ``<Variable>`` (text, integer, decimal, date, yes/no as
``Text``, ``Integer``, ``Float``, ``Date``, ``Boolean``). A document's values go into
one ``<Case>`` without a name that holds the values and one ``<SourceRef>`` to the
document: the way MAXQDA and Quirkos write document variables, and the form QualCoder
reads as its "file" variables. Each set is a ``<Set>`` of ``<MemberSource>``\\ s; the
condition it was made from is its ``<Description>``.

**Reading.** Values come from every ``<Case>`` that refers to imported text sources:
a case of one source gives that document its values; a case of several gives each of
them the case's values (where two cases give one document different values of a
variable, the first is kept and the report says so). A named case of several sources
(a person in NVivo) also becomes a set of its documents. ``VariableValue``\\ s inside a
``<TextSource>`` count as that document's. A ``<Set>`` becomes a set of the imported
documents among its ``MemberSource``\\ s (code and note members are left out, said in
the report); its description becomes its condition when it reads as one and chooses
exactly those documents. ``DateTime`` variables are kept as text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from lxml import etree

from ..errors import InvalidValueError, QdaError
from ..text_format import counted
from ..variable_records import DocumentSet, Variable, VariableTable
from ..variable_values import Value, canonical, decimal_text
from .report import ImportReport
from .values import derived_guid, norm_guid, xml_safe

if TYPE_CHECKING:
    from ..project import Project

TO_REFI = {"text": "Text", "integer": "Integer", "decimal": "Float", "date": "Date",
           "boolean": "Boolean"}
FROM_REFI = {"text": "text", "integer": "integer", "float": "decimal", "date": "date",
             "boolean": "boolean", "datetime": "text"}
VALUE_ELEMENT = {"text": "TextValue", "integer": "IntegerValue", "decimal": "FloatValue",
                 "date": "DateValue", "boolean": "BooleanValue"}
_VALUES = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
           "DateTimeValue")


def case_guid(document_uuid: str) -> str:
    """The GUID of a document's case: the same on every export."""
    return derived_guid(document_uuid, "document-case")


# -- writing --------------------------------------------------------------------------------

def write_variables(root: etree._Element, ns: str, table: VariableTable) -> None:
    """``<Variables>`` and ``<Cases>`` (one nameless case per document with values)."""
    if not table.variables:
        return
    variables = etree.SubElement(root, f"{{{ns}}}Variables")
    for v in table.variables:
        etree.SubElement(variables, f"{{{ns}}}Variable", guid=v.uuid, name=xml_safe(v.name),
                         typeOfVariable=TO_REFI[v.type])
    cases: etree._Element | None = None
    for (uuid, _name), values in zip(table.documents, table.values, strict=True):
        filled = [(v, x) for v, x in zip(table.variables, values, strict=True) if x is not None]
        if not filled:
            continue
        if cases is None:
            cases = etree.SubElement(root, f"{{{ns}}}Cases")
        case = etree.SubElement(cases, f"{{{ns}}}Case", guid=case_guid(uuid))
        for variable, value in filled:
            _value(case, ns, variable, value)
        etree.SubElement(case, f"{{{ns}}}SourceRef", targetGUID=uuid)


def _value(case: etree._Element, ns: str, variable: Variable, value: Value) -> None:
    el = etree.SubElement(case, f"{{{ns}}}VariableValue")
    etree.SubElement(el, f"{{{ns}}}VariableRef", targetGUID=variable.uuid)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = decimal_text(value)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = xml_safe(str(value))
    etree.SubElement(el, f"{{{ns}}}{VALUE_ELEMENT[variable.type]}").text = text


def write_sets(root: etree._Element, ns: str, sets: Sequence[DocumentSet]) -> None:
    if not sets:
        return
    container = etree.SubElement(root, f"{{{ns}}}Sets")
    for s in sets:
        el = etree.SubElement(container, f"{{{ns}}}Set", guid=s.uuid, name=xml_safe(s.name))
        if s.condition:
            etree.SubElement(el, f"{{{ns}}}Description").text = xml_safe(s.condition)
        for uuid in s.documents:
            etree.SubElement(el, f"{{{ns}}}MemberSource", targetGUID=uuid)


# -- reading --------------------------------------------------------------------------------

@dataclass
class VariableEntry:
    guid: str
    name: str
    type: str


@dataclass
class SetEntry:
    guid: str
    name: str
    documents: list[str]
    description: str = ""


@dataclass
class VariablesRead:
    """What a file holds of variables and sets, checked and ready to write."""

    variables: list[VariableEntry] = field(default_factory=list)
    values: dict[tuple[str, str], object] = field(default_factory=dict)
    """(document GUID, variable GUID) -> the value, as :func:`canonical` reads it."""
    sets: list[SetEntry] = field(default_factory=list)


def read_variables(root: etree._Element, documents: Mapping[str, str],
                   report: ImportReport) -> VariablesRead:
    """Variables, their values per document and the sets; ``documents`` maps the GUID of
    each imported text source (as the file writes it, normalised) to our document's."""
    found = VariablesRead()
    kinds = _read_definitions(root, found, report)
    for source in root.iterfind("Sources/TextSource"):
        doc = documents.get(norm_guid(source.get("guid") or ""))
        if doc is not None:
            _take_values(source, [doc], kinds, found, report)
    for case in root.iterfind("Cases/Case"):
        _read_case(case, documents, kinds, found, report)
    for el in root.iterfind("Sets/Set"):
        _read_set(el, documents, found, report)
    return found


def _read_definitions(root: etree._Element, found: VariablesRead, report: ImportReport
                      ) -> dict[str, str]:
    kinds: dict[str, str] = {}
    names: set[str] = set()
    for el in root.iterfind("Variables/Variable"):
        guid = norm_guid(el.get("guid") or "")
        declared = (el.get("typeOfVariable") or "Text").strip().casefold()
        kind = FROM_REFI.get(declared, "text")
        if declared == "datetime":
            report.tally("read", "DateTime variable", " as text", example=el.get("name"))
        base = " ".join((el.get("name") or "").split()) or f"Variable {guid[:8]}"
        name, n = base, 2
        while name.casefold() in names:
            name, n = f"{base} ({n})", n + 1
        names.add(name.casefold())
        if guid in kinds:
            continue
        kinds[guid] = kind
        found.variables.append(VariableEntry(guid, name, kind))
    return kinds


def _read_case(case: etree._Element, documents: Mapping[str, str], kinds: dict[str, str],
               found: VariablesRead, report: ImportReport) -> None:
    refs = [norm_guid(r.get("targetGUID") or "") for r in case.iterfind("SourceRef")]
    docs = list(dict.fromkeys(documents[r] for r in refs if r in documents))
    if not docs:
        report.tally("skipped", "case", " that refers to no imported text source",
                     example=case.get("name"))
        return
    _take_values(case, docs, kinds, found, report)
    name = " ".join((case.get("name") or "").split())
    if name and len(docs) > 1:
        found.sets.append(SetEntry(norm_guid(case.get("guid") or ""), name, docs))
        report.tally("made", "set", " from a case of several documents", example=name)


def _take_values(el: etree._Element, docs: list[str], kinds: dict[str, str],
                 found: VariablesRead, report: ImportReport) -> None:
    for vv in el.iterfind("VariableValue"):
        ref = vv.find("VariableRef")
        var = norm_guid(ref.get("targetGUID") or "") if ref is not None else ""
        if var not in kinds:
            report.tally("skipped", "value", " of a variable the file does not define")
            continue
        raw = next(((c.text or "") for c in vv if c.tag in _VALUES), None)
        if raw is None or not raw.strip():
            continue
        kind = kinds[var]
        if kind == "text":
            raw = raw.strip()
        elif kind == "boolean":
            raw = {"true": "1", "false": "0"}.get(raw.strip().casefold(), raw)
        try:
            canonical(kind, raw)
        except InvalidValueError:
            report.tally("skipped", "value", " that does not fit its variable's type",
                         example=raw.strip()[:40])
            continue
        for doc in docs:
            have = found.values.get((doc, var))
            if have is not None and have != raw:
                report.tally("kept", "first value", " where cases gave a document two "
                             "different values of a variable")
                continue
            found.values[doc, var] = raw


def _read_set(el: etree._Element, documents: Mapping[str, str], found: VariablesRead,
              report: ImportReport) -> None:
    name = " ".join((el.get("name") or "").split()) or "Set"
    members = [norm_guid(m.get("targetGUID") or "") for m in el.iterfind("MemberSource")]
    docs = list(dict.fromkeys(documents[m] for m in members if m in documents))
    others = len(el.findall("MemberCode")) + len(el.findall("MemberNote"))
    if others:
        report.tally("left out", "code or note member", " of sets (Kodierwerk's sets hold "
                     "documents)", n=others)
    if not docs:
        report.tally("skipped", "set", " with no imported text source", example=name)
        return
    description = " ".join((el.findtext("Description") or "").split())
    found.sets.append(SetEntry(norm_guid(el.get("guid") or ""), name, docs, description))


# -- into a project -------------------------------------------------------------------------

def write_into(project: Project, found: VariablesRead, report: ImportReport) -> None:
    """Define the variables, store the values (one transaction), make the sets."""
    names = {v.guid: v.name for v in found.variables}
    for v in found.variables:
        project.add_variable(v.name, v.type, uuid=v.guid)
    project.set_variables([(doc, names[var], raw) for (doc, var), raw in found.values.items()])
    if found.variables:
        n = len(found.values)
        report.tally("imported", "variable", f" with {counted(n, 'value')}",
                     n=len(found.variables))
    taken: set[str] = set()
    for s in found.sets:
        name, n = s.name, 2
        while name.casefold() in taken:
            name, n = f"{s.name} ({n})", n + 1
        taken.add(name.casefold())
        project.add_set(name, s.documents, where=_condition(project, s), uuid=s.guid)
    report.tally("imported", "set", " of documents", n=len(found.sets))


def _condition(project: Project, entry: SetEntry) -> str | None:
    """The set's description, if it is a condition that chooses exactly its documents."""
    if not entry.description:
        return None
    try:
        chosen = {d.uuid for d in project.documents_where(entry.description)}
    except QdaError:
        return None
    return entry.description if chosen == set(entry.documents) else None
