"""``qda export codebook|segments|transcript|matrix`` as a user types them: files, exit codes,
one-line errors, and nothing half-written or overwritten."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["export", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def _others(folder: Path, *keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("args, out", [
    (("codebook", "{p}", "{o}", "--examples", "2"), "cb.docx"),
    (("segments", "{p}", "{o}", "--code", "Prüfung", "--by", "document"), "s.docx"),
    (("segments", "{p}", "{o}", "--coder", "Anna", "--no-subcodes", "--code", "Sprache"),
     "s.xlsx"),
    (("segments", "{p}", "{o}", "--doc", "Zweites", "--delimiter", "semicolon"), "s.csv"),
    (("transcript", "{p}", "--doc", "Interview Ä", "{o}"), "t.docx"),
    (("transcript", "{p}", "--doc", "Interview Ä", "{o}", "--coder", "Anna", "--code",
      "Sprache"), "t.docx"),
    (("matrix", "{p}", "{o}", "--by-coder"), "m.xlsx"),
    (("matrix", "{p}", "{o}", "--lang", "en"), "m.csv"),
])
def test_every_kind_writes_its_file(rich_path: Path, capsys: pytest.CaptureFixture[str],
                                    args: tuple[str, ...], out: str) -> None:
    target = rich_path.parent / out
    code, stdout, err = run(capsys, *(a.format(p=rich_path, o=target) for a in args))
    assert (code, err) == (0, "") and stdout == f"wrote {target}\n"
    if out.endswith((".docx", ".xlsx")):
        assert zipfile.is_zipfile(target)
    else:
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _others(rich_path.parent, "rich.qda", out) == []


def test_the_sample_project_exports_from_the_command_line(sample: Project, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    doc, sample_path = "workshop-protocol-2021-05-20", sample.location
    for args in (["codebook", sample_path, tmp_path / "cb.docx", "--examples", "1"],
                 ["segments", sample_path, tmp_path / "s.docx"],
                 ["segments", sample_path, tmp_path / "s.xlsx"],
                 ["transcript", sample_path, "--doc", doc, tmp_path / "t.docx"],
                 ["matrix", sample_path, tmp_path / "m.csv"]):
        assert run(capsys, *args)[0] == 0, args


def test_an_existing_file_is_kept_unless_force(rich_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = rich_path.parent / "cb.docx"
    target.write_bytes(b"my thesis")
    code, _, err = run(capsys, "codebook", rich_path, target)
    assert code == 1 and err == f"error: {target} exists already; use --force to overwrite it\n"
    assert target.read_bytes() == b"my thesis"
    assert run(capsys, "codebook", rich_path, target, "--force")[0] == 0
    assert zipfile.is_zipfile(target)


@pytest.mark.parametrize("args, message", [
    (("segments", "{p}", "{d}/s.pdf"),
     "s.pdf: an export of coded segments cannot write .pdf (use .docx, .xlsx, .csv)"),
    (("codebook", "{p}", "{d}/cb.xlsx"), "cb.xlsx: a codebook cannot write .xlsx (use .docx)"),
    (("matrix", "{p}", "{d}/m"), "m: the code matrix cannot write files without an "
                                 "extension (use .xlsx, .csv)"),
    (("transcript", "{p}", "--doc", "Interview Ä", "{d}/nowhere/t.docx"),
     "cannot write {d}/nowhere/t.docx: folder {d}/nowhere does not exist"),
    (("segments", "{p}", "{d}/s.docx", "--coder", "Nobody"),
     "no coder 'Nobody' in this project (coders: Anna, Ben)"),
    (("segments", "{p}", "{d}/s.xlsx", "--code", "Nix"), "no code 'Nix' in this project"),
    (("segments", "{p}", "{d}/s.csv", "--doc", "Nix"), "no document 'Nix' in this project"),
    (("transcript", "{p}", "--doc", "Nix", "{d}/t.docx"), "no document 'Nix' in this project"),
    (("codebook", "{p}", "{d}/cb.docx", "--examples", "-1"),
     "--examples must be 0 or more, not -1"),
    (("codebook", "{d}/missing.qda", "{d}/cb.docx"), None),
])
def test_bad_input_is_one_line_and_leaves_nothing(rich_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  args: tuple[str, ...], message: str | None
                                                  ) -> None:
    folder = rich_path.parent
    code, out, err = run(capsys, *(a.format(p=rich_path, d=folder) for a in args))
    assert code == 1 and out == "" and err.startswith("error: ") and err.count("\n") == 1
    if message is not None:
        assert err == f"error: {message.format(d=folder)}\n"
    assert _others(folder, "rich.qda") == []


def test_usage_errors_exit_2(rich_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "transcript", str(rich_path), str(rich_path.parent / "t.docx")])
    assert exit_info.value.code == 2 and "--doc" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "segments", str(rich_path), "s.docx", "--by", "coder"])
    assert exit_info.value.code == 2
