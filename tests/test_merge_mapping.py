"""Renamed codes: the ``old path=new path`` mapping file of ``qda merge --map``."""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app import Project
from qda_app.team.mapping import MappingFileError, load_mapping, parse_mapping
from qda_app.team.merge import merge_files
from tests.merge_helpers import TEXT1


def _team_and_coder(tmp_path: Path) -> tuple[Path, Path]:
    """A team file and a coder's file made apart (no shared UUIDs) with renamed codes."""
    team = tmp_path / "team.qda"
    with Project.create(team) as p:
        p.add_document("Interview 1", TEXT1)
        p.add_code("Sprache", color="#445566")
        p.add_code("Arbeit/Pflege")
    coder = tmp_path / "coder.qda"
    with Project.create(coder) as p:
        p.add_document("Interview 1", TEXT1)
        p.add_code("Sprachbarrieren")
        p.add_code("Job/Pflege")
        p.add_code("Job/Pflege/Alltag")
        p.add_coding("Interview 1", "Sprachbarrieren", 67, 88, coder="Anna")
        p.add_coding("Interview 1", "Job/Pflege", 40, 61, coder="Anna")
        p.add_coding("Interview 1", "Job/Pflege/Alltag", 40, 50, coder="Anna")
    return team, coder


def test_mapping_file_sends_renamed_codes_and_their_subcodes_to_the_team_codes(
        tmp_path: Path) -> None:
    team, coder = _team_and_coder(tmp_path)
    mapping = tmp_path / "renamed.txt"
    mapping.write_text("# coder's name = team's name\n\nsprachbarrieren = Sprache\n"
                       "Job=Arbeit\nGibt es nicht=Sprache\n", encoding="utf-8")
    report = merge_files(team, [coder], mapping)
    how = {c.source_path: (c.how, c.target_path) for c in report.sources[0].codes}
    assert how == {
        "Sprachbarrieren": ("mapping", "Sprache"),
        "Job": ("mapping", "Arbeit"),
        "Job/Pflege": ("path", "Arbeit/Pflege"),  # under the mapped parent
        "Job/Pflege/Alltag": ("added", "Arbeit/Pflege/Alltag"),
    }
    assert report.unused_mappings == ("Gibt es nicht=Sprache",)
    with Project.open(team) as p:
        assert [c.path for c in p.codes()] == [
            "Sprache", "Arbeit", "Arbeit/Pflege", "Arbeit/Pflege/Alltag"]
        assert sorted((s.code, s.start) for s in p.segments()) == [
            ("Arbeit/Pflege", 40), ("Arbeit/Pflege/Alltag", 40), ("Sprache", 67)]


def test_a_mapping_may_name_a_code_the_team_file_does_not_have_yet(tmp_path: Path) -> None:
    team, coder = _team_and_coder(tmp_path)
    report = merge_files(team, [coder], {"Sprachbarrieren": "Sprache/Barrieren"})
    added = [c.target_path for c in report.sources[0].codes if c.added]
    assert "Sprache/Barrieren" in added
    with Project.open(team) as p:
        assert len(p.segments(code="Sprache/Barrieren")) == 1


def test_without_mapping_renamed_codes_are_added_not_lost(tmp_path: Path) -> None:
    team, coder = _team_and_coder(tmp_path)
    merge_files(team, [coder])
    with Project.open(team) as p:
        assert "Sprachbarrieren" in [c.path for c in p.codes()]
        assert len(p.segments()) == 3


@pytest.mark.parametrize(("line", "message"), [
    ("Sprache", "line 2: expected 'old path=new path', got 'Sprache'"),
    ("=Sprache", "line 2: expected 'old path=new path', got '=Sprache'"),
    ("Arbeit//Pflege=Arbeit", "line 2: invalid code path 'Arbeit//Pflege': a name is empty"),
])
def test_malformed_mapping_lines_are_one_line_errors(line: str, message: str) -> None:
    with pytest.raises(MappingFileError) as err:
        parse_mapping(["# header", line], origin="map.txt")
    assert str(err.value) == f"map.txt, {message}"


def test_a_path_mapped_twice_to_different_codes_is_refused() -> None:
    with pytest.raises(MappingFileError, match="mapped twice"):
        parse_mapping(["A=B", "a = C"])
    assert parse_mapping(["A=B", "a = b"]).lookup("A") == "b"


def test_missing_mapping_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MappingFileError, match="does not exist"):
        load_mapping(tmp_path / "nope.txt")
