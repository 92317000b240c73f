"""Claims, round 15d: one rule for an outlet's correspondent or envoy, and an unnamed outlet keeps its side.

An outlet speaks through its correspondent (مراسل) or envoy (موفد، مندوب): unnamed he is an anonymous inner link
under the outlet, named a person; an envoy of a state or body stays an official title. An outlet noun with no
name (قناة تلفزيونية، إذاعة محلية) is an anonymous source, and the side it belongs to (تابعة لـ، موالية لـ) stays
in its text."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("وقال موفد سانا إلى حمص إن الحافلات دخلت الحي المحاصر صباح اليوم.",
     [("outlet", "سانا"), ("anonymous", "موفد سانا إلى حمص")]),
    ("وأفاد مندوب وكالة الأناضول في الرقة بانسحاب المسلحين من الأحياء الشرقية.",
     [("outlet", "وكالة الأناضول"), ("anonymous", "مندوب وكالة الأناضول في الرقة")]),
    ("وقال مراسل وكالة الأناضول في الموصل إن القتال تواصل حتى المساء.",
     [("outlet", "وكالة الأناضول"), ("anonymous", "مراسل وكالة الأناضول في الموصل")]),
])
def test_an_outlets_envoy_is_an_unnamed_correspondent(text: str, want: list[tuple[str, str]]) -> None:
    assert _chains(text) == [want]


def test_an_envoy_without_an_outlet_is_an_anonymous_correspondent_not_an_official() -> None:
    chains = _chains("وقال موفدنا إلى الحسكة إن الطريق أغلق أمام المدنيين منذ يومين.")
    assert chains and chains[0][-1] == ("anonymous", "موفدنا إلى الحسكة")


def test_an_envoy_of_a_body_stays_an_official_title() -> None:
    chains = _chains("وقال مندوب الصين في مجلس الأمن إن بلاده تعارض مشروع القرار.")
    assert chains == [[("official", "مندوب الصين في مجلس الأمن")]]


@pytest.mark.parametrize(("text", "want"), [
    ("وذكرت قناة تلفزيونية موالية للحكومة أن الجيش استعاد السيطرة على التلة.",
     ("anonymous", "قناة تلفزيونية موالية للحكومة")),
    ("وذكرت إذاعة محلية تابعة للمعارضة أن الجيش قصف البلدة بالمدفعية.",
     ("anonymous", "إذاعة محلية تابعة للمعارضة")),
    ("وقالت مصادر تابعة للفصائل إن الجيش قصف البلدة بالمدفعية.",
     ("anonymous", "مصادر تابعة للفصائل")),
])
def test_an_unnamed_outlet_is_anonymous_and_keeps_its_side(text: str, want: tuple[str, str]) -> None:
    assert _chains(text) == [[want]]
