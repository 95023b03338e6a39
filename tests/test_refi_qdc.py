"""REFI-QDA codebook exchange (.qdc): export validates, import merges without duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from qda_app import Project
from qda_app.errors import ImportFormatError, QdaError
from qda_app.exporters.options import ExportOptions
from qda_app.files import ExportCancelled
from qda_app.refi import export_qdc, import_codebook
from qda_app.refi.xmlio import validation_errors

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "refi-samples"
QUALCODER = SAMPLES / "qualcoder-3.8.2_codebook.qdc"
TAGUETTE = SAMPLES / "taguette-1.4.1_codebook.qdc"
XSD = ROOT / "resources" / "refi" / "Codebook.xsd"

needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="tests/data/refi-samples missing")


def tree(project: Project) -> list[tuple[str, str, str, str]]:
    return [(c.uuid, c.path, c.color, c.description) for c in project.codes()]


def official_validate(path: Path) -> None:
    """Validate with the official XSD file itself, independent of our loader."""
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log


def test_export_validates_and_keeps_the_tree(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    result = export_qdc(sample, out)
    official_validate(out)
    assert result.codes == len(sample.codes())
    with Project.create(tmp_path / "new.qda") as fresh:
        report = import_codebook(fresh, out)
        assert tree(fresh) == tree(sample)
        assert report.codes == len(sample.codes()) and report.matched_codes == 0


def test_export_writes_strict_xml(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    export_qdc(sample, out)
    data = out.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    root = etree.fromstring(data)
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert root.get("origin", "").startswith("Kodierwerk")
    assert {c.get("isCodable") for c in root.iter("{*}Code")} == {"true"}


def test_importing_twice_adds_nothing(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    export_qdc(sample, out)
    before = tree(sample)
    report = import_codebook(sample, out)
    assert tree(sample) == before
    assert report.codes == 0 and report.matched_codes == len(before)


def test_import_matches_by_guid_after_a_rename(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    export_qdc(sample, out)
    first = sample.codes()[0]
    sample.rename_code(first, "Umbenannt")
    before = tree(sample)
    import_codebook(sample, out)
    assert tree(sample) == before  # the renamed code was recognised by its GUID


def test_import_matches_by_path_ignoring_case(project: Project, tmp_path: Path) -> None:
    project.add_code("Arbeit/Sprache", "#112233")
    other = tmp_path / "other.qda"
    with Project.create(other) as p:
        p.add_code("arbeit/SPRACHE/Kurse", "#445566", "Deutschkurse")
        export_qdc(p, tmp_path / "other.qdc")
    report = import_codebook(project, tmp_path / "other.qdc")
    assert [c.path for c in project.codes()] == ["Arbeit", "Arbeit/Sprache",
                                                 "Arbeit/Sprache/Kurse"]
    assert project.code("Arbeit/Sprache").color == "#112233"  # ours is kept as it was
    assert project.code("Arbeit/Sprache/Kurse").description == "Deutschkurse"
    assert (report.codes, report.matched_codes) == (1, 2)


@needs_samples
def test_qualcoder_codebook(project: Project) -> None:
    report = import_codebook(project, QUALCODER)
    codes = {c.path: c for c in project.codes()}
    assert len(codes) == 38
    # "/" is our path separator: the name keeps its look with U+2215
    assert "Unsubstantive\u2215Artifact" in codes
    assert any("'/'" in line and "Unsubstantive\u2215Artifact" in line
               for line in report.details())
    assert "Ünïcøde & <angle> \"quoted\" — 教师" in codes
    fidelity = codes["Implementation Quality/Curriculum fidelity"]
    assert fidelity.color == "#a3bea5"
    assert fidelity.description == ("Teacher follows the published sequence.\n"
                                    "Second line, after a hard break.")
    assert fidelity.uuid == "4d1ebd54-13f8-4da1-9a17-026e2aefc288"


@needs_samples
def test_taguette_codebook_with_invalid_empty_sets(project: Project) -> None:
    report = import_codebook(project, TAGUETTE)
    assert [c.name for c in project.codes()] == ["interesting", "Scarcity", "public opinion"]
    assert project.codes()[0].uuid == "0d62985d-b147-5d01-a9b5-cae5dcd98342"  # was UPPERCASE
    assert report.codes == 3


def _qdc(body: str, namespace: str = "urn:QDA-XML:codebook:1.0") -> bytes:
    ns = f' xmlns="{namespace}"' if namespace else ""
    return f'<?xml version="1.0" encoding="utf-8"?><CodeBook{ns}><Codes>{body}</Codes></CodeBook>'\
        .encode()


CODE_A = '<Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="A" isCodable="true"/>'


@pytest.mark.parametrize("namespace", ["urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4",
                                       ""])
def test_namespace_variants_are_read(project: Project, tmp_path: Path, namespace: str) -> None:
    path = tmp_path / "x.qdc"
    path.write_bytes(_qdc(CODE_A, namespace))
    import_codebook(project, path)
    assert [(c.name, c.uuid) for c in project.codes()] == [
        ("A", "aaaaaaaa-0000-4000-8000-000000000001")]


def test_sibling_names_are_made_unique(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "x.qdc"
    path.write_bytes(_qdc(
        '<Code guid="00000000-0000-4000-8000-000000000001" name="Angst" isCodable="true"/>'
        '<Code guid="00000000-0000-4000-8000-000000000002" name="angst" isCodable="true"'
        ' color="#abc"/>'))
    report = import_codebook(project, path)
    assert [(c.name, c.color) for c in project.codes()][1] == ("angst (2)", "#aabbcc")
    assert any("angst (2)" in line for line in report.details())


@pytest.mark.parametrize(("data", "message"), [
    (b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes>", "broken XML"),
    (b"<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>", "not a REFI-QDA CodeBook"),
    (b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes/></CodeBook>", "contains no codes"),
    (b"PK\x03\x04rest", "zip archive"),
    (b"", "broken XML"),
])
def test_bad_codebooks_change_nothing(project: Project, tmp_path: Path, data: bytes,
                                      message: str) -> None:
    project.add_code("Vorher")
    path = tmp_path / "bad.qdc"
    path.write_bytes(data)
    with pytest.raises(ImportFormatError) as info:
        import_codebook(project, path)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert [c.path for c in project.codes()] == ["Vorher"]


def test_export_refuses_an_empty_code_system_and_existing_files(project: Project,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    with pytest.raises(QdaError, match="no codes"):
        export_qdc(project, out)
    assert not out.exists()
    project.add_code("A")
    out.write_text("keep me")
    with pytest.raises(QdaError, match="exists already"):
        export_qdc(project, out)
    assert out.read_text() == "keep me"
    export_qdc(project, out, ExportOptions(force=True))
    assert validation_errors(etree.parse(str(out)), "codebook") == []


def test_cancel_leaves_no_file(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    with pytest.raises(ExportCancelled):
        export_qdc(sample, out, ExportOptions(progress=lambda done, total: False))
    assert list(tmp_path.glob("*.qdc*")) == []


def _codebook_of(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "many.qdc"
    path.write_bytes(_qdc("".join(
        f'<Code guid="00000000-0000-4000-8000-{i:012d}" name="Code {i}" isCodable="true">'
        f'<Code guid="00000000-0000-4000-9000-{i:012d}" name="Sub" isCodable="true"/></Code>'
        for i in range(n))))
    return path


def test_a_codebook_import_refreshes_the_views_once(project: Project, tmp_path: Path) -> None:
    heard: list[object] = []
    project.subscribe(heard.append)
    report = import_codebook(project, _codebook_of(tmp_path, 20))
    assert report.codes == 40 and len(project.codes()) == 40
    assert len(heard) == 1  # every view reloads on a change: once, not 40 times


def test_a_codebook_import_failing_halfway_adds_no_code(project: Project, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from qda_app.storage import codes as code_store

    real_add, calls = code_store.add_code, []

    def add_until_the_disk_is_full(*args: object, **kwargs: object) -> str:
        calls.append(args)
        if len(calls) == 7:
            raise QdaError("could not write test.qda: disk full")
        return real_add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(code_store, "add_code", add_until_the_disk_is_full)
    project.add_code("Vorher")
    with pytest.raises(QdaError, match="disk full"):
        import_codebook(project, _codebook_of(tmp_path, 20))
    assert [c.path for c in project.codes()] == ["Vorher"]
