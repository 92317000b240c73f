"""Claims, round 22 (DG): the singular "same source" (المصدر ذاته، المصدر نفسه) is the last claim's own teller.

An outlet, a named person or a document told the claim before it: «بحسب المصدر ذاته» is that teller again, with its
kind, entity and outer chain, and keeps its own words. An unnamed teller before it, the plural (المصادر ذاتها), an
anaphor inside the last claim's own sentence span and one an outlet relays after عن keep the older reading: the
last unnamed source through its outlets."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains, full_claims


@pytest.mark.parametrize(("text", "want"), [
    # an outlet told last: the same source is that outlet
    ("وأعلن المرصد السوري لحقوق الإنسان أن الطائرات قصفت القرية ليلا. وتضررت المدرسة والمسجد، بحسب المصدر ذاته.",
     [("outlet", "المصدر ذاته")]),
    ("وذكرت صحيفة الوطن أن الجيش فتح الطريق أمام الشاحنات. وتابع المصدر نفسه أن القافلة ستصل غدا.",
     [("outlet", "المصدر نفسه")]),
    # a named person told last
    ("وقال وزير الداخلية العراقي قاسم الأعرجي إن الشرطة أوقفت المشتبه بهم. "
     "وأوضح المصدر ذاته أن التحقيق ما زال جاريا.",
     [("person", "المصدر ذاته")]),
    # a document told last
    ("وأفاد تقرير للأمم المتحدة بأن آلاف العائلات نزحت من البلدة. وأشار المصدر ذاته إلى أن المخيمات امتلأت.",
     [("document", "المصدر ذاته")]),
])
def test_the_same_source_is_the_last_teller_whatever_its_kind(text: str, want: list[tuple[str, str]]) -> None:
    chains = claim_chains(text)
    assert chains[-1] == want


def test_the_same_source_takes_the_last_tellers_entity() -> None:
    claims = full_claims("وأعلن المرصد السوري لحقوق الإنسان أن الطائرات قصفت القرية ليلا. "
                         "وتضررت المدرسة والمسجد، بحسب المصدر ذاته.")
    first, last = claims[0].sources[-1], claims[-1].sources[-1]
    assert first.entity is not None
    assert last.entity == first.entity


def test_the_same_source_keeps_the_outlet_that_relayed_the_person() -> None:
    chains = claim_chains("وقال مدير الدفاع المدني أحمد السعدي لوكالة الأناضول إن فرق الإنقاذ انتشلت الجثث. "
                          "وتواصل البحث عن المفقودين حتى المساء، وفق المصدر نفسه.")
    assert chains[-1] == [("outlet", "وكالة الأناضول"), ("person", "المصدر نفسه")]


def test_a_bare_outlet_noun_later_is_the_outlet_as_named_not_the_anaphor() -> None:
    # the outlet cited as «المصدر ذاته» names no outlet a later «المرصد» could be "as cited"
    chains = claim_chains("وأعلن المرصد السوري لحقوق الإنسان أن الطائرات قصفت القرية ليلا. "
                          "وتضررت المدرسة والمسجد، بحسب المصدر ذاته. "
                          "وقال مدير المرصد رامي عبد الرحمن إن القصف استمر حتى الفجر.")
    assert all(text != "المصدر ذاته" for kind, text in chains[-1])


@pytest.mark.parametrize(("text", "want"), [
    # the plural points back to the last unnamed sources, through their outlet
    ("وقالت مصادر محلية لوكالة سمارت إن الجيش دخل البلدة. وأضافت المصادر ذاتها أن الاشتباكات توقفت.",
     [("outlet", "وكالة سمارت"), ("anonymous", "المصادر ذاتها")]),
    # an unnamed teller before the singular: still that unnamed source
    ("وقال مصدر عسكري لوكالة سانا إن الجيش دخل البلدة. وأوضح المصدر ذاته أن الاشتباكات توقفت.",
     [("outlet", "الوكالة العربية السورية للأنباء"), ("anonymous", "المصدر ذاته")]),
])
def test_an_unnamed_antecedent_keeps_the_anonymous_reading(text: str, want: list[tuple[str, str]]) -> None:
    assert claim_chains(text)[-1] == want


def test_an_anaphor_an_outlet_relays_after_an_is_not_the_last_person() -> None:
    # «نقلاً عن المصدر ذاته» is the agency's own earlier source, not the minister who spoke last
    chains = claim_chains("ونقلت وكالة سانا عن مصدر في وزارة الخارجية إن دمشق تدين القرار. "
                          "وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده استقبلت العائلات. "
                          "وأوردت سانا نقلاً عن المصدر ذاته أن الحكومة ستتابع القضية.")
    assert chains[-1][-1] == ("anonymous", "المصدر ذاته")
