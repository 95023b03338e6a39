"""Agreement on a real project: choosing what to compare, exports and the command line."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn

from qda_app import Project
from qda_app.errors import CodeNotFound, CoderNotFound, DocumentNotFound, QdaError
from qda_app.files import ExportCancelled
from qda_app.records import CodingSpan
from qda_app.team.agreement import CodeRef, DocumentRef, compute_agreement
from qda_app.team.agreement_export import export, export_statistics_csv
from qda_app.team.agreement_input import measure_agreement
from qda_app.team.agreement_report import to_dict

from .conftest import Place

TEXT = ("I: Wie war die Arbeit?\n"
        "B: Die Arbeit war hart, die Sprache fehlte mir am Anfang sehr.\n"
        "I: Und heute?\n"
        "B: Heute spreche ich gut Deutsch und arbeite als Pflegekraft.\n")


def write_team(path: Path) -> None:
    with Project.create(path) as p:
        doc = p.add_document("Interview 1", TEXT)
        p.add_document("Interview 2", "B: Niemand hat das kodiert.\n")
        for code in ("Arbeit", "Sprache", "Wohnen"):
            p.add_code(code)
        work, lang = TEXT.index("Die Arbeit war hart"), TEXT.index("die Sprache fehlte")
        p.add_coding(doc, "Arbeit", work, work + 19, coder="Anna")
        p.add_coding(doc, "Arbeit", work, work + 19, coder="Ben")
        p.add_coding(doc, "Sprache", lang, lang + 37, coder="Anna")
        p.add_coding(doc, "Sprache", lang, lang + 18, coder="Ben")  # half: a disagreement
        p.add_coding(doc, "Arbeit", TEXT.index("arbeite als"), len(TEXT) - 2, coder="Anna")


@pytest.fixture
def team(place: Place) -> Path:
    """Two coders, Anna and Ben, who agree on one coding and disagree on two."""
    return place(write_team, "team.qda")


def test_defaults_compare_what_the_coders_touched(team: Path) -> None:
    with Project.open(team) as p:
        r = measure_agreement(p, ["Anna", "Ben"])
    assert [d.name for d in r.documents] == ["Interview 1"]
    assert [c.path for c in r.codes] == ["Arbeit", "Sprache"]
    assert r.character.overall.units == 2 * len(TEXT)
    seg = r.segment.per_code["Arbeit"]
    assert (seg.agreements, seg.disagreements) == (2, 1)


def test_explicit_documents_and_codes_are_compared_even_if_nobody_coded_them(
        team: Path) -> None:
    with Project.open(team) as p:
        r = measure_agreement(p, ["Anna", "Ben"], documents=["Interview 1", "Interview 2"],
                        codes=["Arbeit", "Sprache", "wohnen"])
    assert [c.path for c in r.codes] == ["Arbeit", "Sprache", "Wohnen"]
    assert r.character.overall.units == 3 * (len(TEXT) + 28)
    wohnen = r.character.per_code["Wohnen"]
    assert wohnen.percent_agreement == 100.0 and wohnen.kappa is None and wohnen.note
    # three codes in the analysis: chance agreement 1/3 for Brennan & Prediger
    overall = r.segment.overall
    p_o = overall.agreements / (overall.agreements + overall.disagreements)
    assert overall.kappa_bp == pytest.approx((p_o - 1 / 3) / (2 / 3))


def test_documents_are_chosen_by_name_uuid_or_record_in_project_order(team: Path) -> None:
    with Project.open(team) as p:
        first, second = p.documents()
        r = measure_agreement(p, ["Anna", "Ben"], documents=[
            f"{{{second.uuid.upper()}}}", first, "Interview 2"])
    assert [d.name for d in r.documents] == ["Interview 1", "Interview 2"]


def test_the_disagreement_list_points_into_the_real_text(team: Path) -> None:
    with Project.open(team) as p:
        r = measure_agreement(p, ["Anna", "Ben"])
        doc = p.document("Interview 1")
    assert [(d.code, d.kind) for d in r.disagreements] == [
        ("Sprache", "boundaries differ"), ("Arbeit", "not coded by Ben")]
    first = r.disagreements[0]
    assert first.document_uuid == doc.uuid
    assert first.text == doc.text[first.start:first.end] == "die Sprache fehlte mir am Anfang sehr"
    with Project.open(team) as p:
        anna = p.coding(first.of("Anna")[0].uuid)
    assert (anna.start, anna.end) == (first.start, first.end)


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"coders": ["Anna", "Carla"]}, CoderNotFound, "no coder 'Carla' in this project "
                                                   "(coders: Anna, Ben)"),
    ({"coders": ["Anna"]}, QdaError, "at least two different coders"),
    ({"coders": ["Anna", "Ben"], "documents": ["Interview 9"]}, DocumentNotFound,
     "no document 'Interview 9'"),
    ({"coders": ["Anna", "Ben"], "codes": ["Familie"]}, CodeNotFound, "no code 'Familie'"),
    ({"coders": ["Anna", "Ben"], "overlap": 0}, QdaError, "overlap must be a percentage"),
])
def test_bad_choices_are_clear_errors(team: Path, kwargs: dict[str, object],
                                      error: type[Exception], message: str) -> None:
    with Project.open(team) as p, pytest.raises(error, match=message.replace("(", r"\(")
                                                .replace(")", r"\)")):
        measure_agreement(p, **kwargs)  # type: ignore[arg-type]


def test_word_export_has_the_statistics_tables_and_the_disagreement_list(
        team: Path, tmp_path: Path) -> None:
    with Project.open(team) as p:
        r = measure_agreement(p, ["Anna", "Ben"])
    out = export(r, tmp_path / "agreement.docx")
    word = WordDocument(str(out))
    tables = word.tables
    assert len(tables) == 5
    segment = [[c.text for c in row.cells] for row in tables[0].rows]
    assert segment[0][:3] == ["Code", "codings Anna", "codings Ben"]
    assert segment[-1][0] == "All codes" and segment[-1][3:6] == ["2", "3", "40.0"]
    listed = [[c.text for c in row.cells] for row in tables[4].rows]
    assert listed[0] == ["Document", "Position", "Code", "Difference", "Text", "Anna", "Ben"]
    assert listed[1][2:5] == ["Sprache", "boundaries differ",
                              "die Sprache fehlte mir am Anfang sehr"]
    assert listed[2][6] == "—"
    with pytest.raises(QdaError, match="exists already"):
        export(r, out)


def test_word_export_keeps_odd_text_visible_in_a_landscape_document(tmp_path: Path) -> None:
    from docx.enum.section import WD_ORIENT

    text = "Zeile eins\x0bmit Steuerzeichen\nZeile zwei\tmit Tab"
    doc = DocumentRef("d", "Protokoll", len(text))
    only_anna = [CodingSpan("a", "d", "k", "Anna", 0, len(text))]
    r = compute_agreement(["Anna", "Ben"], [doc], [CodeRef("k", "Code")], only_anna, 90,
                          {"d": text}.get)
    word = WordDocument(str(export(r, tmp_path / "odd.docx")))
    assert word.sections[0].orientation == WD_ORIENT.LANDSCAPE
    cell = word.tables[4].rows[1].cells[4]
    # a character XML cannot hold becomes U+FFFD, as in the other Word exports, not nothing
    assert cell.text == "Zeile eins\ufffdmit Steuerzeichen\nZeile zwei\tmit Tab"
    # python-docx has no property for "repeat as header row": read the body's XML
    header = word.element.body.findall(qn("w:tbl"))[4].find(qn("w:tr"))
    assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_export_checks_the_file_name_before_the_work(team: Path, tmp_path: Path) -> None:
    with Project.open(team) as p:
        r = measure_agreement(p, ["Anna", "Ben"])
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return True

    existing = tmp_path / "old.docx"
    existing.write_bytes(b"old")
    with pytest.raises(QdaError, match="exists already; use --force"):
        export(r, existing, progress=progress)
    with pytest.raises(QdaError, match=r"the agreement export cannot write \.pdf"):
        export(r, tmp_path / "agreement.pdf", progress=progress)
    with pytest.raises(QdaError, match="does not exist"):
        export(r, tmp_path / "nowhere" / "a.csv", progress=progress)
    assert calls == [] and existing.read_bytes() == b"old"


def test_csv_exports_and_cancel(team: Path, tmp_path: Path) -> None:
    with Project.open(team) as p:
        r = measure_agreement(p, ["Anna", "Ben"])
    export(r, tmp_path / "places.csv")
    with (tmp_path / "places.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["code"] == "Sprache"
    assert rows[1]["Ben"] == "—" and rows[1]["Anna"].endswith("(unmatched)")
    export_statistics_csv(r, tmp_path / "stats.csv", delimiter="semicolon")
    with (tmp_path / "stats.csv").open(encoding="utf-8-sig", newline="") as fh:
        stats = list(csv.DictReader(fh, delimiter=";"))
    overall = next(row for row in stats if row["level"] == "segment"
                   and row["code"] == "All codes")
    assert (overall["codings Anna"], overall["agreements"], overall["disagreements"],
            overall["% agreement"]) == ("3", "2", "3", "40.0")
    alpha = next(row for row in stats if row["level"] == "alpha" and row["code"] == "Arbeit")
    assert alpha["alpha"] == f"{r.alpha.per_code['Arbeit'].value:.3f}"
    assert [row["level"] for row in stats].count("character") == 3
    with pytest.raises(ExportCancelled):
        export(r, tmp_path / "cancel.docx", progress=lambda done, total: False)
    assert not (tmp_path / "cancel.docx").exists()
    assert sorted(f.name for f in tmp_path.iterdir() if f.suffix != ".qda") == [
        "places.csv", "stats.csv"]


def test_sample_project_agreement_is_complete(sample: Project) -> None:
    coders = [c.name for c in sample.coders() if c.name != "Tester"][:2]
    r = measure_agreement(sample, coders)
    data = to_dict(r)
    json.dumps(data, allow_nan=False)
    assert data["segment"]["overall"]["agreements"] + data["segment"]["overall"][
        "disagreements"] == len(sample.segments(coder=coders))


def _qda(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qda_app.cli.main", *args],
                          capture_output=True, text=True, check=False)


def test_cli_agreement_json_text_and_export(team: Path, tmp_path: Path) -> None:
    done = _qda("agreement", str(team), "--coders", "Anna,Ben", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["coders"] == ["Anna", "Ben"] and data["overlap"] == 90
    assert data["segment"]["overall"]["agreements"] == 2
    out = tmp_path / "report.docx"
    text = _qda("agreement", str(team), "--coders", "Anna,Ben", "--doc", "Interview 1",
                "--code", "Arbeit", "Sprache", "--overlap", "50", "--list", "--out", str(out))
    assert text.returncode == 0, text.stderr
    assert "Segment level: Anna and Ben, overlap ≥ 50 %" in text.stdout
    assert "Interview 1" in text.stdout and f"wrote {out}" in text.stdout
    assert out.exists()


def test_cli_agreement_loads_python_docx_only_to_write_a_file(team: Path, tmp_path: Path
                                                             ) -> None:
    script = ("import sys; from qda_app.cli.main import main; code = main(sys.argv[1:]); "
              "print('docx loaded' if 'docx' in sys.modules else 'no docx'); sys.exit(code)")

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-c", script, "agreement", str(team),
                               "--coders", "Anna,Ben", *args],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()[-1]

    assert run() == "no docx"  # printing the tables is quick to start
    assert run("--out", str(tmp_path / "a.docx")) == "docx loaded"


def test_cli_agreement_errors_are_one_line(team: Path, tmp_path: Path) -> None:
    bad = _qda("agreement", str(team), "--coders", "Anna,Carla")
    assert bad.returncode == 1 and bad.stderr == (
        "error: no coder 'Carla' in this project (coders: Anna, Ben)\n")
    existing = tmp_path / "old.docx"
    existing.write_bytes(b"old")
    # the file name is checked before the project is even read
    taken = _qda("agreement", str(team), "--coders", "Anna,Carla", "--out", str(existing))
    assert taken.returncode == 1 and taken.stderr == (
        f"error: {existing} exists already; use --force to overwrite it\n")
    usage = _qda("agreement", str(team))
    assert usage.returncode == 2
