"""Round 25 (EV3): a singular battle noun that tells no fighting (events.detect._battle_untold).

The noun معركة alone was, on unseen articles, mostly a slogan, an aim, a readiness, a threat, a past war or
a back-reference to a battle already told. It tells a fight when a verb of fighting or breaking out carries it
(event_cues untold_battle verbs), or when a preposition of place follows it (معركة وشيكة في ...)."""

from __future__ import annotations

import pytest

import marsad


def _battles(text: str) -> list[marsad.model.Event]:
    """The ATTACK records whose trigger is a battle noun."""
    doc = marsad.analyze(text)
    return [e for e in doc.events if e.type == "ATTACK" and "معرك" in text[e.trigger.start:e.trigger.end]]


@pytest.mark.parametrize("text", [
    # a slogan of a war on terror
    "وقال الوزير في مؤتمر صحفي إن بلاده تخوض حربا طويلة، مضيفا: نحن في قلب معركة مفتوحة ضد التطرف.",
    # the battle is not over yet: general war talk
    "وأكد المسؤول الأمني أن المعركة مع الجماعات المتشددة لم تنته بعد.",
    # readiness: ل on the verb is a purpose
    "وذكرت مصادر عسكرية أن ألوية من الجيش باتت جاهزة لخوض المعركة الكبرى لاستعادة مدينة الموصل.",
    # a threat to carry the battle elsewhere
    "وكتب المستشار على تويتر أن نقل المعركة إلى عمق أراضي الخصم بات خيارا مطروحا.",
    # a back-reference with no battle told
    "وقالت مصادر محلية إن خسائر المسلحين في معركة الميناء بلغت العشرات.",
])
def test_a_battle_named_without_fighting_is_no_event(text: str) -> None:
    assert _battles(text) == []


@pytest.mark.parametrize("text", [
    # carried by a verb of fighting, its subject and an apposition between
    "وتخوض القوات الحكومية، المدعومة بطائرات التحالف، معركة مع المسلحين بالقرب من مدينة تكريت.",
    # a battle breaks out at a place
    "واندلعت معركة عنيفة في ضواحي مدينة سرت بين الجيش ومقاتلي التنظيم.",
    # a battle with its outcome told
    "وأسفرت معركة البلدة عن مقتل عشرين مسلحا وأسر خمسة آخرين.",
    # a battle described as raging at a front
    "وقال ضابط في الجيش إن المعركة المستمرة منذ الفجر على جبهة المطار أوقعت قتلى في صفوف المهاجمين.",
    # a battle expected at a place keeps its record (coded expected)
    "وتواصل قوات النظام الاستعدادات لمعركة وشيكة في ريف حماة الشمالي.",
    # a battle awaited, its place as genitive
    "وقالت مصادر إن قوات النظام حشدت مئات العناصر قبل معركة درعا المرتقبة.",
])
def test_a_battle_fought_or_placed_stays(text: str) -> None:
    assert len(_battles(text)) == 1
