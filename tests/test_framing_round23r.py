"""Framing, round 23 (FR2): a bare terrorism word in the Syrian government's own claim (SANA, a Syrian official)
when the article names none of its usual enemies labels the armed opposition, added to the article with the term as
its mention. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-07-10")


@pytest.mark.parametrize("text", [
    "وقالت وكالة الأنباء السورية (سانا) إن وحدات الجيش قضت على أعداد كبيرة من الإرهابيين في ريف درعا الشرقي.",
    "وذكرت سانا أن وحدات الجيش قطعت خطوط إمداد الإرهابيين بين البلدتين في ريف القنيطرة.",
    "وقالت سانا إن الاتفاق ينص على تسليم المجموعات الإرهابية سلاحها الثقيل في درعا البلد.",
])
def test_state_media_terrorists_unnamed_are_the_armed_opposition(text: str) -> None:
    assert [who for _t, who in frames(text)] == ["syr-opposition-factions"]


def test_the_added_opposition_entity_holds_the_term_as_its_mention() -> None:
    text = "وذكرت سانا أن وحدات الجيش قطعت خطوط إمداد الإرهابيين بين البلدتين في ريف القنيطرة."
    art = marsad.analyze(text, published="2018-07-10").to_dict()
    ent = next(e for e in art["entities"] if e.get("ref") == "syr-opposition-factions")
    assert [m["text"] for m in ent["mentions"]] == ["الإرهابيين"]
    assert [f["target"] for f in art["framing"]] == [ent["id"]]


@pytest.mark.parametrize(("text", "who"), [
    # a usual enemy named beside the term keeps it
    ("وقالت سانا إن وحدات الجيش قضت على أعداد كبيرة من إرهابيي داعش في البادية.", "isis"),
    # one named elsewhere in the article is still preferred to the unnamed opposition
    ("وتقدمت قوات النظام نحو مواقع هيئة تحرير الشام في ريف إدلب. وقالت سانا إن الجيش قتل عشرات الإرهابيين.",
     "hts"),
])
def test_a_named_usual_enemy_comes_first(text: str, who: str) -> None:
    assert [w for t, w in frames(text) if "رهاب" in t] == [who]


@pytest.mark.parametrize("text", [
    # the fight against terrorism in general: no one
    "وقالت سانا إن الحكومة السورية ستواصل مكافحة الإرهاب في كل أنحاء البلاد.",
    # an outside voice's bare word: no party whose unnamed enemy is known
    "وقال مسؤول محلي إن الإرهابيين هاجموا القرية ليلا وفروا قبل وصول الشرطة.",
    # SANA no longer speaks for the Assad-era government after December 2024
])
def test_no_unnamed_enemy_outside_the_party_s_claims(text: str) -> None:
    assert [w for _t, w in frames(text) if w == "syr-opposition-factions"] == []


def test_after_the_government_fell_sana_is_no_assad_voice() -> None:
    text = "وقالت سانا إن قوات الأمن قضت على أعداد من الإرهابيين في ريف اللاذقية."
    assert [w for _t, w in framing_pairs(text, "2025-03-08") if w == "syr-opposition-factions"] == []


# An act adjective followed, past its sister adjectives, by ل and a group labels that group: the act is its own.
@pytest.mark.parametrize(("text", "terms_who"), [
    ("وقال المتحدث إن التحالف سيواصل التصدي للأعمال الإجرامية والإرهابية لميليشيات الحوثي في الساحل الغربي.",
     [("الإجرامية", "houthis"), ("الإرهابية", "houthis")]),
    ("وقالت الوزارة إن الأعمال الإرهابية لتنظيم داعش تراجعت كثيرا هذا العام.", [("الإرهابية", "isis")]),
    ("وقصفت طائرات التحالف مواقع الحوثيين. وأدان المتحدث الأعمال الإرهابية للحوثيين ضد السفن التجارية.",
     [("الإرهابية", "houthis")]),
])
def test_an_act_s_owner_after_lam_is_labelled(text: str, terms_who: list[tuple[str, str]]) -> None:
    assert [(t, w) for t, w in frames(text) if t in ("الإجرامية", "الإرهابية")] == terms_who


@pytest.mark.parametrize("text", [
    # ل before a day, no group: the adjective still describes the act only
    "وأدان البيان الهجمات الإرهابية لليوم الثالث على التوالي في العاصمة.",
    "وقالت الوزارة إن العمليات الإرهابية تراجعت كثيرا هذا العام في سيناء.",
])
def test_an_act_with_no_owner_stays_unlabelled(text: str) -> None:
    assert frames(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("وقال الوزير إن إيران هي أكبر مصدر للإرهاب في الشرق الأوسط.", "iran"),
    ("وقال الوزير إن النظام الإيراني مصدر للإرهاب وعدم الاستقرار في المنطقة.", "iran"),
])
def test_a_state_called_the_source_of_terrorism(text: str, who: str) -> None:
    assert [w for _t, w in frames(text)] == [who]


@pytest.mark.parametrize("text", [
    "وقال الباحث إن الفقر مصدر للإرهاب في كثير من الدول.",
    "وقال التقرير إن الإنترنت أصبح مصدرا للإرهاب والتطرف.",
])
def test_a_thing_called_a_source_of_terrorism_is_no_party(text: str) -> None:
    assert frames(text) == []
