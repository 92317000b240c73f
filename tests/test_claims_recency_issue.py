"""Claims: rules found by reading unseen ANT articles (sentences written for the tests): بلاغ is a medium
(a statement); أحدث/آخر before a poll or report leave the document the teller; بث/نشر in the masculine before a
feminine head are a verbal noun and tell nothing."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def test_statement_carried_by_an_agency() -> None:
    # بلاغ: a statement in Maghrebi usage, set off by commas with the agency that carried it
    claims = full_claims("وذكر النائب العام، في بلاغ نقلته وكالة الأنباء الرسمية، أنه أمر بفتح تحقيق.")
    assert [claim_chain(c) for c in claims] == [
        [("outlet", "وكالة الأنباء الرسمية"), ("official", "النائب العام")]]


def test_recency_word_after_according_to_keeps_the_bare_reading() -> None:
    bare = full_claims("وقتل عشرة مدنيين، بحسب حصيلة أعلنتها السلطات المحلية.")
    recent = full_claims("وقتل عشرة مدنيين، بحسب آخر حصيلة أعلنتها السلطات المحلية.")
    assert len(recent) <= len(bare)


@pytest.mark.parametrize("text, teller", [
    ("وأظهر أحدث استطلاع للرأي أن غالبية الناخبين يؤيدون الإصلاحات.", "استطلاع"),
    ("وأظهر آخر استطلاع للرأي أن غالبية الناخبين يؤيدون الإصلاحات.", "استطلاع"),
    ("وتشير أحدث استطلاعات الرأي إلى أن الحزب المعارض يتقدم.", "استطلاعات"),
])
def test_recency_word_before_a_poll(text: str, teller: str) -> None:
    claims = full_claims(text)
    assert len(claims) == 1
    assert claim_chain(claims[0]) == [("document", teller)]


@pytest.mark.parametrize("text", [
    # the masculine form before a feminine outlet: the verbal noun inside someone's words
    'وقال المحافظ إن "المشاهد التي بث قناة الجزيرة جزءا منها قديمة".',
    "وعين مديرا لنشر الأخبار بعد أن كان مدير نشر صحيفة الغد سنوات.",
    # (a document after بث/نشر with no أن/إن: what was broadcast, no teller either)
    "وطالب نواب بمنع بث الصور في وسائل الإعلام الرسمية.",
    "وظهر في مقابلة مع محطة محلية التي بثت التسجيل كاملا.",
])
def test_issue_verb_without_a_teller(text: str) -> None:
    claims = full_claims(text)
    assert all(c.verb not in ("بث", "بثت", "نشر", "نشرت") for c in claims)


def test_outlet_broadcasting_still_tells() -> None:
    claims = full_claims("وبثت قناة المنار تسجيلا مصورا للهجوم على الموقع.")
    assert [claim_chain(c) for c in claims] == [[("outlet", "قناة المنار")]]
