"""Round 14 (EV2): the verb نشر as a deployment when a count of soldiers follows it.

نشر is as often publishing (نشرت الصحيفة تقريرا) as deploying; a noun of soldiers in a count's form within five
words after it (نحو 2000 جندي، 300 عسكري، 40 عنصرا) tells troops were sent, a subject, a time or a place
between. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import event_roles


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("وتنشر بريطانيا نحو 800 جندي في إستونيا ضمن قوة الحلف.", "تنشر", "uk"),
    ("ونشرت روسيا الشهر الماضي 300 عسكري قرب الحدود.", "نشرت", "russia"),
    ("وينشر الجيش التركي قرابة 40 عنصرا في المنطقة لحماية نقطة المراقبة.", "ينشر", "turkish-army"),
])
def test_a_count_of_soldiers_after_nashar_is_a_deployment(text: str, trigger: str, doer: str) -> None:
    found = [(t, a1) for t, a1, _a2 in event_roles(text) if trigger in t]
    assert found, event_roles(text)
    assert found[-1][1] == doer


@pytest.mark.parametrize(("text", "trigger"), [
    ("ونشرت الوكالة صورا لجنود في الساحة العامة.", "نشرت"),
    ("ونشر الموقع مقالا طويلا عن الأزمة الاقتصادية.", "نشر"),
])
def test_nashar_with_no_soldiers_is_publishing(text: str, trigger: str) -> None:
    assert not [r for r in event_roles(text) if trigger in r[0]], event_roles(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("اشتبك مقاتلو حزب الله مع محتجين في بيروت. وعقب ذلك انتشرت عناصر أمنية في محيط الساحة.", "انتشرت"),
    ("هاجم مسلحون من حركة الشباب فندقا في مقديشو. واعتقلت قوات أمن ثلاثة مشتبه بهم.", "اعتقلت"),
])
def test_indefinite_security_men_are_a_state_body_no_group_is_borrowed(text: str, trigger: str) -> None:
    # عناصر أمنية، قوات أمن: an unnamed state body did it, not the armed group of the sentence before
    found = [r for r in event_roles(text) if trigger in r[0]]
    assert found and found[-1][1] is None, event_roles(text)


def test_a_person_of_the_struck_state_is_no_borrowed_attacker() -> None:
    # French soldiers hurt in the attack: France's president, named before, did not do it nor the next one
    roles = event_roles("التقى إيمانويل ماكرون رئيس مالي في باماكو. وأصيب أربعة جنود فرنسيين في هجوم على قاعدة"
                        " في شمال مالي. واستهدف هجوم آخر مقرا للقوة المشتركة في غاو.")
    attacks = [r for r in roles if "هجوم" in r[0]]
    assert len(attacks) == 2, roles
    assert attacks[0][1] is None
    assert all(a1 != "emmanuel-macron" for _t, a1, _a2 in attacks), roles
