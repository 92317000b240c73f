"""Claims, round 14 (follow-up): a time of day (ليل) between a relay verb and its عن, after a subject set off by a
comma (وكان الإعلام الرسمي، نقل ليل الأحد عن مصدر), and after an outlet named before (ونقلت الوكالة ليل الثلاثاء عن)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, outer, inner", [
    ("وكان الإعلام الرسمي السوري، نقل ليل الأحد عن مصدر عسكري أن الدفاعات الجوية تصدت لصواريخ فوق العاصمة.",
     ("anonymous", "الإعلام الرسمي السوري"), ("anonymous", "مصدر عسكري")),
    ("وكان التلفزيون العراقي الرسمي، نقل ليل الأحد عن مسؤول في وزارة الداخلية أن الطريق الدولي أعيد فتحه.",
     ("outlet", "التلفزيون العراقي الرسمي"), ("official", "مسؤول في وزارة الداخلية")),
])
def test_a_night_between_the_relay_and_its_an_after_a_comma_keeps_the_inner_link(
        text: str, outer: tuple[str, str], inner: tuple[str, str]) -> None:
    assert _chains(text) == [[outer, inner]]


def test_a_night_after_an_outlet_named_before_is_no_word_of_its_name() -> None:
    text = "ونقلت الوكالة ليل الثلاثاء عن مصدر أمني أن الطريق بين المدينتين أغلق أمام المدنيين."
    assert _chains(text) == [[("outlet", "الوكالة"), ("anonymous", "مصدر أمني")]]
