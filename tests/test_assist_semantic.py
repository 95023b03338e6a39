"""The semantic engine (the optional extra ``kodierwerk[assist]``): paraphrases found across
wording, in German and English. Skipped, with the reason, where the extra is not
installed (CI installs ``.[test]`` only)."""

from __future__ import annotations

import pytest

from qda_app import Project
from qda_app.assist import (
    ConsistencyQuery,
    Passage,
    consistency_check,
    semantic,
    similar,
    suggest_codes,
)

from .assist_project import DE, MISS_DE, MISS_EN, SLIP, place

pytestmark = pytest.mark.skipif(
    not semantic.available(),
    reason="the semantic engine is the optional extra: pip install 'kodierwerk[assist]'")
SEMANTIC = {"engine": "semantic"}


def test_a_paraphrase_sharing_no_word_finds_the_passage(assist: Project):
    found = similar(assist, "Public transport out here stops early, so commuting to the plant "
                            "is impossible if you don't drive.", limit=2, **SEMANTIC)
    assert {m.text for m in found} == {
        "Without a car you cannot get to the factory, the last bus leaves at six.", MISS_EN}
    german = similar(assist, "Wer kein eigenes Fahrzeug hat, ist auf dem Land aufgeschmissen.",
                     limit=3, documents=[DE], **SEMANTIC)
    assert MISS_DE in {m.text for m in german}


def test_suggestions_and_consistency_with_the_semantic_engine(assist: Project):
    _, start, end = place(assist, DE, MISS_DE)
    assert suggest_codes(assist, Passage(DE, start, end), **SEMANTIC).suggestions[0].code == \
        "Mobilität"
    report = consistency_check(assist, ConsistencyQuery(engine="semantic"))
    assert ("Mobilität", MISS_DE) in {(m.code, m.text) for m in report.misses}
    assert ("Transport", MISS_EN) in {(m.code, m.text) for m in report.misses}
    mobility = [s for s in report.slips if s.code == "Mobilität"]
    assert [s.coding.text for s in mobility] == [SLIP]
    assert report.engine.startswith("semantic")
