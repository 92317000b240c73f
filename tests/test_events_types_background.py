"""The events stage on what is no new happening: an agreement or talks told before and cited again (بموجب
اتفاق التسوية، الاتفاق ينص) are the ones told; a threat as a danger (التهديد الإيراني، تبقى التهديد الرئيسي،
صفارات الإنذار) announces no action; an attack told before a threatening word in its clause stays an attack
(only what comes after the threat is its content); the toll of the whole war since it began (منذ اندلاع الحرب،
منذ 2011) is a statistic, while a toll since one offensive began stays. Hand-written sentences with hand-given
entities."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import doc_with_entities

ENTS = [
    ("actor", "regime", ["قوات النظام"]),
    ("actor", "rebels", ["فصائل المعارضة", "الفصائل"]),
    ("actor", "russia", ["روسيا"]),
    ("actor", "israel", ["إسرائيل"]),
    ("actor", "hamas", ["حماس"]),
    ("place", "homs", ["حمص"]),
    ("place", "gaza", ["غزة"]),
    ("place", "ghouta", ["الغوطة"]),
]


def _types(text: str) -> list[tuple[str, str]]:
    """Each event's type and trigger, the article dated (a toll since a year is weighed against its date)."""
    from marsad.stages import events

    doc = doc_with_entities(text, ENTS)
    doc.published = date(2018, 5, 1)
    events.run(doc)
    return [(e.type, e.trigger.text) for e in doc.events]


def test_agreement_cited_again_is_the_one_told() -> None:
    text = ("توصلت فصائل المعارضة إلى اتفاق تسوية مع روسيا يوم الأحد في ريف حمص الشمالي. وبدأت الحافلات "
            "بنقل المقاتلين صباح الاثنين. وخرج نحو ألف مقاتل بموجب اتفاق التسوية إلى الشمال. وينص الاتفاق على "
            "تسليم السلاح الثقيل.")
    assert len([t for t in _types(text) if t[0] == "COORDINATE"]) == 1


def test_another_named_agreement_stays() -> None:
    text = ("وقعت روسيا وتركيا اتفاق سوتشي الشهر الماضي. وقالت الفصائل إن اتفاق أضنة بين أنقرة ودمشق لم يعد "
            "ساريا.")
    coordinate = [t for t in _types(text) if t[0] == "COORDINATE"]
    assert len(coordinate) == 2


@pytest.mark.parametrize("text", [
    "وقال الوزير إن بلاده حرة في التعامل مع التهديد الإيراني أينما كان.",
    "وقال رئيس الحكومة إن إسرائيل تبقى التهديد الرئيسي لبلاده.",
    "ودوت صفارات الإنذار في البلدات القريبة من غزة دون أن تسجل إصابات.",
])
def test_danger_is_no_threat(text: str) -> None:
    assert not [t for t in _types(text) if t[0] == "THREATEN"]


def test_attack_before_the_threat_stays_an_attack() -> None:
    text = "قصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة وتوعدت بالمزيد من الضربات."
    types = _types(text)
    assert ("ATTACK", "قصفت") in types
    assert any(t[0] == "THREATEN" for t in types)


def test_threatened_strike_is_a_threat() -> None:
    text = "وتوعدت إسرائيل بشن ضربات على مواقع حماس في غزة."
    assert not [t for t in _types(text) if t[0] == "ATTACK"]


@pytest.mark.parametrize("text", [
    "ويقدر مراقبون أن أكثر من 350 ألف شخص قتلوا منذ اندلاع الحرب في البلاد.",
    "وتشير أرقام منظمات محلية إلى أن ألفي شرطي قتلوا منذ 2011 في هجمات متفرقة.",
])
def test_war_toll_is_no_event(text: str) -> None:
    assert not [t for t in _types(text) if t[0] == "ATTACK"]


def test_toll_since_an_offensive_stays() -> None:
    text = "وقتل أكثر من ألف مدني منذ بدء هجوم قوات النظام على الغوطة قبل ثلاثة أسابيع."
    assert [t for t in _types(text) if t[0] == "ATTACK"]
