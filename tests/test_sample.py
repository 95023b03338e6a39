"""The bundled sample project: real text, a code tree, codings that fit their quotes."""

from __future__ import annotations

import json

from qda_app import Project
from qda_app.bundled import resource


def test_sample_has_the_code_tree_with_colours_and_descriptions(sample: Project) -> None:
    codes = {c.path: c for c in sample.codes()}
    for path in ["Arbeit und Ausbildung/Sprache", "Arbeit und Ausbildung/Berufsschule",
                 "Arbeit und Ausbildung/Prüfung/Nachteilsausgleich",
                 "Arbeit und Ausbildung/Kammern", "Aufenthaltsstatus", "Mobilität",
                 "Begegnungsorte", "Governance/Kommunale Verantwortung"]:
        assert path in codes
        assert codes[path].color.startswith("#") and codes[path].description


def test_every_sample_coding_codes_its_quote(sample: Project) -> None:
    data = json.loads(resource("sample_codings.json").read_text(encoding="utf-8"))
    segments = sample.segments()
    assert len(segments) == len(data["codings"]) >= 30
    got = sorted((s.code, s.coder, s.text) for s in segments)
    want = sorted((c["code"], c["coder"], c["quote"]) for c in data["codings"])
    assert got == want
    assert {c.name for c in sample.coders()} == {"Anna Keller", "Jonas Weber"}


def test_sample_passes_the_check_and_has_memos(sample: Project) -> None:
    assert sample.check() == []
    [doc] = sample.documents()
    assert sample.memos(document=doc.name)
    assert any(m.document_uuid is None and m.code_uuid is None for m in sample.memos())
