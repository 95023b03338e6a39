"""Finding codes costs the same in a project with 50 codes or 5,000.

Counting wrappers show the work, not timings: no lookup walks the code system,
one code's record reads its ancestors and children, not every code, and
creating codes keeps its colour count instead of recounting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from qda_app import CodeSpec, CodingSpec, Project
from qda_app.colors import PALETTE
from qda_app.records import Code
from qda_app.storage import code_tree
from qda_app.storage.code_tree import CodeTree

TEXT = "Wort " * 400


def add_many(project: Project, n: int, group: int = 20) -> list[Code]:
    return project.add_codes([CodeSpec(f"Gruppe {i // group}/Code {i}") for i in range(n)])


class Calls:
    def __init__(self) -> None:
        self.n = 0


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str,
             only: Callable[..., bool] = lambda *a, **k: True) -> Calls:
    calls = Calls()
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if only(*args, **kwargs):
            calls.n += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL every engine runs inside the block."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


REFS: dict[str, Callable[[Code], object]] = {
    "record": lambda c: c,
    "UUID in braces, upper case": lambda c: "{" + c.uuid.upper() + "}",
    "path typed loosely": lambda c: " " + c.path.lower().replace("/", " / ") + " ",
}


@pytest.mark.parametrize("how", list(REFS))
def test_coding_many_codes_does_not_scan_the_code_system(
        project: Project, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    project.add_document("d", TEXT)
    codes = add_many(project, 500)
    compared = counting(monkeypatch, code_tree, "normalise_key")
    specs = [CodingSpec("d", REFS[how](codes[2 * i]), i, i + 3) for i in range(200)]
    added = project.add_codings(specs)
    assert [c.code for c in added] == [codes[2 * i].path for i in range(200)]
    # building the index once (one per code) and one per lookup; a scan was 200 x 500
    assert compared.n <= len(codes) + 2 * len(specs)


def test_one_code_costs_its_ancestors_not_the_code_system(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.add_document("d", TEXT)
    codes = add_many(project, 1000)  # 50 groups of 20
    built = counting(monkeypatch, code_tree, "Node")
    leaf = codes[-1]
    assert project.code(leaf.uuid).path == "Gruppe 49/Code 999"
    assert project.add_coding("d", leaf, 0, 4).code == leaf.path
    new = project.add_code("Gruppe 3/Neu")  # reads the 50 groups and the 20 codes of one
    assert new.path == "Gruppe 3/Neu" and new.sort_order == 20
    assert built.n < 150  # loading the code system was 1,000 per call


def test_a_batch_reads_the_codes_it_names_not_the_code_system(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.add_document("d", TEXT)
    named = add_many(project, 1000)[5::100]  # ten codes in ten groups
    built = counting(monkeypatch, code_tree, "Node")
    added = project.add_codings([CodingSpec("d", named[i % 10], i, i + 2) for i in range(300)])
    assert [c.code for c in added[:10]] == [c.path for c in named]
    assert built.n <= 2 * len(named)  # each named code and its group, read once


def test_creating_codes_counts_colours_once(project: Project,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    walks = counting(monkeypatch, CodeTree, "walk", lambda self, nodes=None: nodes is None)
    codes = project.add_codes([CodeSpec(f"Code {i}") for i in range(400)])
    assert walks.n <= 1  # each code walked the whole tree for its colour before
    assert {c.color: sum(1 for x in codes if x.color == c.color) for c in codes} == {
        color: 20 for color in PALETTE}
    singles = [project.add_code(f"Einzeln {i}") for i in range(20)]
    assert [c.color for c in singles] == list(PALETTE)  # least used first, palette order


def test_an_explicit_colour_counts_for_the_next_default(project: Project) -> None:
    project.add_codes([CodeSpec("A", color=PALETTE[0]), CodeSpec("B"), CodeSpec("C")])
    assert [c.color for c in project.codes()] == [PALETTE[0], PALETTE[1], PALETTE[2]]


def test_merging_a_code_with_many_subcodes_renumbers_once(project: Project) -> None:
    project.add_codes([CodeSpec(f"Quelle/Teil {i}") for i in range(300)] + [CodeSpec("Ziel")])
    with statements() as seen:
        project.merge_codes("Quelle", "Ziel")
    writes = [s for s in seen if s.lstrip().upper().startswith("UPDATE CODE ")]
    assert len(writes) < 700  # moving them one by one renumbered the rest each time: 45,000
    children = [c for c in project.codes() if c.depth == 1]
    assert [c.name for c in children] == [f"Teil {i}" for i in range(300)]
    assert [c.sort_order for c in children] == list(range(300))


def test_codes_nested_a_thousand_deep_merge(project: Project) -> None:
    deep = "/".join(["Ebene"] * 1100)
    project.add_codes([CodeSpec(f"Quelle/{deep}"), CodeSpec(f"Ziel/{deep}")])
    project.add_document("d", TEXT)
    project.add_coding("d", f"Quelle/{deep}", 0, 4)
    result = project.merge_codes("Quelle", "Ziel")
    assert (result.moved, result.duplicates) == (1, 0)
    assert len(project.codes()) == 1101
    assert project.segments()[0].code == f"Ziel/{deep}"


def test_listing_documents_reads_neither_turns_nor_texts(project: Project) -> None:
    from qda_app.records import Turn

    who = [("A", "B", "C", "A")[i % 4] + ("x" if i % 3 == 2 else "") for i in range(400)]
    text = "".join(f"{name}: Satz {i}.\n" for i, name in enumerate(who))
    turns, pos = [], 0
    for line, name in zip(text.splitlines(keepends=True), who, strict=True):
        turns.append(Turn(pos, pos + len(line) - 1, name, None, pos + len(name) + 2))
        pos += len(line)
    project.add_document("d", text, turns)
    with statements() as seen:
        [info] = project.documents()
    assert info.speakers == ("A", "B", "Cx", "Bx", "C", "Ax")  # in order of first turn
    assert info.speakers == tuple(dict.fromkeys(who))
    assert info.chars == len(text)
    assert not [s for s in seen if "speaker_turn" in s or "document.text" in s]
