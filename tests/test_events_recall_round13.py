"""Round 13, events that were missed (recall): a release told verb-subject-object, the releaser between the verb and
سراح/سبيل (أطلقت السلطات سراح المعتقلين)."""

from __future__ import annotations

import marsad


def types_of(text: str) -> list[tuple[str, str]]:
    return [(ev.type, ev.trigger.text) for ev in marsad.analyze(text).events]


def test_a_release_with_the_releaser_between_is_a_release() -> None:
    text = "وأطلقت السلطات الأمنية في المدينة سراح سبعة معتقلين صباح الثلاثاء."
    assert ("RELEASE", "أطلقت") in types_of(text)


def test_a_release_with_a_pronoun_is_a_release() -> None:
    text = "وقال المحامي إنه يتوقع أن تطلق النيابة العامة سراحهم غدا."
    assert [t for t in types_of(text) if t[0] == "RELEASE"]


def test_a_court_letting_go_is_a_release() -> None:
    text = "وأخلت محكمة الجنايات سبيل الناشطين الثلاثة بكفالة مالية."
    assert ("RELEASE", "أخلت") in types_of(text)


def test_a_launch_of_a_campaign_is_no_release() -> None:
    text = "وأطلقت الجمعية حملة لجمع التبرعات للمتضررين من الفيضانات."
    assert not [t for t in types_of(text) if t[0] == "RELEASE"]


def test_freeing_a_place_is_a_capture() -> None:
    text = "وحررت وحدات الجيش مواقع جديدة في ريف المحافظة الغربي بعد معارك عنيفة."
    assert ("SEIZE", "حررت") in types_of(text)
    assert not [t for t in types_of(text) if t[0] == "RELEASE"]


def test_freeing_hostages_stays_a_release() -> None:
    text = "وحررت وحدات الجيش الرهائن المحتجزين لدى العصابة."
    assert ("RELEASE", "حررت") in types_of(text)


def test_police_stopping_someone_is_an_arrest() -> None:
    text = "وأوقفت الشرطة الهولندية مساء السبت شابين يشتبه بتخطيطهما لهجوم."
    assert ("ARREST", "أوقفت") in types_of(text)


def test_stopping_a_thing_is_no_arrest() -> None:
    text = "وأوقفت الوزارة صرف الرواتب حتى نهاية الشهر."
    assert not [t for t in types_of(text) if t[0] == "ARREST"]


def test_dying_by_gunfire_is_an_attack() -> None:
    text = "ولقي شابان حتفهما صباح الجمعة برصاص دورية حرس الحدود قرب السياج."
    assert ("ATTACK", "لقي") in [(t, w[:3]) for t, w in types_of(text)]


def test_dying_in_an_accident_is_no_attack() -> None:
    text = "ولقي أربعة عمال حتفهم إثر انهيار مبنى قديم في المدينة."
    assert not [t for t in types_of(text) if t[0] == "ATTACK"]
