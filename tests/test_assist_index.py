"""The assistance's index: kept beside the project, written atomically, updated by
document, never taken for a project; and no network anywhere in the assistance."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.assist import engine as engines
from qda_app.assist import index_file, prepare, semantic, similar, suggest_codes
from qda_app.assist.index import IndexCancelled
from qda_app.assist.lexical import LexicalEngine
from qda_app.errors import NotAProjectError, OutputError

from .assist_project import DE, EN, MISS_DE, place


class Counting(LexicalEngine):
    """The lexical engine, counting the passages it is given to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[str] = []

    def encode(self, texts, language, tick=None):  # type: ignore[no-untyped-def]
        self.encoded += list(texts)
        return super().encode(texts, language, tick)


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_the_index_is_kept_beside_the_project_and_read_again_not_rebuilt(assist: Project):
    first = Counting()
    ready = prepare(assist, "sentence", first)
    assert (assist.path.parent / "assist.qda.assist").is_file()
    assert len(first.encoded) == ready.index.rows > 20
    again = Counting()
    reread = prepare(assist, "sentence", again)
    assert again.encoded == []
    assert reread.index.rows == ready.index.rows
    assert [m.text for m in similar(assist, "Bus Auto Dorf", index=reread)] == \
        [m.text for m in similar(assist, "Bus Auto Dorf", index=ready)]


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_a_new_document_is_the_only_one_encoded_and_a_removed_one_is_dropped(
        assist: Project):
    prepare(assist, "sentence", Counting())
    assist.add_document("nachtrag", "Der Bus fährt jetzt auch am Sonntag ins Dorf.\n"
                                    "Das hat die Gemeinde beschlossen, sagt sie.")
    counting = Counting()
    ready = prepare(assist, "sentence", counting)
    assert counting.encoded == ["Der Bus fährt jetzt auch am Sonntag ins Dorf.",
                                "Das hat die Gemeinde beschlossen, sagt sie."]
    assert similar(assist, "Sonntag", index=ready)[0].document == "nachtrag"
    assist.delete_document(EN)
    counting = Counting()
    ready = prepare(assist, "sentence", counting)
    assert counting.encoded == []
    assert {d.uuid for d in ready.index.documents} == {d.uuid for d in assist.documents()}
    assert all(m.document != EN for m in similar(assist, "the last bus", index=ready))


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_another_engine_version_or_unit_is_built_afresh(assist: Project,
                                                        monkeypatch: pytest.MonkeyPatch):
    prepare(assist, "sentence", Counting())
    monkeypatch.setattr("qda_app.assist.lexical.VERSION", "tfidf-lemma-2")
    counting = Counting()
    prepare(assist, "sentence", counting)
    assert len(counting.encoded) > 20
    turns = Counting()
    prepare(assist, "turn", turns)
    assert 0 < len(turns.encoded) < len(counting.encoded)
    sentences = Counting()
    prepare(assist, "sentence", sentences)  # the turns' section did not replace it
    assert sentences.encoded == []


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_another_projects_index_or_a_broken_file_is_ignored_and_replaced(
        assist: Project, tmp_path: Path):
    target = index_file.index_path(assist.path)
    with Project.create(tmp_path / "other.qda") as other:
        other.add_document("x", "Ein ganz anderer Text über etwas ganz anderes.")
        prepare(other, "sentence", "lexical")
    shutil.copy(index_file.index_path(other.path), target)
    counting = Counting()
    prepare(assist, "sentence", counting)
    assert len(counting.encoded) > 20
    target.write_bytes(b"PK\x03\x04 not really an archive")
    counting = Counting()
    ready = prepare(assist, "sentence", counting)
    assert len(counting.encoded) == ready.index.rows
    assert index_file.read(target, assist.uuid, counting, "sentence") is not None


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_the_index_is_never_taken_for_a_project(assist: Project):
    prepare(assist, "sentence", "lexical")
    with pytest.raises(NotAProjectError):
        Project.open(index_file.index_path(assist.path))
    assert index_file.read(assist.path, assist.uuid, LexicalEngine(), "sentence") is None


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_an_index_that_cannot_be_saved_is_used_and_said(assist: Project,
                                                        monkeypatch: pytest.MonkeyPatch):
    def refuse(*_args: object) -> None:
        raise OutputError("cannot write into /somewhere: it is read-only")

    monkeypatch.setattr(index_file, "write", refuse)
    ready = prepare(assist, "sentence", "lexical")
    assert ready.notes == ("the assistance index could not be saved beside the project "
                           "(cannot write into /somewhere: it is read-only); it is kept in "
                           "memory and built again next time",)
    assert similar(assist, MISS_DE, index=ready)


@pytest.mark.sqlite_only("the index file beside the .qda")
def test_cancel_leaves_the_saved_index_as_it_was(assist: Project):
    prepare(assist, "sentence", "lexical")
    saved = index_file.index_path(assist.path).read_bytes()
    assist.add_document("nachtrag", "Der Bus fährt jetzt auch am Sonntag ins Dorf.")
    with pytest.raises(IndexCancelled):
        prepare(assist, "sentence", "lexical", progress=lambda done, total: False)
    assert index_file.index_path(assist.path).read_bytes() == saved


def test_the_missing_extra_is_one_line_and_auto_falls_back(monkeypatch: pytest.MonkeyPatch,
                                                           assist: Project):
    monkeypatch.setattr(semantic, "available", lambda: False)
    engine, note = engines.choose("auto")
    assert engine.name == "lexical"
    assert note == ("semantic search needs `pip install 'kodierwerk[assist]'`; "
                    "using the lexical engine")
    assert prepare(assist, "sentence", "auto").notes == (note,)
    with pytest.raises(engines.SemanticUnavailable,
                       match=r"^semantic search needs `pip install 'kodierwerk\[assist\]'`$"):
        engines.choose("semantic")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way of opening a connection fails loudly, and is recorded."""
    tried: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def call(*args: object, **kwargs: object) -> None:
            tried.append(name)
            raise AssertionError(f"the assistance tried the network: {name}{args}")
        return call

    monkeypatch.setattr(socket, "socket", refuse("socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    return tried


ENGINES = ["lexical", pytest.param("semantic", marks=pytest.mark.skipif(
    not semantic.available(),
    reason="the semantic engine is the optional extra: pip install 'kodierwerk[assist]'"))]


@pytest.mark.sqlite_only("a team project talks to its server through a socket by nature")
@pytest.mark.parametrize("engine", ENGINES)
def test_indexing_and_asking_open_no_socket(assist: Project, no_network: list[str],
                                            engine: str):
    ready = prepare(assist, "sentence", engine)
    assert similar(assist, "Der Bus fährt selten ins Dorf", index=ready)
    _, start, end = place(assist, DE, MISS_DE)
    from qda_app.assist import Passage, consistency_check
    from qda_app.assist.queries import ConsistencyQuery

    assert suggest_codes(assist, Passage(DE, start, end), index=ready).suggestions
    consistency_check(assist, ConsistencyQuery(engine=engine), index=ready)
    assert no_network == []


@pytest.mark.server_only
def test_a_team_projects_index_stays_in_memory_and_leaves_no_file(
        assist: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No file beside a server project to keep it in, and no hidden copy of the team's
    interviews on this computer: the index is built, used and forgotten."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert index_file.index_path(assist.path) is None
    ready = prepare(assist, "sentence", Counting())
    assert ready.notes == ()
    assert similar(assist, "Bus Auto Dorf", index=ready)
    again = Counting()
    prepare(assist, "sentence", again)
    assert len(again.encoded) > 20  # built again: nothing was kept
    assert list(tmp_path.rglob("*")) == []


def test_no_assist_module_imports_a_network_library():
    import ast

    folder = Path(__file__).resolve().parent.parent / "qda_app" / "assist"
    network = {"socket", "http", "urllib", "requests", "httpx", "ssl", "ftplib",
               "huggingface_hub", "urllib3", "aiohttp"}
    for module in folder.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not {n.split(".")[0] for n in names} & network, module.name
