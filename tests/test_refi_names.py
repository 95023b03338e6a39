"""Shared code names before a REFI-QDA export: found, qualified in the file, never in the project;
and the small things an import report and a description must get right."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from qda_app import Project
from qda_app.exporters.options import ExportOptions
from qda_app.refi import ImportReport, export_qdc, import_codebook
from qda_app.refi.names import NameClash, name_clashes, qdc_warnings, unique_names


def names_in_file(path: Path) -> dict[str, str]:
    root = etree.parse(str(path)).getroot()
    return {c.get("guid"): c.get("name") for c in root.iter("{*}Code")}


def test_shared_names_are_qualified_with_their_parent(project: Project) -> None:
    for path in ("Schule/Sonstiges", "Arbeit/Sonstiges", "Sonstiges", "Arbeit/Sprache"):
        project.add_code(path)
    codes = project.codes()
    assert name_clashes(codes) == [NameClash("Sonstiges", ("Schule/Sonstiges",
                                                            "Arbeit/Sonstiges", "Sonstiges"))]
    renamed = {project.code(uuid).path: name for uuid, name in unique_names(codes).items()}
    assert renamed == {"Schule/Sonstiges": "Sonstiges (Schule)",
                       "Arbeit/Sonstiges": "Sonstiges (Arbeit)"}  # the top-level one keeps it


def test_more_of_the_path_when_the_parents_share_a_name_too(project: Project) -> None:
    for path in ("A/Schule/X", "B/Schule/X", "C/X"):
        project.add_code(path)
    renamed = {project.code(u).path: n for u, n in unique_names(project.codes()).items()}
    assert renamed == {"A/Schule": "Schule (A)", "B/Schule": "Schule (B)",  # a clash too
                       "A/Schule/X": "X (A / Schule)", "B/Schule/X": "X (B / Schule)",
                       "C/X": "X (C)"}


def test_a_qualified_name_another_code_has_already_is_not_taken(project: Project) -> None:
    for path in ("Schule/X", "Arbeit/X", "X (Schule)"):
        project.add_code(path)
    new = unique_names(project.codes())
    names = {c.name for c in project.codes() if c.uuid not in new} | set(new.values())
    assert len(names) == len(project.codes())  # every name in the file once
    assert "X (Schule)" not in new.values() and "X (Arbeit)" in new.values()


def test_a_category_and_a_code_may_share_a_name(project: Project) -> None:
    """QualCoder keeps categories and codes in two tables: "Schule" in "Schule" is fine."""
    project.add_code("Schule", codable=False)
    project.add_code("Schule/Schule")
    assert name_clashes(project.codes()) == []
    project.add_code("Arbeit/Schule", codable=False)
    assert name_clashes(project.codes()) == [NameClash("Schule", ("Schule", "Arbeit/Schule"),
                                                       category=True)]


def test_the_codebook_export_qualifies_in_the_file_only(project: Project,
                                                        tmp_path: Path) -> None:
    sonstiges = [project.add_code(p) for p in ("Schule/Sonstiges", "Arbeit/Sonstiges")]
    assert len(qdc_warnings(project, ExportOptions())) == 1
    assert qdc_warnings(project, ExportOptions(unique_names=True)) == []
    result = export_qdc(project, tmp_path / "cb.qdc", ExportOptions(unique_names=True))
    assert "2 code names qualified" in result.line()
    in_file = names_in_file(tmp_path / "cb.qdc")
    assert [in_file[c.uuid] for c in sonstiges] == ["Sonstiges (Schule)", "Sonstiges (Arbeit)"]
    assert [c.name for c in project.codes()].count("Sonstiges") == 2
    report = import_codebook(project, tmp_path / "cb.qdc")  # matched by GUID: nothing new
    assert report.codes == 0


def test_categories_go_out_and_come_back_as_categories(project: Project,
                                                       tmp_path: Path) -> None:
    project.add_code("Lernorte", codable=False)
    project.add_code("Lernorte/Schule")
    export_qdc(project, tmp_path / "cb.qdc")
    root = etree.parse(str(tmp_path / "cb.qdc")).getroot()
    assert [c.get("isCodable") for c in root.iter("{*}Code")] == ["false", "true"]
    with Project.create(tmp_path / "other.qda") as other:
        import_codebook(other, tmp_path / "cb.qdc")
        assert [(c.path, c.codable) for c in other.codes()] == [("Lernorte", False),
                                                                ("Lernorte/Schule", True)]


def test_a_second_codebook_import_reports_only_what_it_did(project: Project,
                                                           tmp_path: Path) -> None:
    qdc = tmp_path / "cb.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        '<Codes><Code guid="00000000-0000-4000-8000-000000000001" name="A/B" isCodable="true"'
        ' color="red"/></Codes></CodeBook>', encoding="utf-8")
    first = import_codebook(project, qdc)
    assert first.details() == ["renamed 1 code whose name contained '/' (now '∕'): A∕B",
                               "ignored 1 invalid colour: 'red'"]
    second = import_codebook(project, qdc)
    assert second.lines() == ["imported cb.qdc: 0 new codes, 1 code already there"]


def test_descriptions_lose_the_xml_indentation_not_their_lines(project: Project,
                                                               tmp_path: Path) -> None:
    qdc = tmp_path / "cb.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n'
        '  <Codes>\n    <Code guid="00000000-0000-4000-8000-000000000001" name="A" '
        'isCodable="true">\n      <Description>\n            Erste Zeile.\n'
        '              eingerückt\n\n            Dritte Zeile.\n        </Description>\n'
        '    </Code>\n  </Codes>\n</CodeBook>\n', encoding="utf-8")
    import_codebook(project, qdc)
    assert project.code("A").description == "Erste Zeile.\n  eingerückt\n\nDritte Zeile."


def test_report_lines_say_one_and_many_right() -> None:
    report = ImportReport("x.qdpx")
    rest = (" as plain text (its rich text is not imported)",
            " as plain text (their rich text is not imported)")
    report.tally("imported", "source", rest)
    report.tally("read", "text source", (" with its offsets in UTF-16", " with their offsets "
                                         "in UTF-16"), n=2)
    assert report.details() == [
        "imported 1 source as plain text (its rich text is not imported)",
        "read 2 text sources with their offsets in UTF-16"]
    report.tally("imported", "source", rest)
    assert report.details()[0] == ("imported 2 sources as plain text (their rich text is not "
                                   "imported)")
