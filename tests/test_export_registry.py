"""One registry of exporters drives ``qda export KIND`` (and File → Export): every exporter
takes ``(project, target, options)``, and a new one is a single entry."""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main
from qda_app.exporters import registry
from qda_app.exporters.options import COMMON, DEFAULTS, OPTION_NAMES, ExportOptions
from qda_app.exporters.registry import EXPORTERS, Exporter
from qda_app.exporters.selection import SegmentQuery, select_segments
from qda_app.files import atomic_output, check_target


def export_word_count(project: Project, target: str | Path,
                      options: ExportOptions = DEFAULTS) -> Path:
    """A new kind of export, as a plug-in would write one: words per selected coding."""
    path = check_target(target, (".txt",), options.force, "a word count")
    segments = select_segments(project, options.query).segments
    with atomic_output(path, options.force) as tmp:
        tmp.write_text("".join(f"{s.coder}\t{len(s.text.split())}\n" for s in segments),
                       encoding="utf-8")
    return path


WORD_COUNT = Exporter(
    "wordcount", "&Word Count (.txt)…", (".txt",), frozenset({"query"}),
    "tests.test_export_registry:export_word_count",
    help="words per coding", description="How many words each coding holds.",
    heading="Export word count", writing="Counting words…", file_stem="words")


@pytest.fixture
def word_count_registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[Exporter]:
    """The registry with one more entry, and nothing else changed."""
    monkeypatch.setattr(registry, "EXPORTERS", (*EXPORTERS, WORD_COUNT))
    yield WORD_COUNT


def test_every_exporter_takes_project_target_and_options() -> None:
    for exporter in EXPORTERS:
        module, name = exporter.function.split(":")
        function = getattr(import_module(module), name)
        parameters = inspect.signature(function).parameters
        assert list(parameters) == ["project", "target", "options"], exporter.kind
        assert parameters["options"].default is DEFAULTS
        assert exporter.applies <= OPTION_NAMES - COMMON


def test_qda_export_lists_the_registry_in_menu_order(capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
    listed = capsys.readouterr().out.split("KIND\n", 1)[1]
    lines = [line.split()[0] for line in listed.splitlines() if line.startswith("    ")
             and not line.startswith("     ")]
    assert lines == [e.kind for e in EXPORTERS]
    assert all(e.help in " ".join(listed.split()) for e in EXPORTERS)


def test_an_exporter_is_one_registry_entry_away_from_the_command_line(
        word_count_registered: Exporter, sample_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "words.txt"
    code = main(["export", "wordcount", str(sample_path), str(out), "--coder", "Anna Keller",
                 "--code", "Mobilität"])
    assert (code, capsys.readouterr().out) == (0, f"wrote {out}\n")
    rows = out.read_text(encoding="utf-8").splitlines()
    with Project.open(sample_path) as p:
        expected = p.segments(code="Mobilität", coder="Anna Keller")
    assert rows == [f"Anna Keller\t{len(s.text.split())}" for s in expected] and rows
    with pytest.raises(SystemExit):  # only the options that apply are arguments
        main(["export", "wordcount", str(sample_path), str(out), "--lang", "en"])


def test_the_command_line_fills_the_options_record(monkeypatch: pytest.MonkeyPatch,
                                                   sample_path: Path, tmp_path: Path) -> None:
    seen: list[ExportOptions] = []
    monkeypatch.setattr("qda_app.exporters.docx_transcript.export_transcript",
                        lambda project, target, options: seen.append(options) or Path(target))
    main(["export", "transcript", str(sample_path), "--doc", "D", str(tmp_path / "t.docx"),
          "--coder", "Anna Keller", "--no-subcodes", "--force", "--lang", "en"])
    assert seen == [ExportOptions(force=True, lang="en", document="D", query=SegmentQuery(
        coders=("Anna Keller",), include_subcodes=False))]


def test_an_entry_may_only_name_options_that_exist() -> None:
    with pytest.raises(ValueError, match="colour"):
        Exporter("x", "X", (".x",), frozenset({"colour"}), "m:f", help="", description="",
                 heading="", writing="")


def test_the_registry_and_the_parser_load_no_heavy_library() -> None:
    """``qda --help`` and the window's start do not wait for python-docx, openpyxl, lxml."""
    code = ("import sys\n"
            "from qda_app.cli.main import build_parser\n"
            "from qda_app.exporters.registry import EXPORTERS\n"
            "build_parser()\n"
            "print(sorted(m for m in ('docx', 'openpyxl', 'lxml', 'qda_app.refi')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
