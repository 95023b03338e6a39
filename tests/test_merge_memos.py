"""Merging carries memos whole: kind, author, passage, and a free memo's links."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.records import MemoLink
from qda_app.team.merge import merge_into
from tests.conftest import ProjectCopy
from tests.merge_helpers import TEXT1, coder_file, write_base


@pytest.fixture
def base(project_copy: ProjectCopy, tmp_path: Path) -> Path:
    return project_copy(write_base, tmp_path / "base.qda")


def _memos(p: Project) -> None:
    p.coder = "Anna"
    start = TEXT1.index("Sprache")
    doc = p.document("Interview 1")
    twin = p.add_coding(doc, "Sprache", 67, 88, coder="Anna")
    new = p.add_coding(doc, "Arbeit/Pflege", 40, 61, coder="Anna")
    p.add_memo("Schwer?", "Stelle", document=doc, start=start, end=start + 7)
    noted = p.add_memo("Journal", "Tag 1")
    p.add_memo("Querbezug", links=[("document", "Interview 2"), ("code", "Sprache"),
                                   twin, new, noted])


def test_a_merge_keeps_kinds_authors_passages_and_links(base: Path, tmp_path: Path) -> None:
    coder = coder_file(base, tmp_path / "anna.qda", _memos)
    team_path = tmp_path / "team.qda"
    team_path.write_bytes(base.read_bytes())
    with Project.open(team_path) as team:
        # the team file has Anna's first coding already, under another UUID
        twin = team.add_coding("Interview 1", "Sprache", 67, 88, coder="Anna")
        report = merge_into(team, [coder])
        assert report.sources[0].memos_added == 3
        merged = {m.title or m.text: m for m in team.memos()}
        with Project.open(coder) as source:
            original = {m.title or m.text: m for m in source.memos()}
            new = next(c for c in source.segments() if c.code == "Arbeit/Pflege")
        for key in ("Stelle", "Tag 1"):
            assert merged[key] == original[key]
        free = merged["Querbezug"]
        assert (free.kind, free.author) == ("free", "Anna")
        assert set(free.links) == {
            MemoLink("document", team.document("Interview 2").uuid),
            MemoLink("code", team.code("Sprache").uuid),
            MemoLink("coding", twin.uuid),  # the team file's identical coding
            MemoLink("coding", new.uuid),
            MemoLink("memo", original["Tag 1"].uuid)}


def test_a_memo_merged_before_is_not_doubled_nor_its_links(base: Path, tmp_path: Path
                                                            ) -> None:
    coder = coder_file(base, tmp_path / "anna.qda", _memos)
    team_path = tmp_path / "team.qda"
    team_path.write_bytes(base.read_bytes())
    with Project.open(team_path) as team:
        merge_into(team, [coder])
        before = team.memos()
        report = merge_into(team, [coder])
        assert (report.sources[0].memos_added, report.sources[0].memos_duplicate) == (0, 3)
        assert team.memos() == before


def test_memos_of_a_file_from_before_memo_kinds_get_the_kind_the_upgrade_gives(
        tmp_path: Path) -> None:
    old = tmp_path / "old.qda"
    old.write_bytes((Path(__file__).parent / "data" / "project-schema-v2-duplicates.qda")
                    .read_bytes())
    stamp = "2024-01-01 10:00:00.000000"
    conn = sqlite3.connect(old)
    conn.execute("INSERT INTO memo (uuid, title, text, document_id, code_id, created, modified) "
                 "SELECT 'm-doc', 'Dok', 'Text', min(id), NULL, ?, ? FROM document",
                 (stamp, stamp))
    conn.execute("INSERT INTO memo (uuid, title, text, document_id, code_id, created, modified) "
                 "VALUES ('m-project', 'Projekt', 'Text', NULL, NULL, ?, ?)", (stamp, stamp))
    conn.commit()
    conn.close()
    with Project.create(tmp_path / "team.qda") as team:
        merge_into(team, [old])
        assert {m.title: (m.kind, m.author) for m in team.memos()} == {
            "Dok": ("document", None), "Projekt": ("project", None)}
