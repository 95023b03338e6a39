"""A lazy code tree and a complete one give the same answers and leave the same project.

The facade reads codes lazily for one-code actions and reads the whole tree
for the rest; a lazy tree switches to a whole read after a number of small
ones. The same user session, run with the switch after 0, 1, 3 or 64 small
reads, must leave the same code system and codings behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app import CodeSpec, CodingSpec, Project
from qda_app.errors import CodeNotFound, DuplicateCodeName
from qda_app.storage.code_tree import CodeTree

TEXT = "Wort " * 100


def session(path: Path) -> tuple[object, ...]:
    with Project.create(path) as p:
        p.add_document("d", TEXT)
        p.add_codes([CodeSpec(f"Gruppe {i // 5}/Code {i}") for i in range(40)])
        p.add_code("Gruppe 1/Neu", position=0)
        p.add_code("gruppe 1/zweites Neues")  # an existing parent, whatever its case
        with pytest.raises(DuplicateCodeName):
            p.add_code(" GRUPPE 1 / code 5 ")
        codes = p.codes()
        refs = [codes[3], codes[7].uuid.upper(), " gruppe 3 / code 17 ", "Gruppe 4/Code 20",
                "{" + codes[9].uuid + "}"]
        p.add_codings([CodingSpec("d", ref, 2 * i, 2 * i + 3) for i, ref in enumerate(refs)])
        p.rename_code("Gruppe 2", "Zwei")
        p.move_code("Zwei/Code 11", "Gruppe 0", 1)
        p.move_code("Gruppe 5", None, 0)
        p.add_codes([CodeSpec("Gruppe 7/Code 35/Unter"), CodeSpec("Ziel/Code 35/Andere")])
        p.add_coding("d", "Gruppe 7/Code 35", 40, 44)
        p.add_coding("d", "Ziel/Code 35", 40, 44)
        snapshot = p.snapshot_code("Gruppe 7")
        merged = p.merge_codes("Gruppe 7", "Ziel")
        p.restore_code(snapshot)
        snapshot = p.snapshot_code("Gruppe 3")
        p.delete_code("Gruppe 3", delete_codings=True)
        p.restore_code(snapshot)
        p.delete_code("Gruppe 4", reassign_to="Gruppe 0")
        with pytest.raises(CodeNotFound):
            p.code("Gruppe 4/Code 20")
        found = [p.code(r).path for r in (" zwei / CODE 12 ", codes[0].uuid, "Gruppe 0/Code 11")]
        tree = [(c.path, c.sort_order, c.depth, c.color, c.codings, c.codings_total)
                for c in p.codes()]
        codings = [(s.code, s.start, s.end) for s in p.segments()]
        return tree, codings, found, (merged.moved, merged.duplicates)


@pytest.fixture(scope="module")
def usual(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, ...]:
    return session(tmp_path_factory.mktemp("usual") / "p.qda")


@pytest.mark.parametrize("small_reads", [0, 1, 3])
def test_the_same_session_gives_the_same_project(
        small_reads: int, usual: tuple[object, ...], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CodeTree, "LAZY_READS", small_reads)
    assert session(tmp_path / "p.qda") == usual


def test_the_session_did_what_it_says(usual: tuple[object, ...]) -> None:
    tree, codings, found, merged = usual
    paths = [row[0] for row in tree]  # type: ignore[attr-defined]
    assert paths[:2] == ["Gruppe 5", "Gruppe 5/Code 25"]
    assert "Gruppe 1/zweites Neues" in paths and "Gruppe 0/Code 11" in paths
    assert "Gruppe 7/Code 35/Unter" in paths and "Ziel/Code 35/Unter" not in paths
    assert not any(p.startswith("Gruppe 4") for p in paths)
    assert ("Gruppe 0", 6, 9) in codings  # reassigned from Gruppe 4/Code 20
    assert found == ["Zwei/Code 12", "Gruppe 0", "Gruppe 0/Code 11"]
    assert merged == (0, 1)


@pytest.mark.parametrize("small_reads", [0, 64])
def test_a_code_system_that_is_not_a_tree_is_reported_in_one_line(
        small_reads: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lazy or whole, a loop in the parent links or a missing parent is damage, not a hang."""
    import sqlite3

    from qda_app.errors import NotAProjectError

    monkeypatch.setattr(CodeTree, "LAZY_READS", small_reads)
    path = tmp_path / "p.qda"
    with Project.create(path) as p:
        p.add_document("d", TEXT)
        p.add_codes([CodeSpec("A/B/C"), CodeSpec("D")])
        p.add_coding("d", "A/B/C", 0, 4)
        uuid = p.code("A/B/C").uuid
    conn = sqlite3.connect(path)
    conn.execute("UPDATE code SET parent_id = (SELECT id FROM code WHERE name = 'C') "
                 "WHERE name = 'A'")  # A under C under B under A
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        for call in (p.codes, lambda: p.code(uuid), p.segments):
            with pytest.raises(NotAProjectError, match="its own ancestor") as info:
                call()
            assert "\n" not in str(info.value) and "qda check" in str(info.value)
