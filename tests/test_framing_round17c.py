"""Round 17c: a bare militia-family label with no name in its sentence falls on the article's one armed group."""
from __future__ import annotations

from tests.conftest import framing_pairs


def test_bare_rebels_label_is_the_one_group_named_a_sentence_before() -> None:
    text = "سيطرت جماعة الحوثي على مدينة صغيرة قرب الساحل. ويطالب التحالف بانسحاب غير مشروط للمتمردين من المدينة."
    assert ("متمردين", "houthis") in framing_pairs(text)


def test_bare_rebels_label_after_a_sentence_on_another_group_of_the_story() -> None:
    text = "تقدمت حركة الشباب في قرى الجنوب. وقال مسؤول إن الجيش يحاصر المتمردين في الغابة."
    assert ("المتمردين", "al-shabaab") in framing_pairs(text)


def test_two_groups_named_leave_the_bare_label_unaimed() -> None:
    text = "قال مسؤولون إن جماعة الحوثي وحزب الله نسقا مواقفهما. وطالبت الحكومة بانسحاب المتمردين من الميناء."
    assert not [p for p in framing_pairs(text) if p[0] == "المتمردين"]


def test_a_jihadist_group_named_in_passing_is_not_the_rebels() -> None:
    text = "كانت واشنطن منشغلة بالحرب على داعش. وتتقدم القوات الحكومية نحو الجيوب المتمردة المتبقية قرب العاصمة."
    assert not [p for p in framing_pairs(text) if p[0] == "المتمردة"]
