"""Reading .qdpx files the way real tools write them (hand-made files, one quirk each)."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.refi import ImportReport, import_qdpx
from qda_app.refi.archive import decode_text

G = "{:08x}-0000-4000-8000-000000000000".format  # a valid GUID per number
TEXT_ID = G(100)


def qde(body: str, origin: str = "MAXQDA 24", namespace: str = "urn:QDA-XML:project:1.0",
        users: str = f'<Users><User guid="{G(1)}" name="Ana"/></Users>') -> str:
    ns = f' xmlns="{namespace}"' if namespace else ""
    return (f'<?xml version="1.0" encoding="utf-8"?>\r\n<Project{ns} name="Studie" '
            f'origin="{origin}" creatingUserGUID="{G(1)}">{users}{body}</Project>')


def codebook(*codes: str) -> str:
    return "<CodeBook><Codes>" + "".join(codes) + "</Codes></CodeBook>"


def code(n: int, name: str, inner: str = "", **attrs: str) -> str:
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f'<Code guid="{G(n)}" name="{name}" isCodable="true"{extra}>{inner}</Code>'


def selection(start: int, end: int, code_n: int | None = 10, guid: int = 500,
              inner: str = "", user: int = 1) -> str:
    coding = (f'<Coding guid="{G(guid + 1)}" creatingUser="{G(user)}" '
              f'creationDateTime="2024-03-01T10:00:00Z"><CodeRef targetGUID="{G(code_n)}"/>'
              "</Coding>") if code_n is not None else ""
    return (f'<PlainTextSelection guid="{G(guid)}" startPosition="{start}" '
            f'endPosition="{end}">{inner}{coding}</PlainTextSelection>')


def source(*selections: str, name: str = "Interview 1", extra: str = "") -> str:
    return (f'<Sources><TextSource guid="{TEXT_ID}" name="{name}" '
            f'plainTextPath="internal://{TEXT_ID}.txt">{"".join(selections)}{extra}'
            "</TextSource></Sources>")


def make(tmp_path: Path, xml: str, text: bytes | None = None, qde_name: str = "project.qde",
         folder: str = "sources") -> Path:
    path = tmp_path / "in.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(qde_name, xml.encode("utf-8"))
        if text is not None:
            zf.writestr(f"{folder}/{TEXT_ID}.txt", text)
    return path


def load(tmp_path: Path, path: Path) -> tuple[Project, ImportReport]:
    report = import_qdpx(path, tmp_path / "new.qda")
    return Project.open(tmp_path / "new.qda"), report


RAW = "Grüße 😀 aus Köln.\r\nWir reden über Arbeit.\r\n"


def cp(word: str) -> tuple[int, int]:
    i = RAW.index(word)
    return i, i + len(word)


def units(word: str) -> tuple[int, int]:
    i = RAW.index(word)
    n = len(RAW[:i].encode("utf-16-le")) // 2
    return n, n + len(word.encode("utf-16-le")) // 2


def test_bom_and_crlf_with_code_points_as_the_standard_says(tmp_path: Path) -> None:
    xml = qde(codebook(code(10, "Arbeit")) + source(selection(*cp("Arbeit"))))
    p, report = load(tmp_path, make(tmp_path, xml, b"\xef\xbb\xbf" + RAW.encode()))
    with p:
        [seg] = p.segments()
        assert seg.text == "Arbeit" and seg.coder == "Ana"
        assert p.document(seg.document_uuid).text == RAW.replace("\r\n", "\n")
        assert seg.created.isoformat() == "2024-03-01T10:00:00+00:00"
    assert not any("UTF-16" in line for line in report.details())


def test_nvivo_origin_means_utf16_units(tmp_path: Path) -> None:
    xml = qde(codebook(code(10, "Arbeit")) + source(selection(*units("Arbeit"))),
              origin="NVivo for Windows 14")
    p, _ = load(tmp_path, make(tmp_path, xml, RAW.encode(), folder="Sources"))
    with p:
        assert [s.text for s in p.segments()] == ["Arbeit"]


def test_unknown_tool_counting_utf16_is_recognised_by_fit(tmp_path: Path) -> None:
    xml = qde(codebook(code(10, "Arbeit"), code(11, "Köln")) + source(
        selection(*units("Arbeit")), selection(*units("Köln"), code_n=11, guid=600)),
        origin="SomeTool 1.0")
    p, report = load(tmp_path, make(tmp_path, xml, RAW.encode()))
    with p:
        assert sorted(s.text for s in p.segments()) == ["Arbeit", "Köln"]
    assert any("UTF-16" in line and "Interview 1" in line for line in report.details())


@pytest.mark.parametrize("namespace", ["urn:QDA-XML:project:1:0", ""])
@pytest.mark.parametrize(("qde_name", "folder"), [("Project.qde", "Sources"),
                                                  ("Meine Studie.qde", "sources")])
def test_layout_and_namespace_variants(tmp_path: Path, namespace: str, qde_name: str,
                                       folder: str) -> None:
    braced = "{" + G(10).upper() + "}"
    xml = qde(codebook(f'<Code guid="{braced}" name="Arbeit" isCodable="true"/>')
              + source(selection(*cp("Arbeit"))), namespace=namespace)
    p, _ = load(tmp_path, make(tmp_path, xml, RAW.encode(), qde_name=qde_name, folder=folder))
    with p:
        [seg] = p.segments()
        assert seg.text == "Arbeit" and seg.code_uuid == G(10)


def test_inline_text_without_a_file(tmp_path: Path) -> None:
    body = (codebook(code(10, "Arbeit")) + f'<Sources><TextSource guid="{TEXT_ID}" name="Inline">'
            "<PlainTextContent>Wir reden über Arbeit.</PlainTextContent>"
            f"{selection(15, 21)}</TextSource></Sources>")
    p, _ = load(tmp_path, make(tmp_path, qde(body)))
    with p:
        assert [s.text for s in p.segments()] == ["Arbeit"]


def test_memos_from_descriptions_notes_and_bare_annotations(tmp_path: Path) -> None:
    note = (f'<Notes><Note guid="{G(700)}" name="Zur Stelle"><PlainTextContent>Notiz zur '
            f'Kodierung</PlainTextContent></Note><Note guid="{G(701)}" name="Tagebuch">'
            f'<PlainTextContent>Lose Notiz</PlainTextContent></Note><Note guid="{G(702)}" '
            f'name="Code-Memo"><PlainTextContent>Über den Code</PlainTextContent></Note>'
            f'<Note guid="{G(703)}" name="Dok"><PlainTextContent>Über das Interview'
            "</PlainTextContent></Note></Notes>")
    # Description, then Coding, then NoteRef: the schema's order inside a selection
    with_memo = (f'<PlainTextSelection guid="{G(500)}" startPosition="{cp("Arbeit")[0]}" '
                 f'endPosition="{cp("Arbeit")[1]}"><Description>Wichtig!</Description>'
                 f'<Coding guid="{G(501)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(10)}"/>'
                 f'</Coding><NoteRef targetGUID="{G(700)}"/></PlainTextSelection>')
    bare = selection(*cp("Köln"), code_n=None, guid=800,
                     inner="<Description>Ortsangabe prüfen</Description>")
    body = (codebook(code(10, "Arbeit", f'<NoteRef targetGUID="{G(702)}"/>'))
            + source(with_memo, bare, extra=f'<NoteRef targetGUID="{G(703)}"/>') + note)
    p, report = load(tmp_path, make(tmp_path, qde(body), RAW.encode()))
    with p:
        [seg] = p.segments()
        memos = {m.title: m for m in p.memos()}
        assert seg.memo == "Wichtig!\n\nNotiz zur Kodierung"
        assert memos["Tagebuch"].text == "Lose Notiz"
        assert memos["Tagebuch"].document_uuid is None and memos["Tagebuch"].code_uuid is None
        assert memos["Code-Memo"].code_uuid == G(10)
        assert memos["Dok"].document_uuid == TEXT_ID
        comment = next(m for t, m in memos.items() if t.startswith("Comment on"))
        assert comment.text == "Ortsangabe prüfen" and "Köln" in comment.title
        assert comment.document_uuid == TEXT_ID
    assert "Zur Stelle" not in memos  # it became the coding's memo, not a memo of its own
    assert any("comment" in line for line in report.details())


def test_names_with_slashes_and_twins_are_fixed_and_reported(tmp_path: Path) -> None:
    body = codebook(code(10, "Arbeit/Beruf"), code(11, "arbeit∕beruf"), code(12, ""))
    p, report = load(tmp_path, make(tmp_path, qde(body)))
    with p:
        names = [c.name for c in p.codes()]
    assert names == ["Arbeit∕Beruf", "arbeit∕beruf (2)", f"Code {G(12)[:8]}"]
    details = "\n".join(report.details())
    assert "'/'" in details and "(2)" in details and "no name" in details


def test_offsets_outside_the_text_are_clamped_or_skipped(tmp_path: Path) -> None:
    n = len(RAW)
    body = codebook(code(10, "Arbeit")) + source(
        selection(cp("Arbeit")[0], n + 50), selection(n + 5, n + 9, guid=600),
        selection(7, 3, guid=700))
    p, report = load(tmp_path, make(tmp_path, qde(body), RAW.encode()))
    with p:
        [seg] = p.segments()
        assert seg.text == "Arbeit.\n"
    details = "\n".join(report.details())
    assert "clamped 1 selection" in details
    assert "skipped 2 selections outside their text or empty" in details


def test_users_codes_and_guids_the_file_does_not_declare(tmp_path: Path) -> None:
    body = codebook(code(10, "Arbeit")) + source(
        selection(*cp("Arbeit"), user=9),
        selection(*cp("Arbeit"), code_n=99, guid=600))
    users = f'<Users><User guid="{G(1)}" name="Ana"/><User guid="{G(2)}"/></Users>'
    p, report = load(tmp_path, make(tmp_path, qde(body, users=users), RAW.encode()))
    with p:
        coders = {c.uuid: c.name for c in p.coders()}
        [seg] = p.segments()
    assert coders[G(2)] == f"User {G(2)[:8]}"
    assert seg.coder == f"User {G(9)[:8]}" and seg.coder_uuid == G(9)
    details = "\n".join(report.details())
    assert "skipped 1 coding of a code that is not in the codebook" in details
    assert "added 1 coder known to the file only by a GUID" in details


def test_two_sources_with_the_same_text_become_one_document(tmp_path: Path) -> None:
    other = G(101)
    body = (codebook(code(10, "Arbeit")) + "<Sources>"
            f'<TextSource guid="{TEXT_ID}" name="A" plainTextPath="internal://{TEXT_ID}.txt">'
            f"{selection(*cp('Arbeit'))}</TextSource>"
            f'<TextSource guid="{other}" name="B" plainTextPath="internal://{other}.txt">'
            f"{selection(*cp('Arbeit'), guid=600)}</TextSource></Sources>")
    path = make(tmp_path, qde(body), RAW.encode())
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(f"sources/{other}.txt", RAW.encode())
    p, report = load(tmp_path, path)
    with p:
        assert [d.name for d in p.documents()] == ["A"]
        # the two sources' codings of the same passage are one coding in one document
        assert [s.text for s in p.segments()] == ["Arbeit"]
    assert any(line.startswith("merged 1 text source") for line in report.details())
    assert any(line.startswith("folded 1 duplicate coding") for line in report.details())


def test_text_that_is_not_utf8_is_read_and_reported(tmp_path: Path) -> None:
    text = "Wir reden über Arbeit, Größe und Maß.\r\n" * 3
    xml = qde(codebook(code(10, "Arbeit")) + source(selection(15, 21)))
    p, report = load(tmp_path, make(tmp_path, xml, text.encode("cp1252")))
    with p:
        assert [s.text for s in p.segments()] == ["Arbeit"]
    assert any("the standard says UTF-8" in line for line in report.details())


def test_a_german_windows_source_reads_as_windows_1252(tmp_path: Path) -> None:
    """Not as cp1250, which charset-normalizer ranks first and which turns "à" into "ŕ"."""
    text = "Café à la carte … Müller\r\nUnd Maß.\r\n"
    start = text.index("à la carte")
    xml = qde(codebook(code(10, "Essen")) + source(selection(start, start + 10)))
    p, report = load(tmp_path, make(tmp_path, xml, text.encode("cp1252")))
    with p:
        [doc] = p.documents()
        assert p.document(doc.uuid).text == text.replace("\r\n", "\n")
        assert [s.text for s in p.segments()] == ["à la carte"]
    assert any("as cp1252 (the standard says UTF-8)" in line for line in report.details())


def test_source_text_is_decoded_without_changing_what_offsets_count() -> None:
    """CRLF and decomposed accents stay as stored: the file's offsets count them."""
    raw = "Cafe\u0301\r\nMu\u0308ller"
    assert decode_text(raw.encode("utf-8")) == (raw, None)
    assert decode_text(codecs.BOM_UTF8 + raw.encode("utf-8")) == (raw, None)
    assert decode_text(codecs.BOM_UTF16_LE + raw.encode("utf-16-le")) == (raw, "UTF-16")


def test_a_source_description_is_kept_as_a_document_memo(tmp_path: Path) -> None:
    body = (f'<Sources><TextSource guid="{TEXT_ID}" name="Inline">'
            "<Description>Interview mit B., Mai 2021</Description>"
            "<PlainTextContent>Wir reden über Arbeit.</PlainTextContent></TextSource></Sources>")
    p, _ = load(tmp_path, make(tmp_path, qde(body)))
    with p:
        [memo] = p.memos()
        assert (memo.title, memo.text, memo.document_uuid) == (
            "Description", "Interview mit B., Mai 2021", TEXT_ID)
