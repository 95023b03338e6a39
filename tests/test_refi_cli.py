"""``qda export qdc|qdpx``, ``qda import-codebook`` and ``qda import-qdpx``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main

SAMPLES = Path(__file__).resolve().parent / "data" / "refi-samples"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_import_round_trip(sample_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    qdpx, qdc, new = tmp_path / "s.qdpx", tmp_path / "s.qdc", tmp_path / "new.qda"
    code, out, _ = run(capsys, "export", "qdpx", str(sample_path), str(qdpx))
    assert code == 0 and out.startswith(f"wrote {qdpx} (1 document, ")
    assert zipfile.is_zipfile(qdpx)
    code, out, _ = run(capsys, "export", "qdc", str(sample_path), str(qdc))
    assert code == 0 and "codes)" in out
    code, out, _ = run(capsys, "import-qdpx", str(new), str(qdpx), "--title", "Zurück")
    assert code == 0 and out.startswith("imported s.qdpx: 1 document, ")
    with Project.open(new) as back, Project.open(sample_path) as original:
        assert back.title == "Zurück"
        assert [s.uuid for s in back.segments()] == [s.uuid for s in original.segments()]
    code, out, _ = run(capsys, "import-codebook", str(new), str(qdc))
    assert code == 0 and "0 new codes" in out  # every code was there already


def test_existing_outputs_need_force(sample_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "s.qdc"
    out_file.write_text("old")
    code, _, err = run(capsys, "export", "qdc", str(sample_path), str(out_file))
    assert code == 1 and err.startswith("error: ") and "--force" in err
    assert err.count("\n") == 1 and out_file.read_text() == "old"
    code, _, _ = run(capsys, "export", "qdc", str(sample_path), str(out_file), "--force")
    assert code == 0 and out_file.read_text().startswith("<?xml")


@pytest.mark.parametrize(("kind", "name", "suffix"), [
    ("qdc", "out.txt", ".qdc"), ("qdpx", "out.zip", ".qdpx"), ("qdc", "out.qdpx", ".qdc"),
    ("qdpx", "out", ".qdpx")])
def test_export_refuses_a_wrong_file_name(sample_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], kind: str,
                                          name: str, suffix: str) -> None:
    """Other tools only open ``.qdc``/``.qdpx``: a file named otherwise is refused, not written."""
    code, _, err = run(capsys, "export", kind, str(sample_path), str(tmp_path / name))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert f"(use {suffix})" in err
    assert list(tmp_path.iterdir()) == [sample_path]


def test_export_refuses_a_folder(sample_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out.qdpx").mkdir()
    code, _, err = run(capsys, "export", "qdpx", str(sample_path), str(tmp_path / "out.qdpx"))
    assert code == 1 and "is a folder" in err


def test_import_qdpx_refuses_an_existing_project(sample_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    qdpx = tmp_path / "s.qdpx"
    run(capsys, "export", "qdpx", str(sample_path), str(qdpx))
    before = sample_path.read_bytes()
    code, _, err = run(capsys, "import-qdpx", str(sample_path), str(qdpx))
    assert code == 1 and "exists already" in err and err.count("\n") == 1
    assert sample_path.read_bytes() == before


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "import-qdpx", str(tmp_path / "n.qda"), str(bad))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("error: bad.qdpx is not a REFI-QDA project")
    assert not (tmp_path / "n.qda").exists()


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="tests/data/refi-samples missing")
def test_import_prints_one_line_per_skipped_kind(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import-qdpx", str(tmp_path / "a.qda"),
                       str(SAMPLES / "atlasti-8.4.0_standard-project.qdpx"))
    lines = out.splitlines()
    assert code == 0
    assert "skipped 2 PDF sources" in lines
    assert any(line.startswith("skipped 16 sets with no imported text source") for line in lines)


def test_help_is_there(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["export", "qdpx", "--help"], ["import-qdpx", "--help"],
                 ["import-codebook", "--help"], ["export", "qdc", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 0
    assert "REFI-QDA" in capsys.readouterr().out
