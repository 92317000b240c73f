"""Round 20b, events recall: a deployment by bare factions, fire that is no attack, a force that publishes."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "ونشرت الفصائل المسلحة مقاتليها على طول الطريق الدولي.",
    "ونشرت الفصائل عناصرها على أطراف البلدة الشمالية.",
])
def test_bare_factions_deploy(text: str) -> None:
    # no named party and no force word of the civil-sense list: الفصائل and the troop noun with its pronoun
    # (مقاتليها) now count as force words, so the deployment is no civil sense of نشر
    assert event_types(text) == ["DEPLOY"]


@pytest.mark.parametrize("text", [
    "وقال مصدر طبي إن الشرطي أطلق النار على نفسه بسلاحه الشخصي داخل منزله.",
    "وتوفي صبي بعد أن أطلق والده النار عن طريق الخطأ أثناء تنظيف بندقيته.",
    "وأطلق حارس النار بالخطأ على زميله في مخزن الشركة.",
    "وأصيب ثلاثة أطفال برصاص الابتهاج خلال حفل عرس في القرية.",
    "وقتل شاب بإطلاق نار عشوائي ابتهاجا بنتائج الامتحانات.",
])
def test_fire_that_is_no_attack(text: str) -> None:
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "وأطلق مسلحون النار على سيارة للشرطة قرب الحاجز.",
    "وقصفت الطائرات بالخطأ موقعا للقوات الحكومية قرب المدينة.",
    "وقتل شاب بعد أن أطلق عليه مسلحون النار في نفس الشارع.",
])
def test_fire_at_others_stays_attack(text: str) -> None:
    # no fire word before the cue (a strike by mistake), or no cue (نفس الشارع is no self-directed fire)
    assert "ATTACK" in event_types(text)


@pytest.mark.parametrize("text", [
    "ونشرت قوات الأمن صورا لثلاثة مطلوبين على صفحتها الرسمية.",
    "ونشر الجيش مقطعا مصورا للعملية على موقعه.",
])
def test_publishing_is_no_deploy(text: str) -> None:
    assert "DEPLOY" not in event_types(text)


def test_troops_before_picture_stay_deploy() -> None:
    assert "DEPLOY" in event_types("ونشر الجيش تعزيزات عسكرية وصورا لها على أطراف المدينة.")
