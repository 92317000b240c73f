"""Claims, round 14b (sentences written for the tests): a teller's span stops where the verb's object or the
outlet's quoted words begin."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[str]:
    return [claim_chain(c)[-1][1] for c in full_claims(text)]


def test_a_long_quote_after_an_outlet_already_named_is_what_it_wrote() -> None:
    text = ('وفي افتتاحيتها صباح السبت، كتبت الصحيفة "لقد تخطت الميليشيات كل الحدود في ريف المدينة"، '
            'ونشرت على موقعها صورا للدمار.')
    assert _tellers(text) == ["الصحيفة"]


def test_a_common_word_after_an_anaphoric_outlet_opens_the_object() -> None:
    assert _tellers("ووصفت الوكالة إجراءات الحاجز بأنها تعسفية وغير قانونية.") == ["الوكالة"]
    # (but the same outlet again keeps its anaphor)
    assert _tellers("نشرت وكالة سند صورا للقصف. وأشارت الوكالة نفسها إلى أن القصف طال مدرسة.") == [
        "الوكالة نفسها"]


@pytest.mark.parametrize("text, teller", [
    ("وأكد مدير الصحة في المحافظة أحمد الكردي حصيلة الضحايا، وذكر أن عشرة مصابين نقلوا إلى المستشفى.",
     "مدير الصحة في المحافظة أحمد الكردي"),
    ("وأكد قائد الشرطة في القضاء نجيب الله ستانكزاي حصيلة القتلى، وقال إن التحقيق مستمر.",
     "قائد الشرطة في القضاء نجيب الله ستانكزاي"),
])
def test_a_name_ends_before_the_verbs_object(text: str, teller: str) -> None:
    assert _tellers(text)[0] == teller


def test_a_bodys_name_ends_before_its_participle_of_belonging_past_the_word_limit() -> None:
    text = "أعلن مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة، يوم الخميس، إغلاق المعابر أمام العائدين."
    assert _tellers(text) == ["مكتب تنسيق الشؤون الإنسانية"]


def test_unnamed_media_after_a_sentence_its_teller_opens_are_its_outer_link() -> None:
    text = "أعلن مجلس محافظة البصرة، يوم الأحد، إطلاق خطة جديدة لتوزيع المياه على الأقضية، وفق إعلام محلي."
    (claim,) = full_claims(text)
    assert [s.text for s in claim.sources] == ["إعلام محلي", "مجلس محافظة البصرة"]


@pytest.mark.parametrize("text, chain", [
    ("ونقلت وكالة الأنباء الرسمية مساء السبت عن مصدر في الشرطة أن دورية تعرضت لكمين قرب الحدود.",
     ["وكالة الأنباء الرسمية", "مصدر في الشرطة"]),
    ("وكان الجيش قد نقل عن مصدر ميداني أن الهجوم أحبط قبل وصوله إلى البلدة.", ["الجيش", "مصدر ميداني"]),
])
def test_a_relay_verb_keeps_both_links(text: str, chain: list[str]) -> None:
    (claim,) = full_claims(text)
    assert [s.text for s in claim.sources] == chain
