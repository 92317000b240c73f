"""Claims, round 15c: a teller stops at the بـ that opens what أفاد tells, whatever path read it; a teller's text
never ends on a preposition whose object a parse left out; a bare outlet noun after a correspondent (مراسل القناة)
is the outlet cited before under that noun, not "the channel"."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


@pytest.mark.parametrize(("text", "teller"), [
    ("أفاد مراسلنا في إدلب ببدء خروج العائلات من المخيم.", "مراسلنا في إدلب"),
    ("وأفاد موفد الوكالة إلى المعبر بإخراج عشرات الجرحى من المدينة.", "موفد الوكالة إلى المعبر"),
    ("أفاد الناطق باسم الدفاع المدني بمقتل خمسة عمال في القصف.", "الناطق باسم الدفاع المدني"),
])
def test_teller_stops_at_bi_verbal_noun_after_afada(text: str, teller: str) -> None:
    claims = full_claims(text)
    assert claims, text
    assert claim_chain(claims[0])[-1][1] == teller


def test_teller_text_drops_a_stray_preposition() -> None:
    claims = full_claims("بثت قناة تلفزيونية تابعة للحوثيين في الحديدة ما تقول إنها مشاهد للمعارك.")
    texts = [s[1] for c in claims for s in claim_chain(c)]
    assert texts, "a claim is read"
    assert not any(t.split()[-1] in {"في", "من", "إلى", "على", "عن"} for t in texts), texts
    assert texts[0].startswith("قناة تلفزيونية تابعة للحوثيين")


def test_correspondent_of_the_channel_is_the_channel_cited_before() -> None:
    claims = full_claims("وبثت قناة الجزيرة صورا للدمار. وقال مراسل القناة إن القصف طال سوق المدينة.")
    chain = claim_chain(claims[-1])
    assert chain[0] == ("outlet", "قناة الجزيرة"), chain
    assert chain[-1][1] == "مراسل القناة"
