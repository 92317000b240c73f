"""Entities and claims, round 23 (FX): the rebels (الثوار) of a sentence that another country frames (في اليمن،
… الثوار) are not Syria's in an article about Syria; a state's nisba plural after officials stays in the teller
(مسؤولون باكستانيون) while it names the state (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import mention_refs

# an article about Syria: its places lie in Syria, whatever one sentence tells of another country
_SYRIAN = "شنت قوات النظام السوري غارات على أحياء حمص القديمة، وامتد القصف إلى ريف حماة وإدلب ودرعا. "


@pytest.mark.parametrize("text", [
    _SYRIAN + "وفي تونس، خرج الثوار إلى الشوارع قبل أن يفر الرئيس.",
    _SYRIAN + "في ليبيا، ساند حلف الناتو الثوار في حربهم على القذافي قبل سنوات.",
    _SYRIAN + "«أما في ليبيا فقد سلح الغرب الثوار الذين أطاحوا بالعقيد».",
])
def test_rebels_in_a_sentence_framed_by_another_country_are_not_syria_s(text: str) -> None:
    refs = mention_refs(text)
    assert refs.get("الثوار") != "syr-opposition-factions"
    assert "syr-gov-assad" in refs.values()  # the article stays Syrian: only the one sentence is framed


@pytest.mark.parametrize("text", [
    # nothing abroad frames the sentence
    _SYRIAN + "وقال ناشط إن الثوار صدوا هجوما على أطراف المدينة.",
    # another country named, but the sentence names a Syrian place too
    _SYRIAN + "وفي تركيا، قال قائد ميداني إن الثوار في إدلب يستعدون لمعركة جديدة.",
    # a place abroad inside the sentence, where someone spoke, does not frame it
    _SYRIAN + "وقال مسؤول في موسكو إن الثوار استهدفوا مواقع للجيش بطائرات مسيرة.",
])
def test_rebels_in_an_unframed_or_syrian_sentence_stay_syria_s(text: str) -> None:
    assert mention_refs(text).get("الثوار") == "syr-opposition-factions"


@pytest.mark.parametrize(("text", "teller", "ref"), [
    ("قال مسؤولون باكستانيون إن قصفا مدفعيا استهدف نقطة حدودية قرب بيشاور.", "مسؤولون باكستانيون", "pakistan"),
    ("وأكد مسؤولون نيجيريون أن مسلحين هاجموا مركزا للشرطة في الشمال.", "مسؤولون نيجيريون", "nigeria"),
])
def test_a_state_nisba_after_officials_stays_in_the_teller(text: str, teller: str, ref: str) -> None:
    art = marsad.analyze(text, published="2018-06-01")
    assert [s.text for c in art.claims for s in c.sources] == [teller]
    nisba = teller.split()[1]
    assert any(e.ref == ref and m.text == nisba for e in art.entities for m in e.mentions)
