"""REFI-QDA files QualCoder reads back whole, and a real QualCoder project through us and back.

``qualcoder_reading`` reads a ``.qdpx`` as QualCoder's import does (dated notes,
coding memos in the selection's ``Description``, categories apart from codes,
unique code names, users by GUID); the QualCoder sample was written by
QualCoder's own exporter (see ``tests/data/refi-samples/README.md``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from qda_app import Project
from qda_app.exporters.options import ExportOptions
from qda_app.refi import export_qdc, export_qdpx, import_codebook, import_qdpx
from qda_app.refi.xmlio import validation_errors

from .qualcoder_reading import read_like_qualcoder

SAMPLES = Path(__file__).resolve().parent / "data" / "refi-samples"
QUALCODER_PROJECT = SAMPLES / "qualcoder-4.0b_interview-project.qdpx"
QUALCODER_CODEBOOK = SAMPLES / "qualcoder-4.0b_interview-codebook.qdc"
TEXT = ("I: Wie war die Schule?\nB: In der Schule war vieles anders, die Arbeit im Betrieb "
        "auch. Sonst gab es wenig.\n")
UNIQUE = ExportOptions(unique_names=True)


def qde(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde"))


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.fixture
def team(project: Project) -> Project:
    """A category with codes, two codes named "Sonstiges", coding memos by two coders."""
    project.add_code("Lernorte", codable=False)
    for path in ("Lernorte/Schule", "Lernorte/Schule/Sonstiges", "Lernorte/Arbeit",
                 "Lernorte/Arbeit/Sonstiges"):
        project.add_code(path)
    project.add_document("Interview 1", TEXT)
    project.add_coding("Interview 1", "Lernorte/Schule", *span("In der Schule"),
                       memo="Schule als Ort\nzweite Zeile")
    project.add_coding("Interview 1", "Lernorte/Arbeit/Sonstiges", *span("im Betrieb"),
                       coder="Ben", memo="Betrieb")
    project.add_coding("Interview 1", "Lernorte/Schule/Sonstiges", *span("wenig"))
    project.add_memo("Was auffällt", "Beobachtung")
    return project


def test_qualcoder_reads_our_qdpx_whole(team: Project, tmp_path: Path) -> None:
    out = tmp_path / "team.qdpx"
    export_qdpx(team, out, UNIQUE)
    assert validation_errors(qde(out), "project") == []
    qc = read_like_qualcoder(out)
    assert qc.crashes == []  # every note has its date
    assert qc.categories == {"Lernorte"}
    assert set(qc.codes) == {"Schule", "Arbeit", "Sonstiges (Schule)", "Sonstiges (Arbeit)"}
    assert sorted((c.code, c.user, c.memo, c.text) for c in qc.codings) == [
        ("Schule", "Tester", "Schule als Ort\nzweite Zeile", "In der Schule"),
        ("Sonstiges (Arbeit)", "Ben", "Betrieb", "im Betrieb"),
        ("Sonstiges (Schule)", "Tester", "", "wenig"),
    ]
    assert [c.path for c in team.codes()][-1] == "Lernorte/Arbeit/Sonstiges"  # not renamed


def test_every_note_is_dated_and_its_user_is_a_user(team: Project, tmp_path: Path) -> None:
    out = tmp_path / "team.qdpx"
    export_qdpx(team, out)
    root = qde(out)
    users = {u.get("guid") for u in root.iter("{*}User")}
    notes = list(root.iter("{*}Note"))
    assert len(notes) == 3  # two coding memos, one project memo
    assert all(n.get("creationDateTime") and n.get("modifiedDateTime") for n in notes)
    coding_notes = [n for n in notes if n.get("creatingUser")]
    assert len(coding_notes) == 2 and {n.get("creatingUser") for n in coding_notes} <= users
    referenced = {a for el in root.iter() for k, a in el.attrib.items()
                  if k in ("creatingUser", "modifyingUser")}
    assert referenced <= users


def test_without_unique_names_qualcoder_loses_a_coding_and_we_say_so(
        team: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from qda_app.cli.main import main

    out = tmp_path / "team.qdpx"
    assert main(["export", "qdpx", team.location, str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["warning: 2 codes are named 'Sonstiges' (Lernorte/Schule/Sonstiges, "
                   "Lernorte/Arbeit/Sonstiges); QualCoder needs unique code names and would "
                   "take them for one (--unique-names qualifies them in the file)"]
    lost = [c.text for c in read_like_qualcoder(out).codings if c.code is None]
    assert lost == ["im Betrieb"]  # the second "Sonstiges" is refused there
    assert main(["export", "qdpx", team.location, str(out), "--force", "--unique-names"]) == 0
    assert capsys.readouterr().err == ""
    assert all(c.code for c in read_like_qualcoder(out).codings)


def test_our_own_file_comes_back_with_each_memo_once(team: Project, tmp_path: Path) -> None:
    out = tmp_path / "team.qdpx"
    export_qdpx(team, out)
    root = qde(out)
    described = [el for el in root.iter("{*}PlainTextSelection")
                 if el.find("{*}Description") is not None]
    assert len(described) == 2 and all(el.find("{*}NoteRef") is not None for el in described)
    import_qdpx(out, tmp_path / "back.qda")
    with Project.open(tmp_path / "back.qda") as back:
        assert sorted((s.code, s.memo or "") for s in back.segments()) == sorted(
            (s.code, s.memo or "") for s in team.segments())
        assert [(c.path, c.codable) for c in back.codes()] == [
            (c.path, c.codable) for c in team.codes()]


def test_a_category_with_codings_is_warned_of(team: Project, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from qda_app.cli.main import main

    team.set_codable("Lernorte/Schule", False)
    assert main(["export", "qdpx", team.location, str(tmp_path / "t.qdpx"),
                 "--unique-names"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "warning: the category 'Lernorte/Schule' has 1 coding of its own; QualCoder drops "
        "codings of a category (make it a code to keep them)"]
    assert main(["export", "qdc", team.location, str(tmp_path / "t.qdc"),
                 "--unique-names"]) == 0
    assert capsys.readouterr().err == ""  # a codebook has no codings


def test_a_real_qualcoder_project_through_us_and_back(tmp_path: Path) -> None:
    report = import_qdpx(QUALCODER_PROJECT, tmp_path / "qc.qda")
    assert "13 codes (4 of them categories), 2 coders, 12 codings" in report.summary()
    with Project.open(tmp_path / "qc.qda") as qc:
        categories = [c.path for c in qc.codes() if not c.codable]
        assert categories == ["Arbeit", "Arbeit/Hürden", "Schule", "Ressourcen"]
        assert {"Arbeit/Arbeit", "Schule/Schule", "Schule/Lehrkräfte/Unterstützung"} <= {
            c.path for c in qc.codes() if c.codable}
        segments = qc.segments()
        assert len(segments) == report.codings == 12
        memos = {s.text: s.memo for s in segments if s.memo}
        assert memos == {"die Sprache das Schwierigste": "Sprache als erste Hürde",
                         "Der Betrieb hat mich unterstützt": "Betrieb als Ressource\n"
                                                             "zweite Zeile",
                         "nach dem Unterricht mit mir geübt": "Förderung",
                         "Für Geflüchtete war das ein großes Problem — 🙁": "Emoji am Ende"}
        out = tmp_path / "again.qdpx"
        export_qdpx(qc, out, UNIQUE)
        assert validation_errors(qde(out), "project") == []
    again = read_like_qualcoder(out)
    original = read_like_qualcoder(QUALCODER_PROJECT)
    assert again.crashes == [] and again.categories == original.categories
    assert set(again.codes) == set(original.codes)  # no name had to be qualified
    shape = sorted((c.code, c.user, c.memo, c.text) for c in original.codings)
    assert all(c.code for c in original.codings)
    assert sorted((c.code, c.user, c.memo, c.text) for c in again.codings) == shape


def test_a_real_qualcoder_codebook_keeps_its_categories(project: Project,
                                                        tmp_path: Path) -> None:
    report = import_codebook(project, QUALCODER_CODEBOOK)
    assert report.codes == 13
    assert [c.path for c in project.codes() if not c.codable] == [
        "Arbeit", "Arbeit/Hürden", "Schule", "Ressourcen"]
    export_qdc(project, tmp_path / "again.qdc")
    root = etree.parse(str(tmp_path / "again.qdc")).getroot()
    assert validation_errors(root, "codebook") == []
    assert sorted(c.get("name") for c in root.iter("{*}Code")
                  if c.get("isCodable") == "false") == ["Arbeit", "Hürden", "Ressourcen",
                                                        "Schule"]
