"""Code systems nested more than 1,000 levels deep: no RecursionError anywhere.

A damaged or hostile file can nest codes as deep as XML allows; every walk of the
code tree (reading a codebook, writing a project, exporting it again, listing and
merging codes) goes by a stack, not by Python's call stack, which ends at 1,000.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.errors import ImportFormatError
from qda_app.records import CodeSpec
from qda_app.refi import export_qdc, export_qdpx, import_codebook, import_qdpx, read_qdpx

DEPTH = 1_100
DOC = "44444444-0000-0000-0000-000000000000"


def guid(i: int, prefix: int = 1) -> str:
    return f"{prefix:08d}-0000-0000-0000-{i:012d}"


def deep_qdpx(path: Path, depth: int) -> Path:
    """One chain of ``depth`` codes, and a coding of the deepest one."""
    opens = "".join(f'<Code guid="{guid(i)}" name="c{i}" isCodable="true">'
                    for i in range(depth))
    qde = (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
           f'name="tief"><CodeBook><Codes>{opens}{"</Code>" * depth}</Codes></CodeBook>'
           f'<Sources><TextSource guid="{DOC}" name="t"><PlainTextContent>Hallo Welt'
           f'</PlainTextContent><PlainTextSelection guid="{guid(1, 5)}" startPosition="0" '
           f'endPosition="5"><Coding guid="{guid(1, 6)}"><CodeRef targetGUID="{guid(depth - 1)}"'
           '/></Coding></PlainTextSelection></TextSource></Sources></Project>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde)
    return path


def test_python_would_overflow_at_this_depth() -> None:
    assert sys.getrecursionlimit() < DEPTH


def test_a_deep_project_imports_lists_exports_and_reimports(tmp_path: Path) -> None:
    report = import_qdpx(deep_qdpx(tmp_path / "tief.qdpx", DEPTH), tmp_path / "tief.qda")
    assert (report.codes, report.codings) == (DEPTH, 1)
    with Project.open(tmp_path / "tief.qda") as p:
        codes = p.codes()
        assert [c.depth for c in codes] == list(range(DEPTH))
        assert codes[0].codings_total == 1
        export_qdc(p, tmp_path / "tief.qdc")
        export_qdpx(p, tmp_path / "wieder.qdpx")
    again, _ = read_qdpx(tmp_path / "wieder.qdpx")
    assert again.documents[0].codings[0].code_guid == guid(DEPTH - 1)
    with Project.create(tmp_path / "leer.qda") as fresh:
        assert import_codebook(fresh, tmp_path / "tief.qdc").codes == DEPTH
        assert fresh.codes()[-1].path == "/".join(f"c{i}" for i in range(DEPTH))


def test_merging_two_deep_chains_merges_every_level(project: Project) -> None:
    """Each level has a twin in the other chain: the merge goes all the way down."""
    chain = ["/".join("x" * (k + 1)) for k in range(DEPTH)]  # x, x/x, x/x/x...
    project.add_codes([CodeSpec(f"{top}/{path}") for top in "ab" for path in chain])
    doc = project.add_document("d", "Hallo Welt")
    project.add_coding(doc.uuid, f"a/{chain[-1]}", 0, 5)
    project.add_coding(doc.uuid, f"b/{chain[-1]}", 6, 10)
    result = project.merge_codes("b/x", "a/x")
    assert (result.moved, result.duplicates) == (1, 0)
    assert [c.path for c in project.codes()] == ["a", *(f"a/{path}" for path in chain), "b"]
    assert sorted(s.start for s in project.segments()) == [0, 6]


def test_deeper_than_xml_allows_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError) as info:
        import_qdpx(deep_qdpx(tmp_path / "tief.qdpx", 3_000), tmp_path / "tief.qda")
    assert str(info.value) == ("tief.qdpx nests its elements more than 2048 levels deep, "
                               "more than Kodierwerk reads; nothing imported")
    assert not (tmp_path / "tief.qda").exists()
