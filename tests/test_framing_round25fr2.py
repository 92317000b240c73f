"""Framing, round 25 (FR2): a people-form in construct with a place (متطرفي درنة، إرهابيي بنغازي) and terrorism a
place is freed from (تحرير مدينة درنة من الإرهاب) name the armed group of that place the article names, one whose
name holds the place's (framing pack 82, `place_group`, `liberated_by`); a demonstrative after the construct
(هؤلاء المتطرفين) points back to that group. With no such group the place labels no one. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs

DERNA = "derna-mujahideen-shura"
BENGHAZI = "benghazi-revolutionaries-shura"


def aimed(text: str, word: str) -> set[str | None]:
    return {target for term, target in framing_pairs(text, "2018-06-01") if word in term}


@pytest.mark.parametrize(("text", "word", "who"), [
    ("تقدمت القوات نحو وسط المدينة حيث يتحصن عناصر مجلس شورى مجاهدي درنة. ورفض القائد الميداني أي وساطة "
     "تسمح بخروج متطرفي درنة إلى مدن أخرى.", "متطرفي", DERNA),
    # the nearest group is the one sending them money, not those the term names
    ("قصفت الطائرات مواقع مجلس شورى ثوار بنغازي قرب الميناء. واتهم المتحدث العسكري تنظيم القاعدة بإرسال "
     "الأموال إلى إرهابيي بنغازي عبر الحدود الجنوبية.", "إرهابيي", BENGHAZI),
    ("اشتبكت الوحدات العسكرية مع مجلس شورى مجاهدي درنة عند المدخل الجنوبي. وأكد آمر الكتيبة أن معركة تحرير "
     "مدينة درنة من الإرهاب ستنتهي خلال أيام.", "الإرهاب", DERNA),
    ("يواصل مجلس شورى ثوار بنغازي القتال في حي الصابري. وقال الناطق العسكري إن العمل جار لتطهير بنغازي من "
     "الإرهاب بشكل كامل.", "الإرهاب", BENGHAZI),
])
def test_the_group_of_the_place(text: str, word: str, who: str) -> None:
    assert aimed(text, word) == {who}


def test_a_demonstrative_after_the_construct_points_back_to_the_group() -> None:
    text = ("حاصر الجيش عناصر مجلس شورى مجاهدي درنة في الأحياء الشرقية. وطالبت جهات قبلية بممر آمن لمتطرفي "
            "درنة. وقال المتحدث العسكري إن القيادة رفضت الطلب. وتساءل: كيف نترك هؤلاء المتطرفين يفرون من العدالة؟")
    assert aimed(text, "المتطرفين") == {DERNA}


@pytest.mark.parametrize(("text", "word"), [
    # no group of the place is named: the place is no one's name
    ("وقال المسؤول المحلي إن متطرفي حلب لم يعودوا قادرين على التجنيد في الأرياف.", "متطرفي"),
    ("وقال الوزير في مؤتمر صحفي إن بلاده ماضية في تحرير سيناء من الإرهاب مهما طال الزمن.", "الإرهاب"),
])
def test_no_group_of_the_place_no_record(text: str, word: str) -> None:
    assert aimed(text, word) == set()
