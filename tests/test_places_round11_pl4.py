"""Round 11 (fourth pass) of the places stage: cue nouns. The sentences are written for these tests."""

from __future__ import annotations

import marsad


def _places(text: str) -> dict[str, dict]:
    art = marsad.analyze(text, published="2018-05-01").to_dict()
    return {m["text"]: e for e in art["entities"] if e["type"] == "place" for m in e["mentions"]}


def test_dual_subdistrict_noun_is_a_cue() -> None:
    # ناحيتي, the dual of ناحية, licenses a name that is also a word (الدور 'the roles') as ناحية does
    places = _places("استعادت القوات العراقية ناحيتي الدور والعلم شرق تكريت بعد قتال عنيف.")
    assert "الدور" in places
    assert "العلم" in places
    assert places["الدور"]["lat"] is not None and abs(places["الدور"]["lat"] - 34.45) < 0.3


def test_dual_subdistrict_noun_as_for_my_part_makes_no_place() -> None:
    assert _places("من ناحيتي، أرى أن الدور الأهم للحوار بين الأطراف.") == {}
