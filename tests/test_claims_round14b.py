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


@pytest.mark.parametrize("text, teller", [
    ("وأكد مدير الصحة في المحافظة أحمد الكردي حصيلة الضحايا، وذكر أن عشرة مصابين نقلوا إلى المستشفى.",
     "مدير الصحة في المحافظة أحمد الكردي"),
    ("وأكد قائد الشرطة في القضاء نجيب الله ستانكزاي حصيلة القتلى، وقال إن التحقيق مستمر.",
     "قائد الشرطة في القضاء نجيب الله ستانكزاي"),
])
def test_a_name_ends_before_the_verbs_object(text: str, teller: str) -> None:
    assert _tellers(text)[0] == teller
