"""Variables, cases and sets in REFI-QDA files: our export validates and reads back whole,
and the ways other tools write them (MAXQDA's nameless case per document, NVivo's named
case of several sources, ATLAS.ti's document groups, values inside a text source) land
as document variables and sets, with what cannot be taken said in the report."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from qda_app import Project
from qda_app.refi import export_qdpx, import_qdpx
from qda_app.refi.xmlio import validation_errors

from .conftest import Place
from .variables_support import write_study

G = "{:08x}-0000-4000-8000-000000000000".format
NS = "{urn:QDA-XML:project:1.0}"


def write_study_with_sets(path: Path) -> None:
    write_study(path)
    with Project.open(path) as p:
        p.add_variable("Einkommen", "decimal")
        p.set_variable("Interview 2", "Einkommen", "2.500,75")
        p.add_set("Thüringen", where="Region = Thüringen")
        p.add_set("Paar", documents=["Interview 4", "Interview 5"])


@pytest.fixture
def study(place: Place) -> Iterator[Project]:
    with Project.open(place(write_study_with_sets, "studie.qda")) as p:
        yield p


def test_our_export_validates_and_reads_back_whole(study: Project, tmp_path: Path) -> None:
    out = tmp_path / "studie.qdpx"
    result = export_qdpx(study, out)
    assert "5 variables" in result.line() and "2 sets" in result.line()
    with zipfile.ZipFile(out) as zf:
        root = etree.fromstring(zf.read("project.qde"))
    assert validation_errors(root, "project") == []
    cases = root.findall(f"{NS}Cases/{NS}Case")
    assert len(cases) == 5  # every interview has a value of something
    assert all(c.get("name") is None and len(c.findall(f"{NS}SourceRef")) == 1 for c in cases)
    types = {v.get("name"): v.get("typeOfVariable")
             for v in root.iterfind(f"{NS}Variables/{NS}Variable")}
    assert types == {"Region": "Text", "Alter": "Integer", "Raucher": "Boolean",
                     "Interview am": "Date", "Einkommen": "Float"}
    report = import_qdpx(out, tmp_path / "back.qda")
    assert "imported 5 variables with 16 values" in report.details()
    assert "imported 2 sets of documents" in report.details()
    with Project.open(tmp_path / "back.qda") as back:
        assert back.variable_table() == study.variable_table()  # UUIDs, types, values
        assert [(s.uuid, s.name, s.condition, s.documents) for s in back.sets()] == [
            (s.uuid, s.name, s.condition, s.documents) for s in study.sets()]
        assert back.document_set("Thüringen").condition == "Region = Thüringen"


def qdpx(tmp_path: Path, body: str, texts: dict[int, str]) -> Path:
    sources = "".join(
        f'<TextSource guid="{G(n)}" name="Interview {n - 100}" '
        f'plainTextPath="internal://{G(n)}.txt">{extra}</TextSource>'
        for n, extra in ((n, INSIDE.get(n, "")) for n in texts))
    xml = (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
           f'name="Fremd" origin="MAXQDA 24">{VARIABLES}{body}<Sources>{sources}</Sources>'
           f"{SETS}</Project>")
    path = tmp_path / "in.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml.encode())
        for n, text in texts.items():
            zf.writestr(f"sources/{G(n)}.txt", text.encode())
    return path


def value(var: int, element: str, text: str) -> str:
    return (f'<VariableValue><VariableRef targetGUID="{G(var)}"/><{element}>{text}'
            f"</{element}></VariableValue>")


VARIABLES = (f'<Variables><Variable guid="{G(1)}" name="Alter" typeOfVariable="Integer"/>'
             f'<Variable guid="{G(2)}" name="Region" typeOfVariable="Text"/>'
             f'<Variable guid="{G(3)}" name="Raucher" typeOfVariable="Boolean"/>'
             f'<Variable guid="{G(4)}" name="Termin" typeOfVariable="DateTime"/>'
             f'<Variable guid="{G(5)}" name="Datum" typeOfVariable="Date"/></Variables>')
CASES = (
    "<Cases>"
    # MAXQDA: one nameless case per document
    f'<Case guid="{G(20)}">{value(1, "IntegerValue", "34")}{value(3, "BooleanValue", "true")}'
    f'<SourceRef targetGUID="{G(101)}"/></Case>'
    # NVivo: a person with two documents; its values go to both, and it makes a set
    f'<Case guid="{G(21)}" name="Anna">{value(2, "TextValue", "Thüringen")}'
    f'{value(4, "DateTimeValue", "2024-03-12T10:00:00Z")}'
    f'<SourceRef targetGUID="{G(102)}"/><SourceRef targetGUID="{G(103)}"/></Case>'
    # a second case gives Interview 3 another region: the first is kept
    f'<Case guid="{G(22)}">{value(2, "TextValue", "Sachsen")}{value(1, "IntegerValue", "x")}'
    f'<SourceRef targetGUID="{G(103)}"/></Case>'
    # a case of a source we did not import (a PDF): nothing to give its values to
    f'<Case guid="{G(23)}">{value(1, "IntegerValue", "50")}'
    f'<SourceRef targetGUID="{G(199)}"/></Case>'
    "</Cases>")
INSIDE = {104: value(5, "DateValue", "2024-04-02")}  # QualCoder's values inside a source
SETS = (f'<Sets><Set guid="{G(30)}" name="gender: female"><Description>Gruppe</Description>'
        f'<MemberSource targetGUID="{G(101)}"/><MemberSource targetGUID="{G(104)}"/>'
        f'<MemberCode targetGUID="{G(90)}"/></Set>'
        f'<Set guid="{G(31)}" name="Bilder"><MemberSource targetGUID="{G(199)}"/></Set>'
        "</Sets>")


def test_cases_sets_and_values_the_ways_other_tools_write_them(tmp_path: Path) -> None:
    texts = {101: "Eins.", 102: "Zwei.", 103: "Drei.", 104: "Vier."}
    report = import_qdpx(qdpx(tmp_path, CASES, texts), tmp_path / "new.qda")
    details = report.details()
    for line in ("read 1 DateTime variable as text: Termin",
                 "kept 1 first value where cases gave a document two different values of a "
                 "variable",
                 "skipped 1 value that does not fit its variable's type: x",
                 "skipped 1 case that refers to no imported text source",
                 "made 1 set from a case of several documents: Anna",
                 "left out 1 code or note member of sets (Kodierwerk's sets hold documents)",
                 "skipped 1 set with no imported text source: Bilder",
                 "imported 5 variables with 7 values", "imported 2 sets of documents"):
        assert line in details, line
    with Project.open(tmp_path / "new.qda") as p:
        values = {d.name: {v.name: v.value for v in p.variables(d.uuid) if v.value is not None}
                  for d in p.documents()}
        assert values == {
            "Interview 1": {"Alter": 34, "Raucher": True},
            "Interview 2": {"Region": "Thüringen", "Termin": "2024-03-12T10:00:00Z"},
            "Interview 3": {"Region": "Thüringen", "Termin": "2024-03-12T10:00:00Z"},
            "Interview 4": {"Datum": date(2024, 4, 2)}}
        sets = {s.name: [d.name for d in p.set_members(s.uuid)] for s in p.sets()}
        assert sets == {"Anna": ["Interview 2", "Interview 3"],
                        "gender: female": ["Interview 1", "Interview 4"]}
        assert p.document_set("gender: female").condition is None  # "Gruppe" is no condition
