"""Broken .qdpx files: one clear line, and no project file is left behind."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import ImportFormatError, ProjectExistsError, QdaError
from qda_app.refi import ImportCancelled, export_qdpx, import_qdpx

from .conftest import files_in

GOOD_QDE = (b'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
            b'name="x"/>')


def zip_with(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(("files", "message"), [
    ({"readme.txt": b"hi"}, "contains no .qde file"),
    ({"a.qde": GOOD_QDE, "b.qde": GOOD_QDE}, "contains 2 .qde files"),
    ({"project.qde": b"<Project xmlns='urn:QDA-XML:project:1.0' name='x'><Users>"},
     "broken XML"),
    ({"project.qde": b"\x00\x01binary"}, "broken XML"),
    ({"project.qde": b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'/>"},
     "not a REFI-QDA Project file"),
    ({"project.qde": b"<Project xmlns='http://example.com/other' name='x'/>"},
     "not a REFI-QDA Project file"),
])
def test_malformed_archives_are_refused(tmp_path: Path, files: dict[str, bytes],
                                        message: str) -> None:
    source = zip_with(tmp_path / "bad.qdpx", files)
    with pytest.raises(ImportFormatError) as info:
        import_qdpx(source, tmp_path / "new.qda")
    assert message in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "new.qda").exists()


def test_not_a_zip_and_a_truncated_zip(sample: Project, tmp_path: Path) -> None:
    text = tmp_path / "text.qdpx"
    text.write_text("Das ist keine Projektdatei.")
    with pytest.raises(ImportFormatError, match="not a zip archive"):
        import_qdpx(text, tmp_path / "a.qda")
    good = tmp_path / "good.qdpx"
    export_qdpx(sample, good)
    cut = tmp_path / "cut.qdpx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFormatError):
        import_qdpx(cut, tmp_path / "b.qda")
    assert [n for n in files_in(tmp_path, sample) if ".qda" in n] == []


def test_an_existing_project_is_never_overwritten(sample: Project, tmp_path: Path) -> None:
    good = tmp_path / "good.qdpx"
    export_qdpx(sample, good)
    target = tmp_path / "exists.qda"
    target.write_bytes(b"precious")
    with pytest.raises(ProjectExistsError):
        import_qdpx(good, target)
    assert target.read_bytes() == b"precious"


def test_a_failure_while_writing_removes_the_half_made_project(
        sample: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.qdpx"
    export_qdpx(sample, good)

    def broken(*args: object, **kwargs: object) -> None:
        raise QdaError("disk full")

    monkeypatch.setattr(Project, "add_memo", broken)
    with pytest.raises(QdaError, match="disk full"):
        import_qdpx(good, tmp_path / "half.qda")
    assert not (tmp_path / "half.qda").exists()
    assert not (tmp_path / "half.qda-journal").exists()


@pytest.mark.parametrize("cancel_at", [0, 1, 3])
def test_cancel_at_any_point_writes_no_project(sample: Project, tmp_path: Path,
                                               cancel_at: int) -> None:
    good = tmp_path / "good.qdpx"
    export_qdpx(sample, good)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) <= cancel_at

    with pytest.raises(ImportCancelled, match="nothing was written"):
        import_qdpx(good, tmp_path / "new.qda", progress=progress)
    assert not (tmp_path / "new.qda").exists()
