"""``qda memos`` and ``qda memo add`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_memos_of_every_kind_added_and_listed(sample_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    p = sample_path
    with Project.open(p) as project:
        doc = project.documents()[0].name
        text = project.document(doc).text
        code = project.codes()[1].path
    start = text.index("Sprache")
    assert run(capsys, "memo", "add", p, "--doc", doc, "--start", start, "--end", start + 7,
               "--title", "Sprache", "--text", "Warum hier?", "--author", "Anna Keller")[0] == 0
    code_, out, _ = run(capsys, "memo", "add", p, "--code", code, "--title", "Definition",
                        "--text", "Gilt auch für Ämter.")
    assert code_ == 0 and out.startswith("added code memo 'Definition' on code ")
    assert run(capsys, "memo", "add", p, "--link-doc", doc, "--link-code", code, "--title",
               "Querbezug", "--text", "Beides gehört zusammen.")[0] == 0
    assert run(capsys, "memo", "add", p, "--title", "Tag 2", "--text", "Weiter codiert.")[0] == 0
    code_, out, _ = run(capsys, "memos", p, "--json")
    memos = {m["title"]: m for m in json.loads(out)}
    assert set(memos["Sprache"]) == {"uuid", "kind", "title", "text", "document", "code",
                                     "start", "end", "author", "created", "modified", "links"}
    assert (memos["Sprache"]["kind"], memos["Sprache"]["document"], memos["Sprache"]["start"],
            memos["Sprache"]["end"], memos["Sprache"]["author"]) == (
        "text", doc, start, start + 7, "Anna Keller")
    assert (memos["Definition"]["kind"], memos["Definition"]["code"]) == ("code", code)
    assert [(link["kind"], link["name"]) for link in memos["Querbezug"]["links"]] == [
        ("document", doc), ("code", code)]
    assert memos["Tag 2"]["kind"] == "project" and memos["Tag 2"]["links"] == []
    assert memos["Über das Dokument"]["kind"] == "document"  # the sample's own memos
    code_, out, _ = run(capsys, "memos", p, "--kind", "text", "--json")
    assert [m["title"] for m in json.loads(out)] == ["Sprache"]
    code_, out, _ = run(capsys, "memos", p)
    assert code_ == 0 and "Querbezug" in out and f"passage {doc} {start}" in out


@pytest.mark.parametrize("args", [
    ["--doc", "Protokoll", "--start", "5"],
    ["--start", "0", "--end", "3"],
    ["--doc", "Protokoll", "--start", "0", "--end", "999"],
    ["--doc", "Protokoll", "--link-code", "Sprache"],
    ["--doc", "gibt es nicht"],
    ["--link-code", "gibt/es/nicht"],
])
def test_a_memo_that_cannot_be_is_one_line_and_nothing_is_written(
        new_place: str | Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    p = new_place
    with Project.create(p) as project:
        project.add_document("Protokoll", "Kurzer Text.\n")
        project.add_code("Sprache")
    code, out, err = run(capsys, "memo", "add", p, *args, "--text", "x")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1 and out == ""
    with Project.open(p) as project:
        assert project.memos() == []
