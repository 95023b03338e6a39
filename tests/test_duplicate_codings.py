"""A coding exists once: same document, code, coder, start and end.

A second copy would count twice in every count and in every agreement figure,
so the core refuses it whoever asks (the window, ``qda code-text``, a script),
and the project file refuses it too, for two programs writing at once.
"""

from __future__ import annotations

import pytest

from qda_app import CodingSpec, Project
from qda_app.cli.main import main
from qda_app.errors import DuplicateCodingError
from qda_app.storage import codings as coding_store

from . import raw_sql

TEXT = "UK\tDie Sprache der Prüfung ist ein Problem.\nBT\tMobilität auf dem Land.\n"
S, E = TEXT.index("Sprache"), TEXT.index("Sprache") + len("Sprache")


@pytest.fixture
def coded(project: Project) -> Project:
    project.add_document("interview", TEXT)
    project.add_code("Arbeit/Sprache")
    project.add_code("Mobilität")
    project.add_coding("interview", "Arbeit/Sprache", S, E, coder="Anna", memo="erste")
    return project


def test_the_same_coding_twice_is_refused_in_one_line(coded: Project) -> None:
    with pytest.raises(DuplicateCodingError) as info:
        coded.add_coding("interview", "Arbeit/Sprache", S, E, coder="Anna")
    message = str(info.value)
    assert "\n" not in message
    for part in ("interview", f"{S}–{E}", "Arbeit/Sprache", "Anna"):
        assert part in message
    assert len(coded.segments()) == 1


def test_another_coder_span_or_code_is_not_a_duplicate(coded: Project) -> None:
    coded.add_coding("interview", "Arbeit/Sprache", S, E, coder="Ben")
    coded.add_coding("interview", "Arbeit/Sprache", S, E + 4, coder="Anna")
    coded.add_coding("interview", "Mobilität", S, E, coder="Anna")
    assert len(coded.segments()) == 4


def test_a_batch_with_one_duplicate_adds_nothing_and_names_it(coded: Project) -> None:
    batch = [CodingSpec("interview", "Mobilität", 0, 2, coder="Anna"),
             CodingSpec("interview", "Arbeit/Sprache", S, E, coder="Anna")]
    with pytest.raises(DuplicateCodingError, match="Arbeit/Sprache"):
        coded.add_codings(batch)
    assert len(coded.segments()) == 1


def test_a_duplicate_within_one_batch_is_refused(coded: Project) -> None:
    twice = CodingSpec("interview", "Mobilität", 0, 2, coder="Ben")
    with pytest.raises(DuplicateCodingError, match="Mobilität"):
        coded.add_codings([twice, twice])
    assert len(coded.segments()) == 1


def test_skipping_adds_the_rest_and_says_what_was_there(coded: Project) -> None:
    new = CodingSpec("interview", "Mobilität", 0, 2, coder="Anna")
    old = CodingSpec("interview", "Arbeit/Sprache", S, E, coder="Anna")
    added = coded.add_codings([new, old, new], skip_duplicates=True)
    assert [c.code for c in added] == ["Mobilität"]  # still the list of added codings
    assert added.skipped == (old, new)
    assert len(coded.segments()) == 2
    assert coded.add_codings([old], skip_duplicates=True).skipped == (old,)


def test_moving_a_coding_onto_an_identical_one_is_refused(coded: Project) -> None:
    other = coded.add_coding("interview", "Mobilität", S, E, coder="Anna")
    with pytest.raises(DuplicateCodingError):
        coded.update_coding(other, code="Arbeit/Sprache")
    moved = coded.add_coding("interview", "Arbeit/Sprache", S, E + 4, coder="Anna")
    with pytest.raises(DuplicateCodingError):
        coded.update_coding(moved, end=E)
    assert coded.coding(moved).end == E + 4
    assert coded.update_coding(moved, memo="nur die Notiz").memo == "nur die Notiz"


def test_the_file_itself_refuses_a_second_copy(coded: Project) -> None:
    """What another program writing to the file meets, whatever it checked before."""
    with pytest.raises(raw_sql.integrity_error(coded)):
        raw_sql.execute(coded,
            'INSERT INTO coding (uuid, document_id, code_id, coder_id, start, "end", created, '
            "modified) SELECT 'f0000000-0000-4000-8000-000000000001', document_id, code_id, "
            "coder_id, start, \"end\", created, modified FROM coding")


def test_a_copy_written_between_check_and_insert_is_refused_in_one_line(
        coded: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two writers: the other one's coding arrives after our check found none."""
    monkeypatch.setattr(coding_store, "existing_keys", lambda s, keys: set())
    with pytest.raises(DuplicateCodingError) as info:
        coded.add_coding("interview", "Arbeit/Sprache", S, E, coder="Anna")
    assert "\n" not in str(info.value)
    assert len(coded.segments()) == 1


def test_qda_code_text_twice_exits_1_with_one_line(
        coded: Project, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["code-text", coded.location, "--doc", "interview", "--code", "Mobilität", "--start",
            "0", "--end", "2", "--coder", "Cem"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("error: ")
    assert "already coded" in err


def test_merging_codes_folds_copies_and_keeps_their_memos(coded: Project) -> None:
    coded.add_coding("interview", "Mobilität", S, E, coder="Anna", memo="zweite")
    coded.add_coding("interview", "Mobilität", 0, 2, coder="Anna")
    result = coded.merge_codes("Mobilität", "Arbeit/Sprache")
    assert (result.moved, result.duplicates) == (1, 1)
    kept = {(c.start, c.end): c.memo for c in coded.segments(code="Arbeit/Sprache")}
    assert kept == {(0, 2): None, (S, E): "erste\n\nzweite"}
    assert len(coded.segments()) == 2


def test_reassigning_codings_of_a_deleted_code_folds_copies(coded: Project) -> None:
    coded.add_coding("interview", "Mobilität", S, E, coder="Anna")
    coded.add_coding("interview", "Mobilität", 0, 2, coder="Anna")
    assert coded.delete_code("Mobilität", reassign_to="Arbeit/Sprache") == 2
    assert sorted((c.start, c.end) for c in coded.segments()) == [(0, 2), (S, E)]
