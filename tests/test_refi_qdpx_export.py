"""REFI-QDA project export (.qdpx): valid, strict, and a lossless round trip."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from qda_app import CodingSpec, Project
from qda_app.errors import QdaError
from qda_app.exporters.options import ExportOptions
from qda_app.files import ExportCancelled
from qda_app.refi import export_qdpx, import_qdpx
from qda_app.refi.values import parse_datetime
from qda_app.timestamps import utc_timestamp

from .conftest import ProjectCopy, write_empty

ROOT = Path(__file__).resolve().parent.parent
XSD = ROOT / "resources" / "refi" / "Project-mrt2019.xsd"
NS = "{urn:QDA-XML:project:1.0}"


def snapshot(p: Project) -> dict[str, object]:
    """Everything a round trip must keep (creation times only to the second)."""
    return {
        "documents": sorted((d.uuid, d.name, p.document(d.uuid).text) for d in p.documents()),
        "codes": [(c.uuid, c.path, c.color, c.description) for c in p.codes()],
        "coders": sorted((c.uuid, c.name) for c in p.coders()),
        "codings": sorted((s.uuid, s.document_uuid, s.code_uuid, s.coder_uuid, s.start, s.end,
                           s.text, s.memo, s.created.replace(microsecond=0))
                          for s in p.segments()),
        "memos": sorted((m.uuid, m.title, m.text, m.document_uuid, m.code_uuid)
                        for m in p.memos()),
    }


def round_trip(p: Project, tmp_path: Path) -> Project:
    out = tmp_path / "out.qdpx"
    export_qdpx(p, out)
    import_qdpx(out, tmp_path / "back.qda")
    return Project.open(tmp_path / "back.qda")


def qde_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde"))


def test_sample_export_validates_and_has_the_strict_layout(sample: Project,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "sample.qdpx"
    result = export_qdpx(sample, out)
    with zipfile.ZipFile(out) as zf:
        names = sorted(zf.namelist())
        qde = zf.read("project.qde")
        texts = {n: zf.read(n) for n in names if n.startswith("sources/")}
    doc = sample.documents()[0]
    assert names == ["project.qde", f"sources/{doc.uuid}.txt"]
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.fromstring(qde)), schema.error_log
    text = texts[f"sources/{doc.uuid}.txt"]
    assert not text.startswith(b"\xef\xbb\xbf") and b"\r" not in text
    assert text.decode("utf-8") == sample.document(doc.uuid).text
    assert result.codings == len(sample.segments()) and result.documents == 1


def test_sample_round_trip_keeps_everything(sample: Project, tmp_path: Path) -> None:
    sample.update_coding(sample.segments()[0], memo="Wichtig für Kapitel 3")
    sample.add_memo("Erste Eindrücke", "Projekt")
    with round_trip(sample, tmp_path) as back:
        assert snapshot(back) == snapshot(sample)


def test_umlauts_and_emoji_before_a_coding(project: Project, tmp_path: Path) -> None:
    text = "Grüße aus Köln 😀👍🏽 – und dann: Übermäßig schön.\nZweite Zeile 🎉 Ende."
    doc = project.add_document("Interview Ö", text)
    project.add_code("Gefühl")
    start = text.index("Übermäßig")
    coding = project.add_coding(doc, "Gefühl", start, start + len("Übermäßig schön"))
    out = tmp_path / "emoji.qdpx"
    export_qdpx(project, out)
    sel = qde_of(out).find(f".//{NS}PlainTextSelection")
    assert sel is not None
    # positions are code points into the stored text, end exclusive
    assert (int(sel.get("startPosition")), int(sel.get("endPosition"))) == (
        coding.start, coding.end)
    with round_trip(project, tmp_path) as back:
        [seg] = back.segments()
        assert (seg.uuid, seg.start, seg.end, seg.text) == (
            coding.uuid, coding.start, coding.end, "Übermäßig schön")


def test_memos_become_notes_with_references(project: Project, tmp_path: Path) -> None:
    doc = project.add_document("D", "Ein Text über Arbeit.")
    code = project.add_code("Arbeit")
    project.add_coding(doc, code, 14, 20, memo="Kodiermemo")
    project.add_memo("Projekt", "P")
    project.add_memo("Dokument", "D", document=doc)
    project.add_memo("Code", "C", code=code)
    out = tmp_path / "memos.qdpx"
    export_qdpx(project, out)
    root = qde_of(out)
    notes = {n.get("guid"): n.findtext(f"{NS}PlainTextContent")
             for n in root.iter(f"{NS}Note")}
    refs = {
        "project": [r.get("targetGUID") for r in root.findall(f"{NS}NoteRef")],
        "source": [r.get("targetGUID") for r in root.findall(f".//{NS}TextSource/{NS}NoteRef")],
        "code": [r.get("targetGUID") for r in root.findall(f".//{NS}Code/{NS}NoteRef")],
        "selection": [r.get("targetGUID")
                      for r in root.findall(f".//{NS}PlainTextSelection/{NS}NoteRef")],
    }
    assert {k: [notes[g] for g in v] for k, v in refs.items()} == {
        "project": ["Projekt"], "source": ["Dokument"], "code": ["Code"],
        "selection": ["Kodiermemo"]}


def test_dates_are_utc_with_z(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "dates.qdpx"
    export_qdpx(sample, out)
    stamps = [v for el in qde_of(out).iter() for k, v in el.attrib.items()
              if k.endswith("DateTime")]
    assert stamps and all(s.endswith("Z") and "T" in s for s in stamps)


def test_naive_and_aware_times_are_stamped_alike() -> None:
    """The project stores naive UTC; a zoned time is moved to UTC (Word's w:date too)."""
    naive = datetime(2024, 3, 1, 10, 0, 5, 999999)
    berlin = datetime(2024, 3, 1, 11, 0, 5, tzinfo=timezone(timedelta(hours=1)))
    assert utc_timestamp(naive) == utc_timestamp(berlin) == "2024-03-01T10:00:05Z"
    assert parse_datetime(utc_timestamp(naive)) == naive.replace(microsecond=0,
                                                               tzinfo=timezone.utc)


def test_existing_file_needs_force_and_cancel_writes_nothing(sample: Project,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "x.qdpx"
    out.write_bytes(b"old")
    with pytest.raises(QdaError, match="exists already"):
        export_qdpx(sample, out)
    with pytest.raises(ExportCancelled):
        export_qdpx(sample, out, ExportOptions(force=True,
                                              progress=lambda done, total: done == 0))
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if "qdpx" in p.name] == ["x.qdpx"]
    calls: list[tuple[int, int]] = []
    export_qdpx(sample, out, ExportOptions(
        force=True, progress=lambda d, t: calls.append((d, t)) or True))
    assert zipfile.is_zipfile(out) and calls[-1][0] == calls[-1][1]


def test_empty_project_exports_a_valid_file(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "empty.qdpx"
    export_qdpx(project, out)
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(qde_of(out))


def test_control_characters_in_memos_do_not_break_the_export(project: Project,
                                                            tmp_path: Path) -> None:
    project.add_code("A", description="aus Word\x0bmit Tabstopp\x07")
    project.add_memo("Zeile\x0bZeile", "Memo\x01")
    out = tmp_path / "ctl.qdpx"
    export_qdpx(project, out)
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(qde_of(out))


ALPHABET = st.sampled_from([*"aäöüßÄÖÜ .,\n", "😀", "👍🏽", "教", "\u0301"])


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, min_size=5, max_size=80).map("".join), st.data())
def test_any_text_and_span_survives_the_round_trip(tmp_path_factory: pytest.TempPathFactory,
                                                   project_copy: ProjectCopy,
                                                   text: str, data: st.DataObject) -> None:
    assume(text.strip())  # a document of blanks only is refused as empty
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    folder = tmp_path_factory.mktemp("rt")
    with Project.open(project_copy(write_empty, folder / "p.qda")) as p:
        p.add_document("T", text)
        p.add_code("K")
        p.add_codings([CodingSpec("T", "K", start, end, coder="Ana")])
        with round_trip(p, folder) as back:
            [seg] = back.segments()
            assert (seg.start, seg.end, seg.text) == (start, end, text[start:end])
            assert back.document(seg.document_uuid).text == text
